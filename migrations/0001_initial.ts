import { type Kysely, sql, SqliteAdapter, type ColumnDefinitionBuilder } from 'kysely';

/**
 * Every table the gateway needs. Dialect-neutral: the only difference between the engines is how
 * an auto-increment 64-bit id is spelled. Timestamps are ISO-8601 UTC text on both engines.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const idType = sqlite ? 'integer' : 'bigserial';
  const id = (col: ColumnDefinitionBuilder) => (sqlite ? col.primaryKey().autoIncrement() : col.primaryKey());
  const ref = sqlite ? 'integer' : 'bigint';

  await db.schema
    .createTable('organizations')
    .addColumn('id', idType, id)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_keys')
    .addColumn('id', idType, id)
    .addColumn('organization_id', ref, (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key_prefix', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('api_keys_org_created').on('api_keys').columns(['organization_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('voip_connections')
    .addColumn('id', idType, id)
    .addColumn('organization_id', ref, (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('setup_method', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('inferred_name', 'integer', (c) => c.notNull())
    .addColumn('sip_config', 'text', (c) => c.notNull())
    .addColumn('credentials_sealed', 'text', (c) => c.notNull())
    .addColumn('credentials_rotated_at', 'text')
    .addColumn('last_tested_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('voip_connections_org_created')
    .on('voip_connections')
    .columns(['organization_id', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('verification_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', ref, (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('credentials_fingerprint', 'text', (c) => c.notNull())
    .addColumn('suggested_name', 'text', (c) => c.notNull())
    .addColumn('account_name', 'text')
    .addColumn('tested_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('consumed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('verification_evidence_expires').on('verification_evidence').column('expires_at').execute();

  await db.schema
    .createTable('phone_numbers')
    .addColumn('id', idType, id)
    .addColumn('organization_id', ref, (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('voip_connection_id', ref, (c) => c.references('voip_connections.id').onDelete('set null'))
    .addColumn('provider_number_id', 'text')
    .addColumn('friendly_name', 'text')
    .addColumn('country', 'text')
    .addColumn('capabilities', 'text', (c) => c.notNull())
    .addColumn('voip_verification_status', 'text', (c) => c.notNull())
    .addColumn('voip_last_verified_at', 'text')
    .addColumn('inbound_agent_id', ref)
    .addColumn('outbound_agent_id', ref)
    .addColumn('label', 'text')
    .addColumn('previous_routing', 'text')
    .addColumn('last_verification', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One number belongs to at most one organization at a time: enforced by the index, not a check.
  await db.schema
    .createIndex('phone_numbers_held_number')
    .on('phone_numbers')
    .column('number')
    .unique()
    .where(sql.ref('status'), '<>', 'released')
    .execute();
  await db.schema
    .createIndex('phone_numbers_org_created')
    .on('phone_numbers')
    .columns(['organization_id', 'created_at', 'id'])
    .execute();
  await db.schema.createIndex('phone_numbers_connection').on('phone_numbers').column('voip_connection_id').execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('organization_id', ref, (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('response_status', 'integer')
    .addColumn('response_body', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['organization_id', 'key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['idempotency_keys', 'phone_numbers', 'verification_evidence', 'voip_connections', 'api_keys', 'organizations']) {
    await db.schema.dropTable(table).execute();
  }
}
