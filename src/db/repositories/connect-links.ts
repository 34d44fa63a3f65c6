import type { Kysely, Selectable } from 'kysely';
import { keysetPage, type Page, type PageArgs } from '../keyset';
import type { ConnectLinksTable, Database } from '../tables';

/** A connect link as stored, without its token (only the token's hash is kept, and never leaves here). */
export interface ConnectLinkRecord {
  id: number;
  organizationId: number;
  label: string;
  provider: string | null;
  suggestedName: string | null;
  allowAvailableNumbers: boolean;
  expiresAt: string;
  createdAt: string;
  usedAt: string | null;
  connectionId: number | null;
  revokedAt: string | null;
}

export interface NewConnectLink {
  organizationId: number;
  label: string;
  provider: string | null;
  suggestedName: string | null;
  allowAvailableNumbers: boolean;
  tokenHash: string;
  expiresAt: string;
  createdAt: string;
  createdByApiKeyId: number | null;
}

const COLUMNS = ['id', 'organization_id', 'label', 'provider', 'suggested_name', 'allow_available_numbers', 'expires_at', 'created_at', 'used_at', 'connection_id', 'revoked_at'] as const;

function toRecord(r: Pick<Selectable<ConnectLinksTable>, (typeof COLUMNS)[number]>): ConnectLinkRecord {
  return {
    id: Number(r.id),
    organizationId: Number(r.organization_id),
    label: r.label,
    provider: r.provider,
    suggestedName: r.suggested_name,
    allowAvailableNumbers: Number(r.allow_available_numbers) === 1,
    expiresAt: r.expires_at,
    createdAt: r.created_at,
    usedAt: r.used_at,
    connectionId: r.connection_id === null ? null : Number(r.connection_id),
    revokedAt: r.revoked_at,
  };
}

export function connectLinksRepository(db: Kysely<Database>) {
  return {
    async insert(l: NewConnectLink): Promise<ConnectLinkRecord> {
      const row = await db
        .insertInto('connect_links')
        .values({
          organization_id: l.organizationId,
          label: l.label,
          provider: l.provider,
          suggested_name: l.suggestedName,
          allow_available_numbers: l.allowAvailableNumbers ? 1 : 0,
          token_hash: l.tokenHash,
          expires_at: l.expiresAt,
          created_at: l.createdAt,
          created_by_api_key_id: l.createdByApiKeyId,
        })
        .returning(COLUMNS)
        .executeTakeFirstOrThrow();
      return toRecord(row);
    },
    /** The link a token opens, whatever its state (the caller says why a spent one is refused). */
    async findByTokenHash(hash: string): Promise<ConnectLinkRecord | undefined> {
      const row = await db.selectFrom('connect_links').select(COLUMNS).where('token_hash', '=', hash).executeTakeFirst();
      return row && toRecord(row);
    },
    async find(organizationId: number, id: number): Promise<ConnectLinkRecord | undefined> {
      const row = await db.selectFrom('connect_links').select(COLUMNS).where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    },
    async countPending(organizationId: number, now: string): Promise<number> {
      const r = await db
        .selectFrom('connect_links')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('organization_id', '=', organizationId)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async count(organizationId: number): Promise<number> {
      const r = await db.selectFrom('connect_links').select((eb) => eb.fn.countAll<number | string>().as('n')).where('organization_id', '=', organizationId).executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async page(organizationId: number, args: PageArgs): Promise<Page<ConnectLinkRecord>> {
      const page = await keysetPage(db.selectFrom('connect_links').select(COLUMNS).where('organization_id', '=', organizationId), args);
      return { items: page.items.map(toRecord), hasNextPage: page.hasNextPage };
    },
    /**
     * Spends a pending link on the connection just made, in that connection's transaction; false
     * when it is no longer pending (used by a concurrent request, revoked, or expired meanwhile).
     */
    async spend(organizationId: number, id: number, connectionId: number, now: string): Promise<boolean> {
      const r = await db
        .updateTable('connect_links')
        .set({ used_at: now, connection_id: connectionId })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return r.numUpdatedRows === 1n;
    },
    /** Revokes a link that is not revoked yet; the link as it is now, or undefined if there is none. */
    async revoke(organizationId: number, id: number, now: string): Promise<ConnectLinkRecord | undefined> {
      await db.updateTable('connect_links').set({ revoked_at: now }).where('organization_id', '=', organizationId).where('id', '=', id).where('revoked_at', 'is', null).execute();
      return this.find(organizationId, id);
    },
  };
}
