import type { Kysely } from 'kysely';

/**
 * Idempotency rows are purged when they expire (src/jobs/idempotency-purge.ts): an index on
 * expires_at lets each batch find them without scanning the table.
 *
 * Existing rows go: their request_hash is a plain SHA-256 of bodies that carry credentials, and
 * their answers may hold new API keys in clear. None of them could be replayed anyway — the
 * fingerprint is now an HMAC keyed from the key ring, so a reused key would only be refused.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('idempotency_keys').execute();
  await db.schema.createIndex('idempotency_keys_expires').on('idempotency_keys').column('expires_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('idempotency_keys_expires').execute();
}
