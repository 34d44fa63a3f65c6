import { type Kysely, SqliteAdapter, type ColumnDefinitionBuilder, sql } from 'kysely';

/**
 * Webhooks for backends (issue 25). An endpoint is where an organization wants its lifecycle
 * events. An event is written once, with the exact body every endpoint receives; a delivery is one
 * event owed to one endpoint. Both are inserted in the transaction of the change they describe
 * (the outbox), so a committed change always has them and a refused one never does.
 *
 * A delivery is `pending` until a 2xx (`delivered`) or until its retries run out (`failed`).
 * Workers claim due pending deliveries by setting `lease_until`; a lease left by a dead instance
 * simply expires. Delivery ids grow in commit order per object (the object's row is locked first),
 * which is what keeps an endpoint's events about one object in order.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const id = (col: ColumnDefinitionBuilder) => (sqlite ? col.primaryKey().autoIncrement() : col.primaryKey());
  const serial = sqlite ? 'integer' : 'bigserial';
  const bigint = sqlite ? 'integer' : 'bigint';

  await db.schema
    .createTable('webhook_endpoints')
    .addColumn('id', serial, id)
    .addColumn('organization_id', bigint, (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    // JSON array of event types.
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('secret_sealed', 'text', (c) => c.notNull())
    .addColumn('secret_hint', 'text', (c) => c.notNull())
    // The secret before the last rotation, still signing until previous_secret_expires_at.
    .addColumn('previous_secret_sealed', 'text')
    .addColumn('previous_secret_expires_at', 'text')
    // The first failed attempt since the last success: 24 h of failures make the endpoint `failing`.
    .addColumn('failing_since', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_endpoints_org').on('webhook_endpoints').columns(['organization_id', 'id']).execute();

  await db.schema
    .createTable('webhook_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', bigint, (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    // `voip_connection:12`, `phone_number:7`, `test_call:3`: what the event is about.
    .addColumn('object_key', 'text', (c) => c.notNull())
    // The exact request body every endpoint receives (and every retry re-sends).
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_events_created').on('webhook_events').columns(['created_at']).execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', serial, id)
    .addColumn('organization_id', bigint, (c) => c.notNull())
    .addColumn('endpoint_id', bigint, (c) => c.notNull().references('webhook_endpoints.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull().references('webhook_events.id').onDelete('cascade'))
    .addColumn('object_key', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'text')
    .addColumn('last_status_code', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  // The claim walks pending deliveries oldest first: without this, SQLite walks the whole table (history included).
  await sql`create index webhook_deliveries_pending on webhook_deliveries (id, next_attempt_at) where state = 'pending'`.execute(db);
  await sql`create index webhook_deliveries_order on webhook_deliveries (endpoint_id, object_key, id) where state = 'pending'`.execute(db);
  await db.schema.createIndex('webhook_deliveries_endpoint').on('webhook_deliveries').columns(['endpoint_id', 'id']).execute();
  await db.schema.createIndex('webhook_deliveries_event').on('webhook_deliveries').columns(['event_id']).execute();

  await db.schema
    .createTable('webhook_attempts')
    .addColumn('id', serial, id)
    .addColumn('delivery_id', bigint, (c) => c.notNull().references('webhook_deliveries.id').onDelete('cascade'))
    .addColumn('attempted_at', 'text', (c) => c.notNull())
    // The receiver's HTTP status; null when no answer came (refused address, timeout, connection error).
    .addColumn('status_code', 'integer')
    .addColumn('latency_ms', 'integer', (c) => c.notNull())
    // The first bytes of the answer (bounded), or why there was none.
    .addColumn('response_excerpt', 'text')
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('webhook_attempts_delivery').on('webhook_attempts').columns(['delivery_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['webhook_attempts', 'webhook_deliveries', 'webhook_events', 'webhook_endpoints']) await db.schema.dropTable(table).execute();
}
