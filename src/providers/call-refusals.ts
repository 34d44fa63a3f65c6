import { CallRefusedError } from './calls';
import { ProviderUnavailableError } from '../kernel/errors';

/**
 * Why a provider refused to place a test call, in our own stable codes (issue 24), each with a
 * sentence safe to show and what to change. The providers' own codes map onto them below; the
 * provider's code travels beside ours as `carrierCode`. Nothing here ever quotes a provider body.
 */
const CATALOG = {
  caller_id_not_allowed: {
    detail: 'The provider does not accept this number as the caller ID of a call from this account.',
    fix: 'Place calls from a number this account owns (or has verified as a caller ID), and check it is not being ported or restricted.',
  },
  destination_not_permitted: {
    detail: 'The account is not permitted to call this destination (country or number range).',
    fix: 'Allow the destination country in the account’s geographic permissions (Telnyx: the outbound voice profile’s whitelisted destinations).',
  },
  self_call_refused: {
    detail: 'The provider refuses a call from a number to itself.',
    fix: 'Test with two different numbers.',
  },
  trial_destination_unverified: {
    detail: 'A trial account may only call numbers verified on it.',
    fix: 'Verify the destination number on the account, or upgrade it from trial.',
  },
  call_blocked: {
    detail: 'The provider blocked the call (fraud protection or a regulatory rule).',
    fix: 'Check the account’s compliance profile and the provider’s blocked-destination notices.',
  },
  no_outbound_profile: {
    detail: 'The account has no outbound voice profile that allows this call.',
    fix: 'Assign an outbound voice profile to the connection in Telnyx, then set up calling again.',
  },
  account_disabled: {
    detail: 'The account, its connection or its outbound profile is disabled for calling.',
    fix: 'Enable the account, connection and outbound voice profile at the provider.',
  },
  concurrency_limited: {
    detail: 'The account is at its limit of concurrent calls or call rate.',
    fix: 'Wait for calls in progress to end, or raise the account’s channel limits at the provider.',
  },
  rate_limited: {
    detail: 'The provider is throttling new calls from this account.',
    fix: 'Try again in a moment.',
  },
  invalid_number: {
    detail: 'The provider says the caller or called number is not a valid phone number.',
    fix: 'Check both numbers are complete E.164 numbers (+ and country code).',
  },
  calling_not_prepared: {
    detail: 'What placing calls needs at the provider is missing or no longer valid (Telnyx Call Control application, Vonage application key).',
    fix: 'Set up calling for the connection again.',
  },
  call_refused: {
    detail: 'The provider refused to place the call.',
    fix: 'Check the call in the provider’s console or logs, by the carrier code shown.',
  },
} as const satisfies Record<string, { detail: string; fix: string }>;

export type RefusalCode = keyof typeof CATALOG;
export const REFUSAL_CODES = Object.keys(CATALOG) as RefusalCode[];

export function refusal(code: RefusalCode, carrierCode: string | null, detail?: string): CallRefusedError {
  return new CallRefusedError(code, carrierCode, detail ?? CATALOG[code].detail, CATALOG[code].fix);
}

/**
 * Twilio's REST error codes at call creation (calls.md §1.2); SignalWire's Compatibility API uses
 * the same numbers (§2.1). Anything else is a plain `call_refused` with the code beside it.
 */
const COMPAT_CODES: Record<string, RefusalCode> = {
  '21210': 'caller_id_not_allowed',
  '21212': 'invalid_number',
  '21213': 'invalid_number',
  '21201': 'invalid_number',
  '21211': 'invalid_number',
  '21217': 'invalid_number',
  '21214': 'invalid_number',
  '21215': 'destination_not_permitted',
  '21216': 'call_blocked',
  '21219': 'trial_destination_unverified',
  '20429': 'rate_limited',
};

export function compatRefusal(provider: string, code: string | null, status: number): CallRefusedError {
  const ours = code ? COMPAT_CODES[code] : undefined;
  return ours
    ? refusal(ours, code)
    : refusal('call_refused', code ?? String(status), `${provider} refused to place the call (HTTP ${status}${code ? `, error ${code}` : ''}).`);
}

/**
 * Telnyx D-codes (SIP reason text of a refusal; calls.md §3.2), which may come back in a
 * synchronous error's detail or, later, in a hangup.
 */
const TELNYX_D_CODES: Record<string, RefusalCode> = {
  D35: 'caller_id_not_allowed',
  D36: 'caller_id_not_allowed',
  D51: 'caller_id_not_allowed',
  D54: 'caller_id_not_allowed',
  D63: 'caller_id_not_allowed',
  D64: 'caller_id_not_allowed',
  D13: 'destination_not_permitted',
  D41: 'destination_not_permitted',
  D58: 'destination_not_permitted',
  D53: 'self_call_refused',
  D60: 'trial_destination_unverified',
  D38: 'no_outbound_profile',
  D7: 'no_outbound_profile',
  D15: 'account_disabled',
  D16: 'account_disabled',
  D17: 'account_disabled',
  D1: 'concurrency_limited',
  D2: 'concurrency_limited',
  D3: 'concurrency_limited',
  D22: 'concurrency_limited',
  D24: 'concurrency_limited',
};

/** Telnyx's own error codes at dial time (calls.md §3.2). */
const TELNYX_CODES: Record<string, RefusalCode> = {
  '10016': 'invalid_number',
  '10015': 'calling_not_prepared',
  '90103': 'rate_limited',
};

/** The first D-code in a piece of provider text (`403 Forbidden D53 origin same as destination`). */
export function telnyxDCode(text: string | null | undefined): string | null {
  return /\b(D\d{1,3})\b/.exec(text ?? '')?.[1] ?? null;
}

export function telnyxDCodeRefusal(dCode: string): RefusalCode {
  return TELNYX_D_CODES[dCode] ?? 'call_refused';
}

export function telnyxRefusal(errors: { code?: string | null; detail?: string | null; title?: string | null }[], status: number): CallRefusedError {
  for (const e of errors) {
    const d = telnyxDCode(e.detail) ?? telnyxDCode(e.title);
    if (d) return TELNYX_D_CODES[d] ? refusal(TELNYX_D_CODES[d], d) : refusal('call_refused', d, `Telnyx refused to place the call (${d}).`);
  }
  for (const e of errors) {
    const ours = e.code ? TELNYX_CODES[e.code] : undefined;
    if (ours) return refusal(ours, e.code!);
  }
  const code = errors.find((e) => e.code)?.code ?? null;
  return refusal('call_refused', code ?? String(status), `Telnyx refused to place the call (HTTP ${status}${code ? `, error ${code}` : ''}).`);
}

/**
 * A 429 on a call creation: the HTTP client does not retry writes and reports them as
 * unavailable, "rate limited". It drops the body, so the provider's own code (Twilio 20429,
 * Telnyx 90103) is not known here: the carrier code is the HTTP status.
 */
export async function refusingRateLimits<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (err) {
    if (err instanceof ProviderUnavailableError && err.reason === 'rate limited') throw refusal('rate_limited', '429');
    throw err;
  }
}
