import type { Kysely } from 'kysely';
import type { Database } from '../tables';

/** Rows per INSERT: well inside both engines' limits on bound parameters (an import makes up to 1,000 events). */
const CHUNK = 500;

/**
 * On SQLite, up to this many deliveries go in one single-row INSERT each: one write's 5-row insert
 * measured ~3× the cost of 5 single-row ones (118 against 40 µs, interleaved), and dropping the
 * pending-order index removed the difference — most likely the statement journal SQLite keeps for
 * a statement that may fail half-way. Large batches (an import) keep the chunked insert.
 */
const SQLITE_SINGLE_ROWS = 16;

export interface NewWebhookEvent {
  id: string;
  organizationId: number;
  type: string;
  objectKey: string;
  /** The exact body every endpoint receives. */
  payload: string;
  createdAt: string;
}

export interface SubscribedEndpoint {
  id: number;
  events: readonly string[];
}

/**
 * The outbox's write side: events and the deliveries they owe, inserted in the transaction of
 * the change they describe.
 */
export function webhookEventsRepository(db: Kysely<Database>, engine: 'sqlite' | 'postgres') {
  return {
    /** The organization's endpoints that take new events (every status but `disabled`). */
    async subscribedEndpoints(organizationId: number): Promise<SubscribedEndpoint[]> {
      const rows = await db
        .selectFrom('webhook_endpoints')
        .select(['id', 'events'])
        .where('organization_id', '=', organizationId)
        .where('status', '<>', 'disabled')
        .execute();
      return rows.map((r) => ({ id: r.id, events: JSON.parse(r.events) as string[] }));
    },
    /** Inserts the events, then one pending delivery per (event, endpoint), in the order given. */
    async insert(events: readonly NewWebhookEvent[], deliveries: readonly { eventId: string; endpointId: number; objectKey: string }[], organizationId: number, now: string): Promise<void> {
      for (let i = 0; i < events.length; i += CHUNK) {
        await db
          .insertInto('webhook_events')
          .values(events.slice(i, i + CHUNK).map((e) => ({ id: e.id, organization_id: e.organizationId, type: e.type, object_key: e.objectKey, payload: e.payload, created_at: e.createdAt })))
          .execute();
      }
      const row = (d: { eventId: string; endpointId: number; objectKey: string }) => ({ organization_id: organizationId, endpoint_id: d.endpointId, event_id: d.eventId, object_key: d.objectKey, state: 'pending', next_attempt_at: now, created_at: now });
      const chunk = engine === 'sqlite' && deliveries.length <= SQLITE_SINGLE_ROWS ? 1 : CHUNK;
      for (let i = 0; i < deliveries.length; i += chunk) {
        await db
          .insertInto('webhook_deliveries')
          .values(deliveries.slice(i, i + chunk).map(row))
          .execute();
      }
    },
    /**
     * Deletes events older than `before` that owe nothing more (every delivery delivered or
     * failed), with their deliveries and attempts (foreign keys cascade); how many events went.
     */
    async pruneSettledBefore(before: string): Promise<number> {
      const res = await db
        .deleteFrom('webhook_events')
        .where('created_at', '<', before)
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('webhook_deliveries').select('id').whereRef('webhook_deliveries.event_id', '=', 'webhook_events.id').where('state', '=', 'pending'))))
        .executeTakeFirst();
      return Number(res.numDeletedRows);
    },
  };
}
