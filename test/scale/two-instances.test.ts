import { createClient } from 'graphql-sse';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialsFor } from '../../src/simulator/accounts';
import { startSimulator, type Simulator } from '../../src/simulator/server';
import { freshDatabaseUrl } from '../support/database';
import { SECRET_KEYS } from '../support/harness';
import { callInstance, cli, startInstance, stopInstance, type Instance } from '../support/instances';
import { waitFor } from '../support/wait';

/**
 * Two gateway processes on one PostgreSQL and one Redis, as behind a load balancer: they must
 * behave as one. Runs with `npm run test:scale` (TEST_DATABASE_URL and TEST_REDIS_URL set).
 */
const redisUrl = process.env.TEST_REDIS_URL;
const pgUrl = process.env.TEST_DATABASE_URL;
const RATE_LIMIT = 40;
const RECHECK_SECONDS = 2;

let sim: Simulator;
let db: Awaited<ReturnType<typeof freshDatabaseUrl>>;
let env: Record<string, string>;
let a: Instance;
let b: Instance;
let keyA: string;
let keyB: string;
let orgA: number;

const call = (i: Instance, method: string, path: string, key: string, body?: unknown) => callInstance(i, key, method, path, body);

/** A fresh API key of the organization of `key`, so each test has full buckets of its own. */
async function freshKey(key: string): Promise<string> {
  return (await call(a, 'POST', '/v1/developer/api-keys', key, { name: 'scale' })).body.key as string;
}

