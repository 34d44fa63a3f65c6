import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Page, PageArgs } from '../db/keyset';
import type { Database } from '../db/tables';
import { publicEndpoint, webhookEndpointsRepository, type WebhookEndpoint, type WebhookEndpointChanges, type WebhookEndpointRecord, type WebhookEndpointStatus } from '../db/repositories/webhook-endpoints';
import { webhookLogRepository, type WebhookDelivery } from '../db/repositories/webhook-log';
import { webhookUrlProblem } from '../outbound/webhook-target';
import { recordAudit } from './audit';
import type { Deps, Principal } from './deps';
import { webhookDeliveryChanged } from './events';
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from './errors';
import { textProblem } from './text';
import { SETTABLE_WEBHOOK_STATUSES, WebhookEvents, WebhookLabel, WebhookUrl } from './webhook-input';
import { newWebhookSecret, sealWebhookSecret, webhookSecretHint } from './webhook-secrets';

/** The most endpoints one organization holds: each is a fan-out on every write and a worker's load. */
export const MAX_WEBHOOK_ENDPOINTS = 20;

/** How long the secret before a rotation keeps signing, so receivers can roll to the new one. */
export const PREVIOUS_SECRET_GRACE_MS = 24 * 3_600_000;

export interface NewWebhookEndpoint {
  label: string;
  url: string;
  events: readonly string[];
}

export interface WebhookEndpointChangesInput {
  label?: string | null;
  url?: string | null;
  events?: readonly string[] | null;
  status?: WebhookEndpointStatus | null;
}

/** An endpoint and its signing secret: the only answers that carry it. */
export interface EndpointWithSecret {
  endpoint: WebhookEndpoint;
  secret: string;
}

type Checked<T> = { value: T } | { issues: FieldIssue[] };

function check<S extends z.ZodType>(schema: S, value: unknown, path: string): Checked<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { value: result.data };
  return { issues: result.error.issues.map((i) => ({ path: [path, ...i.path.map(String)].join('.'), message: i.message })) };
}

/**
 * Every field given, held to its rule; one ValidationError with every problem (before anything is
 * read or written). The URL is also held to the operator's target policy: its form here, its
 * resolved address again at every delivery.
 */
function checkedFields(deps: Deps, input: WebhookEndpointChangesInput): { label?: string; url?: string; events?: string[]; status?: WebhookEndpointStatus } {
  const issues: FieldIssue[] = [];
  const out: { label?: string; url?: string; events?: string[]; status?: WebhookEndpointStatus } = {};
  const take = <T>(c: Checked<T>, set: (v: T) => void) => ('value' in c ? set(c.value) : issues.push(...c.issues));
  const stored = (path: string, value: string) => {
    const problem = textProblem(value);
    if (problem) issues.push({ path, message: problem });
    return problem === null;
  };
  if (input.label != null && stored('label', input.label)) take(check(WebhookLabel, input.label, 'label'), (v) => (out.label = v));
  if (input.url != null && stored('url', input.url)) {
    take(check(WebhookUrl, input.url, 'url'), (url) => {
      const problem = webhookUrlProblem(url, deps.webhooks.targets);
      if (problem) issues.push({ path: 'url', message: problem });
      else out.url = url;
    });
  }
  if (input.events != null) {
    if (input.events.every((e) => stored('events', e))) take(check(WebhookEvents, input.events, 'events'), (v) => (out.events = v));
  }
  if (input.status != null) {
    if ((SETTABLE_WEBHOOK_STATUSES as readonly string[]).includes(input.status)) out.status = input.status;
    else issues.push({ path: 'status', message: `can only be set to ${SETTABLE_WEBHOOK_STATUSES.join(' or ')}` });
  }
  if (issues.length) throw new ValidationError(issues);
  return out;
}

/** What the audit trail may say about a URL: its origin. A path or query string may carry a token. */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

async function findRecord(db: Kysely<Database>, principal: Principal, id: number): Promise<WebhookEndpointRecord> {
  const record = await webhookEndpointsRepository(db).find(principal.organizationId, id);
  if (!record) throw new NotFoundError('Webhook endpoint');
  return record;
}

