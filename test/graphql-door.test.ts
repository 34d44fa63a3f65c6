import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metrics } from '../src/observability/metrics';
import { overCostQuery } from './support/flows';
import { startHarness, type Harness } from './support/harness';

/**
 * A document Yoga has validated and compiled is run by the gateway's own door from then on. The
 * two paths must answer byte for byte alike: the same status, body and headers, errors included.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const compiledCount = async () => (await metrics.graphqlDocuments.get()).values.find((v) => v.labels.path === 'compiled')?.value ?? 0;

interface Sent {
  status: number;
  body: string;
  headers: Record<string, string>;
}

async function send(payload: unknown, headers: Record<string, string>): Promise<Sent> {
  const res = await h.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });
  const kept = Object.fromEntries([...res.headers].filter(([k]) => !['x-request-id', 'date', 'keep-alive', 'connection', 'x-ratelimit-remaining', 'x-ratelimit-reset'].includes(k)));
  return { status: res.status, body: await res.text(), headers: kept };
}

const key = () => ({ authorization: `Bearer ${h.orgA.key}` });
const cases: [string, () => unknown, () => Record<string, string>][] = [
  ['a list', () => ({ query: '{ phoneNumbers(first: 5) { totalCount edges { node { id number } } } }' }), key],
  ['good variables', () => ({ query: 'query Page($first: Int) { phoneNumbers(first: $first) { totalCount } }', variables: { first: 2 } }), key],
  ['variables of the wrong type, not echoed', () => ({ query: 'query Page($first: Int) { phoneNumbers(first: $first) { totalCount } }', variables: { first: 'sk_live_canary' } }), key],
  ['a page too large', () => ({ query: 'query Page($first: Int) { phoneNumbers(first: $first) { totalCount } }', variables: { first: 5000 } }), key],
  ['a bad cursor', () => ({ query: '{ phoneNumbers(first: 1, after: "nope") { totalCount } }' }), key],
  ['no key', () => ({ query: '{ viewer { organization { name } } }' }), () => ({})],
  ['a revoked-looking key', () => ({ query: '{ viewer { organization { name } } }' }), () => ({ authorization: 'Bearer sk_live_000000000000000000000000000000000000000000000000' })],
  ['one of two named operations', () => ({ query: 'query A { viewer { organization { name } } } query B { connections { edges { node { name } } } }', operationName: 'B' }), key],
  ['a typed mutation error', () => ({ query: 'mutation { revokeApiKey(input: { id: "999999" }) { __typename ... on Error { code message } } }' }), key],
  ['a document over the cost limit', () => ({ query: overCostQuery('1') }), key],
  ['an unknown id', () => ({ query: '{ connection(id: "424242") { name } }' }), key],
];

/** What clients send: none, curl's, plain JSON, the GraphQL-over-HTTP type alone, urql's, Apollo's. */
const ACCEPTS = [undefined, '*/*', 'application/json', 'application/graphql-response+json', 'application/graphql-response+json, application/json, multipart/mixed', 'application/graphql-response+json,application/json;q=0.9'];

describe('the compiled path answers exactly as Yoga does', () => {
  const table = cases.flatMap(([name, payload, headers]) => ACCEPTS.map((accept) => [`${name}, accept ${accept ?? 'absent'}`, payload, headers, accept] as const));
  it.each(table)('%s', async (name, payload, headers, accept) => {
    const before = await compiledCount();
    // Yoga answers the first two (the second compiles the document), the door the next two.
    const answers = [];
    // A comment makes each case's document text its own.
    const unique = { ...(payload() as { query: string }), query: `${(payload() as { query: string }).query} # ${name}` };
    for (let i = 0; i < 4; i++) answers.push(await send(unique, { ...headers(), ...(accept ? { accept } : {}) }));
    expect(await compiledCount()).toBe(before + 2);
    // Byte for byte as Yoga's compiled execution (the second); as its interpreted first answer
    // up to the order of `data` and `errors`, in which graphql-js and graphql-jit differ.
    expect(answers[2]).toEqual(answers[1]);
    expect(answers[3]).toEqual(answers[1]);
    expect({ ...answers[0], body: JSON.parse(answers[0]!.body) }).toEqual({ ...answers[2], body: JSON.parse(answers[2]!.body) });
    expect(answers[0]!.body).not.toContain('sk_live_canary');
  });

  it('leaves to Yoga what it would not answer with plain JSON', async () => {
    const payload = { query: '{ viewer { organization { name } } }' };
    for (let i = 0; i < 3; i++) await send(payload, key());
    const before = await compiledCount();
    const other = [
      await send(payload, { ...key(), accept: 'text/event-stream' }),
      await send(payload, { ...key(), accept: 'multipart/mixed' }),
      await send(payload, { ...key(), accept: 'application/json; charset=latin1' }),
      await send({ ...payload, extensions: {} }, key()),
      await send([payload], key()),
      await send({ ...payload, unexpected: 1 }, key()),
    ];
    expect(await compiledCount()).toBe(before);
    expect(other[0]!.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(other[1]!.headers['content-type']).toMatch(/^multipart\/mixed/);
    expect(other[2]!.status).toBe(406);
    expect(other.slice(4).every((a) => a.status === 400)).toBe(true);
  });
});
