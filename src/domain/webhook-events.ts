import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables';
import { webhookEventsRepository, type NewWebhookEvent } from '../db/repositories/webhook-events';
import type { Deps } from './deps';
import { objectKey, type WebhookEventType, type WebhookObjectType } from './webhook-event-types';
import type { WebhookData } from './webhook-payloads';

/**
 * One lifecycle event: what happened, to which object, and the object as REST presents it — made
 * only when an endpoint takes the event, so a write without endpoints reads nothing more.
 */
export interface WebhookEventInput {
  type: WebhookEventType;
  object: { type: WebhookObjectType; id: number };
  data: () => WebhookData | Promise<WebhookData>;
}

/**
 * Writes lifecycle events to the outbox inside the write's own transaction (`trx`), as the audit
 * entry is: a committed change always has its events, a refused or rolled-back one never does.
 * Each event owes one delivery to every endpoint of the organization that takes its type; an
 * event no endpoint takes is not stored. The body is made here, once: every endpoint and every
 * retry receives the same bytes and the same id (the `webhook-id` header).
 *
 * Called after the write changed the object's row, so that on PostgreSQL two writes to one object
 * insert their deliveries in commit order (the second waits on the first's row lock): the order
 * in which an endpoint receives an object's events.
 */
export async function recordWebhookEvents(trx: Kysely<Database>, deps: Pick<Deps, 'clock' | 'engine' | 'webhooks'>, organizationId: number, events: readonly WebhookEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const repo = webhookEventsRepository(trx, deps.engine);
  const endpoints = await repo.subscribedEndpoints(organizationId);
  if (endpoints.length === 0) return;
  const createdAt = deps.clock.now().toISOString();
  const rows: NewWebhookEvent[] = [];
  const deliveries: { eventId: string; endpointId: number; objectKey: string }[] = [];
  for (const e of events) {
    const takers = endpoints.filter((ep) => ep.events.includes(e.type));
    if (takers.length === 0) continue;
    const id = `msg_${randomUUID().replaceAll('-', '')}`;
    const key = objectKey(e.object.type, e.object.id);
    rows.push({ id, organizationId, type: e.type, objectKey: key, payload: JSON.stringify({ id, type: e.type, created_at: createdAt, data: await e.data() }), createdAt });
    for (const ep of takers) deliveries.push({ eventId: id, endpointId: ep.id, objectKey: key });
  }
  if (rows.length === 0) return;
  await repo.insert(rows, deliveries, organizationId, createdAt);
  // The worker is woken once the write commits (see WebhookWakeup.flush).
  deps.webhooks.wakeup.owe(deliveries.map((d) => d.endpointId));
}

/** Deletes settled events (and their delivery logs) older than the retention, every organization's; how many went. */
export function pruneWebhookEvents(deps: Pick<Deps, 'db' | 'clock' | 'engine'>, retentionDays: number): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - retentionDays * 86_400_000).toISOString();
  return webhookEventsRepository(deps.db, deps.engine).pruneSettledBefore(before);
}
