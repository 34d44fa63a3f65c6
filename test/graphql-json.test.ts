import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metrics } from '../src/observability/metrics';
import { overCostQuery } from './support/flows';
import { startHarness, type Harness } from './support/harness';

/**
 * /graphql takes one shortcut (src/http/graphql-json.ts): a POST of a plain JSON call that asks
 * for one JSON result runs through Yoga's plugins without Yoga's HTTP layer. The same call with
 * an `extensions` member — which the shortcut leaves to Yoga — goes through the whole of Yoga.
 * Both paths are taken on purpose here, by the request's shape, and must answer byte for byte
 * alike: status, body and headers, errors included.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const taken = async (path: 'json' | 'yoga') => (await metrics.graphqlDocuments.get()).values.find((v) => v.labels.path === path)?.value ?? 0;

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
const cases: [string, () => { query: string; variables?: unknown; operationName?: string }, () => Record<string, string>][] = [
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
  ['a syntax error quoting a would-be secret', () => ({ query: '{ viewer { "sk_live_canary" } }' }), key],
  ['an unknown field', () => ({ query: '{ viewer { secretField } }' }), key],
  ['a string the database cannot store', () => ({ query: 'query Q($after: String) { phoneNumbers(first: 1, after: $after) { totalCount } }', variables: { after: 'a\u0000b' } }), key],
];

/** The Accept values the shortcut takes: none, curl's, plain JSON, the GraphQL-over-HTTP type alone. */
const ACCEPTS = [undefined, '*/*', 'application/json', 'application/graphql-response+json'];

describe('the JSON shortcut answers exactly as Yoga does', () => {
  const table = cases.flatMap(([name, payload, headers]) => ACCEPTS.map((accept) => [`${name}, accept ${accept ?? 'absent'}`, payload, headers, accept] as const));
  it.each(table)('%s', async (_name, payload, headers, accept) => {
    const sent = { ...headers(), ...(accept ? { accept } : {}) };
    const [json, yoga] = [await taken('json'), await taken('yoga')];
    const viaShortcut = await send(payload(), sent);
    expect([await taken('json'), await taken('yoga')]).toEqual([json + 1, yoga]);
    const viaYoga = await send({ ...payload(), extensions: {} }, sent);
    expect([await taken('json'), await taken('yoga')]).toEqual([json + 1, yoga + 1]);
    expect(viaShortcut).toEqual(viaYoga);
    expect(viaShortcut.body).not.toContain('sk_live_canary');
  });

  it('leaves to Yoga every other request', async () => {
    const payload = { query: '{ viewer { organization { name } } }' };
    const json = await taken('json');
    const other = [
      await send(payload, { ...key(), accept: 'text/event-stream' }),
      await send(payload, { ...key(), accept: 'multipart/mixed' }),
      await send(payload, { ...key(), accept: 'application/json; charset=latin1' }),
      await send(payload, { ...key(), accept: 'application/graphql-response+json, application/json, multipart/mixed' }),
      await send([payload], key()),
      await send({ ...payload, unexpected: 1 }, key()),
    ];
    expect(await taken('json')).toBe(json);
    expect(other[0]!.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(other[1]!.headers['content-type']).toMatch(/^multipart\/mixed/);
    expect(other[2]!.status).toBe(406);
    expect(JSON.parse(other[3]!.body).data.viewer.organization.name).toBeTruthy();
    expect(other.slice(4).every((a) => a.status === 400)).toBe(true);
  });
});
