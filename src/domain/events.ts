import type { Deps } from './deps';

// Each publication follows a committed write: it also wakes the webhook worker if that write
// stored deliveries (WebhookWakeup).

/** Publishes, after its write committed, that a connection changed (or is gone). */
export function connectionChanged(deps: Deps, organizationId: number, connectionId: number, deleted = false): void {
  deps.events.publish({ kind: 'connection', organizationId, connectionId, deleted });
  deps.webhooks.wakeup.flush();
}

/** Publishes, after its write committed, that a phone number changed. */
export function phoneNumberChanged(deps: Deps, organizationId: number, phoneNumberId: number, connectionId: number | null): void {
  deps.events.publish({ kind: 'phone_number', organizationId, phoneNumberId, connectionId });
  deps.webhooks.wakeup.flush();
}

/** Publishes, after its revocation committed, that a key is revoked: its open streams end at once, on every instance sharing the bus. */
export function apiKeyRevoked(deps: Deps, organizationId: number, apiKeyId: number): void {
  deps.events.publish({ kind: 'api_key_revoked', organizationId, apiKeyId });
}

/** Publishes that a test call moved on: its leg rows changed (any instance may be waiting on it). */
export function testCallChanged(deps: Deps, organizationId: number, testCallId: number, phoneNumberId: number): void {
  deps.events.publish({ kind: 'test_call', organizationId, testCallId, phoneNumberId });
  deps.webhooks.wakeup.flush();
}

/**
 * Publishes, after its write committed, that a webhook delivery moved on (an attempt recorded, a
 * retry by hand). No wake-up: neither write stores deliveries (a retry wakes the worker itself).
 */
export function webhookDeliveryChanged(deps: Deps, organizationId: number, endpointId: number, deliveryId: number): void {
  deps.events.publish({ kind: 'webhook_delivery', organizationId, endpointId, deliveryId });
}
