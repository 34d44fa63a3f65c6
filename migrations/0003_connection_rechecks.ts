import type { Kysely } from 'kysely';

/**
 * Periodic re-checks: when each connection is next due, and how many re-checks in a row could not
 * reach its provider (for backoff). A null next_check_at is due at once.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('voip_connections').addColumn('next_check_at', 'text').execute();
  await db.schema.alterTable('voip_connections').addColumn('recheck_failures', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('voip_connections_next_check').on('voip_connections').columns(['next_check_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('voip_connections_next_check').execute();
  await db.schema.alterTable('voip_connections').dropColumn('recheck_failures').execute();
  await db.schema.alterTable('voip_connections').dropColumn('next_check_at').execute();
}
