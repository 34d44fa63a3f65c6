import { useMutation, useQuery } from '@urql/preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { apiError, requestFailure } from './api';
import { numberStatusText, verificationText, when } from './format';
import type { PhoneNumberRowFieldsFragment } from './generated/graphql';
import { LiveContext, useLive } from './live';
import { PhoneNumbersQuery, VerifyPhoneNumberMutation } from './operations';

type Row = PhoneNumberRowFieldsFragment;

/**
 * Applies a change unless the row already shows a later state (a mutation's answer and the live
 * event of the same write can arrive in either order). Numbers that left this connection go.
 */
function applyChange(rows: Row[], n: Row, connectionId: string): Row[] {
  const current = rows.find((r) => r.id === n.id);
  if (current && current.updatedAt > n.updatedAt) return rows;
  if (n.voipConnectionId !== connectionId || n.status === 'RELEASED') return rows.filter((r) => r.id !== n.id);
  return current ? rows.map((r) => (r.id === n.id ? n : r)) : [n, ...rows];
}

/**
 * The connection's phone numbers with their status and verification. Changes arrive live (the
 * phoneNumberUpdated subscription, fanned out by the hub): an import or a verify made in another
 * tab shows here without a reload.
 */
export function PhoneNumbers({ connectionId }: { connectionId: string }) {
  const hub = useContext(LiveContext);
  const [after, setAfter] = useState<string | null>(null);
  const [result, reexecute] = useQuery({ query: PhoneNumbersQuery, variables: { connectionId, after } });
  const [rows, setRows] = useState<Row[] | null>(null);
  const [verifying, setVerifying] = useState<string[]>([]);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [, verify] = useMutation(VerifyPhoneNumberMutation);
  const inFlight = useRef(new Set<string>());
  // Changes that arrive while the first page loads, applied on top of it.
  const early = useRef<Row[]>([]);

  useEffect(() => {
    setRows(null);
    setAfter(null);
  }, [connectionId]);
  useEffect(() => {
    const page = result.data?.phoneNumbers;
    if (!page || result.operation?.variables.connectionId !== connectionId) return;
    const fresh = page.edges.map((e) => e.node);
    setRows((current) => {
      const base = after && current ? [...current.filter((r) => !fresh.some((f) => f.id === r.id)), ...fresh] : fresh;
      const merged = early.current.reduce((rows, n) => applyChange(rows, n, connectionId), base);
      early.current = [];
      return merged;
    });
  }, [result.data]);

  useLive('phoneNumber', (n) => {
    setRows((current) => {
      if (current) return applyChange(current, n, connectionId);
      early.current.push(n);
      return current;
    });
  });
  useLive('resync', () => {
    setAfter(null);
    reexecute();
  });

  const verifyOne = async (row: Row) => {
    if (inFlight.current.has(row.id)) return;
    inFlight.current.add(row.id);
    setVerifying((v) => [...v, row.id]);
    setRowErrors(({ [row.id]: _, ...rest }) => rest);
    const res = await verify({ id: row.id });
    inFlight.current.delete(row.id);
    setVerifying((v) => v.filter((id) => id !== row.id));
    if (res.error || !res.data) return setRowErrors((e) => ({ ...e, [row.id]: requestFailure(res.error!) }));
    const out = res.data.verifyPhoneNumber;
    const err = apiError(out);
    if (err) return setRowErrors((e) => ({ ...e, [row.id]: err.message }));
    if (out.__typename === 'VerifyPhoneNumberPayload') hub.emit('phoneNumber', out.verification.phoneNumber);
  };

  const verifyAll = async () => {
    // One at a time: each verify is a provider call, and the provider budget is per key.
    for (const row of (rows ?? []).filter((r) => r.status !== 'ACTIVE')) await verifyOne(row);
  };

  const pending = (rows ?? []).filter((r) => r.status !== 'ACTIVE').length;
  const page = result.data?.phoneNumbers;

  return (
    <section class="numbers" aria-labelledby="numbers-heading">
      <div class="section-head">
        <h3 id="numbers-heading">Phone numbers</h3>
        <button type="button" onClick={verifyAll} disabled={pending === 0 || verifying.length > 0}>
          Verify all
        </button>
      </div>
      {result.error && (
        <p role="alert" class="error">
          {requestFailure(result.error)}
        </p>
      )}
      {rows === null ? (
        <p role="status">Loading phone numbers…</p>
      ) : rows.length === 0 ? (
        <p>No numbers imported through this connection yet.</p>
      ) : (
        <div class="table-wrap">
          <table aria-label="Phone numbers">
            <thead>
              <tr>
                <th scope="col">Number</th>
                <th scope="col">Status</th>
                <th scope="col">Verification</th>
                <th scope="col">Details</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} aria-label={r.number}>
                  <td>{r.number}</td>
                  <td>
                    <span class={`badge number-${r.status.toLowerCase()}`}>{numberStatusText[r.status]}</span>
                  </td>
                  <td>{verifying.includes(r.id) ? 'Verifying…' : verificationText[r.voipVerificationStatus]}</td>
                  <td class="details">
                    {rowErrors[r.id] ? (
                      <span role="alert" class="error">
                        {rowErrors[r.id]}
                      </span>
                    ) : r.verificationFailures.length > 0 ? (
                      <ul class="failures">
                        {r.verificationFailures.map((f) => (
                          <li key={f.code}>{f.detail}</li>
                        ))}
                      </ul>
                    ) : r.voipLastVerifiedAt ? (
                      `Verified ${when(r.voipLastVerifiedAt)}`
                    ) : (
                      ''
                    )}
                  </td>
                  <td>
                    <button type="button" onClick={() => verifyOne(r)} disabled={verifying.includes(r.id) || r.status === 'RELEASED'} aria-label={`Verify ${r.number}`}>
                      Verify
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page?.pageInfo.hasNextPage && (
        <button type="button" onClick={() => setAfter(page.pageInfo.endCursor ?? null)}>
          Show more numbers
        </button>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {rows && `${rows.length - pending} of ${rows.length} numbers active`}
      </p>
    </section>
  );
}
