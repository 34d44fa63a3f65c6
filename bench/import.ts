/** The import baseline: raw better-sqlite3 batched inserts of 1,000 phone-number rows, in one transaction each. */
import SQLite from 'better-sqlite3';

const ROUNDS = 10;
const numbers = (round: number) => Array.from({ length: 1000 }, (_, i) => `+1312${String(round).padStart(2, '0')}${String(i).padStart(5, '0')}`);
const raw = new SQLite(process.env.BENCH_DB!);
raw.pragma('journal_mode = WAL');
raw.pragma('synchronous = FULL');
const insert = raw.prepare(
  "insert into phone_numbers (organization_id, number, source, status, voip_connection_id, provider_number_id, friendly_name, country, capabilities, voip_verification_status, created_at, updated_at) values (1, ?, 'voip', 'provisioning', 1, ?, ?, 'US', '{}', 'unverified', ?, ?)",
);
const batch = raw.transaction((list: string[]) => {
  const now = new Date().toISOString();
  for (const n of list) insert.run(n, n, n, now, now);
});
let ms = 0;
// Round 0 warms up and is not counted.
for (let r = 0; r <= ROUNDS; r++) {
  const t = performance.now();
  batch(numbers(r));
  if (r > 0) ms += performance.now() - t;
}
raw.prepare("delete from phone_numbers where number like '+1312%'").run();
raw.close();
console.log(`RAW_ROWS_PER_SECOND ${Math.round((ROUNDS * 1000) / (ms / 1000))}`);
