import { sql, type Kysely, type Selectable } from 'kysely';
import { fromJson, toJson } from '../json';
import { keysetPage, type Page, type PageArgs } from '../keyset';
import type { Database, WebhookEndpointsTable } from '../tables';

export type WebhookEndpointStatus = 'active' | 'failing' | 'disabled';

/** An endpoint as the API shows it: its secrets stay behind in the record. */
export interface WebhookEndpoint {
  id: number;
  organizationId: number;
  label: string;
  url: string;
  events: string[];
  status: WebhookEndpointStatus;
  secretHint: string;
  createdAt: string;
  updatedAt: string;
}

/** An endpoint as stored, with its sealed secrets (never leaves the domain layer). */
export interface WebhookEndpointRecord extends WebhookEndpoint {
  secretSealed: string;
  previousSecretSealed: string | null;
  previousSecretExpiresAt: string | null;
  failingSince: string | null;
}

export interface WebhookEndpointChanges {
  label?: string;
  url?: string;
  events?: readonly string[];
  status?: WebhookEndpointStatus;
  secretSealed?: string;
  secretHint?: string;
  previousSecretSealed?: string | null;
  previousSecretExpiresAt?: string | null;
  failingSince?: string | null;
  updatedAt: string;
}

function toRecord(row: Selectable<WebhookEndpointsTable>): WebhookEndpointRecord {
  return {
    id: Number(row.id),
    organizationId: Number(row.organization_id),
    label: row.label,
    url: row.url,
    events: fromJson<string[]>(row.events) ?? [],
    status: row.status as WebhookEndpointStatus,
    secretHint: row.secret_hint,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    secretSealed: row.secret_sealed,
    previousSecretSealed: row.previous_secret_sealed,
    previousSecretExpiresAt: row.previous_secret_expires_at,
    failingSince: row.failing_since,
  };
}

/** The record without its secrets. */
export function publicEndpoint(r: WebhookEndpointRecord): WebhookEndpoint {
  return { id: r.id, organizationId: r.organizationId, label: r.label, url: r.url, events: r.events, status: r.status, secretHint: r.secretHint, createdAt: r.createdAt, updatedAt: r.updatedAt };
}

/**
 * The webhook_endpoints rows of one organization. Every read and write names the organization:
 * another organization's id finds nothing, exactly like an id that does not exist.
 */
export function webhookEndpointsRepository(db: Kysely<Database>) {
  return {
    /** Inserts the row; its sealed secret is written right after, once the id it binds to exists. */
    async insert(e: { organizationId: number; label: string; url: string; events: readonly string[]; secretHint: string; now: string }): Promise<number> {
      const row = await db
        .insertInto('webhook_endpoints')
        .values({
          organization_id: e.organizationId,
          label: e.label,
          url: e.url,
          events: toJson(e.events),
          status: 'active',
          secret_sealed: '',
          secret_hint: e.secretHint,
          created_at: e.now,
          updated_at: e.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },
    async find(organizationId: number, id: number): Promise<WebhookEndpointRecord | undefined> {
      const row = await db.selectFrom('webhook_endpoints').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    },
    /** Newest first. */
    async page(organizationId: number, args: PageArgs): Promise<Page<WebhookEndpointRecord>> {
      const page = await keysetPage(db.selectFrom('webhook_endpoints').selectAll().where('organization_id', '=', organizationId), args);
      return { items: page.items.map(toRecord), hasNextPage: page.hasNextPage };
    },
    /**
     * How many endpoints the organization holds. With `lock` (PostgreSQL) the organization's row is
     * locked first, until the transaction ends, so two creations at once cannot both pass the cap.
     * (SQLite runs one write transaction at a time.)
     */
    async count(organizationId: number, lock: boolean): Promise<number> {
      if (lock) await sql`select id from organizations where id = ${organizationId} for update`.execute(db);
      const row = await db
        .selectFrom('webhook_endpoints')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('organization_id', '=', organizationId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async update(organizationId: number, id: number, ch: WebhookEndpointChanges): Promise<boolean> {
      const result = await db
        .updateTable('webhook_endpoints')
        .set({
          ...(ch.label !== undefined && { label: ch.label }),
          ...(ch.url !== undefined && { url: ch.url }),
          ...(ch.events !== undefined && { events: toJson(ch.events) }),
          ...(ch.status !== undefined && { status: ch.status }),
          ...(ch.secretSealed !== undefined && { secret_sealed: ch.secretSealed }),
          ...(ch.secretHint !== undefined && { secret_hint: ch.secretHint }),
          ...(ch.previousSecretSealed !== undefined && { previous_secret_sealed: ch.previousSecretSealed }),
          ...(ch.previousSecretExpiresAt !== undefined && { previous_secret_expires_at: ch.previousSecretExpiresAt }),
          ...(ch.failingSince !== undefined && { failing_since: ch.failingSince }),
          updated_at: ch.updatedAt,
        })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    /** Every organization's endpoints with their sealed secrets: for re-sealing under a new key. */
    async allSealed(): Promise<{ id: number; organizationId: number; secretSealed: string; previousSecretSealed: string | null }[]> {
      const rows = await db.selectFrom('webhook_endpoints').select(['id', 'organization_id', 'secret_sealed', 'previous_secret_sealed']).orderBy('id').execute();
      return rows.map((r) => ({ id: r.id, organizationId: r.organization_id, secretSealed: r.secret_sealed, previousSecretSealed: r.previous_secret_sealed }));
    },
    /** Deletes the endpoint; its deliveries and their attempts go with it (foreign keys cascade). */
    async delete(organizationId: number, id: number): Promise<boolean> {
      const result = await db.deleteFrom('webhook_endpoints').where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
