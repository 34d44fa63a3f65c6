/**
 * Live and shared, measured (`npm run bench:events`; PostgreSQL and Redis on 127.0.0.1):
 *
 *   events    two instances on one PostgreSQL and one Redis; a subscriber on B, a steady write
 *             load on A (renames); latency from A's answer to the write (after its commit) to
 *             the event arriving at B's subscriber, p50 / p99
 *   limiter   GET /v1/healthz (authenticated: every request takes a rate-limit token) on one
 *             instance with the in-memory limiter = 1.00, and the same with the Redis limiter
 *
 * Prints figures; asserts nothing (tests judge behaviour).
 */
import { Agent, request } from 'node:http';
import { createClient } from 'graphql-sse';
import { credentialsFor } from '../src/simulator/accounts';
import { startSimulator } from '../src/simulator/server';
import { freshDatabaseUrl } from '../test/support/database';
import { SECRET_KEYS } from '../test/support/harness';
import { callInstance, cli, startInstance, stopInstance, type Instance } from '../test/support/instances';

process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const WRITES = Number(process.env.BENCH_EVENTS ?? 300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

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
    const answered = new Map<string, number>();
    for (let i = 0; i < WRITES; i++) {
      const name = `bench ${i}`;
      await callInstance(a, key, 'PATCH', `/v1/voip-connections/${id}`, { name });
      answered.set(name, performance.now());
      await new Promise((r) => setTimeout(r, 10)); // a steady load, not a burst
    }
    await new Promise((r) => setTimeout(r, 500));
    stop();
    const latencies = [...answered].filter(([n]) => arrived.has(n)).map(([n, t]) => Math.max(0, arrived.get(n)! - t));
    console.log(`events across instances: ${latencies.length}/${WRITES} delivered; from the write's answer on A to B's subscriber p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms`);
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
  const memory = await startInstance(base);
  const warm = await rps(memory);
  const inMemory = await rps(memory);
  await stopInstance(memory);
  const shared = await startInstance({ ...base, REDIS_URL });
  await rps(shared);
  const viaRedis = await rps(shared);
  await stopInstance(shared);
  console.log(`rate limiter: in-memory ${inMemory.toFixed(0)} req/s = 1.00 (warm-up ${warm.toFixed(0)}); Redis ${viaRedis.toFixed(0)} req/s = ${(viaRedis / inMemory).toFixed(2)}`);
}

try {
  await events();
  await limiter();
} finally {
  await sim.close();
  await db.dispose();
}
