/**
 * What the benches share to set a gateway up: its environment, a seeded database (bench/seed.ts),
 * a fresh PostgreSQL schema, and the server process on the server core. One copy, so the
 * benches measure gateways set up the same way.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import pg from 'pg';

/** The core the servers are pinned to; `npm run bench*` pins the load to core 1. */
export const SERVER_CPU = process.env.BENCH_SERVER_CPU ?? '0';
/** The PostgreSQL the benches make their schemas in (the test database by default). */
export const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** The bootstrap API key of the seeded organization (organization 1). */
export const KEY = 'sk_live_benchmark_0123456789abcdef';
export const AUTH = { authorization: `Bearer ${KEY}` };

/** A gateway's environment on `dbFile` (SQLite) or `databaseUrl`; BENCH_DB is for the scripts reading SQLite directly. */
export function env(dbFile: string, databaseUrl = `sqlite:${dbFile}`): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    BENCH_DB: dbFile,
    PORT: '0',
    LOG_LEVEL: 'info',
    TRUNKLINE_SECRET_KEYS: `bench:${Buffer.alloc(32, 3).toString('base64')}`,
    TRUNKLINE_BOOTSTRAP_API_KEY: KEY,
    // The load must measure the gateway, not be turned away by its limits.
    RATE_LIMIT_PER_MINUTE: '100000000',
    PROVIDER_RATE_LIMIT_PER_MINUTE: '100000000',
    TRUNKLINE_RECHECK_INTERVAL_SECONDS: '0',
  };
}

/** Servers still running: `stopAll()` stops them if a bench fails half-way, so none outlives it. */
const running = new Set<{ kill(): boolean }>();

export function stopAll(): void {
  for (const child of running) child.kill();
}

/**
 * A server process (`script` through tsx) on the server core; resolves with its URL once it
 * listens (the gateway's log line, or the baselines' `LISTENING <url>`) and the time from spawn.
 */
export function serve(script: string, vars: Record<string, string>, nodeArgs: string[] = []): Promise<{ url: string; readyMs: number; stop(): Promise<void> }> {
  const spawned = performance.now();
  const child = spawn('taskset', ['-c', SERVER_CPU, process.execPath, ...nodeArgs, '--import', 'tsx', script], { env: { ...process.env, ...vars }, stdio: ['ignore', 'pipe', 'inherit'] });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => (running.delete(child), resolve())));
  return new Promise((resolve, reject) => {
    void exited.then(() => reject(new Error(`${script} exited before it listened`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const url = /"url":"([^"]+)"/.exec(line)?.[1] ?? /^LISTENING (\S+)/.exec(line)?.[1];
      if (url) resolve({ url, readyMs: performance.now() - spawned, stop: () => (child.kill('SIGTERM'), exited) });
    });
  });
}

/** Seeds the database `vars` name with bench/seed.ts: organization 1, a SIP trunk, `numbers` numbers. */
export function seed(vars: Record<string, string>, numbers: number): void {
  const res = spawnSync('taskset', ['-c', SERVER_CPU, process.execPath, '--import', 'tsx', 'bench/seed.ts'], { env: { ...process.env, ...vars, BENCH_NUMBERS: String(numbers) }, stdio: 'inherit' });
  if (res.status !== 0) throw new Error('seeding failed');
}

/** A fresh PostgreSQL schema `name` at PG_URL; resolves with the DATABASE_URL that selects it. */
export async function pgSchema(name: string): Promise<string> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`drop schema if exists ${name} cascade`);
  await client.query(`create schema ${name}`);
  await client.end();
  return `${PG_URL}?schema=${name}`;
}

/** `pg` options for a gateway's DATABASE_URL: its `?schema=` is the gateway's, pg wants it as search_path. */
export function pgConnection(databaseUrl: string): { connectionString: string; options?: string } {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  return { connectionString: url.toString(), ...(schema ? { options: `-c search_path=${schema}` } : {}) };
}

/** The `p`th percentile of `xs` (the sample at that rank, no interpolation). */
export const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;
export const median = (xs: number[]) => percentile(xs, 50);
