import { checked, CountryCode, NumberSearch } from './input-rules';
import { checkLinkMayListNumbers } from './connect-links';
import type { ConnectionRecord } from '../db/repositories/connections';
import { phoneNumbersRepository } from '../db/repositories/phone-numbers';
import type { CallOptions } from '../providers/http-client';
import type { ProviderNumber } from '../providers/types';
import type { ParsedCredentials } from './credentials';
import type { Deps, Principal } from './deps';
import { ConflictError } from './errors';
import { usableConnection, withStoredCredentials } from './provider-calls';

/**
 * Whether this organization can import a listed number. There is no "held by another
 * organization": a number another organization has proven is left out of the list, as a number
 * the account does not list would be, and its import answers `not_in_account` (see
 * import-numbers.ts). Another organization's declaration (SIP trunk) holds nothing: the number
 * is `available`.
 */
export type ImportState = 'available' | 'imported_here';

export interface AvailableNumber extends ProviderNumber {
  importState: ImportState;
}

export interface AvailableNumbersFilter {
  /** Digits the number contains. */
  contains?: string | null;
  /** ISO 3166 alpha-2. */
  country?: string | null;
  capability?: 'voice' | 'sms' | 'mms' | null;
  /** Also list the numbers this organization holds already, with their importState. */
  includeImported?: boolean | null;
}

/** A provider inventory in E.164 order (numbers proven by other organizations left out), with those held here. */
interface Inventory {
  numbers: ProviderNumber[];
  heldHere: Set<string>;
}

/** Inventories already read during one request, by connection id. */
export type ListingMemo = Map<number, Promise<Inventory>>;

export interface AvailableNumbersPage {
  items: AvailableNumber[];
  hasNextPage: boolean;
  /** How many numbers match the filter, over all pages. */
  total: number;
}

/**
 * The numbers a connection's provider account holds, read live through the adapter (following
 * the provider's paging), minus those this organization holds already unless asked for, and
 * always minus those another organization has proven (as if the account did not list them).
 * Pages are keyed by the number itself, in E.164 order.
 */
export async function listAvailableNumbers(
  deps: Deps,
  principal: Principal,
  connectionId: number,
  filter: AvailableNumbersFilter,
  page: { first: number; after?: string | null },
  opts?: CallOptions & { listings?: ListingMemo },
): Promise<AvailableNumbersPage> {
  checkLinkMayListNumbers(principal, connectionId);
  if (filter.country) checked(CountryCode, filter.country, 'country');
  if (filter.contains) checked(NumberSearch, filter.contains, 'contains');
  const { record, parsed } = await usableConnection(deps, principal, connectionId);
  if (record.provider === 'manual') {
    throw new ConflictError('no_provider_inventory', 'A SIP trunk has no number inventory: import its numbers by listing them.');
  }
  // One request reads a provider inventory, and who holds its numbers, once, however many pages
  // or aliases it asks for.
  let inventory = opts?.listings?.get(connectionId);
  if (!inventory) {
    inventory = readInventory(deps, principal, record, parsed, opts);
    opts?.listings?.set(connectionId, inventory);
  }
  const { numbers, heldHere } = await inventory;

  const contains = filter.contains?.replace('+', '');
  const country = filter.country?.toUpperCase();
  const stated: AvailableNumber[] = [];
  for (const n of numbers) {
    if ((contains && !n.phoneNumber.includes(contains)) || (country && n.country !== country) || (filter.capability && !n.capabilities[filter.capability])) continue;
    const importState = heldHere.has(n.phoneNumber) ? 'imported_here' : 'available';
    if (filter.includeImported || importState === 'available') stated.push({ ...n, importState });
  }

  const start = page.after ? stated.findIndex((n) => n.phoneNumber > page.after!) : 0;
  const items = start < 0 ? [] : stated.slice(start, start + page.first);
  return { items, hasNextPage: start >= 0 && start + page.first < stated.length, total: stated.length };
}

async function readInventory(deps: Deps, principal: Principal, record: ConnectionRecord, parsed: ParsedCredentials, opts?: CallOptions): Promise<Inventory> {
  const listed = await withStoredCredentials(deps, record, () => parsed.adapter.listNumbers(parsed.credentials, parsed.sipConfig, opts));
  const sorted = [...listed].sort((a, b) => (a.phoneNumber < b.phoneNumber ? -1 : a.phoneNumber > b.phoneNumber ? 1 : 0));
  const heldHere = new Set<string>();
  const provenElsewhere = new Set<string>();
  for (const h of await phoneNumbersRepository(deps.db).holdings(principal.organizationId, sorted.map((n) => n.phoneNumber))) {
    (h.organizationId === principal.organizationId ? heldHere : provenElsewhere).add(h.number);
  }
  // A number this organization holds is shown as its own even if another organization proved it too (it declared it).
  return { numbers: sorted.filter((n) => heldHere.has(n.phoneNumber) || !provenElsewhere.has(n.phoneNumber)), heldHere };
}
