import { type Kysely, SqliteAdapter, type ColumnDefinitionBuilder } from 'kysely';

/**
 * Connect links (issue 26): a single-use, short-lived link an organization sends to whoever
 * holds its carrier credentials, who opens it and creates one connection without ever holding an
 * API key. Only the SHA-256 of the link's token is stored. A link is `used` once `connection_id`
 * is set (in the transaction that creates the connection), `revoked` once `revoked_at` is.
 *
 * The audit trail names a link as the actor of what it did: `actor_connect_link_id`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const id = (col: ColumnDefinitionBuilder) => (sqlite ? col.primaryKey().autoIncrement() : col.primaryKey());
  const bigint = sqlite ? 'integer' : 'bigint';

  await db.schema
    .createTable('connect_links')
    .addColumn('id', sqlite ? 'integer' : 'bigserial', id)
    .addColumn('organization_id', bigint, (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    // The provider the opener must use, or null: the opener chooses.
    .addColumn('provider', 'text')
    .addColumn('suggested_name', 'text')
    .addColumn('allow_available_numbers', 'integer', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by_api_key_id', bigint)
    .addColumn('used_at', 'text')
    // No foreign key: the link keeps saying which connection it made after that one is deleted.
    .addColumn('connection_id', bigint)
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('connect_links_org_created').on('connect_links').columns(['organization_id', 'created_at', 'id']).execute();

  await db.schema.alterTable('audit_events').addColumn('actor_connect_link_id', bigint).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_events').dropColumn('actor_connect_link_id').execute();
  await db.schema.dropTable('connect_links').execute();
}
