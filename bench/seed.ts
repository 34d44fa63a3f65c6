/**
 * Bench fixture (SQLite or PostgreSQL, as DATABASE_URL says): a migrated database with one organization, a SIP trunk and BENCH_NUMBERS phone
 * numbers (50 by default), written with one prepared statement in one transaction.
 */
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { ensureBootstrapOrganization } from '../src/domain/organizations';
import { openRuntime } from '../src/runtime';
import { connectionsRepository } from '../src/db/repositories/connections';
import { sealCredentials } from '../src/domain/credentials';
import { pgConnection } from './support';

const COUNT = Number(process.env.BENCH_NUMBERS ?? 50);
const config = loadConfig();
const runtime = await openRuntime(config, createLogger('warn'));
await ensureBootstrapOrganization(runtime.deps, config.bootstrapApiKey);
const now = new Date().toISOString();
const connectionId = await connectionsRepository(runtime.deps.db).insert({
  organizationId: 1, name: 'Bench trunk', provider: 'manual', setupMethod: 'manual', status: 'connected', inferredName: false,
  sipConfig: { domain: 'sip.example.com', port: 5060, transport: 'udp' }, lastTestedAt: now, now,
});
await connectionsRepository(runtime.deps.db).update(1, connectionId, { credentialsSealed: sealCredentials(runtime.deps.keyRing, 1, connectionId, 'manual', {}), updatedAt: now });
await runtime.close();

if (config.databaseUrl.startsWith('postgres')) {
  // PostgreSQL: the rows made by the server itself, in one statement.
  const client = new pg.Client(pgConnection(config.databaseUrl));
  await client.connect();
  await client.query(
    `insert into phone_numbers (organization_id, number, source, status, voip_connection_id, provider_number_id, friendly_name, country, capabilities, voip_verification_status, created_at, updated_at)
     select 1, '+1' || (2000000000 + g), 'voip', 'provisioning', $1, 'n' || g, '+1' || (2000000000 + g), 'US', '{"voice":true,"sms":false,"mms":false}', 'unverified',
            to_char(($3::timestamptz - ($2 - g) * interval '1 second') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            to_char(($3::timestamptz - ($2 - g) * interval '1 second') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
     from generate_series(0, $2 - 1) g`,
    [connectionId, COUNT, now],
  );
  await client.query('update voip_connections set numbers_imported = $1 where id = $2', [COUNT, connectionId]);
  await client.query('update organizations set phone_numbers_count = $1 where id = 1', [COUNT]);
  await client.query('analyze phone_numbers');
  await client.end();
} else {
  const db = new SQLite(process.env.BENCH_DB!);
  const insert = db.prepare(
    "insert into phone_numbers (organization_id, number, source, status, voip_connection_id, provider_number_id, friendly_name, country, capabilities, voip_verification_status, created_at, updated_at) values (1, ?, 'voip', 'provisioning', ?, ?, ?, 'US', '{\"voice\":true,\"sms\":false,\"mms\":false}', 'unverified', ?, ?)",
  );
  db.transaction(() => {
    const start = Date.parse(now) - COUNT * 1000;
    for (let i = 0; i < COUNT; i++) {
      const n = `+1${String(2_000_000_000 + i)}`;
      const at = new Date(start + i * 1000).toISOString();
      insert.run(n, connectionId, `n${i}`, n, at, at);
    }
    db.prepare('update voip_connections set numbers_imported = ? where id = ?').run(COUNT, connectionId);
    db.prepare('update organizations set phone_numbers_count = ? where id = 1').run(COUNT);
  })();
  db.close();
}
