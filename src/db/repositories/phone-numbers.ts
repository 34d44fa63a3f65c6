import { CompiledQuery, sql, type Kysely, type Selectable } from 'kysely';
import type { Database, PhoneNumbersTable } from '../tables';
import { fromJson, fromSharedJson, toJson } from '../json';
import { keysetPage, type Page, type PageArgs } from '../keyset';
import type { Capabilities, CheckResult, RoutingSnapshot } from '../../providers/types';

export interface PhoneNumber {
  id: number;
  organizationId: number;
  number: string;
  source: 'demo' | 'voip';
  status: 'provisioning' | 'active' | 'failed' | 'released';
  voipConnectionId: number | null;
  providerNumberId: string | null;
  friendlyName: string | null;
  country: string | null;
  capabilities: Capabilities;
  voipVerificationStatus: 'unverified' | 'verified' | 'failed';
  voipLastVerifiedAt: string | null;
  inboundAgentId: number | null;
  outboundAgentId: number | null;
  label: string | null;
  previousRouting: RoutingSnapshot | null;
  /** The checks of the last verification, so any reader (another tab, a reload) sees why it failed. */
  lastVerification: LastVerification | null;
  createdAt: string;
  updatedAt: string;
}

export interface LastVerification {
  at: string;
  checks: Record<'inbound_routing' | 'outbound_authorization', CheckResult>;
}

