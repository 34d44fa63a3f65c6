import { webhookDeliveriesRepository, type ClaimedDelivery } from '../db/repositories/webhook-deliveries';
import { postWebhook, type PostOutcome } from '../outbound/webhook-post';
import { metrics } from '../observability/metrics';
import { webhookHeaders } from '../outbound/webhook-signature';
import type { Deps } from './deps';
import { webhookDeliveryChanged } from './events';
import { nextWebhookAttemptAt, WEBHOOK_FAILING_AFTER_MS } from './webhook-schedule';
import { openWebhookSecret } from './webhook-secrets';

export type { ClaimedDelivery };

/** Attempts one instance makes to one endpoint at once: a slow receiver holds at most these slots. */
export const PER_ENDPOINT_IN_FLIGHT = 4;

/**
 * How long a claim holds: the receiver's timeout, then as long again (at least 2 s, at most 30 s)
 * for the rest of the attempt (the address lookup, recording it). Derived from the timeout rather
 * than a fixed 30 s margin, so that a deployment with short timeouts (and the crash test) sees a
 * dead instance's leases expire soon; an attempt outliving its lease can only be recorded by the
 * instance holding the row's current lease (see recordAttempt).
 */
export const webhookLeaseMs = (timeoutMs: number) => timeoutMs + Math.min(30_000, Math.max(2_000, timeoutMs));

/** Leases up to `limit` due deliveries for this instance; `inFlight`: its attempts in progress (counts by endpoint, delivery ids). */
export async function claimDueDeliveries(deps: Deps, limit: number, inFlight: { byEndpoint: ReadonlyMap<number, number>; deliveryIds: Iterable<number> }): Promise<ClaimedDelivery[]> {
  const now = deps.clock.now();
  const lease = new Date(now.getTime() + webhookLeaseMs(deps.webhooks.timeoutMs)).toISOString();
  return webhookDeliveriesRepository(deps.db).claimDue(now.toISOString(), lease, limit, inFlight, PER_ENDPOINT_IN_FLIGHT, deps.engine === 'postgres');
}

export type DeliveryResult = 'delivered' | 'retrying' | 'failed' | 'superseded';

/** The secrets that sign: the current one, and the one before a rotation until its 24 h are up. */
function signingSecrets(deps: Deps, endpoint: ClaimedDelivery['endpoint'], now: Date): string[] {
  const open = (sealed: string) => openWebhookSecret(deps.keyRing, endpoint.organizationId, endpoint.id, sealed);
  const secrets = [open(endpoint.secretSealed)];
  if (endpoint.previousSecretSealed && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now.toISOString()) secrets.push(open(endpoint.previousSecretSealed));
  return secrets;
}

/** Signs and POSTs; an endpoint whose secret cannot be opened (a key withdrawn from the ring) is a failed attempt, not a crash. */
async function send(deps: Deps, claimed: ClaimedDelivery, at: Date): Promise<PostOutcome> {
  let secrets: string[];
  try {
    secrets = signingSecrets(deps, claimed.endpoint, at);
  } catch {
    return { statusCode: null, latencyMs: 0, excerpt: null, error: 'the signing secret could not be opened' };
  }
  const headers = webhookHeaders(claimed.event.id, at, claimed.event.payload, secrets);
  return postWebhook(claimed.endpoint.url, headers, claimed.event.payload, { policy: deps.webhooks.targets, timeoutMs: deps.webhooks.timeoutMs });
}

/**
 * One attempt of a claimed delivery: sign (current and unexpired previous secret), POST, record
 * it with the delivery's next state and the endpoint's health, in one transaction. 2xx delivers;
 * anything else (redirects included: never followed), a timeout or a refused address is a failure,
 * retried on the schedule (webhook-schedule.ts). 'superseded': the lease was no longer this
 * attempt's (expired and claimed elsewhere, replayed, deleted), so nothing was recorded.
 */
export async function deliverOne(deps: Deps, claimed: ClaimedDelivery): Promise<DeliveryResult> {
  const attemptedAt = deps.clock.now();
  const outcome = await send(deps, claimed, attemptedAt);
  const now = deps.clock.now();
  const ok = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
  const attempts = claimed.attempts + 1;
  const retryAt = ok ? null : nextWebhookAttemptAt(attempts, new Date(claimed.createdAt), now);
  const result: DeliveryResult = ok ? 'delivered' : retryAt ? 'retrying' : 'failed';
  const recorded = await webhookDeliveriesRepository(deps.db).recordAttempt({
    deliveryId: claimed.id,
    endpointId: claimed.endpoint.id,
    lease: claimed.lease,
    attemptedAt: attemptedAt.toISOString(),
    statusCode: outcome.statusCode,
    latencyMs: Math.round(outcome.latencyMs),
    excerpt: outcome.excerpt,
    error: outcome.error,
    outcome: result === 'retrying' ? { state: 'pending', nextAttemptAt: retryAt!.toISOString() } : { state: result === 'delivered' ? 'delivered' : 'failed' },
    now: now.toISOString(),
    failingCutoff: new Date(now.getTime() - WEBHOOK_FAILING_AFTER_MS).toISOString(),
  });
  // Never the payload, a secret or the URL (its path or query may carry a token): ids and the host.
  const line = {
    deliveryId: claimed.id,
    endpointId: claimed.endpoint.id,
    eventId: claimed.event.id,
    type: claimed.event.type,
    host: hostOf(claimed.endpoint.url),
    attempt: attempts,
    statusCode: outcome.statusCode,
    latencyMs: Math.round(outcome.latencyMs),
    ...(retryAt && { nextAttemptAt: retryAt.toISOString() }),
  };
  metrics.webhookAttemptDuration.observe(outcome.latencyMs / 1000);
  metrics.webhookAttempts.inc({ result: recorded ? result : 'superseded' });
  if (!recorded) {
    deps.log.warn(line, 'webhook attempt not recorded: its lease had passed to another attempt');
    return 'superseded';
  }
  // Recorded (the transaction committed): the console's delivery log shows it live.
  webhookDeliveryChanged(deps, claimed.endpoint.organizationId, claimed.endpoint.id, claimed.id);
  if (ok) deps.log.info(line, 'webhook delivered');
  else deps.log.warn({ ...line, result }, result === 'failed' ? 'webhook delivery failed: retries spent' : 'webhook attempt failed');
  return result;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
