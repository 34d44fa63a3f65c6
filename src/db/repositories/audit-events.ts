import type { Kysely, Selectable } from 'kysely';
import type { AuditEventsTable, Database } from '../tables';
import { fromJson, toJson } from '../json';
import { keysetPage, type Page, type PageArgs } from '../keyset';

export interface AuditEvent {
  id: number;
  organizationId: number;
  actor: AuditActor;
  action: string;
  targetType: string;
  targetId: string;
  summary: Record<string, string | number | boolean | null>;
  requestId: string | null;
  createdAt: string;
}

/** Who made a change: a key, a connect link (issue 26), or the gateway itself. */
export type AuditActor = { type: 'api_key'; apiKeyId: number; keyPrefix: string | null } | { type: 'connect_link'; connectLinkId: number } | { type: 'system' };

function actorOf(r: Selectable<AuditEventsTable>): AuditActor {
  if (r.actor_type === 'api_key') return { type: 'api_key', apiKeyId: r.actor_api_key_id!, keyPrefix: r.actor_key_prefix };
  if (r.actor_type === 'connect_link') return { type: 'connect_link', connectLinkId: r.actor_connect_link_id! };
  return { type: 'system' };
}

export type NewAuditEvent = Omit<AuditEvent, 'id'>;

export interface AuditFilter {
  action?: string;
  targetType?: string;
  targetId?: string;
  /** Inclusive lower and exclusive upper bound on created_at (ISO-8601). */
  since?: string;
  until?: string;
}

function toAuditEvent(r: Selectable<AuditEventsTable>): AuditEvent {
  return {
    id: r.id,
    organizationId: r.organization_id,
    actor: actorOf(r),
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    summary: fromJson<AuditEvent['summary']>(r.summary) ?? {},
    requestId: r.request_id,
    createdAt: r.created_at,
  };
}

/** The append-only audit trail: rows are inserted, read, and pruned when older than the retention. */
export function auditEventsRepository(db: Kysely<Database>) {
  const filtered = (organizationId: number, f: AuditFilter) => {
    let q = db.selectFrom('audit_events').where('organization_id', '=', organizationId);
    if (f.action) q = q.where('action', '=', f.action);
    if (f.targetType) q = q.where('target_type', '=', f.targetType);
    if (f.targetId) q = q.where('target_id', '=', f.targetId);
    if (f.since) q = q.where('created_at', '>=', f.since);
    if (f.until) q = q.where('created_at', '<', f.until);
    return q;
  };
  return {
    async insert(e: NewAuditEvent): Promise<void> {
      await db
        .insertInto('audit_events')
        .values({
          organization_id: e.organizationId,
          actor_type: e.actor.type,
          actor_api_key_id: e.actor.type === 'api_key' ? e.actor.apiKeyId : null,
          actor_key_prefix: e.actor.type === 'api_key' ? e.actor.keyPrefix : null,
          actor_connect_link_id: e.actor.type === 'connect_link' ? e.actor.connectLinkId : null,
          action: e.action,
          target_type: e.targetType,
          target_id: e.targetId,
          summary: toJson(e.summary)!,
          request_id: e.requestId,
          created_at: e.createdAt,
        })
        .execute();
    },
    async page(organizationId: number, args: PageArgs, filter: AuditFilter = {}): Promise<Page<AuditEvent>> {
      const page = await keysetPage(filtered(organizationId, filter).selectAll(), args);
      return { items: page.items.map(toAuditEvent), hasNextPage: page.hasNextPage };
    },
    async count(organizationId: number, filter: AuditFilter = {}): Promise<number> {
      const row = await filtered(organizationId, filter).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** Deletes every organization's events older than `before`; how many went. */
    async pruneBefore(before: string): Promise<number> {
      const res = await db.deleteFrom('audit_events').where('created_at', '<', before).executeTakeFirst();
      return Number(res.numDeletedRows);
    },
  };
}