describe.skipIf(!redisUrl || !pgUrl)('two instances on one PostgreSQL and one Redis', () => {
  beforeAll(async () => {
    sim = await startSimulator({ slowMs: 2_000, retryAfterSeconds: 0 });
    db = await freshDatabaseUrl();
    // Buckets left by an earlier run would share ids with this run's keys.
    const redis = new Redis(redisUrl!);
    const stale = await redis.keys('trunkline:rl:*');
    if (stale.length > 0) await redis.del(...stale);
    redis.disconnect();
    env = {
      DATABASE_URL: db.url,
      TRUNKLINE_SECRET_KEYS: SECRET_KEYS,
      REDIS_URL: redisUrl!,
      PORT: '0',
      // Debug: the lease a job found taken is a debug line (the prune test waits for it).
      LOG_LEVEL: 'debug',
      TWILIO_API_BASE_URL: sim.baseUrls.twilio,
      TELNYX_API_BASE_URL: sim.baseUrls.telnyx,
      SIGNALWIRE_API_BASE_URL: sim.baseUrls.signalwire,
      VONAGE_REST_BASE_URL: sim.baseUrls.vonageRest,
      VONAGE_API_BASE_URL: sim.baseUrls.vonageApi,
      RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      // Each test takes a fresh key for full buckets; the organization's budget is tested elsewhere.
      RATE_LIMIT_PER_MINUTE_PER_ORG: '100000',
      PROVIDER_RATE_LIMIT_PER_MINUTE: '100000',
      TRUNKLINE_RECHECK_INTERVAL_SECONDS: String(RECHECK_SECONDS),
    };
    cli(env, ['migrate']);
    ({ api_key: keyA, org_id: orgA } = JSON.parse(cli(env, ['orgs', 'create', 'Acme'])) as { api_key: string; org_id: number });
    keyB = (JSON.parse(cli(env, ['orgs', 'create', 'Globex'])) as { api_key: string }).api_key;
    [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map(stopInstance));
    await sim?.close();
    await db?.dispose();
  });

  it('settles an evidence race across instances: one create, the rest evidence_reused', async () => {
    const key = await freshKey(keyA);
    const credentials = credentialsFor(sim.account('vonage', 'valid'));
    const test = await call(a, 'POST', '/v1/voip-connections/test', key, { provider: 'vonage', credentials });
    const body = { provider: 'vonage', credentials, name: 'race', verification_evidence_id: test.body.verification_evidence_id };
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => call(i % 2 ? b : a, 'POST', '/v1/voip-connections', key, body)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 400 && r.body.code === 'evidence_reused')).toHaveLength(19);
  });

  it('gives each number one holder when two organizations import the same numbers through different instances', async () => {
    const credentials = credentialsFor(sim.account('twilio', 'big'));
    const connect = async (i: Instance, key: string) => {
      const test = await call(i, 'POST', '/v1/voip-connections/test', key, { provider: 'twilio', credentials });
      return (await call(i, 'POST', '/v1/voip-connections', key, { provider: 'twilio', credentials, verification_evidence_id: test.body.verification_evidence_id })).body.id as number;
    };
    const [ka, kb] = await Promise.all([freshKey(keyA), freshKey(keyB)]);
    const [ca, cb] = await Promise.all([connect(a, ka), connect(b, kb)]);
    const numbers = sim.account('twilio', 'big').numbers.slice(0, 60).map((n) => n.e164);
    const [ra, rb] = await Promise.all([
      call(a, 'POST', `/v1/voip-connections/${ca}/import-numbers`, ka, { numbers }),
      call(b, 'POST', `/v1/voip-connections/${cb}/import-numbers`, kb, { numbers }),
    ]);
    expect(ra.body.imported + rb.body.imported).toBe(60);
    for (let i = 0; i < 60; i++) {
      const outcomes = [ra.body.results[i].outcome, rb.body.results[i].outcome].sort();
      expect(outcomes).toEqual(['failed', 'imported']);
    }
  });

  it('refuses a key revoked on one instance on the other at once', async () => {
    const key = await freshKey(keyA);
    const listed = await call(b, 'GET', '/v1/developer/api-keys', key);
    const id = listed.body.find((k: { key_prefix: string }) => key.startsWith(k.key_prefix)).id;
    expect((await call(a, 'DELETE', `/v1/developer/api-keys/${id}`, keyA)).status).toBe(204);
    expect((await call(b, 'GET', '/v1/voip-connections', key)).status).toBe(401);
  });

  it('enforces one rate limit for both instances, with exact headers', async () => {
    const key = await freshKey(keyA);
    const results = [];
    // Twice the budget, alternating: a budget per instance would allow every one of them. A metered
    // path: health and readiness are not.
    const sent = 2 * RATE_LIMIT;
    for (let i = 0; i < sent; i++) results.push(await call(i % 2 ? b : a, 'GET', '/v1/voip-connections', key));
    const allowed = results.filter((r) => r.status === 200).length;
    // The shared budget, and what refills while the requests run (a token per 1.5 s: far fewer than RATE_LIMIT).
    expect(allowed).toBeGreaterThanOrEqual(RATE_LIMIT);
    expect(allowed).toBeLessThan(sent);
    expect(results.filter((r) => r.status === 429).length).toBe(sent - allowed);
    const remaining = results.slice(0, 10).map((r) => Number(r.headers.get('x-ratelimit-remaining')));
    expect(remaining).toEqual(Array.from({ length: 10 }, (_, i) => RATE_LIMIT - 1 - i));
  });

  it('shows a subscriber on one instance a rename made on the other', async () => {
    const key = await freshKey(keyA);
    const credentials = credentialsFor(sim.account('vonage', 'valid'));
    const test = await call(a, 'POST', '/v1/voip-connections/test', key, { provider: 'vonage', credentials });
    const id = (await call(a, 'POST', '/v1/voip-connections', key, { provider: 'vonage', credentials, verification_evidence_id: test.body.verification_evidence_id })).body.id;
    const names: string[] = [];
    // The stream is open once instance B has subscribed to the organization's channel on Redis.
    const redis = new Redis(redisUrl!);
    const subscribers = async () => Number(((await redis.pubsub('NUMSUB', `connection:${orgA}`)) as [string, number])[1]);
    const before = await subscribers();
    const client = createClient({ url: `${b.url}/graphql`, headers: { authorization: `Bearer ${key}` }, retryAttempts: 0 });
    const unsubscribe = client.subscribe<{ connectionUpdated: { connection: { name: string } | null } }>(
      { query: 'subscription($id: ID) { connectionUpdated(id: $id) { connection { name } } }', variables: { id: String(id) } },
      { next: (v) => void names.push(v.data!.connectionUpdated.connection!.name), error: () => {}, complete: () => {} },
    );
    try {
      await waitFor(async () => (await subscribers()) > before);
      await call(a, 'PATCH', `/v1/voip-connections/${id}`, key, { name: 'Renamed on A' });
      await waitFor(() => names.length > 0);
      expect(names).toEqual(['Renamed on A']);
    } finally {
      unsubscribe();
      redis.disconnect();
    }
  });

  it('re-checks a connection once per interval across both instances', async () => {
    const key = await freshKey(keyA);
    const account = sim.account('signalwire', 'valid');
    const credentials = credentialsFor(account);
    const b0 = account.requests;
    const test = await call(a, 'POST', '/v1/voip-connections/test', key, { provider: 'signalwire', credentials });
    const perCheck = account.requests - b0;
    const created = await call(b, 'POST', '/v1/voip-connections', key, { provider: 'signalwire', credentials, verification_evidence_id: test.body.verification_evidence_id });
    // Three re-checks reach the provider (the simulator counts them), then their audit entries are
    // written, each stamped by the instance that made it.
    const start = account.requests;
    await waitFor(() => account.requests - start >= 3 * perCheck, 20_000);
    const rechecks = async () => {
      const page = await call(a, 'GET', `/v1/audit-events?action=connection.rechecked&target_id=${created.body.id}&limit=100`, key);
      expect(page.status).toBe(200);
      return (page.body.items as { created_at: string }[]).map((e) => Date.parse(e.created_at)).sort((x, y) => x - y);
    };
    let stamps: number[] = [];
    await waitFor(async () => (stamps = await rechecks()).length >= 3);
    // The lease spaces them an interval apart, less its 10% jitter; two instances each re-checking
    // would make pairs a moment apart.
    const gaps = stamps.slice(1).map((t, i) => t - stamps[i]!);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(RECHECK_SECONDS * 1000 * 0.9 - 1);
  }, 30_000);

  it('prunes the audit trail once a day across both instances', async () => {
    // Each instance tries a second after it starts; only the one that claims the day's lease prunes.
    const pruned = () => [a, b].filter((i) => i.log.some((l) => l.includes('audit retention: pruned')));
    // The other instance tried too, and found the lease taken (a debug line).
    const refused = () => [a, b].filter((i) => i.log.some((l) => l.includes('lease held by another instance') && l.includes('"job":"audit retention"')));
    await waitFor(() => pruned().length > 0 && refused().length > 0);
    expect(pruned()).toHaveLength(1);
    expect(refused()).not.toContain(pruned()[0]);
  });
});

