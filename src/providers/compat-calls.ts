import { z } from 'zod';
import type { CallOptions, HttpResponse } from './http-client';
import type { CallRequest, PlacedCall } from './calls';
import { compatRefusal, refusingRateLimits } from './call-refusals';
import { clamp } from './call-urls';
import { parseBody, rejectAuth, type CompatSite } from './compat-api';
import { ProviderUnavailableError } from '../kernel/errors';

/**
 * Calls on the Twilio-shaped API (Twilio, SignalWire's Compatibility API; calls.md §1.1, §2.1):
 * a form POST to …/Calls, a Status update to …/Calls/{Sid} to stop it.
 */

/** Every progress event, so the timeline sees ringing (without it only `completed` is sent). */
const STATUS_EVENTS = ['initiated', 'ringing', 'answered', 'completed'];

/** A form with repeated keys (StatusCallbackEvent, once per value, as the definitions' array fields are sent). */
function repeatedForm(pairs: [string, string][]): URLSearchParams {
  return new URLSearchParams(pairs);
}

/** The error code of a refusal, in either shape SignalWire uses (`{code}` or `{errors: [{code}]}`); Twilio's is `{code}`. */
const errorBody = z.union([
  z.object({ code: z.union([z.number(), z.string()]).transform(String) }),
  z.object({ errors: z.array(z.object({ code: z.union([z.number(), z.string()]).transform(String).nullish() })).min(1) }).transform((b) => ({ code: b.errors[0]!.code ?? null })),
]);
const errorCode = (res: HttpResponse): string | null => {
  const parsed = errorBody.safeParse(res.body);
  return parsed.success ? parsed.data.code : null;
};

const callSchema = z.object({ sid: z.string().min(1), status: z.string().nullish() });

/** What differs between the two providers' creations (both succeed with a 2xx: Twilio 201, SignalWire 200). */
export interface CompatCallStyle {
  /** How the provider learns what to do if the leg is answered: Twilio inline TwiML, SignalWire a URL. */
  instructions(call: CallRequest): [string, string][];
  /** Extra fields the provider's definition has (Twilio's TimeLimit). */
  extra?: [string, string][];
}

export async function placeCompatCall(site: CompatSite, style: CompatCallStyle, call: CallRequest, opts?: CallOptions): Promise<PlacedCall> {
  const form = repeatedForm([
    ['To', call.to],
    ['From', call.from],
    ...style.instructions(call),
    ['Timeout', String(clamp(call.ringSeconds, 1, 600))],
    ['StatusCallback', call.statusUrl],
    ['StatusCallbackMethod', 'POST'],
    ...STATUS_EVENTS.map((e): [string, string] => ['StatusCallbackEvent', e]),
    ...(style.extra ?? []),
  ]);
  const res = await refusingRateLimits(() =>
    site.http(site.provider, { method: 'POST', url: `${site.origin}${site.accountPath}/Calls${site.suffix}`, template: `${site.accountTemplate}/Calls${site.suffix}`, headers: { authorization: site.authorization }, form }, opts),
  );
  if (res.status >= 200 && res.status < 300) return { providerCallId: parseBody(site.provider, callSchema, res).sid };
  rejectAuth(site.provider, res);
  throw compatRefusal(site.provider, errorCode(res), res.status);
}

/** Codes that say the call is already over (or was never there to stop): nothing left to do. */
const ALREADY_ENDED = new Set(['21220', '20404']);

/**
 * Cancels a queued or ringing call (Status=canceled); if the answer shows it was answered
 * meanwhile, hangs it up (Status=completed). Harmless once the call has ended.
 */
export async function endCompatCall(site: CompatSite, providerCallId: string, opts?: CallOptions): Promise<void> {
  const update = (status: 'canceled' | 'completed') =>
    site.http(
      site.provider,
      {
        method: 'POST',
        url: `${site.origin}${site.accountPath}/Calls/${encodeURIComponent(providerCallId)}${site.suffix}`,
        template: `${site.accountTemplate}/Calls/{id}${site.suffix}`,
        headers: { authorization: site.authorization },
        form: { Status: status },
      },
      opts,
    );
  const res = await update('canceled');
  if (res.status >= 200 && res.status < 300) {
    const call = callSchema.safeParse(res.body);
    if (call.success && call.data.status === 'in-progress') settle(site, await update('completed'));
    return;
  }
  rejectAuth(site.provider, res);
  if (ended(res)) return;
  // Refused as a cancel: answered meanwhile, so it is hung up instead.
  settle(site, await update('completed'));
}

function ended(res: HttpResponse): boolean {
  const code = errorCode(res);
  return res.status === 404 || (code !== null && ALREADY_ENDED.has(code));
}

function settle(site: CompatSite, res: HttpResponse): void {
  if (res.status >= 200 && res.status < 300) return;
  rejectAuth(site.provider, res);
  if (ended(res)) return;
  const code = errorCode(res);
  throw new ProviderUnavailableError(site.provider, `HTTP ${res.status}${code ? `, error ${code}` : ''}`);
}
