import type { Kysely } from 'kysely';
import type { Database } from '../db/tables';
import { auditEventsRepository, type AuditActor, type AuditEvent, type AuditFilter } from '../db/repositories/audit-events';
import type { Page, PageArgs } from '../db/keyset';
import type { Deps, Principal } from './deps';
import { ValidationError } from './errors';
import { ALL_SCOPES } from './scopes';

/** What the trail records. Each is written by the domain function that makes the change. */
export const AUDIT_ACTIONS = [
  'organization.created',
  'api_key.created',
  'api_key.revoked',
  'connection.created',
  'connection.updated',
  'connection.credentials_rotated',
  'connection.tested',
  'connection.rechecked',
  'connection.deleted',
  'numbers.imported',
  'phone_number.updated',
  'phone_number.verified',
  'phone_number.verification_failed',
  'phone_number.released',
  'phone_number.test_call',
  'webhook_endpoint.created',
  'webhook_endpoint.updated',
  'webhook_endpoint.deleted',
  'webhook_endpoint.secret_rotated',
  'webhook_delivery.retried',
  'connect_link.created',
  'connect_link.revoked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** An action as an enum constant (`connection.created` → CONNECTION_CREATED), for GraphQL. */
export const auditActionConstant = (action: AuditAction): string => action.replace('.', '_').toUpperCase();

export const AUDIT_TARGETS = ['organization', 'api_key', 'connection', 'phone_number', 'webhook_endpoint', 'connect_link'] as const;
export type AuditTarget = (typeof AUDIT_TARGETS)[number];

/** Ids, counts, codes, names: never a credential, a token or a provider's raw answer. */
export type AuditSummary = Record<string, string | number | boolean | null>;

/** The principal the command line and periodic jobs act as. */
export function systemPrincipal(organizationId: number): Principal {
  return { organizationId, apiKeyId: 0, scopes: ALL_SCOPES };
}

/** Who acts: a key, a connect link (issue 26; never its token), or the system (no key). */
function actorOf(principal: Principal): AuditActor {
  if (principal.connectLink) return { type: 'connect_link', connectLinkId: principal.connectLink.id };
  return principal.apiKeyId > 0 ? { type: 'api_key', apiKeyId: principal.apiKeyId, keyPrefix: principal.keyPrefix ?? null } : { type: 'system' };
}

/**
 * Records one write in the audit trail, inside the write's own transaction (`trx`): the entry
 * exists exactly when the write committed. A principal without a key (apiKeyId 0) is the system.
 */
export function recordAudit(trx: Kysely<Database>, deps: Pick<Deps, 'clock'>, principal: Principal, action: AuditAction, target: { type: AuditTarget; id: number | string }, summary: AuditSummary = {}): Promise<void> {
  return auditEventsRepository(trx).insert({
    organizationId: principal.organizationId,
    actor: actorOf(principal),
    action,
    targetType: target.type,
    targetId: String(target.id),
    summary,
    requestId: principal.requestId ?? null,
    createdAt: deps.clock.now().toISOString(),
  });
}

function checkFilter(filter: AuditFilter): AuditFilter {
  const errors: { path: string; message: string }[] = [];
  if (filter.action && !(AUDIT_ACTIONS as readonly string[]).includes(filter.action)) errors.push({ path: 'action', message: `must be one of ${AUDIT_ACTIONS.join(', ')}` });
  if (filter.targetType && !(AUDIT_TARGETS as readonly string[]).includes(filter.targetType)) errors.push({ path: 'target_type', message: `must be one of ${AUDIT_TARGETS.join(', ')}` });
  for (const key of ['since', 'until'] as const) {
    const v = filter[key];
    if (v !== undefined && Number.isNaN(Date.parse(v))) errors.push({ path: key, message: 'must be an ISO-8601 date-time' });
  }
  if (errors.length) throw new ValidationError(errors);
  const iso = (v?: string) => (v === undefined ? undefined : new Date(v).toISOString());
  return { ...filter, since: iso(filter.since), until: iso(filter.until) };
}

/** The organization's audit events, newest first. Another organization's never appear. */
export function listAuditEvents(deps: Deps, principal: Principal, args: PageArgs, filter: AuditFilter = {}): Promise<Page<AuditEvent>> {
  return auditEventsRepository(deps.db).page(principal.organizationId, args, checkFilter(filter));
}

export function countAuditEvents(deps: Deps, principal: Principal, filter: AuditFilter = {}): Promise<number> {
  return auditEventsRepository(deps.db).count(principal.organizationId, checkFilter(filter));
}

/** Deletes events older than the retention (every organization's); how many went. */
export function pruneAuditEvents(deps: Deps, retentionDays: number): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - retentionDays * 86_400_000).toISOString();
  return auditEventsRepository(deps.db).pruneBefore(before);
}
