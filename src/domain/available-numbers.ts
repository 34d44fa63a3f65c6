import type { ConnectionRecord } from '../db/repositories/connections';
import { phoneNumbersRepository } from '../db/repositories/phone-numbers';
import type { CallOptions } from '../providers/http-client';
import type { ProviderNumber } from '../providers/types';
import type { ParsedCredentials } from './credentials';
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

/** A provider inventory in E.164 order, with the organization holding each held number. */
interface Inventory {
  numbers: ProviderNumber[];
  holders: Map<string, number>;
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
  // One request reads a provider inventory, and who holds its numbers, once, however many pages
  // or aliases it asks for.
  let inventory = opts?.listings?.get(connectionId);
  if (!inventory) {
    inventory = readInventory(deps, record, parsed, opts);
    opts?.listings?.set(connectionId, inventory);
  }
  const { numbers, holders } = await inventory;

  const contains = filter.contains?.replace('+', '');
  const country = filter.country?.toUpperCase();
  const stated: AvailableNumber[] = [];
  for (const n of numbers) {
    if ((contains && !n.phoneNumber.includes(contains)) || (country && n.country !== country) || (filter.capability && !n.capabilities[filter.capability])) continue;
    const holder = holders.get(n.phoneNumber);
    const importState = holder === undefined ? 'available' : holder === principal.organizationId ? 'imported_here' : 'in_other_org';
    if (filter.includeImported || importState === 'available') stated.push({ ...n, importState });
  }

  const start = page.after ? stated.findIndex((n) => n.phoneNumber > page.after!) : 0;
  const items = start < 0 ? [] : stated.slice(start, start + page.first);
  return { items, hasNextPage: start >= 0 && start + page.first < stated.length, total: stated.length };
}

async function readInventory(deps: Deps, record: ConnectionRecord, parsed: ParsedCredentials, opts?: CallOptions): Promise<Inventory> {
  const listed = await withStoredCredentials(deps, record, () => parsed.adapter.listNumbers(parsed.credentials, parsed.sipConfig, opts));
  const numbers = [...listed].sort((a, b) => (a.phoneNumber < b.phoneNumber ? -1 : a.phoneNumber > b.phoneNumber ? 1 : 0));
  const held = await phoneNumbersRepository(deps.db).holdings(numbers.map((n) => n.phoneNumber));
  return { numbers, holders: new Map(held.map((h) => [h.number, h.organizationId])) };
}
