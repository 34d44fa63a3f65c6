import { sql, type Kysely, type Selectable } from 'kysely';
import type { ApiKeysTable, Database } from '../tables';
import { fromJson, toJson } from '../json';

export interface ApiKey {
  id: number;
  organizationId: number;
  name: string;
  keyPrefix: string;
  isActive: boolean;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** What the key may do, fixed at creation: scope names (src/domain/scopes.ts reads them). */
  scopes: string[];
}

/** What authenticating a request needs of an active key. */
export interface ActiveKey {
  id: number;
  organizationId: number;
  keyPrefix: string;
  lastUsedAt: string | null;
  scopes: string[];
}

const scopesOf = (text: string): string[] => fromJson<string[]>(text) ?? [];

function toApiKey(row: Selectable<ApiKeysTable>): ApiKey {
  return {
    id: row.id,
    organizationId: row.organization_id,
    name: row.name,
    keyPrefix: row.key_prefix,
    isActive: row.revoked_at === null,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    scopes: scopesOf(row.scopes),
  };
}

export function apiKeysRepository(db: Kysely<Database>) {
  return {
    async insert(k: { organizationId: number; name: string; keyPrefix: string; keyHash: string; scopes: readonly string[]; now: Date }): Promise<ApiKey> {
      const row = await db
        .insertInto('api_keys')
        .values({
          organization_id: k.organizationId,
          name: k.name,
          key_prefix: k.keyPrefix,
          key_hash: k.keyHash,
          scopes: toJson(k.scopes),
          created_at: k.now.toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toApiKey(row);
    },
    async findByHash(hash: string): Promise<ApiKey | undefined> {
      const row = await db.selectFrom('api_keys').selectAll().where('key_hash', '=', hash).executeTakeFirst();
      return row && toApiKey(row);
    },
    /** The active key with this hash: the read every request makes, so only the five columns it needs. */
    async findActiveByHash(hash: string): Promise<ActiveKey | undefined> {
      const row = await db
        .selectFrom('api_keys')
        .select(['id', 'organization_id', 'key_prefix', 'last_used_at', 'scopes'])
        .where('key_hash', '=', hash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row && { id: row.id, organizationId: row.organization_id, keyPrefix: row.key_prefix, lastUsedAt: row.last_used_at, scopes: scopesOf(row.scopes) };
    },
    async list(organizationId: number): Promise<ApiKey[]> {
      const rows = await db
        .selectFrom('api_keys')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toApiKey);
    },
    async find(organizationId: number, id: number): Promise<ApiKey | undefined> {
      const row = await db
        .selectFrom('api_keys')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toApiKey(row);
    },
    /** Revokes an active key; revoking twice keeps the first revocation time. */
    async revoke(organizationId: number, id: number, now: Date): Promise<ApiKey | undefined> {
      await db
        .updateTable('api_keys')
        .set({ revoked_at: now.toISOString() })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
      return this.find(organizationId, id);
    },
    /**
     * How many active keys the organization holds. With `lock` (PostgreSQL) the organization's
     * row is locked first, until the transaction ends: two creations at once count one after
     * the other, so neither passes a cap the other fills. (SQLite runs one transaction at a time.)
     */
    async countActive(organizationId: number, lock: boolean): Promise<number> {
      if (lock) await sql`select id from organizations where id = ${organizationId} for update`.execute(db);
      const row = await db
        .selectFrom('api_keys')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('organization_id', '=', organizationId)
        .where('revoked_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** The organization's oldest active key, if any. */
    async oldestActive(organizationId: number): Promise<ApiKey | undefined> {
      const row = await db
        .selectFrom('api_keys')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('revoked_at', 'is', null)
        .orderBy('created_at')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      return row && toApiKey(row);
    },
    async touch(id: number, now: Date): Promise<void> {
      await db.updateTable('api_keys').set({ last_used_at: now.toISOString() }).where('id', '=', id).execute();
    },
  };
}
