import { type Kysely, sql } from 'kysely';

/**
 * Each connection keeps the count of its imported (not released) numbers, maintained in the same
 * transaction as the rows it counts. Counting on every read cost time proportional to the
 * connection's numbers, and every import, verify and connection read paid it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('voip_connections').addColumn('numbers_imported', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`update voip_connections set numbers_imported = (
    select count(*) from phone_numbers p where p.voip_connection_id = voip_connections.id and p.status <> 'released'
  )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('voip_connections').dropColumn('numbers_imported').execute();
}
