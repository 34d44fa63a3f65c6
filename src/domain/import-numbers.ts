import { phoneNumbersRepository, type NewPhoneNumber, type PhoneNumber } from '../db/repositories/phone-numbers';
import { countryOf, E164 } from '../providers/fields';
import type { CallOptions } from '../providers/http-client';
import { recordAudit } from './audit';
import type { Deps, Principal } from './deps';
import { ValidationError } from './errors';
import { usableConnection, withStoredCredentials } from './provider-calls';
import { connectionChanged, phoneNumberChanged } from './events';

export const MAX_IMPORT = 1000;

export type ImportFailure = 'invalid_number' | 'not_in_account' | 'number_in_other_org';

export interface ImportResult {
  number: string;
  outcome: 'imported' | 'already_imported' | 'failed';
  code: ImportFailure | null;
  phoneNumber: PhoneNumber | null;
}

export interface ImportReport {
  results: ImportResult[];
  imported: number;
  alreadyImported: number;
  failed: number;
}

const FAILED = (number: string, code: ImportFailure): ImportResult => ({ number, outcome: 'failed', code, phoneNumber: null });

/**
 * Imports numbers the connection's provider account holds, one result per distinct number:
 * `imported`, `already_imported` (held here already; nothing is duplicated) or `failed` with a
 * code. The provider listing is read first; the new rows are then written in one short
 * transaction, where the unique index settles any race with another organization.
 */
export async function importNumbers(deps: Deps, principal: Principal, connectionId: number, requested: string[], opts?: CallOptions): Promise<ImportReport> {
  if (requested.length === 0 || requested.length > MAX_IMPORT) {
    throw new ValidationError([{ path: 'numbers', message: `must list 1 to ${MAX_IMPORT} numbers` }]);
  }
  const { record, parsed } = await usableConnection(deps, principal, connectionId);
  const numbers = [...new Set(requested.map((n) => n.trim()))];
  const valid = numbers.filter((n) => E164.test(n));

  // Manual trunks have no inventory: the numbers are whatever the customer declares.
  const inAccount = new Map<string, NewPhoneNumber>();
  if (record.provider === 'manual') {
    for (const n of valid) inAccount.set(n, { number: n, providerNumberId: n, friendlyName: n, country: countryOf(n), capabilities: { voice: true, sms: false, mms: false } });
  } else if (valid.length > 0) {
    const listed = await withStoredCredentials(deps, record, () => parsed.adapter.listNumbers(parsed.credentials, parsed.sipConfig, opts));
    for (const n of listed) {
      inAccount.set(n.phoneNumber, { number: n.phoneNumber, providerNumberId: n.providerNumberId, friendlyName: n.friendlyName, country: n.country, capabilities: n.capabilities });
    }
  }

  const repo = phoneNumbersRepository(deps.db);
  const holders = async (list: string[]) => new Map((await repo.holdings(list)).map((h) => [h.number, h]));
  const heldBefore = await holders(valid);
  const toInsert = valid.filter((n) => inAccount.has(n) && !heldBefore.has(n)).map((n) => inAccount.get(n)!);
  const inserted = new Map(
    (
      await deps.db.transaction().execute(async (trx) => {
        const rows = await phoneNumbersRepository(trx).insertMany(principal.organizationId, connectionId, toInsert, deps.clock.now().toISOString());
        if (rows.length > 0) await recordAudit(trx, deps, principal, 'numbers.imported', { type: 'connection', id: connectionId }, { provider: record.provider, imported: rows.length, requested: numbers.length });
        return rows;
      })
    ).map(
      (p) => [p.number, p],
    ),
  );
  if (inserted.size > 0) {
    connectionChanged(deps, principal.organizationId, connectionId);
    for (const p of inserted.values()) phoneNumberChanged(deps, principal.organizationId, p.id, connectionId);
  }
  // Numbers another request took between our read and our write.
  const lostRace = toInsert.filter((n) => !inserted.has(n.number)).map((n) => n.number);
  const held = lostRace.length > 0 ? new Map([...heldBefore, ...(await holders(lostRace))]) : heldBefore;

  const alreadyMine = [...held.values()].filter((h) => h.organizationId === principal.organizationId).map((h) => h.id);
  const byId = new Map((alreadyMine.length > 0 ? await repo.findMany(principal.organizationId, alreadyMine) : []).map((p) => [p.id, p]));

  const results = numbers.map((n): ImportResult => {
    if (!E164.test(n)) return FAILED(n, 'invalid_number');
    const fresh = inserted.get(n);
    if (fresh) return { number: n, outcome: 'imported', code: null, phoneNumber: fresh };
    const holder = held.get(n);
    if (holder && holder.organizationId === principal.organizationId) return { number: n, outcome: 'already_imported', code: null, phoneNumber: byId.get(holder.id) ?? null };
    if (holder) return FAILED(n, 'number_in_other_org');
    return FAILED(n, 'not_in_account');
  });
  return {
    results,
    imported: results.filter((r) => r.outcome === 'imported').length,
    alreadyImported: results.filter((r) => r.outcome === 'already_imported').length,
    failed: results.filter((r) => r.outcome === 'failed').length,
  };
}