/** The column behind each property: a page can read only the columns of the properties asked for. */
const COLUMN_OF: Record<keyof PhoneNumber, keyof PhoneNumbersTable & string> = {
  id: 'id',
  organizationId: 'organization_id',
  number: 'number',
  source: 'source',
  status: 'status',
  voipConnectionId: 'voip_connection_id',
  providerNumberId: 'provider_number_id',
  friendlyName: 'friendly_name',
  country: 'country',
  capabilities: 'capabilities',
  voipVerificationStatus: 'voip_verification_status',
  voipLastVerifiedAt: 'voip_last_verified_at',
  inboundAgentId: 'inbound_agent_id',
  outboundAgentId: 'outbound_agent_id',
  label: 'label',
  previousRouting: 'previous_routing',
  lastVerification: 'last_verification',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

export const isPhoneNumberProperty = (name: string): name is keyof PhoneNumber => Object.hasOwn(COLUMN_OF, name);

const NO_CAPABILITIES: Capabilities = Object.freeze({ voice: false, sms: false, mms: false });

/** A row (or the columns of one that were read: the other properties stay undefined) as a PhoneNumber. */
function toPhoneNumber(r: Selectable<PhoneNumbersTable>): PhoneNumber {
  return {
    id: r.id,
    organizationId: r.organization_id,
    number: r.number,
    // The database only ever holds values the domain wrote.
    source: r.source as PhoneNumber['source'],
    status: r.status as PhoneNumber['status'],
    voipConnectionId: r.voip_connection_id,
    providerNumberId: r.provider_number_id,
    friendlyName: r.friendly_name,
    country: r.country,
    capabilities: r.capabilities === undefined ? (undefined as never) : (fromSharedJson<Capabilities>(r.capabilities) ?? NO_CAPABILITIES),
    voipVerificationStatus: r.voip_verification_status as PhoneNumber['voipVerificationStatus'],
    voipLastVerifiedAt: r.voip_last_verified_at,
    inboundAgentId: r.inbound_agent_id,
    outboundAgentId: r.outbound_agent_id,
    label: r.label,
    previousRouting: r.previous_routing === undefined ? (undefined as never) : fromJson<RoutingSnapshot>(r.previous_routing),
    lastVerification: r.last_verification === undefined ? (undefined as never) : fromJson<LastVerification>(r.last_verification),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface NewPhoneNumber {
  number: string;
  providerNumberId: string;
  friendlyName: string;
  country: string | null;
  capabilities: Capabilities;
}

export interface PhoneNumberChanges {
  /** Releasing goes through release(), which keeps the connection's count. */
  status?: Exclude<PhoneNumber['status'], 'released'>;
  voipVerificationStatus?: PhoneNumber['voipVerificationStatus'];
  voipLastVerifiedAt?: string;
  inboundAgentId?: number | null;
  outboundAgentId?: number | null;
  label?: string | null;
  previousRouting?: RoutingSnapshot | null;
  lastVerification?: LastVerification;
  updatedAt: string;
}

/**
 * How an organization's hold on a number was established: `proven` by a provider inventory that
 * lists it, or `declared` on a SIP trunk (nothing proves it yet). Only proven holds are exclusive.
 */
export type Claim = 'proven' | 'declared';

/** A hold on a number (released numbers are held by nobody). */
export interface Holding {
  number: string;
  organizationId: number;
  id: number;
  claim: Claim;
}

const CHUNK = 500;

/**
 * The columns an import writes, in the order of insertMany's parameters, each row's value given
 * by its position; the constant ones are written into the text.
 */
const INSERT_COLUMNS = ['organization_id', 'number', 'voip_connection_id', 'provider_number_id', 'friendly_name', 'country', 'capabilities', 'claim', 'created_at', 'updated_at'] as const;
const INSERT_TEXTS_KEPT = 64;
const insertTexts = new Map<unknown, Map<number, string>>();

/**
 * The text of insertMany's multi-row insert for `rows` rows, compiled by Kysely once per dialect
 * and size (compiling 500 rows of 13 values took longer than SQLite running them). SQLite's driver
 * then reuses one prepared statement per text (create-db.ts's statement cache); PostgreSQL gets the
 * same text each time.
 */
function insertText(db: Kysely<Database>, rows: number): string {
  const adapter = db.getExecutor().adapter.constructor;
  let bySize = insertTexts.get(adapter);
  if (!bySize) insertTexts.set(adapter, (bySize = new Map()));
  let text = bySize.get(rows);
  if (text === undefined) {
    // Compiled with a distinct marker for each value, to hold that the parameters come out row by
    // row in INSERT_COLUMNS order, as insertMany pushes them.
    const marker = (row: number, column: string) => `\u0000${row}:${column}`;
    const compiled = db
      .insertInto('phone_numbers')
      .values(
        Array.from({ length: rows }, (_, r) => ({
          ...(Object.fromEntries(INSERT_COLUMNS.map((c) => [c, marker(r, c)])) as Record<(typeof INSERT_COLUMNS)[number], never>),
          source: sql.lit('voip'),
          status: sql.lit('provisioning'),
          voip_verification_status: sql.lit('unverified'),
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .compile();
    const expected = Array.from({ length: rows }, (_, r) => INSERT_COLUMNS.map((c) => marker(r, c))).flat();
    if (compiled.parameters.length !== expected.length || compiled.parameters.some((p, k) => p !== expected[k])) {
      throw new Error('the multi-row insert does not take its parameters in the expected order');
    }
    text = compiled.sql;
    if (bySize.size >= INSERT_TEXTS_KEPT) bySize.delete(bySize.keys().next().value!);
    bySize.set(rows, text);
  }
  return text;
}

export interface PhoneNumberFilter {
  connectionId?: number;
  status?: string;
}

export function phoneNumbersRepository(db: Kysely<Database>) {
  const filtered = (organizationId: number, filter: PhoneNumberFilter) => {
    let q = db.selectFrom('phone_numbers').where('organization_id', '=', organizationId);
    if (filter.connectionId !== undefined) q = q.where('voip_connection_id', '=', filter.connectionId);
    if (filter.status !== undefined) q = q.where('status', '=', filter.status);
    return q;
  };
  /** Moves a connection's count of held numbers; part of the same transaction as the rows it counts. */
  const countOnConnection = (connectionId: number, delta: number) =>
    db
      .updateTable('voip_connections')
      .set((eb) => ({ numbers_imported: eb('numbers_imported', '+', delta) }))
      .where('id', '=', connectionId)
      .execute();

  return {
    async find(organizationId: number, id: number): Promise<PhoneNumber | undefined> {
      const row = await db.selectFrom('phone_numbers').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
      return row && toPhoneNumber(row);
    },
    /**
     * A number to call with when verifying `excludeId` without a verification line: another
     * active (so routed and verified) number of the same connection, the longest verified first.
     */
    async partnerFor(organizationId: number, connectionId: number, excludeId: number): Promise<PhoneNumber | undefined> {
      const row = await db
        .selectFrom('phone_numbers')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('voip_connection_id', '=', connectionId)
        .where('id', '<>', excludeId)
        .where('status', '=', 'active')
        .orderBy('voip_last_verified_at')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      return row && toPhoneNumber(row);
    },
    /** The imported number `number` of an organization, not released. */
    async byNumber(organizationId: number, number: string): Promise<PhoneNumber | undefined> {
      const row = await db.selectFrom('phone_numbers').selectAll().where('organization_id', '=', organizationId).where('number', '=', number).where('status', '<>', 'released').executeTakeFirst();
      return row && toPhoneNumber(row);
    },
    async findMany(organizationId: number, ids: number[]): Promise<PhoneNumber[]> {
      const out: PhoneNumber[] = [];
      for (let i = 0; i < ids.length; i += CHUNK) {
        const rows = await db.selectFrom('phone_numbers').selectAll().where('organization_id', '=', organizationId).where('id', 'in', ids.slice(i, i + CHUNK)).execute();
        out.push(...rows.map(toPhoneNumber));
      }
      return out;
    },
    /**
     * A page, newest first. With `only`, just those properties are read (and the id and creation
     * time, the cursor's); the others are undefined. A 50-number page of five fields reads a
     * quarter of the values of a whole one.
     */
    async page(organizationId: number, args: PageArgs, filter: PhoneNumberFilter = {}, only?: ReadonlySet<keyof PhoneNumber>): Promise<Page<PhoneNumber>> {
      const base = filtered(organizationId, filter);
      const columns = only && [...new Set(['id', 'created_at', ...[...only].map((p) => COLUMN_OF[p])] as const)];
      const query = columns ? (base.select(columns) as unknown as ReturnType<typeof base.selectAll>) : base.selectAll();
      const page = await keysetPage(query, args);
      return { items: page.items.map(toPhoneNumber), hasNextPage: page.hasNextPage };
    },
    /** How many numbers the filter matches (an index range count: asked for only when shown). */
    async count(organizationId: number, filter: PhoneNumberFilter = {}): Promise<number> {
      if (filter.connectionId === undefined && filter.status === undefined) {
        // Unfiltered: the organization's own count, one row however many numbers it holds.
        const org = await db.selectFrom('organizations').select('phone_numbers_count').where('id', '=', organizationId).executeTakeFirst();
        return Number(org?.phone_numbers_count ?? 0);
      }
      const row = await filtered(organizationId, filter).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /**
     * The holds that matter to this organization on any of these numbers, in one query per chunk:
     * its own (declared or proven), and proven ones of any organization. Other organizations'
     * declarations are never read: they hold nothing, and nothing may depend on them.
     */
    async holdings(organizationId: number, numbers: string[]): Promise<Holding[]> {
      const out: Holding[] = [];
      for (let i = 0; i < numbers.length; i += CHUNK) {
        const chunk = numbers.slice(i, i + CHUNK);
        const held = db.selectFrom('phone_numbers').select(['number', 'organization_id', 'id', 'claim']).where('number', 'in', chunk).where('status', '<>', 'released');
        // Two arms, each answered from its own unique index (org + number; proven number), where
        // one OR across both made SQLite scan every row of the table.
        const rows = await held
          .where('organization_id', '=', organizationId)
          .unionAll(held.where('claim', '=', 'proven').where('organization_id', '<>', organizationId))
          .execute();
        out.push(...rows.map((r) => ({ number: r.number, organizationId: r.organization_id, id: r.id, claim: r.claim as Claim })));
      }
      return out;
    },
    /**
     * The organization's kept count of its number rows (released ones included: they stay, and are
     * listed), read under a write lock on its row: imports of one organization then take turns
     * between this read and their commit, so a cap checked against it holds under concurrency
     * (PostgreSQL locks the row until commit; SQLite runs one write transaction at a time).
     * Run it in the import's transaction, before its inserts.
     */
    async lockNumberCount(organizationId: number): Promise<number> {
      const row = await db
        .updateTable('organizations')
        .set((eb) => ({ phone_numbers_count: eb.ref('phone_numbers_count') }))
        .where('id', '=', organizationId)
        .returning('phone_numbers_count')
        .executeTakeFirst();
      return Number(row?.phone_numbers_count ?? 0);
    },
    /**
     * Multi-row insert of new numbers, held with the given claim. A number some other request took
     * meanwhile (proven by another organization, or held here already) is skipped by a unique
     * index — ON CONFLICT DO NOTHING without a target, so both partial indexes settle it — never
     * half-written; returns what was inserted. Rows go in number order, so concurrent imports of
     * overlapping numbers take the indexes' locks in one order and cannot deadlock (PostgreSQL);
     * the counts move once, after the rows. Run it in a transaction.
     */
    async insertMany(organizationId: number, connectionId: number, numbers: NewPhoneNumber[], claim: Claim, now: string): Promise<PhoneNumber[]> {
      const sorted = [...numbers].sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
      const out: PhoneNumber[] = [];
      for (let i = 0; i < sorted.length; i += CHUNK) {
        const chunk = sorted.slice(i, i + CHUNK);
        const parameters: unknown[] = [];
        for (const n of chunk) {
          parameters.push(organizationId, n.number, connectionId, n.providerNumberId, n.friendlyName, n.country, toJson(n.capabilities), claim, now, now);
        }
        const { rows } = await db.executeQuery<Selectable<PhoneNumbersTable>>(CompiledQuery.raw(insertText(db, chunk.length), parameters));
        out.push(...rows.map(toPhoneNumber));
      }
      if (out.length > 0) {
        await countOnConnection(connectionId, out.length);
        await db
          .updateTable('organizations')
          .set((eb) => ({ phone_numbers_count: eb('phone_numbers_count', '+', out.length) }))
          .where('id', '=', organizationId)
          .execute();
      }
      return out;
    },
    /**
     * Marks a held number released and takes it off its connection's count. Returns false if it was
     * released already (a concurrent release counts once). Run it in a transaction.
     */
    async release(organizationId: number, id: number, now: string): Promise<boolean> {
      const row = await db
        .updateTable('phone_numbers')
        .set({ status: 'released', previous_routing: null, updated_at: now })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .where('status', '<>', 'released')
        .returning('voip_connection_id')
        .executeTakeFirst();
      if (!row) return false;
      if (row.voip_connection_id !== null) await countOnConnection(row.voip_connection_id, -1);
      return true;
    },
    async update(organizationId: number, id: number, ch: PhoneNumberChanges): Promise<void> {
      await db
        .updateTable('phone_numbers')
        .set({
          ...(ch.status !== undefined && { status: ch.status }),
          ...(ch.voipVerificationStatus !== undefined && { voip_verification_status: ch.voipVerificationStatus }),
          ...(ch.voipLastVerifiedAt !== undefined && { voip_last_verified_at: ch.voipLastVerifiedAt }),
          ...(ch.inboundAgentId !== undefined && { inbound_agent_id: ch.inboundAgentId }),
          ...(ch.outboundAgentId !== undefined && { outbound_agent_id: ch.outboundAgentId }),
          ...(ch.label !== undefined && { label: ch.label }),
          ...(ch.previousRouting !== undefined && { previous_routing: ch.previousRouting === null ? null : toJson(ch.previousRouting) }),
          ...(ch.lastVerification !== undefined && { last_verification: toJson(ch.lastVerification) }),
          updated_at: ch.updatedAt,
        })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        // A release that landed meanwhile wins: a released number is only ever imported anew.
        .where('status', '<>', 'released')
        .execute();
    },
  };
}
