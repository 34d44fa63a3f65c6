import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { startHarness, type Harness } from '../support/harness';
import { connectSeeded, providerCalls } from '../support/flows';
import { gqlCredentials, restCredentials } from '../support/credentials';
import { snapshot } from '../support/snapshot';
import { graphqlLookalikePath, hostileJson, hostileString, nonTokenChar, oddHost, ODD_HOSTS, rawRequest, RUNS, STACK_FRAME, stringPaths, withNulAt } from '../support/fuzz';
import { routes } from '../../src/rest/routes/index';
import { ErrorBody } from '../../src/rest/schemas';
import type { SimProvider } from '../../src/simulator/accounts';
import * as testOps from '../generated/graphql';
import { schema } from '../../src/schema/index';

/**
 * Generated bodies, query strings, path ids, GraphQL variables, Host headers, paths and
 * credentials against every route and mutation: never a 5xx, always the documented error shape,
 * and the database unchanged after every rejected request. Strings carry NUL bytes, lone
 * surrogates, control and non-Latin-1 characters (test/support/fuzz.ts). Each test asserts what
 * its own requests showed, so any one of them can run alone.
 */
let h: Harness;
let connectionId: string;
let phoneNumberId: string;
let sent = 0;
beforeAll(async () => {
  // Budgets large enough that no generated request is refused for its rate (a 429 would hide the answer under test).
  const budget = String(1_000_000);
  h = await startHarness({ TRUNKLINE_ALLOW_PRIVATE_SIP: 'false', RATE_LIMIT_PER_MINUTE: budget, PROVIDER_RATE_LIMIT_PER_MINUTE: budget, AUTH_FAILURE_LIMIT_PER_MINUTE: budget });
  connectionId = await connectSeeded(h, 'vonage');
  const imported = await h.rest('POST', `/v1/voip-connections/${connectionId}/import-numbers`, { numbers: [h.sim.account('vonage', 'valid').numbers[0]!.e164] });
  phoneNumberId = String(imported.body.results[0].phone_number.id);
  // Settles last_used_at of both keys before snapshots are compared.
  await h.rest('GET', '/v1/voip-connections');
  await h.rest('GET', '/v1/voip-connections', undefined, { key: h.orgB.key });
});
afterAll(async () => {
  // Every REST answer was checked against the OpenAPI document (status and body) by the harness.
  if (sent > 0) console.log(`fuzz: ${sent} generated requests; 0 answers outside the documented statuses, 0 5xx, the database unchanged after every refusal`);
  await h.close();
});

/** Valid REST bodies, in the API's snake_case, that generators break one field of. */
const validBodies = (): Record<string, unknown>[] => {
  const creds = restCredentials(h.sim, 'vonage');
  return [
    { provider: 'vonage', credentials: creds },
    { provider: 'vonage', credentials: creds, verification_evidence_id: '00000000-0000-4000-8000-000000000000', name: 'n' },
    { numbers: ['+12022000001'] },
    { name: 'x', sip_config: { domain: 'sip.example.com' } },
    { inbound_agent_id: 1, label: 'l' },
  ];
};

/** A near-valid body: a real one with one field replaced by arbitrary (hostile) JSON. */
const nearValid = () =>
  fc.tuple(fc.integer({ min: 0, max: 1000 }), hostileJson(3), hostileString(12)).map(([i, value, key]) => {
    const bodies = validBodies();
    const base = bodies[i % bodies.length]!;
    const keys = Object.keys(base);
    base[i % 3 === 0 ? key : keys[i % keys.length]!] = value;
    return base;
  });
const anyBody = () => fc.oneof(hostileJson(4), nearValid(), fc.constant(undefined));
// "." and ".." are not ids a client can send in a path: URL resolution removes them (WHATWG even
// decodes %2E first), so the request is for another path — the collection, with its own methods.
const pathId = () =>
  fc.oneof(fc.constant('CONNECTION'), fc.constant('NUMBER'), hostileString(20).filter((s) => s !== '.' && s !== '..'), fc.integer().map(String), fc.constant('0'), fc.constant('-1'), fc.constant('99999999999999999999'));
const query = () => fc.dictionary(hostileString(10), hostileString(20), { maxKeys: 3 });

