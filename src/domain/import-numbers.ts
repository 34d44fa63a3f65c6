import { phoneNumbersRepository, type Claim, type NewPhoneNumber, type PhoneNumber } from '../db/repositories/phone-numbers';
import { E164 } from '../providers/fields';
import { numberCountry } from './number-country';
import type { CallOptions } from '../providers/http-client';
import { recordAudit } from './audit';
import { recordWebhookEvents } from './webhook-events';
import { phoneNumberImportedEvent } from './webhook-objects';
import type { Deps, Principal } from './deps';
import { usableConnection, withStoredCredentials } from './provider-calls';
import { connectionChanged, phoneNumberChanged } from './events';
import { checked, ImportList } from './input-rules';

/**
 * Why one number was not imported. There is deliberately no code for "another organization holds
 * it": a number proven by another organization answers `not_in_account`, exactly like a number the
 * account does not list, so no answer tells who holds what.
 */
export type ImportFailure = 'invalid_number' | 'not_in_account' | 'number_limit_reached';

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
const byNumber = (a: { number: string }, b: { number: string }) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0);

/**
 * Imports numbers through a connection, one result per distinct number: `imported`,
 * `already_imported` (held here already; nothing is duplicated) or `failed` with a code.
 *
 * How the hold is established depends on the connection. A provider account proves it: its
 * inventory is read first, and only numbers it lists are imported, as `proven`; a number proven by
 * another organization is refused as `not_in_account`, the answer for any number the account
 * does not list. A SIP trunk has no inventory, so its numbers are `declared`: they hold nothing —
 * several organizations may declare one number, and a declaration never blocks a provider-proven
 * import (other organizations' declarations stay as they are, unproven: changing them would tell
 * their organizations that someone proved the number).
 *
 * The new rows are written in one short transaction that first locks the organization's count of
 * numbers: numbers beyond TRUNKLINE_MAX_NUMBERS_PER_ORG fail `number_limit_reached` (those that
 * fit go in, in number order). The unique indexes settle any race with another request.
 */
export async function importNumbers(deps: Deps, principal: Principal, connectionId: number, requested: string[], opts?: CallOptions): Promise<ImportReport> {
  checked(ImportList, requested, 'numbers');
  const { record, parsed } = await usableConnection(deps, principal, connectionId);
  const numbers = [...new Set(requested.map((n) => n.trim()))];
  const valid = numbers.filter((n) => E164.test(n));
  const claim: Claim = record.provider === 'manual' ? 'declared' : 'proven';

  // Manual trunks have no inventory: the numbers are whatever the customer declares.
  const inAccount = new Map<string, NewPhoneNumber>();
  if (claim === 'declared') {
    for (const n of valid) inAccount.set(n, { number: n, providerNumberId: n, friendlyName: n, country: numberCountry(n), capabilities: { voice: true, sms: false, mms: false } });
  } else if (valid.length > 0) {
    const listed = await withStoredCredentials(deps, record, () => parsed.adapter.listNumbers(parsed.credentials, parsed.sipConfig, opts));
    for (const n of listed) {
      inAccount.set(n.phoneNumber, { number: n.phoneNumber, providerNumberId: n.providerNumberId, friendlyName: n.friendlyName, country: n.country, capabilities: n.capabilities });
    }
  }

  const repo = phoneNumbersRepository(deps.db);
  const org = principal.organizationId;
  /** This organization's holds, and the numbers another organization has proven. */
  const holds = async (list: string[]) => {
    const mine = new Map<string, number>();
    const provenElsewhere = new Set<string>();
    for (const h of await repo.holdings(org, list)) {
      if (h.organizationId === org) mine.set(h.number, h.id);
      else provenElsewhere.add(h.number);
    }
    return { mine, provenElsewhere };
  };
  const before = await holds(valid);
  // A declaration never looks at other organizations: it takes nothing from them.
  const toInsert = valid
    .filter((n) => inAccount.has(n) && !before.mine.has(n) && (claim === 'declared' || !before.provenElsewhere.has(n)))
    .map((n) => inAccount.get(n)!)
    .sort(byNumber);
  const overLimit = new Set<string>();
  const inserted = new Map(
    (
      toInsert.length === 0 ? [] : await deps.db.transaction().execute(async (trx) => {
        const tx = phoneNumbersRepository(trx);
        const room = Math.max(0, deps.maxNumbersPerOrg - (await tx.lockNumberCount(org)));
        for (const n of toInsert.slice(room)) overLimit.add(n.number);
        const rows = await tx.insertMany(org, connectionId, toInsert.slice(0, room), claim, deps.clock.now().toISOString());
        if (rows.length > 0) await recordAudit(trx, deps, principal, 'numbers.imported', { type: 'connection', id: connectionId }, { provider: record.provider, imported: rows.length, requested: numbers.length });
        await recordWebhookEvents(trx, deps, org, rows.map(phoneNumberImportedEvent));
        return rows;
      })
    ).map((p) => [p.number, p]),
  );
  if (inserted.size > 0) {
    connectionChanged(deps, org, connectionId);
    for (const p of inserted.values()) phoneNumberChanged(deps, org, p.id, connectionId);
  }
  // Numbers another request took between our read and our write: held here now, or proven elsewhere.
  const lostRace = toInsert.filter((n) => !inserted.has(n.number) && !overLimit.has(n.number)).map((n) => n.number);
  const mine = lostRace.length > 0 ? new Map([...before.mine, ...(await holds(lostRace)).mine]) : before.mine;
  const byId = new Map((mine.size > 0 ? await repo.findMany(org, [...mine.values()]) : []).map((p) => [p.id, p]));

  const results = numbers.map((n): ImportResult => {
    if (!E164.test(n)) return FAILED(n, 'invalid_number');
    const fresh = inserted.get(n);
    if (fresh) return { number: n, outcome: 'imported', code: null, phoneNumber: fresh };
    const id = mine.get(n);
    if (id !== undefined) return { number: n, outcome: 'already_imported', code: null, phoneNumber: byId.get(id) ?? null };
    if (overLimit.has(n)) return FAILED(n, 'number_limit_reached');
    // Not listed by the account, or proven by another organization: one answer for both.
    return FAILED(n, 'not_in_account');
  });
  return {
    results,
    imported: results.filter((r) => r.outcome === 'imported').length,
    alreadyImported: results.filter((r) => r.outcome === 'already_imported').length,
    failed: results.filter((r) => r.outcome === 'failed').length,
  };
}
