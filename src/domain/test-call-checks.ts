import type { CallChecks, CallLeg, LegEvent, LegRole } from '../db/repositories/test-calls';
import type { LegPlacer } from '../db/repositories/test-calls';
import type { CheckResult, ProviderAdapter, ProviderId } from '../providers/types';

/** Whose account places a leg, opened for the call. */
export interface Placer {
  placedBy: LegPlacer;
  provider: ProviderId;
  adapter: ProviderAdapter;
  credentials: Record<string, unknown>;
  sipConfig: Record<string, unknown>;
  connectionId: number | null;
}

/** A leg as planned: who places it from where to where, or why it cannot be placed. */
export type PlannedLeg = { role: LegRole; placer: Placer; from: string; to: string } | { role: LegRole; notChecked: string };

type Check = CallChecks['outbound_call'];

const CHECK_OF: Record<LegRole, keyof CallChecks> = { outbound: 'outbound_call', inbound: 'inbound_call' };

/**
 * What a carrier's code means for the number, and what to change: the codes a real call reveals
 * (reference/calls.md). Codes not listed keep the generic advice of their role.
 */
const CARRIER_FIXES: Record<string, string> = {
  '21210': 'The provider does not accept this number as caller ID: it must be a number of the account (or a verified caller ID).',
  '21215': "The account's geographic permissions do not allow calls to this destination: enable the country in the provider's voice geo permissions.",
  '21216': 'The provider blocked the call (fraud or regulatory rules): contact its support.',
  '21219': 'Trial accounts may only call verified numbers: upgrade the account.',
  '32204': 'The provider does not accept this number as caller ID on the trunk.',
  D13: "The outbound voice profile does not allow this destination's country: add it to the profile's whitelist.",
  D35: 'The caller ID is not a valid E.164 number for the carrier.',
  D36: 'The caller ID belongs to another Telnyx account.',
  D38: 'The connection has no outbound voice profile: assign one at Telnyx.',
  D51: 'The caller ID is not a verified number of the account.',
  D53: 'Telnyx refuses a call from a number to itself.',
  D60: 'The account level may only call verified numbers: complete the account verification.',
  '403': 'The carrier refused the call (forbidden): check that the number may be used as caller ID on this trunk or account.',
  '404': 'The carrier does not know where to send calls to this number: check its routing at the provider.',
  '484': 'The carrier found the dialled number incomplete: check the number format the trunk expects.',
  '488': 'The carrier refused the media offer (codecs or address).',
  '503': 'The carrier had no route or capacity for the call (or a calls-per-second limit): try again later, or check the trunk.',
};

const ROLE_FIX: Record<LegRole, string> = {
  outbound: 'Check that the number is allowed as caller ID on its provider account and that outbound calling (geo permissions, outbound voice profile, trunk) allows the destination.',
  inbound: "Check the number's voice routing at its provider: verify-voip points it at the platform, and nothing else (a trunk, an application) may take precedence.",
};

const notChecked = (code: string, detail: string): Check => ({ status: 'not_checked' as CheckResult['status'], code, detail, carrierCode: null, fix: null });

function describe(role: LegRole, leg: CallLeg, events: LegEvent[], boundMs: number): Check {
  const refused = events.find((e) => e.kind === 'refused');
  if (refused) {
    const d = refused.detail;
    return { status: 'fail', code: String(d.code ?? 'call_refused'), detail: String(d.detail ?? 'The provider refused to place the call.'), carrierCode: refused.carrierCode, fix: String(d.fix ?? ROLE_FIX[role]) };
  }
  const error = events.find((e) => e.kind === 'error');
  if (error) return { status: 'fail', code: 'call_not_placed', detail: String(error.detail.detail ?? 'The provider did not take the call.'), carrierCode: null, fix: 'Try again later; if it persists, retest the connection.' };
  const arrived = events.find((e) => e.kind === 'arrived');
  if (arrived) {
    const transport = String(arrived.detail.transport ?? 'http');
    return {
      status: 'pass',
      code: 'call_arrived',
      detail: `The call from ${leg.from} to ${leg.to} arrived over ${transport} and was refused before answer: nothing was billed as a connected call.`,
      carrierCode: null,
      fix: null,
    };
  }
  const unauthenticated = events.find((e) => e.kind === 'unauthenticated');
  if (unauthenticated) {
    return notChecked(
      'arrival_unauthenticated',
      `A call from ${leg.from} to ${leg.to} arrived, but its signature could not be checked (${String(unauthenticated.detail.reason ?? 'no signing secret')}): add the provider's webhook signing secret (signing_secret) to the connection's credentials.`,
    );
  }
  const answered = events.find((e) => e.status === 'answered' || e.status === 'completed');
  if (answered) {
    return {
      status: 'fail',
      code: 'answered_elsewhere',
      detail: `The call to ${leg.to} was answered somewhere other than Trunkline's ingress (and hung up at once).`,
      carrierCode: answered.carrierCode,
      fix: role === 'inbound' ? ROLE_FIX.inbound : 'Check the routing of the destination number.',
    };
  }
  // `canceled` is the provider reporting our own cancel at the bound (it may land before the checks): not arrived, not a failure of its own.
  const ended = [...events].reverse().find((e) => e.kind === 'status' && e.status !== null && e.status !== 'placed' && e.status !== 'ringing' && e.status !== 'canceled');
  if (ended) {
    const code = ended.carrierCode;
    const failed = role === 'outbound' ? { code: 'outbound_call_failed' } : { code: 'inbound_call_failed' };
    return {
      status: 'fail',
      ...failed,
      detail: `The call from ${leg.from} to ${leg.to} ended ${ended.status}${code ? ` (carrier code ${code})` : ''} without reaching Trunkline's ingress.`,
      carrierCode: code,
      fix: (code && CARRIER_FIXES[code]) ?? ROLE_FIX[role],
    };
  }
  return {
    status: 'fail',
    code: 'call_not_arrived',
    detail: `The call from ${leg.from} to ${leg.to} did not arrive within ${Math.round(boundMs / 1000)} s and was cancelled.`,
    carrierCode: null,
    fix: ROLE_FIX[role],
  };
}

/** The outbound_call and inbound_call checks of a finished test call. */
export function callChecks(legs: { planned: PlannedLeg; leg: CallLeg | undefined; events: LegEvent[] }[], boundMs: number): CallChecks {
  const checks = {} as CallChecks;
  for (const { planned, leg, events } of legs) {
    checks[CHECK_OF[planned.role]] = 'notChecked' in planned || !leg ? notChecked('not_checked', 'notChecked' in planned ? planned.notChecked : 'Not placed.') : describe(planned.role, leg, events, boundMs);
  }
  return checks;
}
