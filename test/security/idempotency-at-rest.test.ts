import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { migrateToLatest } from '../../src/db/migrate';
import { withDatabaseAt } from '../support/database';
import { newKeyEntry, SECRET_KEYS, startHarness, type Harness } from '../support/harness';
import { KeyRing } from '../../src/security/sealing';
import { restCredentials } from '../support/credentials';
import { startIdempotencyPurge } from '../../src/jobs/idempotency-purge';
import { MAX_REPLAY_BYTES } from '../../src/domain/idempotency';

/**
 * What an Idempotency-Key leaves at rest: never a secret (a new API key, a SIP password, in clear
 * or as a plain hash), never an answer larger than the bound, and nothing past its 24 hours.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** What the request fingerprint used to be: a plain SHA-256 of the route and the body. */
const plainFingerprints = (path: string, raw: string) => [sha256(`POST ${path}\n${raw}`), sha256(raw)];

/** Every row of every table of this database, as text. */
async function dumpEveryTable(): Promise<string> {
  const db = h.runtime.deps.db;
  // On PostgreSQL each test file has a schema of its own: read only this one.
  const schema = h.runtime.deps.engine === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]!.s : undefined;
  const tables = (await db.introspection.getTables()).filter((t) => !schema || t.schema === schema);
  expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['idempotency_keys', 'api_keys', 'voip_connections', 'verification_evidence']));
  const parts: string[] = [];
  for (const t of tables) parts.push(JSON.stringify((await sql`select * from ${sql.table(t.name)}`.execute(db)).rows));
  return parts.join('\n');
}

const idempotencyRow = (organizationId: number, key: string) =>
  h.runtime.deps.db.selectFrom('idempotency_keys').selectAll().where('organization_id', '=', organizationId).where('key', '=', key).executeTakeFirstOrThrow();

describe('API keys created with an Idempotency-Key', () => {
  /** A new API key, created with `idempotencyKey`: each test makes its own, so none needs another to have run first. */
  async function createKey(idempotencyKey: string): Promise<{ name: string; created: { id: string; key: string } }> {
    const name = `idem-secret-${randomBytes(4).toString('hex')}`;
    const res = await h.rest('POST', '/v1/developer/api-keys', { name }, { headers: { 'idempotency-key': idempotencyKey } });
    expect(res.status).toBe(201);
    return { name, created: res.body };
  }

  it('leave the key in no column of any table, and a fingerprint that is no plain hash of the body', async () => {
    const { name, created } = await createKey('secret-1');
    expect(created.key.length).toBeGreaterThan(20);
    const dump = await dumpEveryTable();
    expect(dump.includes(created.key), 'a table holds the new API key in clear').toBe(false);
    const row = await idempotencyRow(h.orgA.id, 'secret-1');
    expect(row).toMatchObject({ state: 'withheld_secret', response_status: 201, response_body: null });
    expect(plainFingerprints('/v1/developer/api-keys', JSON.stringify({ name }))).not.toContain(row.request_hash);
  });

  it('refuse a replay with 409 idempotency_replay_unavailable, and create no second key', async () => {
    const { name, created } = await createKey('secret-2');
    const replay = await h.rest('POST', '/v1/developer/api-keys', { name }, { headers: { 'idempotency-key': 'secret-2' } });
    expect(replay).toMatchObject({ status: 409, body: { code: 'idempotency_replay_unavailable', detail: expect.stringContaining('secret') } });
    expect(JSON.stringify(replay.body)).not.toContain(created.key);
    const keys = (await h.rest('GET', '/v1/developer/api-keys')).body.filter((k: { name: string }) => k.name === name);
    expect(keys.map((k: { id: string }) => k.id)).toEqual([created.id]);
    // Another body with the key is still the reuse it always was.
    expect(await h.rest('POST', '/v1/developer/api-keys', { name: `${name}-other` }, { headers: { 'idempotency-key': 'secret-2' } })).toMatchObject({ status: 422, body: { code: 'idempotency_key_reused' } });
  });

  it('fingerprint the same key and body differently in two organizations', async () => {
    const body = { name: 'same-in-both' };
    await h.rest('POST', '/v1/developer/api-keys', body, { headers: { 'idempotency-key': 'both' } });
    await h.rest('POST', '/v1/developer/api-keys', body, { key: h.orgB.key, headers: { 'idempotency-key': 'both' } });
    const [a, b] = [await idempotencyRow(h.orgA.id, 'both'), await idempotencyRow(h.orgB.id, 'both')];
    expect(a.request_hash).not.toBe(b.request_hash);
  });

  it('keep matching across a key-ring rotation: the newest key fingerprints, every key is accepted', () => {
    const before = KeyRing.parse(SECRET_KEYS);
    const after = KeyRing.parse(`${newKeyEntry('rotated')},${SECRET_KEYS}`);
    const purpose = 'trunkline idempotency request fingerprint';
    expect(after.digests(purpose, 'body')).toContain(before.digests(purpose, 'body')[0]);
    expect(after.digests(purpose, 'body')[0]).not.toBe(before.digests(purpose, 'body')[0]);
    expect(after.digests('another purpose', 'body')).not.toContain(after.digests(purpose, 'body')[0]);
  });
});

