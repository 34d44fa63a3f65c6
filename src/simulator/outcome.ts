/**
 * How a call the simulated network delivered ended, in one vocabulary; each provider turns it
 * into its own status names (Twilio busy/no-answer, Telnyx user_busy, Vonage rejected, SIP 486).
 */
export type Outcome =
  | { kind: 'answered' }
  | { kind: 'busy'; sip: number }
  | { kind: 'rejected'; sip: number }
  | { kind: 'no_answer'; sip: number }
  | { kind: 'failed'; sip: number }
  | { kind: 'canceled'; sip: number };

/** Per-number failure modes a test or the demo switches on (issue 24, item 6). */
export type FailureMode = 'inbound_unrouted' | 'caller_id_refused' | 'trunk_forbidden' | 'no_answer';
export const FAILURE_MODES: readonly FailureMode[] = ['inbound_unrouted', 'caller_id_refused', 'trunk_forbidden', 'no_answer'];
