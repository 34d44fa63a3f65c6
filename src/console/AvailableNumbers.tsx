import { useQuery } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { apiError, requestFailure } from './api';
import { capabilitiesText, importStateText } from './format';
import type { Capability } from './generated/graphql';
import { ImportOutcome } from './ImportResults';
import { useLive } from './live';
import { ManualNumbers } from './ManualNumbers';
import { AvailableNumbersQuery } from './operations';
import { usePermissions } from './permissions';
import { useImport } from './useImport';

const CAPABILITIES: [Capability, string][] = [
  ['VOICE', 'Voice'],
  ['SMS', 'SMS'],
  ['MMS', 'MMS'],
];

/** Waits for typing to pause before a filter reaches the provider. */
function useSettled(value: string, ms = 300): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

/**
 * The numbers the provider account holds, read live through the connection, to pick and import.
 * A key that may not import (numbers:write) sees the list without the picking.
 */
export function AvailableNumbers({ connectionId }: { connectionId: string }) {
  const { can, notice } = usePermissions();
  const canImport = can('importNumbers');
  const [search, setSearch] = useState('');
  const [country, setCountry] = useState('');
  const [capability, setCapability] = useState<Capability | ''>('');
  const contains = useSettled(search.trim());
  const countryCode = useSettled(country.trim().toUpperCase());
  // Forward-only cursors: the stack of `after` values that led to this page.
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const [selected, setSelected] = useState<string[]>([]);
  const { importing, report, failure, importNumbers } = useImport(connectionId);

  useEffect(() => {
    setPages([null]);
    setSelected([]);
  }, [contains, countryCode, capability, connectionId]);

  const [result, reexecute] = useQuery({
    query: AvailableNumbersQuery,
    variables: { id: connectionId, after: pages[pages.length - 1], contains: contains || undefined, country: countryCode || undefined, capability: capability || undefined },
  });
  useLive('resync', () => reexecute());

  const list = result.data?.connection?.availableNumbers;
  const err = list && apiError(list);
  // A SIP trunk lists nothing: its section is only the import form.
  if (err?.code === 'no_provider_inventory') return canImport ? <ManualNumbers connectionId={connectionId} /> : <p class="hint">{notice('importNumbers')}</p>;

  const page = list?.__typename === 'AvailableNumberList' ? list : undefined;
  const rows = page?.edges.map((e) => e.node) ?? [];
  const selectable = rows.filter((n) => n.importState === 'AVAILABLE').map((n) => n.phoneNumber);
  const allSelected = selectable.length > 0 && selectable.every((n) => selected.includes(n));
  const toggle = (number: string, on: boolean) => setSelected((s) => (on ? [...s.filter((x) => x !== number), number] : s.filter((x) => x !== number)));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (selected.length === 0) return;
    if (await importNumbers(selected)) {
      setSelected([]);
      reexecute();
    }
  };

  return (
    <section class="available" aria-labelledby="available-heading">
      <h3 id="available-heading">Available numbers</h3>
      <div class="filters" role="search" aria-label="Filter available numbers">
        <div class="field">
          <label for="number-search">Search numbers</label>
          <input id="number-search" type="search" inputMode="tel" value={search} placeholder="415" onInput={(e) => setSearch((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="number-country">Country</label>
          <input id="number-country" type="text" maxLength={2} autocomplete="off" placeholder="US" value={country} onInput={(e) => setCountry((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="number-capability">Capability</label>
          <select id="number-capability" value={capability} onChange={(e) => setCapability((e.currentTarget as HTMLSelectElement).value as Capability | '')}>
            <option value="">Any</option>
            {CAPABILITIES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {result.error && (
        <p role="alert" class="error">
          {requestFailure(result.error)}
        </p>
      )}
      {err && (
        <div role="alert" class="error">
          <p>{err.message}</p>
          <button type="button" onClick={() => reexecute()}>
            Try again
          </button>
        </div>
      )}
      {result.fetching && <p role="status">Reading the provider account…</p>}
      <form onSubmit={submit}>
        {page && (
          <div class="table-wrap">
            <table aria-label="Available numbers">
              <thead>
                <tr>
                  {canImport && (
                    <th scope="col">
                      <input type="checkbox" aria-label="Select all on this page" checked={allSelected} disabled={selectable.length === 0} onChange={(e) => setSelected((e.currentTarget as HTMLInputElement).checked ? [...new Set([...selected, ...selectable])] : selected.filter((n) => !selectable.includes(n)))} />
                    </th>
                  )}
                  <th scope="col">Number</th>
                  <th scope="col">Name</th>
                  <th scope="col">Country</th>
                  <th scope="col">Capabilities</th>
                  <th scope="col">State</th>
                </tr>
              </thead>
              <tbody>
                {rows.length === 0 && (
                  <tr>
                    <td colSpan={canImport ? 6 : 5}>No numbers match.</td>
                  </tr>
                )}
                {rows.map((n) => (
                  <tr key={n.phoneNumber} class={n.importState === 'AVAILABLE' ? '' : 'imported'}>
                    {canImport && (
                      <td>
                        <input type="checkbox" aria-label={n.phoneNumber} checked={selected.includes(n.phoneNumber)} disabled={n.importState !== 'AVAILABLE'} onChange={(e) => toggle(n.phoneNumber, (e.currentTarget as HTMLInputElement).checked)} />
                      </td>
                    )}
                    <td>{n.phoneNumber}</td>
                    <td>{n.friendlyName}</td>
                    <td>{n.country ?? ''}</td>
                    <td>{capabilitiesText(n.capabilities)}</td>
                    <td>{importStateText[n.importState]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div class="actions">
          <button type="button" disabled={pages.length < 2} onClick={() => setPages((p) => p.slice(0, -1))}>
            Previous page
          </button>
          <button type="button" disabled={!page?.pageInfo.hasNextPage} onClick={() => setPages((p) => [...p, page!.pageInfo.endCursor ?? null])}>
            Next page
          </button>
          {canImport && (
            <>
              <button type="submit" class="primary" disabled={selected.length === 0 || importing}>
                {importing ? 'Importing…' : 'Import selected'}
              </button>
              <span class="hint" aria-live="polite">
                {selected.length} selected
              </span>
            </>
          )}
        </div>
      </form>
      <ImportOutcome failure={failure} report={report} />
    </section>
  );
}
