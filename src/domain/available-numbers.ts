import { phoneNumbersRepository } from '../db/repositories/phone-numbers';
import type { CallOptions } from '../providers/http-client';
import type { ProviderNumber } from '../providers/types';
import type { Deps, Principal } from './deps';
import { ConflictError, ValidationError } from './errors';
import { usableConnection, withStoredCredentials } from './provider-calls';

export type ImportState = 'available' | 'imported_here' | 'in_other_org';

export interface AvailableNumber extends ProviderNumber {
  importState: ImportState;
}

export interface AvailableNumbersFilter {
  /** Digits the number contains. */
  contains?: string | null;
  /** ISO 3166 alpha-2. */
  country?: string | null;
  capability?: 'voice' | 'sms' | 'mms' | null;
  /** Also list numbers already held (by this or another organization), with their importState. */
  includeImported?: boolean | null;
}

/** Provider inventories already read during one request, by connection id. */
export type ListingMemo = Map<number, Promise<ProviderNumber[]>>;

export interface AvailableNumbersPage {
  items: AvailableNumber[];
  hasNextPage: boolean;
}

/**
 * The numbers a connection's provider account holds, read live through the adapter (following
 * the provider's paging), minus those already held by any organization unless asked for.
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
  if (filter.country && !/^[A-Za-z]{2}$/.test(filter.country)) throw new ValidationError([{ path: 'country', message: 'must be an ISO 3166 alpha-2 code' }]);
  if (filter.contains && !/^\+?\d{1,15}$/.test(filter.contains)) throw new ValidationError([{ path: 'contains', message: 'must be digits' }]);
  const { record, parsed } = await usableConnection(deps, principal, connectionId);
  if (record.provider === 'manual') {
    throw new ConflictError('no_provider_inventory', 'A SIP trunk has no number inventory: import its numbers by listing them.');
  }
  // One request reads a provider inventory once, however many pages or aliases it asks for.
  let listing = opts?.listings?.get(connectionId);
  if (!listing) {
    listing = withStoredCredentials(deps, record, () => parsed.adapter.listNumbers(parsed.credentials, parsed.sipConfig, opts));
    opts?.listings?.set(connectionId, listing);
  }
  const numbers = await listing;

  const contains = filter.contains?.replace('+', '');
  const country = filter.country?.toUpperCase();
  const matching = numbers
    .filter((n) => (!contains || n.phoneNumber.includes(contains)) && (!country || n.country === country) && (!filter.capability || n.capabilities[filter.capability]))
    .sort((a, b) => (a.phoneNumber < b.phoneNumber ? -1 : a.phoneNumber > b.phoneNumber ? 1 : 0));

  const held = new Map((await phoneNumbersRepository(deps.db).holdings(matching.map((n) => n.phoneNumber))).map((h) => [h.number, h.organizationId]));
  const stated = matching
    .map((n): AvailableNumber => {
      const holder = held.get(n.phoneNumber);
      return { ...n, importState: holder === undefined ? 'available' : holder === principal.organizationId ? 'imported_here' : 'in_other_org' };
    })
    .filter((n) => filter.includeImported || n.importState === 'available');

  const start = page.after ? stated.findIndex((n) => n.phoneNumber > page.after!) : 0;
  const items = start < 0 ? [] : stated.slice(start, start + page.first);
  return { items, hasNextPage: start >= 0 && start + page.first < stated.length };
}