/**
 * A new endpoint, active, with a new signing secret: sealed at rest (bound to the row, so it is
 * written once the id exists, in the same transaction) and returned in this answer only.
 */
export async function createWebhookEndpoint(deps: Deps, principal: Principal, input: NewWebhookEndpoint): Promise<EndpointWithSecret> {
  const fields = checkedFields(deps, input);
  const missing = (['label', 'url', 'events'] as const).filter((k) => fields[k] === undefined && input[k] == null);
  if (missing.length) throw new ValidationError(missing.map((path) => ({ path, message: 'is required' })));
  const { label, url, events } = fields as Required<typeof fields>;
  const secret = newWebhookSecret();
  const endpoint = await deps.db.transaction().execute(async (trx) => {
    const repo = webhookEndpointsRepository(trx);
    if ((await repo.count(principal.organizationId, deps.engine === 'postgres')) >= MAX_WEBHOOK_ENDPOINTS) {
      throw new ConflictError(
        'webhook_endpoint_limit_reached',
        `This organization already has ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints, the most it may hold: delete one it no longer uses first.`,
      );
    }
    const now = deps.clock.now().toISOString();
    const id = await repo.insert({ organizationId: principal.organizationId, label, url, events, secretHint: webhookSecretHint(secret), now });
    await repo.update(principal.organizationId, id, { secretSealed: sealWebhookSecret(deps.keyRing, principal.organizationId, id, secret), updatedAt: now });
    await recordAudit(trx, deps, principal, 'webhook_endpoint.created', { type: 'webhook_endpoint', id }, { label, url_origin: originOf(url), events: events.length });
    return findRecord(trx, principal, id);
  });
  return { endpoint: publicEndpoint(endpoint), secret };
}

export async function listWebhookEndpoints(deps: Deps, principal: Principal, args: PageArgs): Promise<Page<WebhookEndpoint>> {
  const page = await webhookEndpointsRepository(deps.db).page(principal.organizationId, args);
  return { items: page.items.map(publicEndpoint), hasNextPage: page.hasNextPage };
}

/** One endpoint, or null if this organization has none with that id. */
export async function findWebhookEndpoint(deps: Deps, principal: Principal, id: number): Promise<WebhookEndpoint | null> {
  const record = await webhookEndpointsRepository(deps.db).find(principal.organizationId, id);
  return record ? publicEndpoint(record) : null;
}

/**
 * Changes the label, URL, events and/or status, all or nothing. The owner sets `active` or
 * `disabled`; setting `active` also forgets past failures (failing_since), so an endpoint its
 * owner says is fixed gets a full day again before it is `failing`.
 */
export async function updateWebhookEndpoint(deps: Deps, principal: Principal, id: number, input: WebhookEndpointChangesInput): Promise<WebhookEndpoint> {
  const fields = checkedFields(deps, input);
  const updated = await deps.db.transaction().execute(async (trx) => {
    const record = await findRecord(trx, principal, id);
    const changes: WebhookEndpointChanges = { updatedAt: deps.clock.now().toISOString() };
    if (fields.label !== undefined && fields.label !== record.label) changes.label = fields.label;
    if (fields.url !== undefined && fields.url !== record.url) changes.url = fields.url;
    if (fields.events !== undefined && JSON.stringify(fields.events) !== JSON.stringify(record.events)) changes.events = fields.events;
    if (fields.status !== undefined && fields.status !== record.status) {
      changes.status = fields.status;
      if (fields.status === 'active') changes.failingSince = null;
    }
    const changed = (['label', 'url', 'events', 'status'] as const).filter((k) => changes[k] !== undefined);
    // Nothing to change writes nothing and records nothing.
    if (changed.length === 0) return record;
    await webhookEndpointsRepository(trx).update(principal.organizationId, id, changes);
    await recordAudit(trx, deps, principal, 'webhook_endpoint.updated', { type: 'webhook_endpoint', id }, {
      changed: changed.join(','),
      ...(changes.url !== undefined && { url_origin: originOf(changes.url) }),
      ...(changes.status !== undefined && { status: changes.status }),
    });
    return findRecord(trx, principal, id);
  });
  return publicEndpoint(updated);
}