describe('SIP-trunk connections created with an Idempotency-Key', () => {
  it('leave the password in no table, in clear or as a plain hash; the create still replays', async () => {
    const password = `CANARYidem${randomBytes(8).toString('hex')}`;
    const base = { provider: 'manual', credentials: { username: 'trunk-user', password }, sip_config: { domain: '127.0.0.1', port: h.sip.port, transport: 'udp' } };
    const test = await h.rest('POST', '/v1/voip-connections/test', base, { headers: { 'idempotency-key': 'trunk-test' } });
    expect(test.body.status, JSON.stringify(test.body)).toBe('pass');
    const body = { ...base, name: 'idem trunk', verification_evidence_id: test.body.verification_evidence_id };
    const created = await h.rest('POST', '/v1/voip-connections', body, { headers: { 'idempotency-key': 'trunk-create' } });
    expect(created.status).toBe(201);
    const replay = await h.rest('POST', '/v1/voip-connections', body, { headers: { 'idempotency-key': 'trunk-create' } });
    expect(replay).toMatchObject({ status: 201, body: created.body });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');

    const dump = await dumpEveryTable();
    expect(dump.includes(password), 'a table holds the SIP password in clear').toBe(false);
    const hashes = [sha256(password), ...plainFingerprints('/v1/voip-connections', JSON.stringify(body)), ...plainFingerprints('/v1/voip-connections/test', JSON.stringify(base))];
    expect(hashes.filter((hash) => dump.includes(hash)), 'a table holds a plain hash of the password or of a body carrying it').toEqual([]);
  });

  it('bind the evidence fingerprint to the organization: the same credentials give different fingerprints in two organizations', async () => {
    const base = { provider: 'manual', credentials: { username: 'shared-user', password: 'shared-password-1' }, sip_config: { domain: '127.0.0.1', port: h.sip.port, transport: 'udp' } };
    const a = await h.rest('POST', '/v1/voip-connections/test', base);
    const b = await h.rest('POST', '/v1/voip-connections/test', base, { key: h.orgB.key });
    const fingerprintOf = async (id: string) =>
      (await h.runtime.deps.db.selectFrom('verification_evidence').select('credentials_fingerprint').where('id', '=', id).executeTakeFirstOrThrow()).credentials_fingerprint;
    expect(await fingerprintOf(a.body.verification_evidence_id)).not.toBe(await fingerprintOf(b.body.verification_evidence_id));
    // Each organization's evidence still backs its own create.
    const created = await h.rest('POST', '/v1/voip-connections', { ...base, verification_evidence_id: b.body.verification_evidence_id }, { key: h.orgB.key });
    expect(created.status).toBe(201);
  });
});

