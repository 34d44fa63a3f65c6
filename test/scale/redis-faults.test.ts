import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createClient } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialsFor } from '../../src/simulator/accounts';
import { startSimulator, type Simulator } from '../../src/simulator/server';
import { freshDatabaseUrl } from '../support/database';
import { SECRET_KEYS } from '../support/harness';
import { callInstance, cli, startInstance, stopInstance, type Instance } from '../support/instances';
import { waitFor } from '../support/wait';

/**
 * Redis killed while two instances serve requests, then started again. On a Redis of its own
 * (a child redis-server on a free port), so the machine's Redis is never touched. Prints the
 * figures the README quotes.
 */
const pgUrl = process.env.TEST_DATABASE_URL;
const canRun = Boolean(pgUrl && process.env.TEST_REDIS_URL) && spawnSync('redis-server', ['--version']).status === 0;
const RATE_LIMIT = 40;

let sim: Simulator;
let db: Awaited<ReturnType<typeof freshDatabaseUrl>>;
let env: Record<string, string>;
let redisPort: number;
let redis: ChildProcess | undefined;
const instances: Instance[] = [];
let key: string;
let orgId: number;

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

async function startRedis(): Promise<void> {
  redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await waitFor(() => spawnSync('redis-cli', ['-p', String(redisPort), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG');
}

function killRedis(): Promise<void> {
  return new Promise((resolve) => {
    redis!.once('exit', () => resolve());
    redis!.kill('SIGKILL');
  });
}

const call = (i: number, method: string, path: string, body?: unknown) => callInstance(instances[i]!, key, method, path, body);

/** How many instances listen on the organization's connection events on the test's Redis (0 while it is down). */
function subscribers(): number {
  const out = spawnSync('redis-cli', ['-p', String(redisPort), 'pubsub', 'numsub', `connection:${orgId}`], { encoding: 'utf8' }).stdout;
  return Number(out.trim().split('\n')[1] ?? 0);
}

/** Lines of `i`'s log that contain `text` (and `also`, when given). */
const logged = (i: Instance, text: string, also = '') => i.log.filter((l) => l.includes(text) && l.includes(also)).length;

async function freshKey(): Promise<string> {
  return (await call(0, 'POST', '/v1/developer/api-keys', { name: 'faults' })).body.key as string;
}

async function createConnection(i: number): Promise<{ status: number; id: number }> {
  const credentials = credentialsFor(sim.account('vonage', 'valid'));
  const test = await call(i, 'POST', '/v1/voip-connections/test', { provider: 'vonage', credentials });
  const created = await call(i, 'POST', '/v1/voip-connections', { provider: 'vonage', credentials, verification_evidence_id: test.body.verification_evidence_id });
  return { status: created.status, id: created.body?.id };
}

describe.skipIf(!canRun)('Redis goes away while two instances serve, then comes back', () => {
  beforeAll(async () => {
    sim = await startSimulator({ slowMs: 2_000, retryAfterSeconds: 0 });
    db = await freshDatabaseUrl();
    redisPort = await freePort();
    await startRedis();
    env = {
      DATABASE_URL: db.url,
      TRUNKLINE_SECRET_KEYS: SECRET_KEYS,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      PORT: '0',
      LOG_LEVEL: 'info',
      VONAGE_REST_BASE_URL: sim.baseUrls.vonageRest,
      VONAGE_API_BASE_URL: sim.baseUrls.vonageApi,
      RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      RATE_LIMIT_PER_MINUTE_PER_ORG: '100000',
      TRUNKLINE_RECHECK_INTERVAL_SECONDS: '0',
    };
    ({ api_key: key, org_id: orgId } = JSON.parse(cli(env, ['orgs', 'create', 'Faults'])) as { api_key: string; org_id: number });
    instances.push(await startInstance(env), await startInstance(env));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(instances.map(stopInstance));
    if (redis && redis.exitCode === null) await killRedis();
    await sim?.close();
    await db?.dispose();
  });

  it('keeps writes succeeding, falls back to per-instance limits, and resumes events when Redis returns', async () => {
    const subscriberKey = await freshKey();
    // A subscriber on instance B, before the outage.
    const events: string[] = [];
    const client = createClient({ url: `${instances[1]!.url}/graphql`, headers: { authorization: `Bearer ${subscriberKey}` }, retryAttempts: 0 });
    const stop = client.subscribe<{ connectionUpdated: { id: string } }>(
      { query: 'subscription { connectionUpdated { id } }' },
      { next: (v) => void events.push(v.data!.connectionUpdated.id), error: () => {}, complete: () => {} },
    );
    // Open once instance B listens on the organization's channel.
    await waitFor(() => subscribers() === 1);

    await killRedis();
    const writes = await Promise.all(Array.from({ length: 10 }, (_, i) => createConnection(i % 2)));
    const limitKey = await freshKey();
    key = limitKey;
    let allowed = 0;
    for (let i = 0; i < 60; i++) if ((await call(i % 2, 'GET', '/v1/voip-connections')).status === 200) allowed++;
    // Each lost event is logged once its publication has failed, after the write's answer.
    const lost = () => instances.reduce((n, i) => n + logged(i, 'event lost'), 0);
    await waitFor(() => lost() >= 10);
    const fellBack = instances.every((i) => logged(i, 'shared rate limits unavailable') > 0);

    await startRedis();
    key = subscriberKey;
    // The subscriber resubscribes by itself, and instance A's clients reconnect (each logs once down, once back).
    await waitFor(() => subscribers() === 1);
    const a = instances[0]!;
    await waitFor(() => logged(a, 'redis reachable again', '"redis":"commands"') >= logged(a, 'redis unreachable', '"redis":"commands"'));
    // A write after that reaches the subscriber: each attempt ends with its event, or with its loss logged.
    let resumedWith: string | undefined;
    for (let attempt = 0; !resumedWith && attempt < 10; attempt++) {
      const lostBefore = logged(a, 'event lost');
      const id = String((await createConnection(0)).id);
      await waitFor(() => events.includes(id) || logged(a, 'event lost') > lostBefore);
      if (events.includes(id)) resumedWith = id;
    }
    stop();

    const resumed = resumedWith !== undefined;
    console.log(`redis faults: ${writes.filter((w) => w.status === 201).length}/10 creates succeeded with Redis down; ${lost()} events logged as lost; ${allowed}/60 alternating requests allowed (limit ${RATE_LIMIT} per instance while down); events resumed: ${resumed}`);
    expect(writes.every((w) => w.status === 201)).toBe(true);
    // Nothing written during the outage ever reached the subscriber: the first event it saw came after Redis returned.
    expect(events.filter((id) => writes.some((w) => String(w.id) === id))).toEqual([]);
    expect(events[0]).toBe(resumedWith);
    expect(fellBack).toBe(true);
    // Each instance limits on its own while Redis is away: 30 requests each, under its own 40.
    expect(allowed).toBe(60);
    expect(resumed).toBe(true);
  }, 60_000);
});
