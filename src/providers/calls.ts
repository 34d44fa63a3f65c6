import type { CallOptions } from './http-client';

/**
 * Test calls: the contract every provider's call placement meets (issue 24). A verification
 * places real, never-answered calls to prove that a number can call out and be called; the
 * providers report how each call went (status events), and Trunkline's ingress sees where each
 * call arrives. Everything here is provider-neutral; each adapter maps its provider's own names.
 */

/** Where a leg is, in one vocabulary for every provider (the provider's own word is kept beside it). */
export type LegStatus =
  | 'placed' // the provider accepted the request (Twilio queued/initiated, Telnyx call.initiated, Vonage started, SIP 100)
  | 'ringing' // the far end is alerted (Twilio ringing, Vonage ringing, SIP 180/183)
  | 'answered' // it was answered: must never happen to our legs (we hang up at once)
  | 'busy' // refused busy (Twilio busy, Telnyx user_busy, Vonage busy, SIP 486/600)
  | 'rejected' // refused (Telnyx call_rejected, Vonage rejected, SIP 603)
  | 'no_answer' // not answered in time (Twilio no-answer, Telnyx timeout/no_answer, Vonage timeout/unanswered, SIP 408/480/487 after our CANCEL)
  | 'failed' // could not be completed as dialled (Twilio failed, Vonage failed, SIP 4xx/5xx other than the above)
  | 'canceled' // cancelled by us before an answer
  | 'completed'; // ended after an answer

/** The statuses after which a leg changes no more. */
export const FINAL_LEG_STATUSES: ReadonlySet<LegStatus> = new Set(['busy', 'rejected', 'no_answer', 'failed', 'canceled', 'completed']);

/** A call to place: from one E.164 number to another, through one provider account. */
export interface CallRequest {
  /** E.164 with +. Must be a number of the placing account (the provider refuses other caller IDs). */
  from: string;
  /** E.164 with +. */
  to: string;
  /** Our id of this leg: carried where the provider echoes something back (Telnyx client_state, the status URL). */
  legId: string;
  /** Where the provider posts this call's status events (our HTTP ingress; the leg id is in it). */
  statusUrl: string;
  /** How long the far end may ring before the provider gives up; we also cancel at our own bound. */
  ringSeconds: number;
  /**
   * For providers that report the call's progress in-process rather than by webhook (a SIP trunk:
   * the INVITE transaction's responses): each progress event as it happens. HTTP providers ignore it.
   */
  onStatus?: (event: LegStatusEvent) => void;
}

/** The provider took the call: its id for it (Twilio CA…, SignalWire UUID, Telnyx call_control_id, Vonage uuid, SIP Call-ID). */
export interface PlacedCall {
  providerCallId: string;
}

/** One progress event of a leg, as the provider reported it. */
export interface LegStatusEvent {
  providerCallId: string;
  status: LegStatus;
  /** The provider's own word for it (Twilio `no-answer`, Telnyx `call.hangup`/`user_busy`, SIP `486`). */
  providerStatus: string;
  /**
   * The carrier's code where there is one: Twilio SipResponseCode (`487`), SignalWire SipResultCode,
   * Telnyx sip_hangup_cause or a D-code (`D53`), a SIP final status (`486`). Null when none.
   */
  carrierCode: string | null;
  /** The provider's sequence number, where it has one (Twilio SequenceNumber): events may arrive out of order. */
  sequence: number | null;
}

/**
 * The provider refused to place the call, synchronously: a caller ID not allowed (Twilio 21210,
 * Telnyx D36/D51, SIP 403), a destination not permitted (Twilio 21215, Telnyx D13), a self-call
 * (Telnyx D53)… `code` is ours (stable, documented in the error catalog), `carrierCode` the
 * provider's, `fix` what the user should change. Never carries a credential or a raw body.
 */
export class CallRefusedError extends Error {
  constructor(
    readonly code: string,
    readonly carrierCode: string | null,
    readonly detail: string,
    readonly fix: string,
  ) {
    super(detail);
  }
}

/**
 * An HTTP request exactly as it reached Trunkline's ingress, for signature checks: the public URL
 * the provider called (scheme, host, port, path and query as configured at the provider), the
 * headers in lower case, and the raw body.
 */
export interface IngressRequest {
  method: string;
  url: string;
  headers: Readonly<Record<string, string | undefined>>;
  rawBody: string;
}

/** A call arriving at Trunkline's ingress: who calls whom, by which way. */
export interface Arrival {
  /** E.164 with +, normalised from whatever the provider sent (Vonage has no +; Telnyx DNIS may be national). */
  from: string;
  to: string;
  /** The arriving call's own id (it never equals the placing leg's id). */
  providerCallId: string;
  transport: 'http' | 'sip-udp' | 'sip-tcp' | 'sip-tls';
}

/**
 * What a provider needs to place calls through a customer's account, set up once per account and
 * recorded on the connection (issue 24): Telnyx a Call Control application with the outbound voice
 * profile, Vonage an application and its private key. `sipConfig` entries are read-only settings
 * shown on the connection; `secrets` are sealed with the credentials and never shown.
 */
export interface CallingSetup {
  sipConfig: Record<string, string>;
  secrets: Record<string, string>;
}

/** The calling half of an adapter. */
export interface CallingAdapter<C = any, S = any> {
  /**
   * Creates (or finds by name) what placing calls needs at the provider; null when nothing is
   * needed (Twilio, SignalWire, SIP trunks). `statusUrl` is where that setup sends call events.
   * Idempotent: run again, it finds what it made.
   */
  prepareCalling?(credentials: C, sipConfig: S, statusUrl: string, opts?: CallOptions): Promise<CallingSetup | null>;
  /** Places the call; throws CallRefusedError when the provider refuses it outright. */
  placeCall(credentials: C, sipConfig: S, call: CallRequest, opts?: CallOptions): Promise<PlacedCall>;
  /** Cancels (before an answer) or hangs up the call. Harmless when it already ended. */
  endCall(credentials: C, sipConfig: S, providerCallId: string, opts?: CallOptions): Promise<void>;
}
