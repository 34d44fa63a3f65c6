import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/create-db';
import { credentialsFor } from '../../src/simulator/accounts';
import { startSimulator, type Simulator } from '../../src/simulator/server';
import { freshDatabaseUrl } from '../support/database';
import { SECRET_KEYS } from '../support/harness';
import { callInstance, cli, startInstance, stopInstance, type Instance } from '../support/instances';
import { waitFor } from '../support/wait';
import { startReceiver, verifyArrival, type Receiver } from '../support/webhook-receiver';

/**
 * Two gateway processes on one PostgreSQL (and Redis) deliver webhooks together: each claims
 * under leases with FOR UPDATE SKIP LOCKED, so in the normal case every event reaches the
 * receiver exactly once (counted by webhook-id), whichever instance made the write or polled.
 * Runs with `npm run test:scale`.
 */
const redisUrl = process.env.TEST_REDIS_URL;
const pgUrl = process.env.TEST_DATABASE_URL;
const CONNECTIONS = 6;
const RENAMES = 4;

let sim: Simulator;
let db: Awaited<ReturnType<typeof freshDatabaseUrl>>;
let receiver: Receiver;
let a: Instance;
let b: Instance;
let key: string;

describe.skipIf(!redisUrl || !pgUrl)('webhooks from two instances on one PostgreSQL', () => {
  beforeAll(async () => {
    sim = await startSimulator({ slowMs: 2_000, retryAfterSeconds: 0 });
    db = await freshDatabaseUrl();
    receiver = await startReceiver();
    const env = {
      DATABASE_URL: db.url,
      TRUNKLINE_SECRET_KEYS: SECRET_KEYS,
      REDIS_URL: redisUrl!,
      PORT: '0',
      LOG_LEVEL: 'info',
      VONAGE_REST_BASE_URL: sim.baseUrls.vonageRest,
      VONAGE_API_BASE_URL: sim.baseUrls.vonageApi,
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_PER_MINUTE_PER_ORG: '1000000',
      PROVIDER_RATE_LIMIT_PER_MINUTE: '1000000',
      // Both poll often, so each also claims what the other's writes owe: the race SKIP LOCKED settles.
      TRUNKLINE_WEBHOOK_POLL_MS: '20',
    };
    cli(env, ['migrate']);
    key = (JSON.parse(cli(env, ['orgs', 'create', 'Acme'])) as { api_key: string }).api_key;
    [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map(stopInstance));
    await receiver?.close();
    await sim?.close();
    await db?.dispose();
  });

  it('delivers each event once', async () => {
    const endpoint = await callInstance(a, key, 'POST', '/v1/developer/webhook-endpoints', { label: 'Backend', url: receiver.url, events: ['voip_connection.created', 'voip_connection.updated'] });
    expect(endpoint.status).toBe(201);
    const credentials = credentialsFor(sim.account('vonage', 'valid'));
    // Writes alternate between the instances, several objects at once.
    const ids = await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, n) => {
        const i = n % 2 ? b : a;
        const test = await callInstance(i, key, 'POST', '/v1/voip-connections/test', { provider: 'vonage', credentials });
        const created = await callInstance(i, key, 'POST', '/v1/voip-connections', { provider: 'vonage', credentials, verification_evidence_id: test.body.verification_evidence_id });
        expect(created.status).toBe(201);
        return created.body.id as number;
      }),
    );
    await Promise.all(
      ids.map(async (id, n) => {
        for (let r = 0; r < RENAMES; r++) {
          const res = await callInstance((n + r) % 2 ? a : b, key, 'PATCH', `/v1/voip-connections/${id}`, { name: `Name ${r}` });
          expect(res.status).toBe(200);
        }
      }),
    );
    const events = CONNECTIONS * (1 + RENAMES);
    const reader = createDb(db.url);
    try {
      // Positive signal: every delivery recorded as delivered, each after one attempt.
      await waitFor(async () => {
        const rows = await reader.kysely.selectFrom('webhook_deliveries').select(['state', 'attempts']).execute();
        return rows.length === events && rows.every((r) => r.state === 'delivered');
      }, 30_000);
      const rows = await reader.kysely.selectFrom('webhook_deliveries').select(['attempts']).execute();
      expect(rows.every((r) => r.attempts === 1)).toBe(true);
    } finally {
      await reader.close();
    }
    const sentIds = receiver.arrivals.map((x) => x.headers['webhook-id']);
    expect(new Set(sentIds).size).toBe(events);
    expect(sentIds).toHaveLength(events);
    for (const x of receiver.arrivals) verifyArrival(endpoint.body.secret, x);
    // Each object's events arrived in the order they were made.
    for (const id of ids) {
      const names = receiver.arrivals.filter((x) => x.json.data.id === id && x.json.type === 'voip_connection.updated').map((x) => x.json.data.name);
      expect(names).toEqual(Array.from({ length: RENAMES }, (_, r) => `Name ${r}`));
    }
    // Both instances delivered.
    expect([a, b].every((i) => i.log.some((l) => l.includes('webhook delivered')))).toBe(true);
  }, 60_000);
});
