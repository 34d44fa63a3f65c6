import { type Kysely, SqliteAdapter, type ColumnDefinitionBuilder, sql } from 'kysely';

/**
 * Test calls (issue 24): a verification or an on-demand test of one number places up to two
 * real, never-answered calls (legs). Legs are rows, not memory, because the call may arrive at
 * any instance behind the load balancer; what happened to a leg is an append-only list of events,
 * so that a status callback and an arrival landing at once on two instances never overwrite each
 * other.
 *
 * One test call at a time per number: a unique partial index over the running ones. A running
 * row whose instance died is taken over once its `expires_at` passed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const id = (col: ColumnDefinitionBuilder) => (sqlite ? col.primaryKey().autoIncrement() : col.primaryKey());
  const bigint = sqlite ? 'integer' : 'bigint';
  await db.schema
    .createTable('test_calls')
    .addColumn('id', sqlite ? 'integer' : 'bigserial', id)
    .addColumn('organization_id', bigint, (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('phone_number_id', bigint, (c) => c.notNull().references('phone_numbers.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('checks', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('test_calls_number').on('test_calls').columns(['phone_number_id', 'id']).execute();
  await sql`create unique index test_calls_one_running on test_calls (phone_number_id) where status = 'running'`.execute(db);

  await db.schema
    .createTable('call_legs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('test_call_id', bigint, (c) => c.notNull().references('test_calls.id').onDelete('cascade'))
    .addColumn('organization_id', bigint, (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('placed_by', 'text', (c) => c.notNull())
    // The customer's connection whose account places the leg or owns its destination; null for the line's own legs.
    .addColumn('connection_id', bigint)
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('from_number', 'text', (c) => c.notNull())
    .addColumn('to_number', 'text', (c) => c.notNull())
    .addColumn('provider_call_id', 'text')
    .addColumn('placed_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('call_legs_route').on('call_legs').columns(['to_number', 'from_number', 'placed_at']).execute();
  await db.schema.createIndex('call_legs_test_call').on('call_legs').columns(['test_call_id']).execute();

  await db.schema
    .createTable('call_leg_events')
    .addColumn('id', sqlite ? 'integer' : 'bigserial', id)
    .addColumn('leg_id', 'text', (c) => c.notNull().references('call_legs.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text')
    .addColumn('carrier_code', 'text')
    .addColumn('detail', 'text')
    .addColumn('sequence', 'integer')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('call_leg_events_leg').on('call_leg_events').columns(['leg_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('call_leg_events').execute();
  await db.schema.dropTable('call_legs').execute();
  await db.schema.dropTable('test_calls').execute();
}
