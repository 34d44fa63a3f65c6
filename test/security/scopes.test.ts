import SchemaBuilder from '@pothos/core';
import { createClient } from 'graphql-sse';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCOPES, withImplied, type Scope } from '../../src/domain/scopes';
import { FIELD_SCOPES, LINK_ONLY } from '../../src/schema/field-scopes';
import FieldScopesPlugin from '../../src/schema/scope-plugin';
import { schema } from '../../src/schema/index';
import { routes } from '../../src/rest/routes/index';
import { startHarness, type Harness } from '../support/harness';
import { restCredentials } from '../support/credentials';
import { connectSeeded, providerCalls } from '../support/flows';
import { withDatabaseAt } from '../support/database';
import { migrateToLatest } from '../../src/db/migrate';
import { waitFor } from '../support/wait';
import { fieldCalls, restCalls, type FixtureIds } from '../support/root-calls';

/**
 * Scoped API keys (issue 26). Every REST route and every GraphQL root field, called with a key
 * lacking the scope it needs, is refused with 403 insufficient_scope naming that scope and
 * changes nothing (every table's rows, the provider accounts); called with a key holding only that
 * scope (and what it implies), it is not refused. The scope a REST route needs is read from its
 * refusal — there is no table of routes — and must then be the one scope that opens it.
 */
let h: Harness;
/** A key holding only this scope (with what it implies), and one holding every scope but this one (and those that imply it). */
const only = {} as Record<Scope, string>;
const without = {} as Record<Scope, string>;
let ids: FixtureIds;
let REST_CALLS: ReturnType<typeof restCalls>;
let FIELD_CALLS: ReturnType<typeof fieldCalls>;
const MISSING = '999999';

