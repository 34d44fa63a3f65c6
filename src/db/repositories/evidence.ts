import type { Kysely, Selectable } from 'kysely';
import type { Database, VerificationEvidenceTable } from '../tables';

export interface Evidence {
  id: string;
  organizationId: number;
  provider: string;
  fingerprint: string;
  suggestedName: string;
  accountName: string | null;
  testedAt: string;
  expiresAt: string;
  consumedAt: string | null;
}

function toEvidence(r: Selectable<VerificationEvidenceTable>): Evidence {
  return {
    id: r.id,
    organizationId: r.organization_id,
    provider: r.provider,
    fingerprint: r.credentials_fingerprint,
    suggestedName: r.suggested_name,
    accountName: r.account_name,
    testedAt: r.tested_at,
    expiresAt: r.expires_at,
    consumedAt: r.consumed_at,
  };
}

export function evidenceRepository(db: Kysely<Database>) {
  return {
    async insert(e: Omit<Evidence, 'consumedAt'>): Promise<void> {
      await db
        .insertInto('verification_evidence')
        .values({
          id: e.id,
          organization_id: e.organizationId,
          provider: e.provider,
          credentials_fingerprint: e.fingerprint,
          suggested_name: e.suggestedName,
          account_name: e.accountName,
          tested_at: e.testedAt,
          expires_at: e.expiresAt,
          created_at: e.testedAt,
        })
        .execute();
    },
    /** Evidence of this organization only: another organization's id reads as missing. */
    async find(organizationId: number, id: string): Promise<Evidence | undefined> {
      const row = await db
        .selectFrom('verification_evidence')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toEvidence(row);
    },
    /**
     * The single-use guarantee: an atomic compare-and-set. Exactly one of any number of racing
     * callers sees `true`; call it inside the transaction that writes what the evidence allows.
     */
    async consume(organizationId: number, id: string, now: string): Promise<boolean> {
      const res = await db
        .updateTable('verification_evidence')
        .set({ consumed_at: now })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .where('consumed_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    /** Drops evidence that expired over a day ago. */
    async purgeExpired(before: string): Promise<void> {
      await db.deleteFrom('verification_evidence').where('expires_at', '<', before).execute();
    },
  };
}
