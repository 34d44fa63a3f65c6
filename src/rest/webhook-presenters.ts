import type { WebhookDeliveryFieldsFragment, WebhookEndpointFieldsFragment } from './generated/graphql';
import { lower } from './presenters';

/** A webhook endpoint as REST shows it. Never its secret: the two answers that carry one add it themselves. */
export function webhookEndpointJson(e: WebhookEndpointFieldsFragment) {
  return {
    id: Number(e.id),
    label: e.label,
    url: e.url,
    events: e.events,
    status: lower(e.status),
    secret_hint: e.secretHint,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
  };
}

export function webhookDeliveryJson(d: WebhookDeliveryFieldsFragment) {
  return {
    id: Number(d.id),
    event_id: d.eventId,
    event_type: d.eventType,
    status: lower(d.status),
    attempts: d.attemptLog.map((a) => ({
      at: a.at,
      status_code: a.statusCode ?? null,
      latency_ms: a.latencyMs,
      response_excerpt: a.responseExcerpt ?? null,
      error: a.error ?? null,
    })),
    next_attempt_at: d.nextAttemptAt ?? null,
    last_status_code: d.lastStatusCode ?? null,
    created_at: d.createdAt,
    finished_at: d.finishedAt ?? null,
  };
}
