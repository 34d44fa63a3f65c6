import { type Kysely, SqliteAdapter, type ColumnDefinitionBuilder } from 'kysely';

/**
 * The audit trail: one append-only row per write, in the write's own transaction. No foreign key
 * to the target (a deleted connection keeps its history); the organization's rows go with it.
 * `job_leases` lets one instance a day run work such as the retention prune.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const id = (col: ColumnDefinitionBuilder) => (sqlite ? col.primaryKey().autoIncrement() : col.primaryKey());
  await db.schema
    .createTable('audit_events')
    .addColumn('id', sqlite ? 'integer' : 'bigserial', id)
    .addColumn('organization_id', sqlite ? 'integer' : 'bigint', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_api_key_id', sqlite ? 'integer' : 'bigint')
    .addColumn('actor_key_prefix', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_events_org_created').on('audit_events').columns(['organization_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('audit_events_created').on('audit_events').columns(['created_at']).execute();

  await db.schema
    .createTable('job_leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('next_run_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('job_leases').execute();
  await db.schema.dropTable('audit_events').execute();
}
