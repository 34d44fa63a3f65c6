import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { startHarness, type Harness } from './support/harness';
import { migrateToLatest } from '../src/db/migrate';
import { createDb } from '../src/db/create-db';
import { freshDatabaseUrl, withDatabaseAt } from './support/database';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('migrations', () => {
  it('build every table from an empty database, and a second run applies nothing', async () => {
    const fresh = await freshDatabaseUrl();
    const db = createDb(fresh.url);
    try {
      expect(await migrateToLatest(db)).toEqual(['0001_initial', '0002_connection_number_count', '0003_connection_rechecks', '0004_audit_events', '0005_organization_number_count', '0006_number_claims', '0007_idempotency_at_rest', '0008_test_calls', '0009_webhooks', '0010_api_key_scopes', '0011_connect_links']);
      expect(await migrateToLatest(db)).toEqual([]);
      for (const table of ['organizations', 'api_keys', 'voip_connections', 'verification_evidence', 'phone_numbers', 'idempotency_keys', 'audit_events', 'job_leases']) {
        await expect(sql`select count(*) as n from ${sql.table(table)}`.execute(db.kysely)).resolves.toBeTruthy();
      }
    } finally {
      await db.close();
      await fresh.dispose();
    }
  });
});

describe('migrations 0002 and 0005', () => {
  it("backfills each connection's count of held numbers on a database that already has numbers", async () => {
    await withDatabaseAt('0001_initial', async (db) => {
      const now = new Date().toISOString();
      const k = db.kysely as unknown as Kysely<any>; // the tables as 0001 left them
      const org = await k.insertInto('organizations').values({ name: 'Old', created_at: now }).returning('id').executeTakeFirstOrThrow();
      const conn = (name: string) =>
        k
          .insertInto('voip_connections')
          .values({ organization_id: org.id, name, provider: 'manual', setup_method: 'manual', status: 'connected', inferred_name: 0, sip_config: '{}', credentials_sealed: 'x', created_at: now, updated_at: now })
          .returning('id')
          .executeTakeFirstOrThrow();
      const [a, b] = [await conn('a'), await conn('b')];
      const number = (n: string, connection: number, status: string) => ({
        organization_id: org.id, number: n, source: 'voip', status, voip_connection_id: connection, capabilities: '{}', voip_verification_status: 'unverified', created_at: now, updated_at: now,
      });
      await k.insertInto('phone_numbers').values([number('+14155550001', a.id, 'active'), number('+14155550002', a.id, 'provisioning'), number('+14155550003', a.id, 'released'), number('+14155550004', b.id, 'released')]).execute();
      expect(await migrateToLatest(db)).toEqual(['0002_connection_number_count', '0003_connection_rechecks', '0004_audit_events', '0005_organization_number_count', '0006_number_claims', '0007_idempotency_at_rest', '0008_test_calls', '0009_webhooks', '0010_api_key_scopes', '0011_connect_links']);
      const counts = await k.selectFrom('voip_connections').select(['id', 'numbers_imported']).orderBy('id').execute();
      expect(counts).toEqual([{ id: a.id, numbers_imported: 2 }, { id: b.id, numbers_imported: 0 }]);
      // 0005: the organization's count of its rows, released ones included.
      expect(await k.selectFrom('organizations').select('phone_numbers_count').where('id', '=', org.id).executeTakeFirstOrThrow()).toEqual({ phone_numbers_count: 4 });
    });
  });
});

