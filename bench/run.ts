/**
 * Throughput benchmarks, each printed as a ratio against a baseline measured in the same run on
 * the same machine (see design.md, "Performance budget"):
 *
 *   list       bare node:http + better-sqlite3 reading 50 rows      = 1.00 (the ceiling)
 *              GraphQL phoneNumbers(first: 50)                       target ≥ 0.60
 *              REST GET /v1/phone-numbers (50 rows)                  target ≥ 0.85
 *   import     raw better-sqlite3 batched insert of 1,000 rows       = 1.00
 *              importNumbers of 1,000 numbers (domain, SQLite)       target ≥ 0.50
 *
 * Servers run in child processes; the load comes from this one over keep-alive loopback. The
 * list phases take turns for BENCH_ROUNDS rounds (3) and the median ratio is the summary.
 * `npm run bench` (not part of npm test: it measures, tests judge behaviour).
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
// Baseline and gateway take turns, round after round: a shared machine drifts, and a ratio is
// only fair against a baseline measured next to it. The summary is the median round.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface Result {
  rps: number;
  p50: number;
  p99: number;
}

async function load(url: string, init: { method: string; headers: Record<string, string>; body?: string }): Promise<Result> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const target = new URL(url);
  const latencies: number[] = [];
  const deadline = Date.now() + SECONDS * 1000;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const started = performance.now();
      const req = request({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: init.method, headers: init.headers, agent }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`status ${res.statusCode}`));
          latencies.push(performance.now() - started);
          resolve();
        });
      });
      req.on('error', reject);
      req.end(init.body);
    });
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => { while (Date.now() < deadline) await one(); }));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / SECONDS, p50: latencies[Math.floor(latencies.length * 0.5)]!, p99: latencies[Math.floor(latencies.length * 0.99)]! };
}

function serve(script: string, env: Record<string, string>): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const url = /"url":"([^"]+)"/.exec(line)?.[1] ?? /^LISTENING (\S+)/.exec(line)?.[1];
      if (url) resolve({ url, stop: () => child.kill('SIGTERM') });
    });
  });
}

const row = (name: string, r: Result, base: Result, target?: number) =>
  console.log(
    `${name.padEnd(34)} ${r.rps.toFixed(0).padStart(7)} req/s  ratio ${(r.rps / base.rps).toFixed(2)}${target ? ` (target ≥ ${target})` : ''}  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  p99/p50 ${(r.p99 / r.p50).toFixed(1)}`,
  );

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'trunkline-bench-'));
  const dbFile = join(dir, 'bench.db');
  const key = 'sk_live_benchmark_0123456789abcdef';
  const env = {
    DATABASE_URL: `sqlite:${dbFile}`,
    PORT: '0',
    LOG_LEVEL: 'warn',
    TRUNKLINE_SECRET_KEYS: `bench:${Buffer.alloc(32, 3).toString('base64')}`,
    TRUNKLINE_BOOTSTRAP_API_KEY: key,
    RATE_LIMIT_PER_MINUTE: '100000000',
    BENCH_DB: dbFile,
  };
  // Seed: the gateway migrates and bootstraps; the fixture adds a manual trunk and 50 numbers.
  const seed = spawn(process.execPath, ['--import', 'tsx', 'bench/seed.ts'], { env: { ...process.env, ...env }, stdio: 'inherit' });
  await new Promise((r) => seed.once('exit', r));

  console.log(`list of 50 rows, ${CONCURRENCY} concurrent clients, ${SECONDS} s each, ${ROUNDS} rounds`);
  const baselineServer = await serve('bench/baseline-server.ts', env);
  // The gateway logs one line per request, as in production.
  const gateway = await serve('src/main.ts', { ...env, LOG_LEVEL: 'info' });
  const auth = { authorization: `Bearer ${key}` };
  const query = JSON.stringify({ query: '{ phoneNumbers(first: 50) { edges { node { id number status voipVerificationStatus createdAt } } } }' });
  const ratios = { graphql: [] as number[], rest: [] as number[] };
  for (let round = 1; round <= ROUNDS; round++) {
    console.log(`round ${round}`);
    const baseline = await load(`${baselineServer.url}/numbers`, { method: 'GET', headers: {} });
    row('bare node:http + SQLite', baseline, baseline);
    const graphql = await load(`${gateway.url}/graphql`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json', 'content-length': String(query.length) }, body: query });
    row('GraphQL phoneNumbers(first: 50)', graphql, baseline, 0.6);
    const rest = await load(`${gateway.url}/v1/phone-numbers`, { method: 'GET', headers: auth });
    row('REST GET /v1/phone-numbers', rest, baseline, 0.85);
    ratios.graphql.push(graphql.rps / baseline.rps);
    ratios.rest.push(rest.rps / baseline.rps);
  }
  baselineServer.stop();
  gateway.stop();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const spread = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
  console.log(`median ratio: GraphQL ${median(ratios.graphql).toFixed(2)} (rounds ${spread(ratios.graphql)}, target ≥ 0.6), REST ${median(ratios.rest).toFixed(2)} (rounds ${spread(ratios.rest)}, target ≥ 0.85)`);

  const importBench = spawn(process.execPath, ['--import', 'tsx', 'bench/import.ts'], { env: { ...process.env, ...env }, stdio: 'inherit' });
  await new Promise((r) => importBench.once('exit', r));
  process.exit(0);
}

void main();
