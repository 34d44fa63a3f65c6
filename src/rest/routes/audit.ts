import { AUDIT_ACTIONS, auditActionConstant, type AuditAction as DomainAuditAction } from '../../domain/audit';
import { ListAuditEventsDocument, type AuditAction, type AuditEventFieldsFragment, type AuditTarget } from '../generated/graphql';
import { lower } from '../presenters';
import { listBody, type Route } from '../route';
import { AuditEventPage, AuditEventsQuery } from '../schemas';

const actionOf = new Map(AUDIT_ACTIONS.map((a) => [auditActionConstant(a), a]));

function auditEventJson(e: AuditEventFieldsFragment) {
  return {
    id: Number(e.id),
    action: actionOf.get(e.action)!,
    actor: {
      type: lower(e.actor.type),
      api_key_id: e.actor.apiKeyId == null ? null : Number(e.actor.apiKeyId),
      key_prefix: e.actor.keyPrefix ?? null,
      connect_link_id: e.actor.connectLinkId == null ? null : Number(e.actor.connectLinkId),
    },
    target_type: e.targetType.toLowerCase(),
    target_id: e.targetId,
    summary: Object.fromEntries(e.details.map((d) => [d.name, d.value ?? null])),
    request_id: e.requestId ?? null,
    created_at: e.createdAt,
  };
}

export const auditRoutes: Route[] = [
  {
    method: 'GET',
    path: '/v1/audit-events',
    operationId: 'listAuditEvents',
    description:
      "The organization's audit trail, newest first: every write with who made it (API key id and prefix, or system), the target, a small summary and the request id. Always one window: limit (default 100) and offset, with the total. Kept TRUNKLINE_AUDIT_RETENTION_DAYS (400 by default).",
    summary: 'List audit events',
    tag: 'Developer',
    query: AuditEventsQuery,
    response: AuditEventPage,
    statuses: { 200: 'One window of audit events, newest first, with the total', 400: 'Invalid filter', 401: 'No valid key' },
    async handle({ run }, req) {
      const q = req.query;
      // The trail only grows: it is always windowed, never the whole list.
      const windowed = new URLSearchParams(q);
      if (!windowed.has('limit')) windowed.set('limit', '100');
      const action = q.get('action');
      const body = await listBody(
        windowed,
        async (after, withTotal, first) =>
          (
            await run(ListAuditEventsDocument, {
              first,
              after,
              withTotal,
              action: action ? (auditActionConstant(action as DomainAuditAction) as AuditAction) : undefined,
              targetType: q.get('target_type') ? (q.get('target_type')!.toUpperCase() as AuditTarget) : undefined,
              targetId: q.get('target_id'),
              since: q.get('since'),
              until: q.get('until'),
            })
          ).auditEvents,
        auditEventJson,
      );
      return { status: 200, body };
    },
  },
];
