import type { Deps } from './deps';

/** Publishes, after its write committed, that a connection changed (or is gone). */
export function connectionChanged(deps: Deps, organizationId: number, connectionId: number, deleted = false): void {
  deps.events.publish({ kind: 'connection', organizationId, connectionId, deleted });
}

/** Publishes, after its write committed, that a phone number changed. */
export function phoneNumberChanged(deps: Deps, organizationId: number, phoneNumberId: number, connectionId: number | null): void {
  deps.events.publish({ kind: 'phone_number', organizationId, phoneNumberId, connectionId });
}

/** Publishes, after its revocation committed, that a key is revoked: its open streams end at once, on every instance sharing the bus. */
export function apiKeyRevoked(deps: Deps, organizationId: number, apiKeyId: number): void {
  deps.events.publish({ kind: 'api_key_revoked', organizationId, apiKeyId });
}

/** Publishes that a test call moved on: its leg rows changed (any instance may be waiting on it). */
export function testCallChanged(deps: Deps, organizationId: number, testCallId: number, phoneNumberId: number): void {
  deps.events.publish({ kind: 'test_call', organizationId, testCallId, phoneNumberId });
}
