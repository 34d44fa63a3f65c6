import type { LegStatus, LegStatusEvent } from './calls';
import { telnyxDCode } from './call-refusals';

/**
 * The providers' asynchronous call status events, read into one LegStatusEvent each (issue 24).
 * The ingress calls these after checking the request's signature (src/providers/webhooks/*);
 * they only read fields. Each returns null for an event that says nothing about a leg's status
 * (an unknown status, a cost report, a field missing).
 */

/** Twilio CallStatus (calls.md §1.3–1.4; the `answered` event arrives as in-progress). */
const TWILIO_STATUS: Record<string, LegStatus> = {
  queued: 'placed',
  initiated: 'placed',
  ringing: 'ringing',
  'in-progress': 'answered',
  completed: 'completed',
  busy: 'busy',
  failed: 'failed',
  'no-answer': 'no_answer',
  canceled: 'canceled',
};

function compatStatusEvent(params: URLSearchParams, sipCodeField: string): LegStatusEvent | null {
  const providerCallId = params.get('CallSid');
  const providerStatus = params.get('CallStatus');
  const status = providerStatus ? TWILIO_STATUS[providerStatus] : undefined;
  if (!providerCallId || !providerStatus || !status) return null;
  const sequence = Number(params.get('SequenceNumber') ?? NaN);
  return {
    providerCallId,
    status,
    providerStatus,
    carrierCode: nonEmpty(params.get(sipCodeField)),
    sequence: Number.isInteger(sequence) && sequence >= 0 ? sequence : null,
  };
}

/** A Twilio StatusCallback (form or query): CallSid, CallStatus, SequenceNumber, SipResponseCode. */
export function twilioStatusEvent(params: URLSearchParams): LegStatusEvent | null {
  return compatStatusEvent(params, 'SipResponseCode');
}

/**
 * A SignalWire StatusCallback: Twilio's names, with the SIP code as SipResultCode (calls.md §2.3).
 * Its definition declares a JSON body while the wire is likely form: a JSON body's fields can be
 * passed as `new URLSearchParams(Object.entries(body))`.
 */
export function signalwireStatusEvent(params: URLSearchParams): LegStatusEvent | null {
  const event = compatStatusEvent(params, 'SipResultCode');
  if (event && event.carrierCode === null) event.carrierCode = nonEmpty(params.get('SipResponseCode'));
  return event;
}

/** Telnyx `call.hangup` hangup_cause (calls.md §3.4). */
const TELNYX_HANGUP: Record<string, LegStatus> = {
  user_busy: 'busy',
  call_rejected: 'rejected',
  timeout: 'no_answer',
  no_answer: 'no_answer',
  originator_cancel: 'canceled',
  normal_clearing: 'completed',
  time_limit: 'completed',
  not_found: 'failed',
  unspecified: 'failed',
};

/** A SIP final status, where Telnyx's hangup_cause says nothing more precise. */
function sipStatus(code: string | null): LegStatus | null {
  if (!code || !/^\d{3}$/.test(code)) return null;
  if (code === '486' || code === '600') return 'busy';
  if (code === '603') return 'rejected';
  if (code === '408' || code === '480') return 'no_answer';
  if (code === '487') return 'canceled';
  return Number(code) >= 400 ? 'failed' : null;
}

/**
 * A Telnyx Call Control webhook (API v2): `{data: {event_type, payload: {call_control_id, …}}}`.
 * call.initiated → placed, call.answered → answered, call.hangup → its cause. Call Control has
 * no ringing event. A D-code anywhere in the hangup's cause fields is the carrier code (a refusal
 * delivered late); otherwise sip_hangup_cause, unless `unspecified`.
 */
export function telnyxStatusEvent(json: unknown): LegStatusEvent | null {
  const data = record(record(json)?.data);
  const eventType = str(data?.event_type);
  const payload = record(data?.payload);
  const providerCallId = str(payload?.call_control_id);
  if (!eventType || !payload || !providerCallId) return null;
  if (eventType === 'call.initiated') return { providerCallId, status: 'placed', providerStatus: eventType, carrierCode: null, sequence: null };
  if (eventType === 'call.answered') return { providerCallId, status: 'answered', providerStatus: eventType, carrierCode: null, sequence: null };
  if (eventType !== 'call.hangup') return null;
  const cause = str(payload.hangup_cause) ?? 'unspecified';
  const sip = nonEmpty(str(payload.sip_hangup_cause));
  const sipCode = sip === 'unspecified' ? null : sip;
  const dCode = telnyxDCode([payload.hangup_cause_detail, payload.sip_hangup_cause, payload.hangup_cause].map((v) => str(v) ?? '').join(' '));
  const byCause = TELNYX_HANGUP[cause];
  const status = byCause && byCause !== 'failed' ? byCause : (sipStatus(sipCode) ?? byCause ?? 'failed');
  return { providerCallId, status, providerStatus: cause, carrierCode: dCode ?? sipCode, sequence: null };
}

/** The leg id Trunkline put in a Telnyx call's client_state (base64), or null. */
export function telnyxLegIdOf(json: unknown): string | null {
  const state = str(record(record(record(json)?.data)?.payload)?.client_state);
  if (!state) return null;
  const decoded = Buffer.from(state, 'base64').toString('utf8');
  // Only what telnyxClientState could have made: printable, and the same when encoded back.
  return /^[\x21-\x7e]{1,128}$/.test(decoded) && telnyxClientState(decoded) === state ? decoded : null;
}

/** How a leg id rides in Telnyx's client_state: base64, as the definition requires. */
export const telnyxClientState = (legId: string) => Buffer.from(legId, 'utf8').toString('base64');

/** Vonage event `status` (calls.md §4.4). machine/human are answering-machine verdicts: not a leg status. */
const VONAGE_STATUS: Record<string, LegStatus> = {
  started: 'placed',
  ringing: 'ringing',
  answered: 'answered',
  busy: 'busy',
  cancelled: 'canceled',
  unanswered: 'no_answer',
  timeout: 'no_answer',
  rejected: 'rejected',
  failed: 'failed',
  disconnected: 'completed',
  completed: 'completed',
};

/**
 * A Vonage Voice event (JSON to event_url): uuid, status. Vonage documents no SIP code for these
 * events; a short `detail` token, where one is sent (`restricted`, `cannot_route`), is kept as the
 * carrier code.
 */
export function vonageStatusEvent(json: unknown): LegStatusEvent | null {
  const body = record(json);
  const providerCallId = str(body?.uuid);
  const providerStatus = str(body?.status);
  const status = providerStatus ? VONAGE_STATUS[providerStatus] : undefined;
  if (!providerCallId || !providerStatus || !status) return null;
  const detail = str(body?.detail);
  return { providerCallId, status, providerStatus, carrierCode: detail && /^[a-z_]{1,40}$/.test(detail) ? detail : null, sequence: null };
}

const record = (v: unknown): Record<string, unknown> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const nonEmpty = (v: string | null): string | null => (v && v.trim() !== '' ? v.trim() : null);
