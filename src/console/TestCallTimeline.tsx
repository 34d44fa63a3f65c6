import { checkStatusText, legEventText, legRoleText, legStatusText } from './format';
import type { CallCheckFieldsFragment, TestCallFieldsFragment } from './generated/graphql';
import { useTestCallUpdates, type CallsView } from './testCalls';

type Leg = TestCallFieldsFragment['legs'][number];
type LegEvent = Leg['timeline'][number];

const PURPOSE = { VERIFICATION: 'Verification', TEST: 'Test call' } as const;
// The call from the number first, as the checks below are listed.
const LEG_ORDER = { OUTBOUND: 0, INBOUND: 1 } as const;

/** One sentence for where a number's calls stand, read out as it changes. */
function summary(view: CallsView): string {
  const t = view.testCall;
  if (!t) {
    if (view.running === 'verify') return 'Verifying: placing the calls…';
    if (view.running === 'test') return 'Test call: placing the calls…';
    return view.checks ? 'Verification: no call was placed.' : '';
  }
  const purpose = PURPOSE[t.purpose];
  if (t.status === 'RUNNING') return `${purpose}: calls in progress…`;
  if (t.status === 'ABANDONED') return `${purpose}: interrupted before it finished (Trunkline restarted); run it again.`;
  const checks = [t.outboundCall, t.inboundCall];
  if (checks.every((c) => c.status === 'PASS')) return `${purpose}: both calls passed.`;
  if (checks.some((c) => c.status === 'FAIL')) return `${purpose}: a call failed, see what to fix.`;
  return `${purpose}: finished, not everything could be checked.`;
}

/**
 * A number's test calls, live: each call's timeline as it progresses (placed, the provider's
 * statuses, arrival at Trunkline's ingress, rejected before answer, in milliseconds from the
 * start), then the outbound and inbound results with the carrier's code and what to fix.
 * Subscribed to the number's testCallUpdated for as long as it is shown.
 */
export function TestCallTimeline({ phoneNumberId, number, view, onTestCall, onHide }: { phoneNumberId: string; number: string; view: CallsView; onTestCall: (t: TestCallFieldsFragment) => void; onHide: () => void }) {
  useTestCallUpdates(phoneNumberId, onTestCall);
  const t = view.testCall;
  // The latest test call's own checks; verify-voip's when it placed none.
  const checks = t ? { outboundCall: t.outboundCall, inboundCall: t.inboundCall } : view.checks;
  const headingId = `calls-${phoneNumberId}`;
  return (
    <section class="calls" aria-labelledby={headingId}>
      <div class="section-head">
        <h4 id={headingId}>Calls of {number}</h4>
        <button type="button" class="link" onClick={onHide} disabled={view.running !== null} aria-label={`Hide calls of ${number}`}>
          Hide
        </button>
      </div>
      <p role="status">{summary(view)}</p>
      {view.error && (
        <p role="alert" class="error">
          {view.error}
        </p>
      )}
      {t && t.legs.length > 0 && (
        <div class="legs">
          {[...t.legs].sort((a, b) => LEG_ORDER[a.role] - LEG_ORDER[b.role]).map((leg) => (
            <LegTimeline key={leg.role} leg={leg} />
          ))}
        </div>
      )}
      {checks && (
        <ul class="checks" aria-label={`Call checks of ${number}`}>
          <CallCheckLine label="Outbound call" check={checks.outboundCall} running={t?.status === 'RUNNING'} />
          <CallCheckLine label="Inbound call" check={checks.inboundCall} running={t?.status === 'RUNNING'} />
        </ul>
      )}
    </section>
  );
}

function LegTimeline({ leg }: { leg: Leg }) {
  const name = `${legRoleText[leg.role]} from ${leg.from} to ${leg.to}`;
  return (
    <div class="leg">
      <h5>
        {legRoleText[leg.role]} <span class="leg-route">{leg.from} → {leg.to}</span>
      </h5>
      <ol class="timeline" aria-label={name}>
        {leg.timeline.map((e, i) => (
          <li key={i} class={`event-${e.kind.toLowerCase()}`}>
            <span class="ms">{e.ms} ms</span> {eventText(e)}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** "Ringing (provider: ringing)", "Arrived (over sip-udp)", "Refused by the provider (code 21210)"… */
function eventText(e: LegEvent): string {
  const status = e.status ? legStatusText[e.status] : undefined;
  const what = e.kind === 'STATUS' && status ? status[0]!.toUpperCase() + status.slice(1) : legEventText[e.kind];
  const extras = [e.transport && `over ${e.transport}`, e.providerStatus && e.providerStatus !== status && e.providerStatus !== e.carrierCode && `provider: ${e.providerStatus}`, e.carrierCode && `code ${e.carrierCode}`].filter(Boolean);
  return extras.length ? `${what} (${extras.join(', ')})` : what;
}

function CallCheckLine({ label, check, running }: { label: string; check: CallCheckFieldsFragment; running: boolean }) {
  const shown = running ? 'Running' : checkStatusText[check.status];
  return (
    <li aria-label={`${label}: ${shown}`}>
      <span class="check-name">{label}</span>
      <span class={`badge check-${running ? 'running' : check.status.toLowerCase()}`}>{shown}</span>
      {!running && (
        <span class="check-detail">
          {check.detail}
          {check.carrierCode && !check.detail.includes(check.carrierCode) && (
            <>
              {' '}
              Carrier code <code>{check.carrierCode}</code>.
            </>
          )}
          {check.status === 'FAIL' && check.fix && <span class="fix"> What to fix: {check.fix}</span>}
        </span>
      )}
    </li>
  );
}
