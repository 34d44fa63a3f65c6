/** Bulk import: importNumbers of 1,000 numbers against raw better-sqlite3 batched inserts of the same rows. */
import SQLite from 'better-sqlite3';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { openRuntime } from '../src/runtime';
import { importNumbers } from '../src/domain/import-numbers';

// One warm-up round each (not counted), so both sides are measured with their code already optimised.
const ROUNDS = 10;
const config = loadConfig();
const runtime = await openRuntime(config, createLogger('warn'));
const principal = { organizationId: 1, apiKeyId: 1 };
const numbers = (round: number) => Array.from({ length: 1000 }, (_, i) => `+1312${String(round).padStart(2, '0')}${String(i).padStart(5, '0')}`);

const raw = new SQLite(process.env.BENCH_DB!);
raw.pragma('journal_mode = WAL');
raw.pragma('synchronous = FULL');
const insert = raw.prepare(
  "insert into phone_numbers (organization_id, number, source, status, voip_connection_id, provider_number_id, friendly_name, country, capabilities, voip_verification_status, created_at, updated_at) values (1, ?, 'voip', 'provisioning', 1, ?, ?, 'US', '{}', 'unverified', ?, ?)",
);
const rawInsert = raw.transaction((list: string[]) => {
  const now = new Date().toISOString();
  for (const n of list) insert.run(n, n, n, now, now);
});
let rawMs = 0;
for (let r = 0; r <= ROUNDS; r++) {
  const list = numbers(r);
  const t = performance.now();
  rawInsert(list);
  if (r > 0) rawMs += performance.now() - t;
  raw.prepare("update phone_numbers set status = 'released' where number like ?").run(`+1312${String(r).padStart(2, '0')}%`);
}
raw.close();

let domainMs = 0;
for (let r = 0; r <= ROUNDS; r++) {
  const list = numbers(50 + r);
  const t = performance.now();
  const report = await importNumbers(runtime.deps, principal, 1, list);
  if (r > 0) domainMs += performance.now() - t;
  if (report.imported !== 1000) throw new Error(`imported ${report.imported}`);
}
await runtime.close();

const rawRate = (ROUNDS * 1000) / (rawMs / 1000);
const domainRate = (ROUNDS * 1000) / (domainMs / 1000);
console.log(`\nbulk import of 1,000 numbers, ${ROUNDS} rounds after a warm-up`);
console.log(`${'raw better-sqlite3 batched insert'.padEnd(34)} ${rawRate.toFixed(0).padStart(7)} rows/s  ratio 1.00`);
console.log(`${'importNumbers (domain, SQLite)'.padEnd(34)} ${domainRate.toFixed(0).padStart(7)} rows/s  ratio ${(domainRate / rawRate).toFixed(2)} (target ≥ 0.5)`);
