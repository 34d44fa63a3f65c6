/**
 * Live and shared, measured (`npm run bench:events`; PostgreSQL and Redis on 127.0.0.1):
 *
 *   events    two instances on one PostgreSQL and one Redis; a subscriber on B, a steady write
 *             load on A (renames); from sending the write to A (its commit is inside that round
 *             trip) to the event arriving at B's subscriber, p50 / p99
 *   limiter   GET /v1/healthz (authenticated: every request takes a rate-limit token) on one
 *             instance with the in-memory limiter = 1.00, and the same with the Redis limiter
 *
 * The limiter phase pins the gateway to core 0; `npm run bench:events` pins this load generator to
 * core 1. Prints figures; asserts nothing (tests judge behaviour).
 */
import { Agent, request } from 'node:http';
import { createClient } from 'graphql-sse';
import { credentialsFor } from '../src/simulator/accounts';
import { startSimulator } from '../src/simulator/server';
import { freshDatabaseUrl } from '../test/support/database';
import { SECRET_KEYS } from '../test/support/harness';
import { callInstance, cli, startInstance, stopInstance, type Instance } from '../test/support/instances';
import { median, percentile } from './support';

process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const WRITES = Number(process.env.BENCH_EVENTS ?? 300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const sim = await startSimulator();
const db = await freshDatabaseUrl();
const base = {
  DATABASE_URL: db.url,
  TRUNKLINE_SECRET_KEYS: SECRET_KEYS,
  PORT: '0',
  LOG_LEVEL: 'info',
  VONAGE_REST_BASE_URL: sim.baseUrls.vonageRest,
  VONAGE_API_BASE_URL: sim.baseUrls.vonageApi,
  RATE_LIMIT_PER_MINUTE: '100000000',
  TRUNKLINE_RECHECK_INTERVAL_SECONDS: '0',
};
const key = (JSON.parse(cli(base, ['orgs', 'create', 'Bench'])) as { api_key: string }).api_key;

async function events(): Promise<void> {
  const env = { ...base, REDIS_URL };
  const [a, b] = [await startInstance(env), await startInstance(env)];
  try {
    const credentials = credentialsFor(sim.account('vonage', 'valid'));
    const test = await callInstance(a, key, 'POST', '/v1/voip-connections/test', { provider: 'vonage', credentials });
    const id = (await callInstance(a, key, 'POST', '/v1/voip-connections', { provider: 'vonage', credentials, verification_evidence_id: test.body.verification_evidence_id })).body.id;
    const arrived = new Map<string, number>();
    const client = createClient({ url: `${b.url}/graphql`, headers: { authorization: `Bearer ${key}` }, retryAttempts: 0 });
    const stop = client.subscribe<{ connectionUpdated: { connection: { name: string } } }>(
      { query: 'subscription($id: ID) { connectionUpdated(id: $id) { connection { name } } }', variables: { id: String(id) } },
      { next: (v) => void arrived.set(v.data!.connectionUpdated.connection.name, performance.now()), error: () => {}, complete: () => {} },
    );
    await new Promise((r) => setTimeout(r, 500));
    const sent = new Map<string, number>();
    const roundTrips: number[] = [];
    for (let i = 0; i < WRITES; i++) {
      const name = `bench ${i}`;
      const started = performance.now();
      sent.set(name, started);
      await callInstance(a, key, 'PATCH', `/v1/voip-connections/${id}`, { name });
      roundTrips.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 10)); // a steady load, not a burst
    }
    await new Promise((r) => setTimeout(r, 500));
    stop();
    // The commit happens inside the write's round trip, so sending the write bounds it from before.
    const latencies = [...sent].filter(([n]) => arrived.has(n)).map(([n, t]) => arrived.get(n)! - t);
    const ms = (x: number) => `${x.toFixed(2)} ms`;
    console.log(`events across instances: ${latencies.length}/${WRITES} delivered; from sending the write to A until B's subscriber has the event p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))} (the write's own round trip: p50 ${ms(percentile(roundTrips, 50))}, p99 ${ms(percentile(roundTrips, 99))})`);
  } finally {
    await Promise.all([stopInstance(a), stopInstance(b)]);
  }
}

async function rps(instance: Instance): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const url = new URL(`${instance.url}/v1/healthz`);
  const deadline = Date.now() + SECONDS * 1000;
  let done = 0;
  const worker = async () => {
    while (Date.now() < deadline) {
      await new Promise<void>((resolve, reject) => {
        const req = request({ host: url.hostname, port: url.port, path: url.pathname, headers: { authorization: `Bearer ${key}` }, agent }, (res) => {
          res.resume();
          res.on('end', resolve);
        });
        req.on('error', reject);
        req.end();
      });
      done++;
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  agent.destroy();
  return done / SECONDS;
}

async function limiter(): Promise<void> {
  // Both instances up at once, measured in turns for a few rounds: the machine drifts, and a
  // ratio is only fair against a baseline measured next to it. The median round is the figure.
  const memory = await startInstance(base, 0);
  const shared = await startInstance({ ...base, REDIS_URL }, 0);
  try {
    await rps(memory);
    await rps(shared);
    const rounds: { memory: number; redis: number }[] = [];
    for (let i = 0; i < ROUNDS; i++) rounds.push({ memory: await rps(memory), redis: await rps(shared) });
    const ratio = median(rounds.map((r) => r.redis / r.memory));
    const show = rounds.map((r) => `${r.memory.toFixed(0)}/${r.redis.toFixed(0)}`).join(', ');
    console.log(`rate limiter (authenticated GET /v1/healthz, req/s in-memory/Redis by round: ${show}): Redis = ${ratio.toFixed(2)} of in-memory (median of ${ROUNDS} rounds)`);
  } finally {
    await Promise.all([stopInstance(memory), stopInstance(shared)]);
  }
}

try {
  await events();
  await limiter();
} finally {
  await sim.close();
  await db.dispose();
}
