import { useMutation, useQuery } from '@urql/preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { apiError, requestFailure } from './api';
import { numberStatusText, verificationText, when } from './format';
import type { PhoneNumberRowFieldsFragment, TestCallFieldsFragment } from './generated/graphql';
import { LiveContext, useLive } from './live';
import { PhoneNumbersQuery, TestCallMutation, VerifyPhoneNumberMutation } from './operations';
import { usePermissions } from './permissions';
import { TestCallTimeline } from './TestCallTimeline';
import { laterTestCall, NO_CALLS, type CallsView } from './testCalls';

type Row = PhoneNumberRowFieldsFragment;

/**
 * Applies a change unless the row already shows a later state (a mutation's answer and the live
 * event of the same write can arrive in either order). Numbers that left this connection go; the
 * organization's whole list (no connection) keeps every number, as its query lists them.
 */
function applyChange(rows: Row[], n: Row, connectionId: string | undefined): Row[] {
  const current = rows.find((r) => r.id === n.id);
  if (current && current.updatedAt > n.updatedAt) return rows;
  if (connectionId !== undefined && (n.voipConnectionId !== connectionId || n.status === 'RELEASED')) return rows.filter((r) => r.id !== n.id);
  return current ? rows.map((r) => (r.id === n.id ? n : r)) : [n, ...rows];
}

/**
 * The connection's phone numbers with their status and verification. Changes arrive live (the
 * phoneNumberUpdated subscription, fanned out by the hub): an import or a verify made in another
 * tab shows here without a reload. Verifying a number, or its Test call, opens its calls below the
 * table: the two real calls' timelines, live (testCallUpdated), then their results.
 * Without a connection: every number of the organization (a key that may read numbers but not
 * connections). Verify and Test call are there only for a key holding verification:call.
 */
export function PhoneNumbers({ connectionId }: { connectionId?: string }) {
  const hub = useContext(LiveContext);
  const { can } = usePermissions();
  const [canVerify, canTestCall] = [can('verifyNumber'), can('testCall')];
  const [after, setAfter] = useState<string | null>(null);
  const [result, reexecute] = useQuery({ query: PhoneNumbersQuery, variables: { connectionId, after } });
  const [rows, setRows] = useState<Row[] | null>(null);
  const [verifying, setVerifying] = useState<string[]>([]);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [, verify] = useMutation(VerifyPhoneNumberMutation);
  const [, placeTestCall] = useMutation(TestCallMutation);
  // The numbers whose calls are shown, in the order they were opened.
  const [calls, setCalls] = useState<Record<string, CallsView>>({});
  const updateCalls = (id: string, change: (view: CallsView) => Partial<CallsView>) => setCalls((all) => ({ ...all, [id]: { ...(all[id] ?? NO_CALLS), ...change(all[id] ?? NO_CALLS) } }));
  const showTestCall = (id: string, t: TestCallFieldsFragment) => updateCalls(id, (v) => ({ testCall: laterTestCall(v.testCall, t) }));
  const hideCalls = (id: string) => setCalls(({ [id]: _, ...rest }) => rest);
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
    // Shown (and so subscribed) before the mutation: its calls' progress arrives while it runs.
    updateCalls(row.id, () => ({ running: 'verify', error: null }));
    const res = await verify({ id: row.id });
    inFlight.current.delete(row.id);
    setVerifying((v) => v.filter((id) => id !== row.id));
    const out = res.data?.verifyPhoneNumber;
    const err = out && apiError(out);
    if (res.error || !out || err || out.__typename !== 'VerifyPhoneNumberPayload') {
      // The verification did not run: its error shows in the row, and no calls were placed.
      setCalls((all) => (all[row.id]?.testCall ? { ...all, [row.id]: { ...all[row.id]!, running: null } } : (({ [row.id]: _, ...rest }) => rest)(all)));
      return setRowErrors((e) => ({ ...e, [row.id]: err ? err.message : res.error ? requestFailure(res.error) : 'Something went wrong: try again.' }));
    }
    const { verification } = out;
    updateCalls(row.id, (v) => ({
      running: null,
      testCall: verification.testCall ? laterTestCall(v.testCall, verification.testCall) : v.testCall,
      checks: { outboundCall: verification.outboundCall, inboundCall: verification.inboundCall },
    }));
    hub.emit('phoneNumber', verification.phoneNumber);
  };

  /** Places the two calls on demand (changes nothing on the number), shown live like a verification's. */
  const testCallOne = async (row: Row) => {
    if (inFlight.current.has(row.id)) return;
    inFlight.current.add(row.id);
    updateCalls(row.id, () => ({ running: 'test', error: null }));
    const res = await placeTestCall({ id: row.id });
    inFlight.current.delete(row.id);
    const out = res.data?.testCall;
    const err = out && apiError(out);
    if (res.error || !out || err || out.__typename !== 'TestCallPayload') {
      return updateCalls(row.id, () => ({ running: null, error: err ? err.message : res.error ? requestFailure(res.error) : 'Something went wrong: try again.' }));
    }
    updateCalls(row.id, (v) => ({ running: null, testCall: laterTestCall(v.testCall, out.testCall) }));
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
        {canVerify && (
          <button type="button" onClick={verifyAll} disabled={pending === 0 || verifying.length > 0}>
            Verify all
          </button>
        )}
      </div>
      {result.error && (
        <p role="alert" class="error">
          {requestFailure(result.error)}
        </p>
      )}
      {rows === null ? (
        <p role="status">Loading phone numbers…</p>
      ) : rows.length === 0 ? (
        <p>{connectionId ? 'No numbers imported through this connection yet.' : 'No numbers imported yet.'}</p>
      ) : (
        <div class="table-wrap">
          <table aria-label="Phone numbers">
            <thead>
              <tr>
                <th scope="col">Number</th>
                <th scope="col">Status</th>
                <th scope="col">Verification</th>
                <th scope="col">Details</th>
                {(canVerify || canTestCall) && (
                  <th scope="col">
                    <span class="visually-hidden">Actions</span>
                  </th>
                )}
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
                  {(canVerify || canTestCall) && (
                    <td class="row-actions">
                      {canVerify && (
                        <button type="button" onClick={() => verifyOne(r)} disabled={verifying.includes(r.id) || calls[r.id]?.running != null || r.status === 'RELEASED'} aria-label={`Verify ${r.number}`}>
                          Verify
                        </button>
                      )}
                      {canTestCall && r.status === 'ACTIVE' && (
                        <button type="button" onClick={() => testCallOne(r)} disabled={calls[r.id]?.running != null} aria-label={`Test call ${r.number}`}>
                          Test call
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(rows ?? [])
        .filter((r) => calls[r.id])
        .map((r) => (
          <TestCallTimeline key={r.id} phoneNumberId={r.id} number={r.number} view={calls[r.id]!} onTestCall={(t) => showTestCall(r.id, t)} onHide={() => hideCalls(r.id)} />
        ))}
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
