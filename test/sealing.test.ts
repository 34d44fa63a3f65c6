import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeyRing, SealError } from '../src/security/sealing';
import { loadKeyRing } from '../src/security/key-ring-loader';
import { createLogger } from '../src/logger';
import { resealAll } from '../src/domain/reseal';
import { startHarness, type Harness, SECRET_KEYS } from './support/harness';
import { gqlCredentials } from './support/credentials';
import { captureLogs } from './support/providers';
import { CreateDocument, RetestDocument, TestCredentialsDocument } from './generated/graphql';

describe('KeyRing (AES-256-GCM)', () => {
  const ring = KeyRing.parse(KeyRing.generateEntry('a'));

  it('opens what it sealed, with a fresh nonce each time', () => {
    const one = ring.seal('secret', 'row-1');
    const two = ring.seal('secret', 'row-1');
    expect(one).not.toBe(two);
    expect(ring.open(one, 'row-1')).toBe('secret');
    expect(one).not.toContain('secret');
  });

  it('refuses a tampered ciphertext', () => {
    const sealed = ring.seal('secret', 'row-1');
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    expect(() => ring.open([...parts.slice(0, 3), body.toString('base64url')].join('.'), 'row-1')).toThrow(SealError);
  });

  it('refuses a ciphertext moved to another row (associated data)', () => {
    expect(() => ring.open(ring.seal('secret', 'row-1'), 'row-2')).toThrow(SealError);
  });

  it('seals with the newest key and opens with any key in the ring', () => {
    const oldEntry = KeyRing.generateEntry('old');
    const sealedOld = KeyRing.parse(oldEntry).seal('s', 'ad');
    const both = KeyRing.parse(`${KeyRing.generateEntry('new')},${oldEntry}`);
    expect(both.open(sealedOld, 'ad')).toBe('s');
    expect(both.sealedWithNewest(both.seal('s', 'ad'))).toBe(true);
    expect(both.sealedWithNewest(sealedOld)).toBe(false);
  });

  it('generates a 0600 key file beside an embedded database, with one warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trunkline-keys-'));
    const logs = captureLogs();
    const log = createLogger('info', logs.stream);
    const first = loadKeyRing({ secretKeys: undefined, sqliteFile: join(dir, 'db.sqlite'), engine: 'sqlite', log });
    const second = loadKeyRing({ secretKeys: undefined, sqliteFile: join(dir, 'db.sqlite'), engine: 'sqlite', log });
    expect(second.open(first.seal('x', 'y'), 'y')).toBe('x');
    expect(statSync(join(dir, 'secret.keys')).mode & 0o777).toBe(0o600);
    expect(logs.lines.filter((l) => l.includes('generated a sealing key'))).toHaveLength(1);
  });

  it('refuses to start PostgreSQL without configured keys', () => {
    expect(() => loadKeyRing({ secretKeys: undefined, sqliteFile: undefined, engine: 'postgres', log: createLogger('silent') })).toThrow(/TRUNKLINE_SECRET_KEYS/);
  });
});

async function createVonage(h: Harness) {
  const credentials = gqlCredentials(h.sim, 'vonage');
  const test = (await h.op(TestCredentialsDocument, { input: { credentials } })).testCredentials;
  if (test.__typename !== 'TestCredentialsPayload') throw new Error('test failed');
  const res = (await h.op(CreateDocument, { input: { credentials, verificationEvidenceId: test.test.verificationEvidenceId } })).createConnection;
  if (res.__typename !== 'CreateConnectionPayload') throw new Error('create failed');
  return Number(res.connection.id);
}
const sealedOf = async (h: Harness, id: number) =>
  (await h.runtime.deps.db.selectFrom('voip_connections').select('credentials_sealed').where('id', '=', id).executeTakeFirstOrThrow()).credentials_sealed;
