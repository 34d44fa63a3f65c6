import type { AuditEvent } from '../../db/repositories/audit-events';
import { AUDIT_TARGETS, auditActionConstant, countAuditEvents, listAuditEvents, type AuditAction, type AuditTarget } from '../../domain/audit';
import { builder } from '../builder';
import { connectionComplexity, pageArgs, toConnection, totalOf, TOTAL_COUNT_DESCRIPTION, withTotal } from '../pagination';
import { AFTER_ARG, FIRST_ARG, pageSize } from './list-args';
import { principalOf } from '../principal';

const ACTION_DESCRIPTIONS: Record<AuditAction, string> = {
  'organization.created': 'An organization was created (by the command line or at first start).',
  'api_key.created': 'An API key was created.',
  'api_key.revoked': 'An API key was revoked.',
  'connection.created': 'A connection was created from tested credentials.',
  'connection.updated': 'A connection was renamed or its SIP settings changed.',
  'connection.credentials_rotated': "A connection's credentials were replaced by freshly tested ones.",
  'connection.tested': 'A connection was retested with its stored credentials.',
  'connection.rechecked': 'The periodic re-check tested a connection (actor: system).',
  'connection.deleted': 'A connection and its sealed credentials were deleted.',
  'numbers.imported': "Numbers were imported through a connection (the target is the connection).",
  'phone_number.updated': "A phone number's agents or label changed.",
  'phone_number.verified': 'A phone number passed verification and is ACTIVE.',
  'phone_number.verification_failed': 'A phone number failed verification.',
  'phone_number.released': 'A phone number was released.',
  'phone_number.test_call': 'Test calls of a phone number were placed (at verification or on demand), with their outcome.',
  'webhook_endpoint.created': 'A webhook endpoint was created (the summary names its URL\'s origin only, never its path or query).',
  'webhook_endpoint.updated': "A webhook endpoint's label, URL, events or status changed.",
  'webhook_endpoint.deleted': 'A webhook endpoint was deleted, with its delivery log.',
  'webhook_endpoint.secret_rotated': "A webhook endpoint's signing secret was replaced (the previous one signs for 24 more hours).",
  'webhook_delivery.retried': 'A delivery was sent again on request (the target is its endpoint).',
  'connect_link.created': 'A connect link was created (its token is never recorded).',
  'connect_link.revoked': 'A connect link was revoked.',
};

/** `connection.created` ↔ CONNECTION_CREATED. */
export const AuditActionEnum = builder.enumType('AuditAction', {
  description: 'What an audit event records.',
  values: Object.fromEntries(Object.entries(ACTION_DESCRIPTIONS).map(([v, d]) => [auditActionConstant(v as AuditAction), { value: v, description: d }])) as Record<string, { value: AuditAction; description: string }>,
});

export const AuditTargetEnum = builder.enumType('AuditTarget', {
  description: 'The kind of object an audit event is about.',
  values: Object.fromEntries(AUDIT_TARGETS.map((v) => [v.toUpperCase(), { value: v, description: `A ${v.replace('_', ' ')}.` }])) as Record<string, { value: AuditTarget; description: string }>,
});

const ActorTypeEnum = builder.enumType('AuditActorType', {
  description: 'Who made a change.',
  values: {
    API_KEY: { value: 'api_key', description: 'A caller with an API key.' },
    CONNECT_LINK: { value: 'connect_link', description: 'Whoever opened a connect link (the link is named, never its token).' },
    SYSTEM: { value: 'system', description: 'Trunkline itself: re-checks, the command line.' },
  },
});

const AuditActor = builder.objectRef<AuditEvent['actor']>('AuditActor').implement({
  description: 'Who made a change: an API key (its id and prefix, never the key), a connect link (its id, never its token) or the system.',
  fields: (t) => ({
    type: t.field({ type: ActorTypeEnum, description: 'API_KEY, CONNECT_LINK or SYSTEM.', resolve: (a) => a.type }),
    connectLinkId: t.id({ nullable: true, description: 'The connect link through which the change was made.', resolve: (a) => (a.type === 'connect_link' ? a.connectLinkId : null) }),
    apiKeyId: t.id({ nullable: true, description: 'The key that made the change.', resolve: (a) => (a.type === 'api_key' ? a.apiKeyId : null) }),
    keyPrefix: t.string({ nullable: true, description: 'The first characters of that key, to recognise it.', resolve: (a) => (a.type === 'api_key' ? a.keyPrefix : null) }),
  }),
});

const AuditDetail = builder.objectRef<{ name: string; value: string | null }>('AuditDetail').implement({
  description: 'One entry of an audit event summary: ids, counts, codes and names, never a secret.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its name, e.g. `provider`, `imported` or `changed`.' }),
    value: t.exposeString('value', { nullable: true, description: 'The value, as text.' }),
  }),
});

const AuditEventRef = builder.objectRef<AuditEvent>('AuditEvent').implement({
  description: 'One write, recorded in the same transaction as the write itself. The trail is append-only.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The audit event id.' }),
    action: t.field({ type: AuditActionEnum, description: 'What happened.', resolve: (e) => e.action as AuditAction }),
    actor: t.field({ type: AuditActor, description: 'Who did it.', resolve: (e) => e.actor }),
    targetType: t.field({ type: AuditTargetEnum, description: 'What kind of object it is about.', resolve: (e) => e.targetType as AuditTarget }),
    targetId: t.id({ description: "The object's id.", resolve: (e) => e.targetId }),
    details: t.field({
      type: [AuditDetail],
      description: 'A small summary of the change.',
      resolve: (e) => Object.entries(e.summary).map(([name, v]) => ({ name, value: v === null ? null : String(v) })),
    }),
    requestId: t.exposeString('requestId', { nullable: true, description: 'The X-Request-Id of the request that made it (null for the system).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When.' }),
  }),
});

const AuditEventList = builder.connectionObject(
  {
    type: AuditEventRef,
    name: 'AuditEventList',
    description: 'A page of audit events, newest first.',
    fields: (t) => ({ totalCount: t.int({ description: TOTAL_COUNT_DESCRIPTION, resolve: totalOf }) }),
  },
  { name: 'AuditEventListEdge', description: 'An audit event and its cursor.' },
);

builder.queryFields((t) => ({
  auditEvents: t.field({
    type: AuditEventList,
    description: "The organization's audit trail, newest first: who changed what, and when. Kept TRUNKLINE_AUDIT_RETENTION_DAYS (400 by default).",
    complexity: connectionComplexity,
    args: {
      first: t.arg.int(FIRST_ARG),
      after: t.arg.string(AFTER_ARG),
      action: t.arg({ type: AuditActionEnum, description: 'Only this action.' }),
      targetType: t.arg({ type: AuditTargetEnum, description: 'Only events about this kind of object.' }),
      targetId: t.arg.id({ description: 'Only events about this object (with targetType, one object).' }),
      since: t.arg({ type: 'DateTime', description: 'Only events at or after this time.' }),
      until: t.arg({ type: 'DateTime', description: 'Only events before this time.' }),
    },
    resolve: async (_r, args, ctx) => {
      const filter = {
        action: args.action ?? undefined,
        targetType: args.targetType ?? undefined,
        targetId: args.targetId ?? undefined,
        since: args.since ?? undefined,
        until: args.until ?? undefined,
      };
      const page = toConnection(await listAuditEvents(ctx.deps, principalOf(ctx), pageArgs({ first: pageSize(args.first), after: args.after }), filter));
      return withTotal(page, () => countAuditEvents(ctx.deps, principalOf(ctx), filter));
    },
  }),
}));
