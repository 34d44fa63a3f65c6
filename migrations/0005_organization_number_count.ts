import { type Kysely, sql } from 'kysely';

/**
 * Each organization keeps the count of its phone-number rows, maintained in the transaction that
 * inserts them (rows are never deleted but with their organization). The unfiltered total of a
 * list (REST `limit`/`offset`, GraphQL `totalCount`) then reads one row instead of counting a
 * million.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organizations').addColumn('phone_numbers_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`update organizations set phone_numbers_count = (select count(*) from phone_numbers p where p.organization_id = organizations.id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organizations').dropColumn('phone_numbers_count').execute();
}