describe('the stored answer is bounded', () => {
  it(`an answer over ${MAX_REPLAY_BYTES / 1024} KiB is not stored; its replay is refused, and the import is not run twice`, async () => {
    const credentials = restCredentials(h.sim, 'twilio', 'big');
    const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials });
    const connection = await h.rest('POST', '/v1/voip-connections', { provider: 'twilio', credentials, verification_evidence_id: test.body.verification_evidence_id });
    const numbers = h.sim.account('twilio', 'big').numbers.slice(0, 300).map((n) => n.e164);
    const path = `/v1/voip-connections/${connection.body.id}/import-numbers`;
    const first = await h.rest('POST', path, { numbers }, { headers: { 'idempotency-key': 'big-import' } });
    expect(first.status).toBe(201);
    expect(first.body.imported).toBe(300);
    const row = await idempotencyRow(h.orgA.id, 'big-import');
    expect(row).toMatchObject({ state: 'withheld_too_large', response_status: 201, response_body: null });
    const replay = await h.rest('POST', path, { numbers }, { headers: { 'idempotency-key': 'big-import' } });
    expect(replay).toMatchObject({ status: 409, body: { code: 'idempotency_replay_unavailable', detail: expect.stringContaining('KiB') } });
    const held = await h.runtime.deps.db.selectFrom('phone_numbers').select((eb) => eb.fn.countAll<number>().as('n')).where('organization_id', '=', h.orgA.id).where('number', 'in', numbers).executeTakeFirstOrThrow();
    expect(Number(held.n)).toBe(300);
    // A small answer still replays.
    const small = await h.rest('POST', path, { numbers: numbers.slice(0, 2) }, { headers: { 'idempotency-key': 'small-import' } });
    const smallReplay = await h.rest('POST', path, { numbers: numbers.slice(0, 2) }, { headers: { 'idempotency-key': 'small-import' } });
    expect(smallReplay).toMatchObject({ status: small.status, body: small.body });
  });
});

describe('the purge job', () => {
  it('deletes expired rows of every organization in batches, under the lease, and keeps fresh ones', async () => {
    const db = h.runtime.deps.db;
    // Rows written through the door, as clients leave them (besides any that other tests left).
    for (const key of ['old-1', 'old-2', 'old-3', 'old-4']) {
      const res = await h.rest('POST', '/v1/voip-connections/suggest-name', { provider: 'vonage', credentials: restCredentials(h.sim, 'vonage') }, { headers: { 'idempotency-key': key } });
      expect(res.status).toBe(200);
    }
    // Many more than one batch, directly: the purge must walk past its first batch.
    const now = h.clock.now();
    const rows = Array.from({ length: 2_500 }, (_, i) => ({
      organization_id: i % 2 === 0 ? h.orgA.id : h.orgB.id,
      key: `bulk-${i}`,
      request_hash: 'x',
      state: 'done',
      response_status: 200,
      response_body: '{}',
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + 86_400_000).toISOString(),
    }));
    for (let i = 0; i < rows.length; i += 500) await db.insertInto('idempotency_keys').values(rows.slice(i, i + 500)).execute();

    h.clock.advance(24 * 3_600_000 + 60_000);
    await h.rest('POST', '/v1/voip-connections/suggest-name', { provider: 'vonage', credentials: restCredentials(h.sim, 'vonage') }, { headers: { 'idempotency-key': 'fresh' } });
    const before = Number((await db.selectFrom('idempotency_keys').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

    const purge = startIdempotencyPurge(h.runtime.deps);
    try {
      const deleted = await purge.runOnce();
      expect(deleted).toBe(before - 1);
      expect(await purge.runOnce()).toBeNull(); // this period's run is taken
    } finally {
      await purge.stop();
    }
    const left = await db.selectFrom('idempotency_keys').select(['organization_id', 'key']).execute();
    expect(left).toEqual([{ organization_id: h.orgA.id, key: 'fresh' }]);
  });
});

describe('migration 0007', () => {
  it('deletes the rows written before it: plain hashes of credential-bearing bodies, answers holding keys', async () => {
    await withDatabaseAt('0006_number_claims', async (db) => {
      const now = new Date().toISOString();
      const k = db.kysely as unknown as Kysely<any>;
      const org = await k.insertInto('organizations').values({ name: 'Old', created_at: now }).returning('id').executeTakeFirstOrThrow();
      await k
        .insertInto('idempotency_keys')
        .values({ organization_id: org.id, key: 'old', request_hash: sha256('{"name":"k"}'), state: 'done', response_status: 201, response_body: '{"key":"tk_live_old"}', created_at: now, expires_at: now })
        .execute();
      expect(await migrateToLatest(db)).toContain('0007_idempotency_at_rest');
      expect(await k.selectFrom('idempotency_keys').selectAll().execute()).toEqual([]);
    });
  });
});
