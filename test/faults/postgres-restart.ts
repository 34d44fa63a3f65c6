/**
 * PostgreSQL restarted under load (`npm run faults:postgres`; restarts the machine's PostgreSQL,
 * so it is run by hand, not in CI). One gateway serves clients that keep creating API keys (a
 * write with no provider call) and polling /v1/readyz while the database is stopped for a few
 * seconds and started again. Prints the figures the README quotes; exits non-zero when: a
 * request answers with an undocumented status, one takes longer than the bound, readyz never
 * says 503 while the database is away, service does not resume, or an acknowledged write is
 * missing afterwards (checked row by row).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import pg from 'pg';
import { freshDatabaseUrl } from '../support/database';
import { SECRET_KEYS } from '../support/harness';
import { callInstance, cli, startInstance, stopInstance } from '../support/instances';

const DOWN_MS = Number(process.env.FAULT_DOWN_MS ?? 4_000);
const BOUND_MS = 12_000;
const cluster = readdirSync('/etc/postgresql')[0]!;
const pgctl = (action: 'stop' | 'start') => execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster, 'main', action, ...(action === 'stop' ? ['-m', 'fast'] : [])], { stdio: 'ignore' });

process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
const db = await freshDatabaseUrl();
const env = { DATABASE_URL: db.url, TRUNKLINE_SECRET_KEYS: SECRET_KEYS, PORT: '0', LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '1000000', TRUNKLINE_RECHECK_INTERVAL_SECONDS: '0' };
const key = (JSON.parse(cli(env, ['orgs', 'create', 'Faults'])) as { api_key: string }).api_key;
const gateway = await startInstance(env);

const acknowledged: number[] = [];
const statuses = new Map<number, number>();
let slowest = 0;
let readyDown = 0;
let running = true;
let phase: 'before' | 'down' | 'after' = 'before';
const afterStatuses = new Map<number, number>();

async function timed<T extends { status: number }>(request: () => Promise<T>): Promise<T | { status: 0 }> {
  const started = Date.now();
  try {
    return await request();
  } catch {
    return { status: 0 }; // the connection itself failed: counted, and an error below
  } finally {
    slowest = Math.max(slowest, Date.now() - started);
  }
}

async function writer(n: number) {
  for (let i = 0; running; i++) {
    const res = await timed(() => callInstance(gateway, key, 'POST', '/v1/developer/api-keys', { name: `w${n}-${i}` }));
    const counts = phase === 'after' ? afterStatuses : statuses;
    counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
    if (res.status === 201 && 'body' in res) acknowledged.push(res.body.id as number);
    if (res.status !== 201) await new Promise((r) => setTimeout(r, 50));
  }
}

async function readiness() {
  while (running) {
    const res = await timed(() => callInstance(gateway, key, 'GET', '/v1/readyz'));
    if (res.status === 503) readyDown++;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const load = [writer(1), writer(2), writer(3), readiness()];
await new Promise((r) => setTimeout(r, 1_000));
pgctl('stop');
phase = 'down';
await new Promise((r) => setTimeout(r, DOWN_MS));
pgctl('start');
phase = 'after';
await new Promise((r) => setTimeout(r, 3_000));
running = false;
await Promise.all(load);
await stopInstance(gateway);

// Row by row: every key the gateway acknowledged is in the database.
const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
await client.connect();
const schema = new URL(db.url).searchParams.get('schema');
const rows = await client.query<{ id: string }>(`select id from ${schema}.api_keys`);
await client.end();
const stored = new Set(rows.rows.map((r) => Number(r.id)));
const missing = acknowledged.filter((id) => !stored.has(id));
await db.dispose();

const fmt = (m: Map<number, number>) => [...m].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ');
console.log(`postgres restart (${DOWN_MS} ms down): ${acknowledged.length} writes acknowledged, ${missing.length} missing afterwards; answers while it restarted: ${fmt(statuses)}; after: ${fmt(afterStatuses)}; readyz said 503 ${readyDown} times; slowest answer ${slowest} ms (bound ${BOUND_MS} ms)`);

const documented = new Set([201, 503]);
const failures = [
  ...[...statuses.keys()].filter((s) => !documented.has(s)).map((s) => `undocumented status ${s}`),
  ...(slowest > BOUND_MS ? [`a request took ${slowest} ms`] : []),
  ...(readyDown === 0 ? ['readyz never said 503'] : []),
  ...((afterStatuses.get(201) ?? 0) === 0 ? ['service did not resume'] : []),
  ...(missing.length > 0 ? [`${missing.length} acknowledged writes missing`] : []),
];
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('1 passed, 0 failed');
