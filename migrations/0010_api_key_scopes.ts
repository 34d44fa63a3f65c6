import { type Kysely, sql } from 'kysely';

/**
 * Scoped API keys (issue 26): each key holds a set of scopes, stored as a JSON array of names
 * (text on both engines, like the other JSON columns). Every key that exists already could do
 * everything, so it keeps every scope: the default is the whole list as it stands at this
 * migration. (A literal on purpose: scopes added later are not granted to old keys by a
 * migration that already ran.)
 */
const ALL_SCOPES_AT_0010 = JSON.stringify([
  'connections:read',
  'connections:write',
  'numbers:read',
  'numbers:write',
  'verification:call',
  'webhooks:manage',
  'keys:manage',
  'audit:read',
]);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('api_keys')
    .addColumn('scopes', 'text', (c) => c.notNull().defaultTo(sql.lit(ALL_SCOPES_AT_0010)))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_keys').dropColumn('scopes').execute();
}