const setSealed = (h: Harness, id: number, value: string) => h.runtime.deps.db.updateTable('voip_connections').set({ credentials_sealed: value }).where('id', '=', id).execute();
/** Breaks a row by giving it another row's ciphertext. */
const swapSealed = async (h: Harness, from: number, to: number) => setSealed(h, to, await sealedOf(h, from));
/** Breaks a row by changing the last bytes of its ciphertext. */
async function tamperSealed(h: Harness, id: number) {
  const sealed = await sealedOf(h, id);
  await setSealed(h, id, sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA'));
}

describe('sealed credentials in the database', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('stores no plaintext credential', async () => {
    const id = await createVonage(h);
    const row = await h.runtime.deps.db.selectFrom('voip_connections').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(h.sim.account('vonage', 'valid').secret);
    expect(row.credentials_sealed).toMatch(/^v1\.test1\./);
  });

  it('a swapped ciphertext does not open on the other row', async () => {
    const a = await createVonage(h);
    const b = await createVonage(h);
    await swapSealed(h, a, b);
    const res = (await h.op(RetestDocument, { input: { id: String(b) } })).retestConnection;
    expect(res).toMatchObject({ __typename: 'ConflictError', code: 'credentials_unreadable' });
  });

  it('a tampered ciphertext does not open', async () => {
    const id = await createVonage(h);
    await tamperSealed(h, id);
    const res = (await h.op(RetestDocument, { input: { id: String(id) } })).retestConnection;
    expect(res).toMatchObject({ __typename: 'ConflictError', code: 'credentials_unreadable' });
  });
});

describe('re-sealing under a new key', () => {
  // A database of its own: the rows it counts are the ones this test made, whatever ran before.
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('re-seals every row with a new key, after which the old key can go', async () => {
    const id = await createVonage(h);
    const swapped = await createVonage(h);
    await swapSealed(h, id, swapped);
    const tampered = await createVonage(h);
    await tamperSealed(h, tampered);
    // A webhook endpoint whose secret was rotated holds two sealed secrets (the previous one signs for 24 h).
    const endpoint = await h.rest('POST', '/v1/developer/webhook-endpoints', { label: 'Reseal', url: 'http://127.0.0.1:9/hook', events: ['phone_number.verified'] });
    const rotated = await h.rest('POST', `/v1/developer/webhook-endpoints/${endpoint.body.id}/rotate-secret`);
    const newEntry = KeyRing.generateEntry('test2');
    const rotatedDeps = { ...h.runtime.deps, keyRing: KeyRing.parse(`${newEntry},${SECRET_KEYS}`) };
    const { resealed, unreadable, webhookSecrets } = await resealAll(rotatedDeps);
    expect(resealed).toBe(1);
    expect(webhookSecrets).toEqual({ resealed: 1, alreadyCurrent: 0, unreadable: [] });
    const row = await h.runtime.deps.db.selectFrom('webhook_endpoints').selectAll().where('id', '=', endpoint.body.id).executeTakeFirstOrThrow();
    const { openWebhookSecret } = await import('../src/domain/webhook-secrets');
    const onlyNewRing = KeyRing.parse(newEntry);
    expect(openWebhookSecret(onlyNewRing, h.orgA.id, row.id, row.secret_sealed)).toBe(rotated.body.secret);
    expect(openWebhookSecret(onlyNewRing, h.orgA.id, row.id, row.previous_secret_sealed!)).toBe(endpoint.body.secret);
    expect([...unreadable].sort((x, y) => x - y)).toEqual([swapped, tampered]); // the rows broken above are reported, not fatal
    expect(await sealedOf(h, id)).toMatch(/^v1\.test2\./);
    expect(await resealAll(rotatedDeps)).toMatchObject({ resealed: 0, webhookSecrets: { resealed: 0, alreadyCurrent: 1 } });
    // Only the new key remains: the credentials still open.
    const onlyNew = { ...h.runtime.deps, keyRing: KeyRing.parse(newEntry) };
    const { storedCredentials } = await import('../src/domain/credentials');
    const { connectionsRepository } = await import('../src/db/repositories/connections');
    const record = (await connectionsRepository(h.runtime.deps.db).find(h.orgA.id, id))!;
    expect(storedCredentials(onlyNew, record).credentials).toMatchObject({ api_key: h.sim.account('vonage', 'valid').id });
  });
});
