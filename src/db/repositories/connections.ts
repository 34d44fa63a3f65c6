import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, VoipConnectionsTable } from '../tables';
import { fromJson, toJson } from '../json';
import { keysetPage, type Page, type PageArgs } from '../keyset';

export interface LastError {
  code: string;
  detail: string;
  at: string;
}

/** A connection as stored, with its sealed credentials (never leaves the domain layer). */
export interface ConnectionRecord {
  id: number;
  organizationId: number;
  name: string;
  provider: string;
  setupMethod: string;
  status: string;
  inferredName: boolean;
  sipConfig: Record<string, unknown>;
  credentialsSealed: string;
  credentialsRotatedAt: string | null;
  lastTestedAt: string | null;
  lastError: LastError | null;
  numbersImported: number;
  nextCheckAt: string | null;
  recheckFailures: number;
  createdAt: string;
  updatedAt: string;
}

type Row = Selectable<VoipConnectionsTable>;

function toRecord(row: Row): ConnectionRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    name: row.name,
    provider: row.provider,
    setupMethod: row.setup_method,
    status: row.status,
    inferredName: row.inferred_name === 1,
    sipConfig: fromJson<Record<string, unknown>>(row.sip_config) ?? {},
    credentialsSealed: row.credentials_sealed,
    credentialsRotatedAt: row.credentials_rotated_at,
    lastTestedAt: row.last_tested_at,
    lastError: fromJson<LastError>(row.last_error),
    numbersImported: row.numbers_imported,
    nextCheckAt: row.next_check_at,
    recheckFailures: row.recheck_failures,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type NewConnection = Pick<ConnectionRecord, 'organizationId' | 'name' | 'provider' | 'setupMethod' | 'status' | 'inferredName' | 'sipConfig'> & {
  lastTestedAt: string;
  now: string;
};

export interface ConnectionChanges {
  name?: string;
  inferredName?: boolean;
  sipConfig?: Record<string, unknown>;
  status?: string;
  credentialsSealed?: string;
  credentialsRotatedAt?: string;
  lastTestedAt?: string;
  lastError?: LastError | null;
  nextCheckAt?: string | null;
  recheckFailures?: number;
  updatedAt: string;
}

export function connectionsRepository(db: Kysely<Database>) {
  const base = () => db.selectFrom('voip_connections as c').selectAll('c');

  return {
    /** Inserts the row; sealed credentials are written right after, once the id they bind to exists. */
    async insert(c: NewConnection): Promise<number> {
      const row = await db
        .insertInto('voip_connections')
        .values({
          organization_id: c.organizationId,
          name: c.name,
          provider: c.provider,
          setup_method: c.setupMethod,
          status: c.status,
          inferred_name: c.inferredName ? 1 : 0,
          sip_config: toJson(c.sipConfig),
          credentials_sealed: '',
          last_tested_at: c.lastTestedAt,
          created_at: c.now,
          updated_at: c.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async update(organizationId: number, id: number, ch: ConnectionChanges): Promise<boolean> {
      const res = await db
        .updateTable('voip_connections')
        .set({
          ...(ch.name !== undefined && { name: ch.name }),
          ...(ch.inferredName !== undefined && { inferred_name: ch.inferredName ? 1 : 0 }),
          ...(ch.sipConfig !== undefined && { sip_config: toJson(ch.sipConfig) }),
          ...(ch.status !== undefined && { status: ch.status }),
          ...(ch.credentialsSealed !== undefined && { credentials_sealed: ch.credentialsSealed }),
          ...(ch.credentialsRotatedAt !== undefined && { credentials_rotated_at: ch.credentialsRotatedAt }),
          ...(ch.lastTestedAt !== undefined && { last_tested_at: ch.lastTestedAt }),
          ...(ch.lastError !== undefined && { last_error: ch.lastError === null ? null : toJson(ch.lastError) }),
          ...(ch.nextCheckAt !== undefined && { next_check_at: ch.nextCheckAt }),
          ...(ch.recheckFailures !== undefined && { recheck_failures: ch.recheckFailures }),
          updated_at: ch.updatedAt,
        })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    async find(organizationId: number, id: number): Promise<ConnectionRecord | undefined> {
      const row = await base().where('c.organization_id', '=', organizationId).where('c.id', '=', id).executeTakeFirst();
      return row && toRecord(row as Row);
    },
    async page(organizationId: number, args: PageArgs, provider?: string): Promise<Page<ConnectionRecord>> {
      let q = base().where('c.organization_id', '=', organizationId);
      if (provider) q = q.where('c.provider', '=', provider);
      const page = await keysetPage(q as never, args);
      return { items: (page.items as unknown as Row[]).map(toRecord), hasNextPage: page.hasNextPage };
    },
    async delete(organizationId: number, id: number): Promise<boolean> {
      const res = await db.deleteFrom('voip_connections').where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
      return Number(res.numDeletedRows) === 1;
    },
    /**
     * Takes the lease on up to `limit` due connections (CONNECTED or ERROR, next_check_at passed):
     * one statement moves their next_check_at to `leaseUntil` and returns them. With `skipLocked`
     * (PostgreSQL) the rows are locked with SKIP LOCKED, so instances claiming at once never take
     * the same row; an instance that dies mid-check leaves its rows to be claimed again at `leaseUntil`.
     */
    async claimDue(now: string, leaseUntil: string, limit: number, skipLocked: boolean): Promise<{ id: number; organizationId: number }[]> {
      const lock = skipLocked ? sql`for update skip locked` : sql``;
      const rows = await sql<{ id: number; organization_id: number }>`
        update voip_connections set next_check_at = ${leaseUntil}
        where id in (
          select id from voip_connections
          where status in ('connected', 'error') and (next_check_at is null or next_check_at <= ${now})
          order by next_check_at nulls first
          limit ${limit}
          ${lock}
        )
        returning id, organization_id`.execute(db);
      return rows.rows.map((r) => ({ id: Number(r.id), organizationId: Number(r.organization_id) }));
    },
    /** Every sealed value, for re-sealing under the newest key. */
    async allSealed(): Promise<{ id: number; organizationId: number; provider: string; sealed: string }[]> {
      const rows = await db.selectFrom('voip_connections').select(['id', 'organization_id', 'provider', 'credentials_sealed']).execute();
      return rows.map((r) => ({ id: r.id, organizationId: r.organization_id, provider: r.provider, sealed: r.credentials_sealed }));
    },
  };
}
