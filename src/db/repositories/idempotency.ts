import type { Kysely } from 'kysely';
import type { Database } from '../tables';

export interface IdempotencyRecord {
  requestHash: string;
  state: 'running' | 'done';
  responseStatus: number | null;
  responseBody: string | null;
  expiresAt: string;
}

export function idempotencyRepository(db: Kysely<Database>) {
  return {
    /** Inserts a `running` claim; false if the key is already taken (the primary key decides). */
    async claim(organizationId: number, key: string, requestHash: string, now: string, expiresAt: string): Promise<boolean> {
      const rows = await db
        .insertInto('idempotency_keys')
        .values({ organization_id: organizationId, key, request_hash: requestHash, state: 'running', created_at: now, expires_at: expiresAt })
        .onConflict((oc) => oc.columns(['organization_id', 'key']).doNothing())
        .returning('key')
        .execute();
      return rows.length === 1;
    },
    async find(organizationId: number, key: string): Promise<IdempotencyRecord | undefined> {
      const r = await db.selectFrom('idempotency_keys').selectAll().where('organization_id', '=', organizationId).where('key', '=', key).executeTakeFirst();
      return r && { requestHash: r.request_hash, state: r.state as IdempotencyRecord['state'], responseStatus: r.response_status, responseBody: r.response_body, expiresAt: r.expires_at };
    },
    async complete(organizationId: number, key: string, status: number, body: string): Promise<void> {
      await db
        .updateTable('idempotency_keys')
        .set({ state: 'done', response_status: status, response_body: body })
        .where('organization_id', '=', organizationId)
        .where('key', '=', key)
        .execute();
    },
    async release(organizationId: number, key: string): Promise<void> {
      await db.deleteFrom('idempotency_keys').where('organization_id', '=', organizationId).where('key', '=', key).execute();
    },
    async deleteExpired(organizationId: number, key: string, now: string): Promise<void> {
      await db.deleteFrom('idempotency_keys').where('organization_id', '=', organizationId).where('key', '=', key).where('expires_at', '<=', now).execute();
    },
  };
}