/** Deletes an endpoint; its pending deliveries and its delivery log go with it. */
export async function deleteWebhookEndpoint(deps: Deps, principal: Principal, id: number): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const record = await findRecord(trx, principal, id);
    if (!(await webhookEndpointsRepository(trx).delete(principal.organizationId, id))) throw new NotFoundError('Webhook endpoint');
    await recordAudit(trx, deps, principal, 'webhook_endpoint.deleted', { type: 'webhook_endpoint', id }, { label: record.label, url_origin: originOf(record.url) });
  });
}

/**
 * A new signing secret, returned in this answer only. The one it replaces keeps signing beside it
 * (a second signature) for 24 hours, so receivers can roll to the new one without losing events;
 * a secret older than that is gone.
 */
export async function rotateWebhookEndpointSecret(deps: Deps, principal: Principal, id: number): Promise<EndpointWithSecret> {
  const secret = newWebhookSecret();
  const endpoint = await deps.db.transaction().execute(async (trx) => {
    const record = await findRecord(trx, principal, id);
    const now = deps.clock.now();
    await webhookEndpointsRepository(trx).update(principal.organizationId, id, {
      secretSealed: sealWebhookSecret(deps.keyRing, principal.organizationId, id, secret),
      secretHint: webhookSecretHint(secret),
      previousSecretSealed: record.secretSealed,
      previousSecretExpiresAt: new Date(now.getTime() + PREVIOUS_SECRET_GRACE_MS).toISOString(),
      updatedAt: now.toISOString(),
    });
    await recordAudit(trx, deps, principal, 'webhook_endpoint.secret_rotated', { type: 'webhook_endpoint', id }, { secret_hint: webhookSecretHint(secret) });
    return findRecord(trx, principal, id);
  });
  return { endpoint: publicEndpoint(endpoint), secret };
}

/** An endpoint's deliveries, newest first, each with its attempts. Another organization's endpoint has none here. */
export function listWebhookDeliveries(deps: Deps, principal: Principal, endpointId: number, args: PageArgs): Promise<Page<WebhookDelivery>> {
  return webhookLogRepository(deps.db).page(principal.organizationId, endpointId, args);
}

/** One delivery of an endpoint, with its attempts; undefined when this organization's endpoint has none with that id. */
export function findWebhookDelivery(deps: Deps, principal: Principal, endpointId: number, deliveryId: number): Promise<WebhookDelivery | undefined> {
  return webhookLogRepository(deps.db).find(principal.organizationId, endpointId, deliveryId);
}

export function countWebhookDeliveries(deps: Deps, principal: Principal, endpointId: number): Promise<number> {
  return webhookLogRepository(deps.db).count(principal.organizationId, endpointId);
}

/**
 * Sends a delivery again, whatever its state: it is due at once, with the same event (the same
 * webhook-id and body). The local worker is woken once the reset commits.
 */
export async function retryWebhookDelivery(deps: Deps, principal: Principal, endpointId: number, deliveryId: number): Promise<WebhookDelivery> {
  const delivery = await deps.db.transaction().execute(async (trx) => {
    const log = webhookLogRepository(trx);
    const before = await log.find(principal.organizationId, endpointId, deliveryId);
    if (!before || !(await log.resetForRetry(principal.organizationId, endpointId, deliveryId, deps.clock.now()))) throw new NotFoundError('Webhook delivery');
    await recordAudit(trx, deps, principal, 'webhook_delivery.retried', { type: 'webhook_endpoint', id: endpointId }, {
      delivery_id: deliveryId,
      event_id: before.eventId,
      event_type: before.eventType,
      previous_status: before.state,
    });
    return (await log.find(principal.organizationId, endpointId, deliveryId))!;
  });
  // Published before the wake-up, so that the reset reaches subscribers before the attempt it makes due.
  webhookDeliveryChanged(deps, principal.organizationId, endpointId, deliveryId);
  deps.webhooks.wakeup.notify();
  return delivery;
}