/** Percent-encodes every UTF-8 byte of a path segment; a lone surrogate goes as U+FFFD would (encodeURIComponent throws). */
const encodeSegment = (s: string) => [...Buffer.from(s, 'utf8')].map((b) => (/[\w.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`)).join('');

function fillPath(path: string, id: string): string {
  const real = id === 'CONNECTION' ? connectionId : id === 'NUMBER' ? phoneNumberId : id;
  return path.replace(/\{\w+\}/, encodeSegment(real));
}

/** Whether a route can refuse anything a client chooses (a body, a query, an id). */
const takesInput = (r: (typeof routes)[number]) => r.method === 'POST' || r.method === 'PATCH' || r.path.includes('{') || r.query !== undefined;

describe('REST routes under generated input', () => {
  it.each(routes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', async (_name, route) => {
    let requests = 0;
    let refusals = 0;
    await fc.assert(
      fc.asyncProperty(anyBody(), pathId(), query(), fc.boolean(), async (body, id, q, asText) => {
        const before = await snapshot(h.runtime.deps.db);
        const path = fillPath(route.path, id) + (Object.keys(q).length ? `?${new URLSearchParams(q)}` : '');
        const res = await h.rest(route.method, path, asText ? undefined : body, asText ? { raw: JSON.stringify(body ?? '') + '}', headers: { 'content-type': 'application/json' } } : {});
        requests++;
        expect(res.status, `${route.method} ${path}`).toBeLessThan(500);
        if (res.status >= 400) {
          refusals++;
          ErrorBody.parse(res.body);
          expect(await snapshot(h.runtime.deps.db)).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
    sent += requests;
    expect(requests).toBeGreaterThanOrEqual(RUNS);
    if (takesInput(route)) expect(refusals).toBeGreaterThan(0);
  });

  const bodyRoutes = routes.filter((r) => r.method === 'POST' || r.method === 'PATCH');
  it.each(bodyRoutes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s refuses a NUL in any string of a body, naming it', async (_name, route) => {
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.nat(), fc.constantFrom('CONNECTION', 'NUMBER'), async (which, where, position, id) => {
        const bodies = validBodies();
        const body = bodies[which % bodies.length]!;
        const paths = stringPaths(body);
        const path = paths[where % paths.length]!;
        const before = await snapshot(h.runtime.deps.db);
        // Organization B's key: the generators above revoke organization A's keys at random. Its
        // ids are A's, so this also shows the body is refused before anything is looked up.
        const res = await h.rest(route.method, fillPath(route.path, id), withNulAt(body, path, position), { key: h.orgB.key });
        requests++;
        expect(res.status).toBe(400);
        expect(res.body.fields).toEqual({ [path.join('.')]: ['must not contain a NUL character'] });
        expect(await snapshot(h.runtime.deps.db)).toBe(before);
      }),
      { numRuns: RUNS },
    );
    sent += requests;
    expect(requests).toBeGreaterThanOrEqual(RUNS);
  });
});

describe('GraphQL mutations under generated variables', () => {
  // Every mutation document the tests run (test/operations, which hold the REST shim's mutations too), with their whole payload selections.
  const mutations = Object.entries(testOps).filter(
    ([name, doc]) => name.endsWith('Document') && print(doc as never).trimStart().startsWith('mutation'),
  );

  it('cover every mutation of the schema', () => {
    const covered = new Set(
      mutations.flatMap(([, doc]) =>
        parse(print(doc as never))
          .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
          .flatMap((d) => d.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : ''))),
      ),
    );
    expect(Object.keys(schema.getMutationType()!.getFields()).filter((f) => !covered.has(f))).toEqual([]);
  });

  it.each(mutations)('%s', async (_name, doc) => {
    const text = print(doc as never);
    let requests = 0;
    let refusals = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileJson(4), fc.record({ input: hostileJson(4) }), fc.record({ input: nearValid() })), async (variables) => {
        const before = await snapshot(h.runtime.deps.db);
        const res = await h.gql(text, variables as Record<string, unknown>);
        requests++;
        expect(res.status).toBeLessThan(500);
        const codes = (res.body.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
        expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
        const result = res.body.data ? (Object.values(res.body.data)[0] as { __typename?: string } | null) : null;
        const rejected = !result || /Error$/.test(result.__typename ?? '');
        if (rejected) {
          refusals++;
          expect(await snapshot(h.runtime.deps.db)).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
    sent += requests;
    expect(requests).toBeGreaterThanOrEqual(RUNS);
    expect(refusals).toBeGreaterThan(0);
  });

  it.each(mutations)('%s refuses a NUL in any string of its variables, naming it', async (_name, doc) => {
    const text = print(doc as never);
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(nearValid(), fc.nat(), fc.nat(), async (input, where, position) => {
        const paths = stringPaths({ input }).filter((p) => !p.some((k) => k.includes('\u0000')));
        fc.pre(paths.length > 0);
        const before = await snapshot(h.runtime.deps.db);
        const res = await h.gql(text, withNulAt({ input }, paths[where % paths.length]!, position), h.orgB.key);
        requests++;
        expect(res.status).toBeLessThan(500);
        expect(res.body.data ?? null).toBeNull();
        expect(res.body.errors?.map((e) => e.message)).toContainEqual(expect.stringMatching(/^Invalid value at "[\s\S]*": must not contain a NUL character\.$/));
        expect(await snapshot(h.runtime.deps.db)).toBe(before);
      }),
      { numRuns: RUNS },
    );
    sent += requests;
    expect(requests).toBeGreaterThan(0);
  });
});

describe('odd Host headers', () => {
  const pages = ['/', '/graphql', '/graphql/stream', '/docs', '/v1/healthz', '/v1/voip-connections'];

  it('are refused with a 4xx on every door (a generated one that is a host is served), never a 5xx or a stack trace', async () => {
    const examples = ODD_HOSTS.flatMap((host) => pages.map((path) => [host, path, 'GET'] as [string, string, string]));
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(oddHost(), fc.constantFrom(...pages), fc.constantFrom('GET', 'POST'), async (host, path, method) => {
        const res = await rawRequest(h.url, method, path, { host, authorization: `Bearer ${h.orgA.key}`, 'content-type': 'application/json' }, method === 'POST' ? '{"query":"{__typename}"}' : '');
        requests++;
        // A generated host may still be one (`a ` is `a`); the known odd ones never are.
        const known = ODD_HOSTS.includes(host);
        expect(res.status, `${method} ${path} Host: ${JSON.stringify(host)} → ${JSON.stringify(res.head)}`).toBeGreaterThanOrEqual(known ? 400 : 200);
        expect(res.status).toBeLessThan(500);
        expect(res.body).not.toMatch(STACK_FRAME);
      }),
      { numRuns: RUNS + examples.length, examples },
    );
    sent += requests;
    expect(requests).toBeGreaterThanOrEqual(RUNS + examples.length);
  });

  it('with a NUL or a control byte are refused, never a 5xx', async () => {
    for (const host of ['a\u0000b', '\u0000', 'a\u0001b', 'a\u007fb']) {
      for (const path of pages) {
        const res = await rawRequest(h.url, 'GET', path, { host });
        sent++;
        expect(res.status, `${path} Host: ${JSON.stringify(host)}`).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.body).not.toMatch(STACK_FRAME);
      }
    }
  });
});

describe('paths that end like a GraphQL endpoint', () => {
  it('reach no GraphQL endpoint (404), with or without a key, whatever the body', async () => {
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(graphqlLookalikePath(), fc.constantFrom('GET', 'POST'), fc.boolean(), async (path, method, withKey) => {
        const headers: Record<string, string> = { host: 'localhost', 'content-type': 'application/json', accept: 'application/json' };
        if (withKey) headers.authorization = `Bearer ${h.orgA.key}`;
        const res = await rawRequest(h.url, method, path, headers, method === 'POST' ? '{"query":"{__typename}"}' : '');
        requests++;
        expect(res.status, `${method} ${path}`).toBe(404);
        expect(res.body).not.toContain('__typename');
        expect(res.body).not.toMatch(STACK_FRAME);
      }),
      { numRuns: RUNS, examples: [['/x/graphql', 'POST', false], ['/a/b/graphql/stream', 'POST', true], ['/x/graphql', 'GET', true]] },
    );
    sent += requests;
    expect(requests).toBeGreaterThanOrEqual(RUNS);
  });
});

describe('credentials outside the providers’ alphabet', () => {
  it.each(['twilio', 'telnyx', 'signalwire', 'vonage'] as SimProvider[])(
    '%s: a control or non-Latin-1 character inside a credential is a 400 on both doors and reaches no provider',
    async (provider) => {
      const creds = restCredentials(h.sim, provider);
      const fields = Object.keys(creds).filter((k) => creds[k]!.length >= 2);
      let requests = 0;
      await fc.assert(
        fc.asyncProperty(fc.nat(), fc.nat(), nonTokenChar(), async (f, at, char) => {
          const field = fields[f % fields.length]!;
          const value = creds[field]!;
          // Inside the value: leading and trailing whitespace is trimmed, not refused.
          const position = 1 + (at % (value.length - 1));
          const bad = `${value.slice(0, position)}${char}${value.slice(position)}`;
          const calls = providerCalls(h);
          const before = await snapshot(h.runtime.deps.db);
          const rest = await h.rest('POST', '/v1/voip-connections/test', { provider, credentials: { ...creds, [field]: bad } }, { key: h.orgB.key });
          expect(rest.status, `${field} with ${JSON.stringify(char)}`).toBe(400);
          const gql = await h.gql(`mutation($input: TestCredentialsInput!) { testCredentials(input: $input) { __typename } }`, {
            input: { credentials: gqlCredentials(h.sim, provider, 'valid', { [field]: bad }) },
          }, h.orgB.key);
          requests += 2;
          expect(gql.status).toBeLessThan(500);
          const typename = gql.body.data?.testCredentials?.__typename;
          expect(typename ?? 'refused before running').toMatch(/^(ValidationError|refused before running)$/);
          expect(providerCalls(h)).toBe(calls);
          expect(await snapshot(h.runtime.deps.db)).toBe(before);
        }),
        { numRuns: RUNS },
      );
      sent += requests;
      expect(requests).toBeGreaterThanOrEqual(2 * RUNS);
    },
  );
});
