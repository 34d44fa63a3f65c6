import { z } from 'zod';
import type { CallOptions, HttpResponse } from './http-client';
import type { CallingSetup, CallRequest, PlacedCall } from './calls';
import { refusal, refusingRateLimits, telnyxRefusal } from './call-refusals';
import { telnyxClientState } from './call-status';
import { clamp } from './call-urls';
import { parseBody, rejectAuth } from './compat-api';
import { CredentialsRejectedError } from './types';
import { ProviderUnavailableError } from '../kernel/errors';

/**
 * Telnyx test calls (calls.md §3.1–3.2): `POST /v2/calls` dials only through a Call Control
 * application, which prepareCalling finds by name or creates once per account, with webhook API
 * version 2 and the account's outbound voice profile (without one, dialing fails D38).
 */
export type TelnyxCall = (method: 'GET' | 'POST' | 'PATCH', path: string, template: string, callOpts?: CallOptions, json?: unknown) => Promise<HttpResponse>;

export const CALL_CONTROL_APP_NAME = 'Trunkline test calls';
const PAGE_SIZE = 250;
const MAX_LOOKUP_PAGES = 200;

const id = z.union([z.string(), z.number()]).transform(String);
const appSchema = z.object({
  id,
  application_name: z.string().nullish(),
  webhook_event_url: z.string().nullish(),
  webhook_api_version: z.string().nullish(),
  outbound: z.object({ outbound_voice_profile_id: z.string().nullish() }).nullish(),
});
type App = z.infer<typeof appSchema>;
const appPage = z.object({ data: z.array(appSchema), meta: z.object({ total_pages: z.number().optional() }).optional() });
const errorsSchema = z.object({
  errors: z.array(z.object({ code: z.union([z.string(), z.number()]).transform(String).nullish(), title: z.string().nullish(), detail: z.string().nullish() })),
});
const dialed = z.object({ data: z.object({ call_control_id: z.string().min(1) }) });

const ok = (res: HttpResponse) => {
  rejectAuth('Telnyx', res);
  if (res.status < 200 || res.status > 299) throw new ProviderUnavailableError('Telnyx', `HTTP ${res.status}`);
  return res;
};

/** What the application must say: events to our ingress in v2 shape, calls through the profile. */
const wanted = (statusUrl: string, profileId: string) => ({
  application_name: CALL_CONTROL_APP_NAME,
  webhook_event_url: statusUrl,
  webhook_api_version: '2' as const,
  outbound: { outbound_voice_profile_id: profileId },
});

export async function prepareTelnyxCalling(call: TelnyxCall, profileId: string | null, statusUrl: string, callOpts?: CallOptions): Promise<CallingSetup> {
  if (!profileId) throw refusal('no_outbound_profile', null, 'The connection has no outbound voice profile, which Telnyx needs to place calls.');
  const body = wanted(statusUrl, profileId);
  const found = await findApp(call, callOpts);
  if (!found) {
    const created = parseBody('Telnyx', z.object({ data: appSchema }), ok(await call('POST', '/call_control_applications', '/call_control_applications', callOpts, body)));
    return { sipConfig: { call_control_app_id: created.data.id }, secrets: {} };
  }
  // Found from an earlier setup: brought back in line if the ingress URL or the profile changed since.
  const current = found.webhook_event_url === statusUrl && found.webhook_api_version === '2' && found.outbound?.outbound_voice_profile_id === profileId;
  if (!current) ok(await call('PATCH', `/call_control_applications/${encodeURIComponent(found.id)}`, '/call_control_applications/{id}', callOpts, body));
  return { sipConfig: { call_control_app_id: found.id }, secrets: {} };
}

/**
 * Ours, by exact name, through the documented substring filter (there is no exact one), every
 * page read: "Trunkline test calls (old)" is not ours, and ours may sit on any page.
 */
async function findApp(call: TelnyxCall, callOpts?: CallOptions): Promise<App | null> {
  for (let page = 1; page <= MAX_LOOKUP_PAGES; page++) {
    const query = `filter[application_name][contains]=${encodeURIComponent(CALL_CONTROL_APP_NAME)}&page[number]=${page}&page[size]=${PAGE_SIZE}`;
    const body = parseBody('Telnyx', appPage, ok(await call('GET', `/call_control_applications?${query}`, '/call_control_applications', callOpts)));
    const found = body.data.find((a) => a.application_name === CALL_CONTROL_APP_NAME);
    if (found) return found;
    if (body.data.length === 0 || page >= (body.meta?.total_pages ?? page)) return null;
  }
  return null;
}

/** The profile of a customer's own connection (GET /connections/{id} has it top-level). */
export async function connectionProfile(call: TelnyxCall, connectionId: string, callOpts?: CallOptions): Promise<string | null> {
  const res = await call('GET', `/connections/${encodeURIComponent(connectionId)}`, '/connections/{id}', callOpts);
  if (res.status === 404) return null;
  return parseBody('Telnyx', z.object({ data: z.object({ outbound_voice_profile_id: z.string().nullish() }) }), ok(res)).data.outbound_voice_profile_id ?? null;
}

/**
 * Dials through the Call Control application. The leg id rides in client_state (echoed in every
 * webhook) and is the command_id, so a repeated request cannot dial twice. Events go to the
 * leg's status URL. Refusals come back as D-codes in the error detail (HTTP 403) or as Telnyx codes.
 */
export async function placeTelnyxCall(call: TelnyxCall, appId: string | undefined, request: CallRequest, callOpts?: CallOptions): Promise<PlacedCall> {
  if (!appId) throw refusal('calling_not_prepared', null, 'Telnyx calling is not set up for this connection (no Call Control application).');
  const res = await refusingRateLimits(() =>
    call('POST', '/calls', '/calls', callOpts, {
      connection_id: appId,
      to: request.to,
      from: request.from,
      timeout_secs: clamp(request.ringSeconds, 5, 600),
      time_limit_secs: 30,
      client_state: telnyxClientState(request.legId),
      command_id: request.legId,
      webhook_url: request.statusUrl,
      webhook_url_method: 'POST',
    }),
  );
  if (res.status >= 200 && res.status < 300) return { providerCallId: parseBody('Telnyx', dialed, res).data.call_control_id };
  if (res.status === 401) throw new CredentialsRejectedError('Telnyx rejected the credentials (HTTP 401).');
  const errors = errorsSchema.safeParse(res.body);
  throw telnyxRefusal(errors.success ? errors.data.errors : [], res.status);
}

/** Hangs the leg up; 422 (error 90018, the call has already ended) is nothing left to do. */
export async function endTelnyxCall(call: TelnyxCall, callControlId: string, callOpts?: CallOptions): Promise<void> {
  const res = await call('POST', `/calls/${encodeURIComponent(callControlId)}/actions/hangup`, '/calls/{id}/actions/hangup', callOpts, {});
  if ((res.status >= 200 && res.status < 300) || res.status === 404 || res.status === 422) return;
  ok(res);
}