const createKey = async (name: string, scopes: readonly Scope[], key = h.orgA.key) => {
  const res = await h.rest('POST', '/v1/developer/api-keys', { name, scopes }, { key });
  if (res.status !== 201) throw new Error(`key ${name}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: number; key: string; scopes: Scope[] };
};

beforeAll(async () => {
  h = await startHarness();
  REST_CALLS = restCalls(h);
  FIELD_CALLS = fieldCalls(h);
  for (const s of SCOPES) {
    only[s] = (await createKey(`only ${s}`, [s])).key;
    without[s] = (await createKey(`without ${s}`, SCOPES.filter((x) => !withImplied([x]).includes(s)))).key;
  }
  // An endpoint owed one delivery (to a closed local port: its one attempt fails at once, and the clock never moves to a retry).
  const endpoint = await h.rest('POST', '/v1/developer/webhook-endpoints', { label: 'fixture', url: 'http://127.0.0.1:9/in', events: ['phone_number.imported'] });
  const connection = await connectSeeded(h, 'twilio', 'valid');
  const imported = await h.rest('POST', `/v1/voip-connections/${connection}/import-numbers`, { numbers: [h.sim.account('twilio', 'valid').numbers[0]!.e164] });
  const victim = await createKey('victim', ['numbers:read']);
  const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials: restCredentials(h.sim, 'twilio') });
  const link = await h.rest('POST', '/v1/connect-links', { label: 'fixture' });
  let delivery: { id: number; attempts: unknown[] } | undefined;
  await waitFor(async () => {
    delivery = (await h.rest('GET', `/v1/developer/webhook-endpoints/${endpoint.body.id}/deliveries`)).body[0];
    return (delivery?.attempts.length ?? 0) > 0;
  });
  ids = {
    connection,
    phoneNumber: String(imported.body.results[0].phone_number.id),
    apiKey: String(victim.id),
    webhookEndpoint: String(endpoint.body.id),
    webhookDelivery: String(delivery!.id),
    evidence: test.body.verification_evidence_id,
    connectLink: String(link.body.id),
  };
});
afterAll(() => h.close());

const TABLES = ['organizations', 'api_keys', 'voip_connections', 'verification_evidence', 'phone_numbers', 'test_calls', 'call_legs', 'idempotency_keys', 'audit_events', 'webhook_endpoints', 'webhook_events', 'webhook_deliveries', 'webhook_attempts', 'connect_links'];

/** Every row of every table (but a key's last use, which authenticating a request may touch), and the provider requests made. */
async function everything(): Promise<string> {
  const db = h.runtime.deps.db as unknown as Kysely<any>;
  const parts = [`provider requests: ${providerCalls(h)}`];
  for (const table of TABLES) {
    const rows = (await sql`select * from ${sql.table(table)}`.execute(db)).rows.map((r) => JSON.stringify({ ...(r as object), last_used_at: undefined })).sort();
    parts.push(`${table}:\n${rows.join('\n')}`);
  }
  return parts.join('\n\n');
}



/** Ids that name nothing: a key holding the scope gets past the check to a 404, and changes nothing the other tests rely on. */
const missing = (): FixtureIds => ({ connection: MISSING, phoneNumber: MISSING, apiKey: MISSING, webhookEndpoint: MISSING, webhookDelivery: MISSING, evidence: ids.evidence, connectLink: MISSING });

describe('REST', () => {
  const authenticated = routes.filter((r) => r.auth !== false).map((r) => `${r.method} ${r.path}`);

  it('has a request for every authenticated route', () => {
    expect(Object.keys(REST_CALLS).sort()).toEqual([...authenticated].sort());
  });

  it.each(authenticated)('%s: refused without its scope (403, nothing changed), served with only it', async (name) => {
    const [method, path, body] = REST_CALLS[name]!(ids);
    // The scope the route needs, read from its refusal to a key that holds one unrelated scope.
    let probe = await h.rest(method, path, body, { key: only['audit:read'] });
    if (probe.status !== 403) probe = await h.rest(method, path, body, { key: only['keys:manage'] });
    expect(probe.status, JSON.stringify(probe.body)).toBe(403);
    const required = probe.body.required_scope as Scope;
    expect(SCOPES).toContain(required);

    const before = await everything();
    const refused = await h.rest(method, path, body, { key: without[required] });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ code: 'insufficient_scope', detail: `This API key lacks the scope ${required}, which this request needs.`, required_scope: required });
    expect(refused.headers.get('www-authenticate')).toBe(`Bearer error="insufficient_scope", scope="${required}"`);
    expect(await everything()).toBe(before);

    const [m, p, b] = REST_CALLS[name]!(missing());
    const served = await h.rest(m, p, b, { key: only[required] });
    expect([served.status, served.body?.code]).not.toEqual([403, 'insufficient_scope']);
    expect(served.status).toBeLessThan(500);
  });

  it('answers 401, not 403, without a key', async () => {
    expect((await h.rest('GET', '/v1/phone-numbers', undefined, { key: null })).status).toBe(401);
  });
});


const rootFields = (type: 'Query' | 'Mutation' | 'Subscription') => {
  const t = type === 'Query' ? schema.getQueryType() : type === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return Object.keys(t!.getFields()).map((f) => `${type}.${f}`);
};

describe('GraphQL', () => {
  const fields = [...rootFields('Query'), ...rootFields('Mutation')];

  it('has every root field in the scope table, and nothing else there', () => {
    expect(Object.keys(FIELD_SCOPES).sort()).toEqual([...fields, ...rootFields('Subscription')].sort());
  });

  it('fails the build of a schema with a root field missing from the table', () => {
    const builder = new SchemaBuilder<{ Context: object; AuthScopes: { scope: string } }>({ plugins: [FieldScopesPlugin], scopeAuth: { authScopes: () => ({ scope: () => true }) } });
    builder.queryType({});
    builder.queryField('viewer', (t) => t.boolean({ resolve: () => true }));
    builder.queryField('forgotten', (t) => t.boolean({ resolve: () => true }));
    expect(() => builder.toSchema()).toThrow('Query.forgotten is not in src/schema/field-scopes.ts');
  });

  it('has a document for every query and mutation root field', () => {
    expect(Object.keys(FIELD_CALLS).sort()).toEqual([...fields].sort());
  });

  it.each(fields)('%s: refused without its scope (403, nothing changed), served with only it', async (field) => {
    const required = FIELD_SCOPES[field]!;
    const [query, variables] = FIELD_CALLS[field]!(ids);
    if (required === LINK_ONLY) {
      // No key opens a connect link's session, whatever its scopes (test/connect-links.test.ts opens it with a link).
      const res = await h.gql(query, variables, h.orgA.key);
      expect(res.status).toBe(403);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'connect_link_forbidden' });
      return;
    }
    if (required === null) {
      // Any valid key: one holding a single unrelated scope.
      const res = await h.gql(query, variables, only['audit:read']);
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      return;
    }
    const before = await everything();
    const refused = await h.gql(query, variables, without[required as Scope]);
    expect(refused.status).toBe(403);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ message: `This API key lacks the scope ${required}, which this request needs.`, extensions: { code: 'insufficient_scope', required_scope: required } }),
    ]);
    expect(await everything()).toBe(before);

    const [q, v] = FIELD_CALLS[field]!(field.startsWith('Mutation.') ? missing() : ids);
    const served = await h.gql(q, v, only[required]);
    expect(JSON.stringify(served.body.errors ?? [])).not.toContain('insufficient_scope');
    expect(served.status).toBeLessThan(500);
  });

  it('answers 401, not 403, without a valid key', async () => {
    const res = await h.gql('{ phoneNumbers { edges { node { id } } } }', {}, 'sk_live_not_a_key_at_all');
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'invalid_api_key' });
  });
});

describe('subscriptions', () => {
  const NUMBER_EVENTS = 'subscription($id: ID) { phoneNumberUpdated(id: $id) { id phoneNumber { label } } }';
  const run = (key: string, query: string, variables: Record<string, unknown>) => {
    const results: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }[] = [];
    let stop = () => {};
    const done = new Promise<void>((resolve, reject) => {
      stop = createClient({ url: `${h.url}/graphql`, headers: { authorization: `Bearer ${key}` }, retryAttempts: 0 }).subscribe({ query, variables }, { next: (r) => void results.push(r as never), error: reject, complete: resolve });
    });
    return { results, done, stop: () => stop() };
  };

  /** A subscription as a stream request (graphql-sse distinct connections mode): its status and body. */
  const subscribe = async (key: string, query: string, variables: Record<string, unknown> = {}) => {
    const body = JSON.stringify({ query, variables });
    const res = await h.fetch('/graphql', {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), authorization: `Bearer ${key}` },
      body,
    });
    // The one `next` event the refusal carries, then `complete`.
    const text = await res.text();
    const next = /event: next\ndata: (.*)\n/.exec(text);
    return { status: res.status, result: next ? JSON.parse(next[1]!) : text };
  };

  it('refuses phoneNumberUpdated to a key that may read connections only: 403 insufficient_scope naming numbers:read', async () => {
    const refused = run(only['connections:read'], NUMBER_EVENTS, { id: ids.phoneNumber });
    await expect(refused.done).rejects.toMatchObject({ response: { status: 403 } });
    const answer = await subscribe(only['connections:read'], NUMBER_EVENTS, { id: ids.phoneNumber });
    expect(answer.status).toBe(403);
    expect(answer.result.errors).toEqual([expect.objectContaining({ extensions: { code: 'insufficient_scope', required_scope: 'numbers:read' } })]);
  });

  it.each(rootFields('Subscription'))('%s: refused without its scope, before any event', async (field) => {
    const required = FIELD_SCOPES[field] as Scope;
    const open = h.runtime.deps.events.openSubscriptions();
    const answer = await subscribe(without[required], `subscription { ${field.split('.')[1]} { id } }`);
    expect(answer.status).toBe(403);
    expect(answer.result.errors[0].extensions).toEqual({ code: 'insufficient_scope', required_scope: required });
    expect(h.runtime.deps.events.openSubscriptions()).toBe(open);
  });

  it('delivers phoneNumberUpdated to a key holding numbers:read only', async () => {
    const open = h.runtime.deps.events.openSubscriptions();
    const allowed = run(only['numbers:read'], NUMBER_EVENTS, { id: ids.phoneNumber });
    await waitFor(() => h.runtime.deps.events.openSubscriptions() > open);
    await h.rest('PATCH', `/v1/phone-numbers/${ids.phoneNumber}`, { label: 'Seen live' });
    await waitFor(() => allowed.results.length > 0);
    expect(allowed.results[0]).toEqual({ data: { phoneNumberUpdated: { id: ids.phoneNumber, phoneNumber: { label: 'Seen live' } } } });
    allowed.stop();
    await waitFor(() => h.runtime.deps.events.openSubscriptions() === open);
  });
});

describe('keys and their scopes', () => {
  it('gives a key every scope by default, and shows them on REST and GraphQL', async () => {
    const created = await h.rest('POST', '/v1/developer/api-keys', { name: 'Default scopes' });
    expect(created.status).toBe(201);
    expect(created.body.scopes).toEqual([...SCOPES]);
    const listed = (await h.rest('GET', '/v1/developer/api-keys')).body.find((k: { id: number }) => k.id === created.body.id);
    expect(listed.scopes).toEqual([...SCOPES]);
    const viewer = await h.gql('{ viewer { scopes } }', {}, created.body.key);
    expect(viewer.body.data.viewer.scopes).toEqual(SCOPES.map((s) => s.toUpperCase().replace(':', '_')));
    // The harness's organizations were made by createOrganization: their keys hold every scope too.
    expect((await h.gql('{ viewer { scopes } }', {}, h.orgB.key)).body.data.viewer.scopes).toHaveLength(SCOPES.length);
  });

  it('adds what a scope implies, and shows exactly that', async () => {
    const key = await createKey('Writer', ['connections:write', 'verification:call']);
    expect(key.scopes).toEqual(['connections:read', 'connections:write', 'numbers:read', 'verification:call']);
    const gql = await h.gql('mutation { createApiKey(input: { name: "Hooks", scopes: [WEBHOOKS_MANAGE] }) { ... on CreateApiKeyPayload { created { apiKey { scopes } } } } }');
    expect(gql.body.data.createApiKey.created.apiKey.scopes).toEqual(['CONNECTIONS_READ', 'NUMBERS_READ', 'WEBHOOKS_MANAGE']);
    expect((await h.gql('{ viewer { scopes } }', {}, key.key)).body.data.viewer.scopes).toEqual(['CONNECTIONS_READ', 'CONNECTIONS_WRITE', 'NUMBERS_READ', 'VERIFICATION_CALL']);
  });

  it('refuses a key minting a broader key: 403 naming the missing scopes, nothing created', async () => {
    const narrow = await createKey('Narrow admin', ['keys:manage', 'numbers:read']);
    const before = await everything();
    const broader = await h.rest('POST', '/v1/developer/api-keys', { name: 'Broader', scopes: ['numbers:write', 'audit:read', 'numbers:read'] }, { key: narrow.key });
    expect(broader.status).toBe(403);
    expect(broader.body).toEqual({ code: 'insufficient_scope', detail: 'This API key lacks the scopes numbers:write, audit:read, which this request needs.', required_scope: 'numbers:write audit:read' });
    // By default a new key would hold every scope: a narrow key must name its own.
    const byDefault = await h.rest('POST', '/v1/developer/api-keys', { name: 'Default' }, { key: narrow.key });
    expect(byDefault).toMatchObject({ status: 403, body: { code: 'insufficient_scope' } });
    const gql = await h.gql('mutation { createApiKey(input: { name: "Broader", scopes: [AUDIT_READ] }) { __typename } }', {}, narrow.key);
    expect(gql.status).toBe(403);
    expect(gql.body.errors?.[0]?.extensions).toEqual({ code: 'insufficient_scope', required_scope: 'audit:read' });
    expect(await everything()).toBe(before);
    // The same scopes, or fewer, it may.
    expect((await h.rest('POST', '/v1/developer/api-keys', { name: 'Same', scopes: ['numbers:read'] }, { key: narrow.key })).body.scopes).toEqual(['numbers:read']);
  });

  it('refuses a key revoking a broader key: 403 naming the missing scopes, the key still works', async () => {
    const narrow = await createKey('Narrow admin', ['keys:manage', 'numbers:read']);
    const broader = await createKey('Broader', ['numbers:write', 'audit:read']);
    const before = await everything();
    const refused = await h.rest('DELETE', `/v1/developer/api-keys/${broader.id}`, undefined, { key: narrow.key });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ code: 'insufficient_scope', detail: 'This API key lacks the scopes numbers:write, audit:read, which this request needs.', required_scope: 'numbers:write audit:read' });
    const gql = await h.gql('mutation($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }', { id: String(broader.id) }, narrow.key);
    expect(gql.body.errors?.[0]?.extensions).toEqual({ code: 'insufficient_scope', required_scope: 'numbers:write audit:read' });
    expect(await everything()).toBe(before);
    expect((await h.rest('GET', '/v1/audit-events?limit=1', undefined, { key: broader.key })).status).toBe(200);
    // A key with the same scopes, or fewer, it may revoke.
    const same = await createKey('Same', ['numbers:read']);
    expect((await h.rest('DELETE', `/v1/developer/api-keys/${same.id}`, undefined, { key: narrow.key })).status).toBe(204);
  });

  it('refuses an unknown scope with 400 naming it, on both doors', async () => {
    const rest = await h.rest('POST', '/v1/developer/api-keys', { name: 'Typo', scopes: ['numbers:read', 'numbers:delete'] });
    expect(rest.status).toBe(400);
    expect(rest.body.fields['scopes.1'][0]).toContain('"numbers:delete" is not a scope');
    const empty = await h.rest('POST', '/v1/developer/api-keys', { name: 'None', scopes: [] });
    expect(empty).toMatchObject({ status: 400, body: { code: 'validation_failed' } });
    // GraphQL's own validation refuses a value the ApiKeyScope enum does not have, by its position (the schema never echoes input).
    const gql = await h.gql('mutation { createApiKey(input: { name: "Typo", scopes: [NUMBERS_READ, NUMBERS_DELETE] }) { __typename } }');
    expect(gql.body.data).toBeUndefined();
    expect(gql.body.errors?.[0]?.message).toBe('Invalid value at "scopes.1": is not one of the allowed values of ApiKeyScope.');
  });

  it('records the scopes of a created key in the audit trail', async () => {
    const key = await createKey('Audited', ['numbers:read', 'audit:read']);
    const audit = await h.rest('GET', `/v1/audit-events?target_type=api_key&target_id=${key.id}`);
    expect(audit.body.items[0]).toMatchObject({ action: 'api_key.created', summary: { name: 'Audited', scopes: 'numbers:read audit:read' } });
  });
});

describe('migration 0010', () => {
  it('gives every key that existed before it every scope', async () => {
    await withDatabaseAt('0009_webhooks', async (db) => {
      const k = db.kysely as unknown as Kysely<any>;
      const now = new Date().toISOString();
      const org = await k.insertInto('organizations').values({ name: 'Old', created_at: now }).returning('id').executeTakeFirstOrThrow();
      await k.insertInto('api_keys').values({ organization_id: org.id, name: 'Old key', key_prefix: 'sk_live_0000000', key_hash: 'x'.repeat(64), created_at: now }).execute();
      expect(await migrateToLatest(db)).toEqual(['0010_api_key_scopes', '0011_connect_links']);
      const row = await k.selectFrom('api_keys').select('scopes').executeTakeFirstOrThrow();
      expect(JSON.parse(row.scopes)).toEqual([...SCOPES]);
    });
  });
});
