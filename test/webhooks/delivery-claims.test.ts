import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/create-db';
import { migrateToLatest } from '../../src/db/migrate';
import { webhookDeliveriesRepository, type AttemptRecord } from '../../src/db/repositories/webhook-deliveries';
import { freshDatabaseUrl } from '../support/database';

/**
 * The claim rules at the storage level, where the exact set a claim takes can be asserted (the
 * HTTP-level behaviour is test/webhooks/delivery.test.ts): due, not leased, endpoint not disabled,
 * one object's deliveries in order, a cap per endpoint counting the attempts in flight, and an
 * attempt recorded only under the lease it was made with. Rows are inserted directly: the point
 * is which rows one claim statement takes.
 */
let fresh: Awaited<ReturnType<typeof freshDatabaseUrl>>;
let db: Db;
let org: number;
const T0 = '2026-01-01T00:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();
const repo = () => webhookDeliveriesRepository(db.kysely);
const claim = (now: string, lease: string, limit: number, byEndpoint = new Map<number, number>(), deliveryIds: number[] = []) =>
  repo().claimDue(now, lease, limit, { byEndpoint, deliveryIds }, 4, db.engine === 'postgres');

async function endpoint(status = 'active'): Promise<number> {
  const row = await db.kysely
    .insertInto('webhook_endpoints')
    .values({ organization_id: org, label: 'e', url: 'http://127.0.0.1:9/hook', events: '[]', status, secret_sealed: 'sealed', secret_hint: 'whsec_…abcd', created_at: T0, updated_at: T0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

let eventSeq = 0;
async function delivery(endpointId: number, objectKey: string, opts: { nextAttemptAt?: string; leaseUntil?: string | null } = {}): Promise<number> {
  const eventId = `msg_claims${++eventSeq}`;
  await db.kysely.insertInto('webhook_events').values({ id: eventId, organization_id: org, type: 'voip_connection.updated', object_key: objectKey, payload: '{}', created_at: T0 }).execute();
  const row = await db.kysely
    .insertInto('webhook_deliveries')
    .values({ organization_id: org, endpoint_id: endpointId, event_id: eventId, object_key: objectKey, state: 'pending', next_attempt_at: opts.nextAttemptAt ?? T0, lease_until: opts.leaseUntil ?? null, created_at: T0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const attempt = (deliveryId: number, endpointId: number, lease: string, outcome: AttemptRecord['outcome'], now = at(1)): AttemptRecord => ({
  deliveryId, endpointId, lease, attemptedAt: now, statusCode: outcome.state === 'delivered' ? 200 : 503, latencyMs: 3, excerpt: 'ok', error: null, outcome, now, failingCutoff: at(-86_400),
});

beforeAll(async () => {
  fresh = await freshDatabaseUrl();
  db = createDb(fresh.url);
  await migrateToLatest(db);
});
afterAll(async () => {
  await db?.close();
  await fresh?.dispose();
});
beforeEach(async () => {
  await db.kysely.deleteFrom('webhook_attempts').execute();
  await db.kysely.deleteFrom('webhook_deliveries').execute();
  await db.kysely.deleteFrom('webhook_events').execute();
  await db.kysely.deleteFrom('webhook_endpoints').execute();
  org = (await db.kysely.insertInto('organizations').values({ name: 'claims', created_at: T0 }).returning('id').executeTakeFirstOrThrow()).id;
});

describe('claiming webhook deliveries', () => {
  it('takes due, unleased deliveries with their event and endpoint, oldest first, and sets the lease', async () => {
    const e = await endpoint();
    const a = await delivery(e, 'voip_connection:1');
    const b = await delivery(e, 'voip_connection:2');
    await delivery(e, 'voip_connection:3', { nextAttemptAt: at(60) });
    await delivery(e, 'voip_connection:4', { leaseUntil: at(30) });
    const claimed = await claim(at(1), at(40), 10);
    expect(claimed.map((c) => c.id)).toEqual([a, b]);
    expect(claimed[0]).toMatchObject({ lease: at(40), attempts: 0, objectKey: 'voip_connection:1', event: { type: 'voip_connection.updated', payload: '{}' }, endpoint: { id: e, url: 'http://127.0.0.1:9/hook', status: 'active' } });
    // Leased now: a second claim finds nothing until the lease passes; then the expired ones too.
    expect(await claim(at(2), at(41), 10)).toEqual([]);
    // Never one this instance is still attempting, whatever the lease says.
    expect((await claim(at(40), at(80), 10, new Map([[e, 1]]), [b])).map((c) => c.id)).toEqual([a, a + 3]);
  });

  it('holds an object’s later delivery while an earlier one is pending, even when the later is due first', async () => {
    const e = await endpoint();
    const first = await delivery(e, 'voip_connection:1', { nextAttemptAt: at(300) });
    const second = await delivery(e, 'voip_connection:1');
    const other = await delivery(e, 'voip_connection:2');
    expect((await claim(at(1), at(40), 10)).map((c) => c.id)).toEqual([other]);
    expect(await repo().recordAttempt(attempt(other, e, at(40), { state: 'delivered' }))).toBe(true);
    const [c] = await claim(at(300), at(340), 10);
    expect(c!.id).toBe(first);
    expect(await claim(at(301), at(341), 10)).toEqual([]);
    expect(await repo().recordAttempt(attempt(first, e, at(340), { state: 'delivered' }, at(301)))).toBe(true);
    expect((await claim(at(302), at(342), 10)).map((c) => c.id)).toEqual([second]);
  });

  it('skips disabled endpoints’ deliveries and takes them once re-enabled', async () => {
    const e = await endpoint('disabled');
    const d = await delivery(e, 'voip_connection:1');
    expect(await claim(at(1), at(40), 10)).toEqual([]);
    await db.kysely.updateTable('webhook_endpoints').set({ status: 'active' }).where('id', '=', e).execute();
    expect((await claim(at(2), at(40), 10)).map((c) => c.id)).toEqual([d]);
  });

  it('takes at most 4 per endpoint, counting attempts in flight, and leaves the rest to other endpoints', async () => {
    const busy = await endpoint();
    const quiet = await endpoint();
    const many = [];
    for (let i = 0; i < 8; i++) many.push(await delivery(busy, `voip_connection:${i}`));
    const q = await delivery(quiet, 'voip_connection:100');
    expect((await claim(at(1), at(40), 10)).map((c) => c.id)).toEqual([...many.slice(0, 4), q]);
    // With 3 of the busy endpoint's in flight, one more; at 4, none.
    await db.kysely.updateTable('webhook_deliveries').set({ lease_until: null }).execute();
    expect((await claim(at(2), at(41), 10, new Map([[busy, 3]]))).map((c) => c.id)).toEqual([many[0], q]);
    await db.kysely.updateTable('webhook_deliveries').set({ lease_until: null }).execute();
    expect((await claim(at(3), at(42), 10, new Map([[busy, 4]]))).map((c) => c.id)).toEqual([q]);
  });

  it('records an attempt only under the lease it was made with', async () => {
    const e = await endpoint();
    const d = await delivery(e, 'voip_connection:1');
    await claim(at(1), at(40), 10);
    // The lease expired and another holder claimed it: the first holder's record changes nothing.
    await claim(at(40), at(80), 10);
    expect(await repo().recordAttempt(attempt(d, e, at(40), { state: 'delivered' }))).toBe(false);
    const before = await db.kysely.selectFrom('webhook_deliveries').selectAll().where('id', '=', d).executeTakeFirstOrThrow();
    expect(before).toMatchObject({ state: 'pending', attempts: 0, lease_until: at(80) });
    expect(await db.kysely.selectFrom('webhook_attempts').selectAll().execute()).toEqual([]);
    expect(await repo().recordAttempt(attempt(d, e, at(80), { state: 'pending', nextAttemptAt: at(100) }, at(41)))).toBe(true);
    const after = await db.kysely.selectFrom('webhook_deliveries').selectAll().where('id', '=', d).executeTakeFirstOrThrow();
    expect(after).toMatchObject({ state: 'pending', attempts: 1, lease_until: null, next_attempt_at: at(100), last_status_code: 503 });
    const endpointRow = await db.kysely.selectFrom('webhook_endpoints').selectAll().where('id', '=', e).executeTakeFirstOrThrow();
    expect(endpointRow).toMatchObject({ status: 'active', failing_since: at(41) });
  });
});
