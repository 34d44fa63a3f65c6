import type { Kysely } from 'kysely';
import type { Database } from '../tables';

/**
 * `done` rows hold the answer to replay; `withheld_*` rows remember that the request completed
 * but hold no answer (it carried a secret, or was too large to keep).
 */
export type IdempotencyState = 'running' | 'done' | 'withheld_secret' | 'withheld_too_large';

export interface IdempotencyRecord {
  requestHash: string;
  state: IdempotencyState;
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
      return r && { requestHash: r.request_hash, state: r.state as IdempotencyState, responseStatus: r.response_status, responseBody: r.response_body, expiresAt: r.expires_at };
    },
    /** Settles a claim: the answer to replay (`done`), or no answer at all (`withheld_*`). */
    async complete(organizationId: number, key: string, state: Exclude<IdempotencyState, 'running'>, status: number, body: string | null): Promise<void> {
      await db
        .updateTable('idempotency_keys')
        .set({ state, response_status: status, response_body: body })
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
    /**
     * Deletes up to `limit` expired rows of any organization (oldest first, by the expires_at
     * index); the count deleted. Bounded so one statement never holds the table for long.
     */
    async deleteExpiredBatch(now: string, limit: number): Promise<number> {
      const res = await db
        .deleteFrom('idempotency_keys')
        .where((eb) =>
          eb(
            eb.refTuple('organization_id', 'key'),
            'in',
            eb.selectFrom('idempotency_keys').select(['organization_id', 'key']).where('expires_at', '<=', now).orderBy('expires_at').limit(limit).$asTuple('organization_id', 'key'),
          ),
        )
        .executeTakeFirst();
      return Number(res.numDeletedRows);
    },
  };
}