describe('health', () => {
  it('GET /v1/healthz answers {"ok": true} without a key', async () => {
    const res = await h.rest('GET', '/v1/healthz', undefined, { key: null });
    expect(res).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('GET /v1/readyz checks the database', async () => {
    const res = await h.rest('GET', '/v1/readyz', undefined, { key: null });
    expect(res).toMatchObject({ status: 200, body: { ok: true, database: 'ok' } });
  });

  it('sets security headers and a request id on every response', async () => {
    const res = await h.rest('GET', '/v1/healthz', undefined, { key: null, headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-request-id')).toBe('abc-123');
  });
});

describe('API keys (REST /v1/developer/api-keys)', () => {
  it('401s without a key, with the documented body', async () => {
    const res = await h.rest('GET', '/v1/developer/api-keys', undefined, { key: null });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ detail: 'Authentication credentials were not provided.', code: 'not_authenticated' });
  });

  it('401s with a key that does not exist', async () => {
    const res = await h.rest('GET', '/v1/developer/api-keys', undefined, { key: 'sk_live_0000000000000000000000000000' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ detail: 'Invalid API key.', code: 'invalid_api_key' });
  });

  it('creates a key shown once, stores only its hash, and lists it without the secret', async () => {
    const created = await h.rest('POST', '/v1/developer/api-keys', { name: 'ci' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'ci', is_active: true, key: expect.stringMatching(/^sk_live_[0-9a-f]{48}$/) });
    expect(created.body.key_prefix).toBe(created.body.key.slice(0, 15));

    const rows = await h.runtime.deps.db.selectFrom('api_keys').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(created.body.key);

    const list = await h.rest('GET', '/v1/developer/api-keys');
    expect(list.status).toBe(200);
    expect(list.body[0]).toMatchObject({ id: created.body.id, name: 'ci', key_prefix: created.body.key_prefix });
    expect(JSON.stringify(list.body)).not.toContain(created.body.key);

    const withNewKey = await h.rest('GET', '/v1/developer/api-keys', undefined, { key: created.body.key });
    expect(withNewKey.status).toBe(200);
    const touched = await h.runtime.deps.db.selectFrom('api_keys').select('last_used_at').where('id', '=', created.body.id).executeTakeFirstOrThrow();
    expect(touched.last_used_at).not.toBeNull();
  });

  it('revokes a key: 204, then the key is refused', async () => {
    const created = await h.rest('POST', '/v1/developer/api-keys', { name: 'short-lived' });
    const revoked = await h.rest('DELETE', `/v1/developer/api-keys/${created.body.id}`);
    expect(revoked.status).toBe(204);
    expect(revoked.body).toBeUndefined();
    const after = await h.rest('GET', '/v1/developer/api-keys', undefined, { key: created.body.key });
    expect(after.status).toBe(401);
    const listed = (await h.rest('GET', '/v1/developer/api-keys')).body.find((k: { id: number }) => k.id === created.body.id);
    expect(listed).toMatchObject({ is_active: false, revoked_at: expect.any(String) });
  });

  it('refuses, on its next request, a key revoked through another connection (the command line, another process)', async () => {
    const created = await h.rest('POST', '/v1/developer/api-keys', { name: 'revoked-elsewhere' });
    const key = created.body.key as string;
    // Used twice first, so that a cached authentication would be the one answering.
    for (let i = 0; i < 2; i++) expect((await h.rest('GET', '/v1/voip-connections', undefined, { key })).status).toBe(200);
    expect((await h.gql('{ viewer { organization { name } } }', {}, key)).status).toBe(200);
    const other = createDb(h.config.databaseUrl);
    try {
      await other.kysely.updateTable('api_keys').set({ revoked_at: new Date().toISOString() }).where('id', '=', created.body.id).execute();
    } finally {
      await other.close();
    }
    expect((await h.rest('GET', '/v1/voip-connections', undefined, { key })).status).toBe(401);
    expect((await h.gql('{ viewer { organization { name } } }', {}, key)).body.errors?.[0]?.extensions?.code).toBe('invalid_api_key');
  });

  it("404s on another organization's key id, exactly like a missing one", async () => {
    const other = await h.rest('POST', '/v1/developer/api-keys', { name: 'b' }, { key: h.orgB.key });
    const cross = await h.rest('DELETE', `/v1/developer/api-keys/${other.body.id}`);
    const missing = await h.rest('DELETE', '/v1/developer/api-keys/999999');
    expect(cross.status).toBe(404);
    expect(cross.body).toEqual(missing.body);
    expect((await h.rest('GET', '/v1/developer/api-keys', undefined, { key: other.body.key })).status).toBe(200);
  });

  it('refuses an empty name with a field error', async () => {
    const res = await h.rest('POST', '/v1/developer/api-keys', { name: '' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'validation_failed', fields: { name: expect.any(Array) } });
  });
});

describe('GraphQL', () => {
  it('answers { viewer { organization { name } } } for the key', async () => {
    const res = await h.gql('{ viewer { organization { name } } }');
    expect(res.body).toEqual({ data: { viewer: { organization: { name: 'Acme' } } } });
    const b = await h.gql('{ viewer { organization { name } } }', undefined, h.orgB.key);
    expect(b.body.data.viewer.organization.name).toBe('Globex');
  });

  it('refuses an unauthenticated operation with 401', async () => {
    const res = await h.gql('{ viewer { organization { name } } }', undefined, 'sk_live_nope_nope_nope_nope_nope');
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('invalid_api_key');
  });

  it('pages connections with first bounded to 1..100', async () => {
    const res = await h.gql('{ connections(first: 101) { edges { cursor } } }');
    expect(JSON.stringify(res.body)).toContain('must be between 1 and 100');
  });
});

describe('GraphiQL', () => {
  it('is served from installed assets, naming no external host', async () => {
    const res = await h.fetch('/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<div id="root">');
    const hosts = [...html.matchAll(/(?:src|href)\s*=\s*["'](https?:)?\/\/([^/"']+)/g)].map((m) => m[2]);
    expect(hosts).toEqual([]);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs|esm\.sh/);
    // The page's policy admits only our own origin (plus the blob: workers GraphiQL starts).
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*connect-src 'self'.*frame-ancestors 'none'/);
  });

  it('opens on the flow, with the header to add, instead of the generic welcome text', async () => {
    const html = await (await h.fetch('/graphql', { headers: { accept: 'text/html' } })).text();
    for (const op of ['query Providers', 'mutation TestCredentials', 'mutation CreateConnection', 'query AvailableNumbers', 'mutation ImportNumbers', 'mutation VerifyPhoneNumber']) {
      expect(html).toContain(op);
    }
    expect(html).toContain('Bearer sk_live_');
  });
});
