import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness';
import { connectSeeded, overCostQuery, providerCalls } from '../support/flows';

/** Document limits are enforced before anything executes; production hides the schema. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** A request refused before execution has errors and no `data` entry at all (GraphQL spec §7.1.2). */
function refusedBeforeExecution(body: { data?: unknown; errors?: { message: string }[] }, pattern: RegExp) {
  expect(body).not.toHaveProperty('data');
  expect(body.errors?.map((e) => e.message).join('\n')).toMatch(pattern);
}

/** `depth` nested selections: a { a { a { … } } }. */
const nested = (depth: number) => `${'a { '.repeat(depth - 1)}a${' }'.repeat(depth - 1)}`;

describe('document limits (graphql-armor), checked before execution', () => {
  it('depth: 10 levels pass the depth rule, 11 do not', async () => {
    const ok = await h.gql(`{ viewer { organization { name } } }`);
    expect(ok.body.errors).toBeUndefined();
    refusedBeforeExecution((await h.gql(`{ ${nested(11)} }`)).body, /depth limit/i);
    const atLimit = (await h.gql(`{ ${nested(10)} }`)).body.errors!.map((e: { message: string }) => e.message).join('\n');
    expect(atLimit).not.toMatch(/depth limit/i);
  });

  it('depth: a fragment or operation named __schema does not escape the rule (the 2025 bypass)', async () => {
    refusedBeforeExecution((await h.gql(`query { viewer { ...__schema } } fragment __schema on Viewer { ${nested(12)} }`)).body, /depth limit/i);
    refusedBeforeExecution((await h.gql(`query __schema { ${nested(12)} }`)).body, /depth limit/i);
    refusedBeforeExecution((await h.gql(`query { ${'a { '.repeat(6)}...__schema${' }'.repeat(6)} } fragment __schema on A { ${nested(8)} }`)).body, /depth limit/i);
  });

  it('introspection itself is not counted against the depth limit', async () => {
    const res = await h.gql(`{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`);
    expect(res.body.errors).toBeUndefined();
  });

  it('aliases: 15 pass, 16 do not', async () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `v${i}: viewer { organization { name } }`).join(' ');
    expect((await h.gql(`{ ${aliases(15)} }`)).body.errors).toBeUndefined();
    refusedBeforeExecution((await h.gql(`{ ${aliases(16)} }`)).body, /aliases/i);
  });

  it('tokens: a document over 2,000 tokens is refused at parse time', async () => {
    refusedBeforeExecution((await h.gql(`{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} viewer { organization { name } } }`)).body, /token/i);
  });

  it('directives: over 50 are refused', async () => {
    refusedBeforeExecution((await h.gql(`{ viewer ${'@include(if: true) '.repeat(51)} { organization { name } } }`)).body, /directives/i);
  });

  it('cost: connection fields cost their `first`; an expensive query reaches no resolver and no provider', async () => {
    const id = await connectSeeded(h, 'twilio', 'big');
    const before = providerCalls(h);
    const res = await h.gql(overCostQuery(id));
    expect(res.body.errors?.[0]?.extensions?.code).toBe('query_too_complex');
    expect(Object.values(res.body.data ?? {}).every((v) => v === null)).toBe(true);
    expect(providerCalls(h)).toBe(before);
    const cheap = await h.gql(`{ connection(id: "${id}") { availableNumbers(first: 5) { ... on AvailableNumberList { edges { node { phoneNumber } } } } } }`);
    expect(cheap.body.errors).toBeUndefined();
    expect(providerCalls(h)).toBeGreaterThan(before);
  });

  it('first is bounded to 1..100 on every list, and lists take no before/last', async () => {
    for (const q of ['{ connections(first: 0) { edges { cursor } } }', '{ phoneNumbers(first: 101) { edges { cursor } } }']) {
      const res = await h.gql(q);
      expect(res.body.errors?.[0]?.message, q).toMatch(/between 1 and 100/);
    }
    const last = await h.gql('{ connections(last: 5) { edges { cursor } } }');
    expect(last.body.errors?.[0]?.message).toMatch(/Unknown argument "last"/);
  });

  it('batching is off', async () => {
    const body = JSON.stringify([{ query: '{ viewer { organization { name } } }' }, { query: '{ viewer { organization { name } } }' }]);
    const res = await h.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(body.length), authorization: `Bearer ${h.orgA.key}` },
      body,
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('CSRF: a GET or simple-content-type request without the CSRF header is refused', async () => {
    const get = await h.fetch(`/graphql?query=${encodeURIComponent('{ viewer { organization { name } } }')}`, {
      headers: { authorization: `Bearer ${h.orgA.key}`, accept: 'application/json' },
    });
    expect(get.status).toBe(403);
    const form = 'query=%7B__typename%7D';
    const simple = await h.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(form.length), authorization: `Bearer ${h.orgA.key}` },
      body: form,
    });
    expect(simple.status).toBe(403);
  });

  it('a GraphQL body must declare its length and stay within 1 MiB', async () => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1024 * 1024) } });
    const res = await h.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(big.length), authorization: `Bearer ${h.orgA.key}` },
      body: big,
    });
    expect(res.status).toBe(413);
  });
});

describe('production mode', () => {
  let prod: Harness;
  beforeAll(async () => {
    prod = await startHarness({ NODE_ENV: 'production' });
  });
  afterAll(() => prod.close());

  it('hides field suggestions', async () => {
    const res = await prod.gql('{ viewer { organisation { name } } }');
    expect(res.body.errors?.[0]?.message).toMatch(/Cannot query field/);
    expect(JSON.stringify(res.body)).not.toMatch(/Did you mean/);
    const dev = await h.gql('{ viewer { organisation { name } } }');
    expect(JSON.stringify(dev.body)).toMatch(/Did you mean/);
  });

  it('turns introspection and GraphiQL off', async () => {
    const res = await prod.gql('{ __schema { queryType { name } } }');
    expect(res.body.errors?.[0]?.message).toMatch(/introspection/i);
    const page = await prod.fetch('/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('<div id="root">');
  });
});
