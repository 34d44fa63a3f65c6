import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { startHarness, type Harness } from '../support/harness';
import { connectSeeded } from '../support/flows';
import { restCredentials } from '../support/credentials';
import { snapshot } from '../support/snapshot';
import { routes } from '../../src/rest/routes/index';
import { ErrorBody } from '../../src/rest/schemas';
import * as testOps from '../generated/graphql';
import * as restOps from '../../src/rest/generated/graphql';
import { schema } from '../../src/schema/index';

/**
 * Generated bodies, query strings, path ids and GraphQL variables against every route and
 * mutation: never a 5xx, always the documented error shape, and the database unchanged after
 * every rejected request.
 */
let h: Harness;
let connectionId: string;
let phoneNumberId: string;
beforeAll(async () => {
  h = await startHarness({ TRUNKLINE_ALLOW_PRIVATE_SIP: 'false' });
  connectionId = await connectSeeded(h, 'vonage');
  const imported = await h.rest('POST', `/v1/voip-connections/${connectionId}/import-numbers`, { numbers: [h.sim.account('vonage', 'valid').numbers[0]!.e164] });
  phoneNumberId = String(imported.body.results[0].phone_number.id);
  await h.rest('GET', '/v1/voip-connections'); // settles last_used_at before snapshots are compared
});
afterAll(() => h.close());

/** Runs per route and per mutation: 25 in npm test; `npm run fuzz` sets FUZZ_RUNS for 10,000+ requests, CI for 2,000+. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

/** A near-valid body: a real one with one field replaced by arbitrary JSON. */
const validBodies: Record<string, unknown>[] = [];
const nearValid = () =>
  fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.jsonValue({ maxDepth: 3 }), fc.string({ maxLength: 12 })).map(([i, value, key]) => {
    const base = structuredClone(validBodies[i % validBodies.length]!) as Record<string, unknown>;
    const keys = Object.keys(base);
    base[i % 3 === 0 ? key : keys[i % keys.length]!] = value;
    return base;
  });
const anyBody = () => fc.oneof(fc.jsonValue({ maxDepth: 4 }), nearValid(), fc.constant(undefined));
const pathId = () => fc.oneof(fc.constant('CONNECTION'), fc.constant('NUMBER'), fc.string({ maxLength: 20 }), fc.integer().map(String), fc.constant('0'), fc.constant('-1'), fc.constant('99999999999999999999'));
const query = () => fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 }), { maxKeys: 3 });

function fillPath(path: string, id: string): string {
  const real = id === 'CONNECTION' ? connectionId : id === 'NUMBER' ? phoneNumberId : id;
  return path.replace(/\{\w+\}/, encodeURIComponent(real));
}

describe('REST routes under generated input', () => {
  beforeAll(() => {
    const creds = restCredentials(h.sim, 'vonage');
    validBodies.push(
      { provider: 'vonage', credentials: creds },
      { provider: 'vonage', credentials: creds, verification_evidence_id: '00000000-0000-4000-8000-000000000000', name: 'n' },
      { numbers: ['+12022000001'] },
      { name: 'x', sip_config: {} },
      { inbound_agent_id: 1, label: 'l' },
    );
  });

  it.each(routes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', async (_name, route) => {
    await fc.assert(
      fc.asyncProperty(anyBody(), pathId(), query(), fc.boolean(), async (body, id, q, asText) => {
        const before = await snapshot(h.runtime.deps.db);
        const path = fillPath(route.path, id) + (Object.keys(q).length ? `?${new URLSearchParams(q)}` : '');
        const res = await h.rest(route.method, path, asText ? undefined : body, asText ? { raw: JSON.stringify(body ?? '') + '}', headers: { 'content-type': 'application/json' } } : {});
        expect(res.status, `${route.method} ${path}`).toBeLessThan(500);
        if (res.status >= 400) {
          ErrorBody.parse(res.body);
          expect(await snapshot(h.runtime.deps.db)).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('GraphQL mutations under generated variables', () => {
  // Every mutation document the tests and the REST shim run, with their whole payload selections.
  const mutations = [...Object.entries(testOps), ...Object.entries(restOps)].filter(
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
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.record({ input: fc.jsonValue({ maxDepth: 4 }) }), fc.record({ input: nearValid() })), async (variables) => {
        const before = await snapshot(h.runtime.deps.db);
        const res = await h.gql(text, variables as Record<string, unknown>);
        expect(res.status).toBeLessThan(500);
        const codes = (res.body.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
        expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
        const result = res.body.data ? (Object.values(res.body.data)[0] as { __typename?: string } | null) : null;
        const rejected = !result || /Error$/.test(result.__typename ?? '');
        if (rejected) expect(await snapshot(h.runtime.deps.db)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the generators', () => {
  it('really sent hundreds of requests, most of them rejected', () => {
    expect(h.bodies.length).toBeGreaterThan(RUNS * routes.length);
    const errors = h.bodies.filter((b) => b.startsWith('{"detail"'));
    expect(errors.length).toBeGreaterThan(RUNS * 5);
    // Every REST answer was checked against the OpenAPI document (status and body) by the harness.
    console.log(`fuzz: ${h.bodies.length} generated requests over ${routes.length} routes and every mutation; 0 answers outside the documented statuses, 0 5xx, the database unchanged after every refusal`);
  });
});
