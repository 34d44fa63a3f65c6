import type { Kysely, Selectable } from 'kysely';
import { keysetPage, type Page, type PageArgs } from '../keyset';
import type { Database, WebhookDeliveriesTable } from '../tables';

export type WebhookDeliveryState = 'pending' | 'delivered' | 'failed';

/** One try at delivering: when, what the receiver answered (if it did), how long it took. */
export interface WebhookAttempt {
  at: string;
  statusCode: number | null;
  latencyMs: number;
  responseExcerpt: string | null;
  error: string | null;
}

/** One event owed to one endpoint, with every attempt made at it, oldest first. */
export interface WebhookDelivery {
  id: number;
  endpointId: number;
  eventId: string;
  eventType: string;
  state: WebhookDeliveryState;
  /** How many attempts were made (the worker's count). */
  attemptCount: number;
  /** Those attempts, oldest first. */
  attemptLog: WebhookAttempt[];
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  createdAt: string;
  finishedAt: string | null;
}

type DeliveryRow = Selectable<WebhookDeliveriesTable>;

/**
 * The read side of an endpoint's deliveries (the delivery log), and the reset a manual retry
 * makes. Claiming and recording attempts belong to the delivery worker's repository.
 */
export function webhookLogRepository(db: Kysely<Database>) {
  /** Each delivery with its event's type and its attempts: two reads for the whole page, not two per row. */
  async function withDetails(rows: DeliveryRow[]): Promise<WebhookDelivery[]> {
    if (rows.length === 0) return [];
    const eventIds = [...new Set(rows.map((r) => r.event_id))];
    const events = await db.selectFrom('webhook_events').select(['id', 'type']).where('id', 'in', eventIds).execute();
    const typeOf = new Map(events.map((e) => [e.id, e.type]));
    const attempts = await db
      .selectFrom('webhook_attempts')
      .selectAll()
      .where(
        'delivery_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('id')
      .execute();
    const attemptsOf = new Map<number, WebhookAttempt[]>();
    for (const a of attempts) {
      const list = attemptsOf.get(Number(a.delivery_id)) ?? [];
      list.push({ at: a.attempted_at, statusCode: a.status_code, latencyMs: a.latency_ms, responseExcerpt: a.response_excerpt, error: a.error });
      attemptsOf.set(Number(a.delivery_id), list);
    }
    return rows.map((r) => ({
      id: Number(r.id),
      endpointId: Number(r.endpoint_id),
      eventId: r.event_id,
      eventType: typeOf.get(r.event_id) ?? '',
      state: r.state as WebhookDeliveryState,
      attemptCount: r.attempts,
      attemptLog: attemptsOf.get(Number(r.id)) ?? [],
      // Only a pending delivery has a next attempt.
      nextAttemptAt: r.state === 'pending' ? r.next_attempt_at : null,
      lastStatusCode: r.last_status_code,
      createdAt: r.created_at,
      finishedAt: r.finished_at,
    }));
  }

  const deliveries = (organizationId: number, endpointId: number) =>
    db.selectFrom('webhook_deliveries').selectAll().where('organization_id', '=', organizationId).where('endpoint_id', '=', endpointId);

  return {
    /** The endpoint's deliveries, newest first. */
    async page(organizationId: number, endpointId: number, args: PageArgs): Promise<Page<WebhookDelivery>> {
      const page = await keysetPage(deliveries(organizationId, endpointId), args);
      return { items: await withDetails(page.items), hasNextPage: page.hasNextPage };
    },
    async count(organizationId: number, endpointId: number): Promise<number> {
      const row = await db
        .selectFrom('webhook_deliveries')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('organization_id', '=', organizationId)
        .where('endpoint_id', '=', endpointId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async find(organizationId: number, endpointId: number, deliveryId: number): Promise<WebhookDelivery | undefined> {
      const row = await deliveries(organizationId, endpointId).where('id', '=', deliveryId).executeTakeFirst();
      return row && (await withDetails([row]))[0];
    },
    /**
     * Makes a delivery due again at once, whatever its state: pending, no lease, not finished. Its
     * attempts so far stay in the log. False when the organization's endpoint has no such delivery.
     */
    async resetForRetry(organizationId: number, endpointId: number, deliveryId: number, now: Date): Promise<boolean> {
      const result = await db
        .updateTable('webhook_deliveries')
        .set({ state: 'pending', next_attempt_at: now.toISOString(), lease_until: null, finished_at: null })
        .where('organization_id', '=', organizationId)
        .where('endpoint_id', '=', endpointId)
        .where('id', '=', deliveryId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
