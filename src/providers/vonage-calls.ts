import { z } from 'zod';
import type { CallOptions, HttpClient, HttpResponse } from './http-client';
import type { CallingSetup, CallRequest, PlacedCall } from './calls';
import { refusal, refusingRateLimits } from './call-refusals';
import { answerUrlFor, clamp } from './call-urls';
import { basicAuth } from './fields';
import { parseBody, rejectAuth } from './compat-api';
import { isPrivateKey, newApplicationKeys, vonageApiJwt } from './vonage-jwt';
import { ProviderUnavailableError } from '../kernel/errors';

/**
 * Vonage test calls (calls.md §4.1–4.2): the Voice API takes a JWT of an application, so
 * prepareCalling makes an application with voice capability once per account and keeps its
 * private key (a sealed secret, returned as `private_key`). Calls: POST /v1/calls, numbers
 * without +; hang-up: PUT /v1/calls/{uuid} {action: hangup} → 204.
 */
export const VONAGE_APP_NAME = 'Trunkline test calls';

export interface VonageCallingKeys {
  api_key: string;
  api_secret: string;
  /** The application's private key, as prepareCalling returned it (sealed with the credentials). */
  private_key?: string;
}

export interface VonageCallingSipConfig {
  application_id?: string;
}

const created = z.object({ id: z.string().min(1), keys: z.object({ private_key: z.string().nullish() }).nullish() });

/** E.164 digits without +, as the Voice API writes every number. */
const digits = (e164: string) => e164.replace(/^\+/, '');

export function vonageCalling(opts: { apiBaseUrl: string; http: HttpClient }) {
  const api = opts.apiBaseUrl.replace(/\/$/, '');

  const voiceCapability = (statusUrl: string) => ({
    voice: {
      webhooks: {
        answer_url: { address: answerUrlFor(statusUrl), http_method: 'POST' },
        event_url: { address: statusUrl, http_method: 'POST' },
      },
    },
  });

  /**
   * Reuses the application this connection already holds the key of; otherwise creates one with a
   * key pair made here. An application found only by name cannot be used (its private key is not
   * ours, and re-keying it would cut off any other connection holding the old key), so none is looked up.
   */
  async function prepareCalling(c: VonageCallingKeys, sip: VonageCallingSipConfig, statusUrl: string, callOpts?: CallOptions): Promise<CallingSetup> {
    const auth = { authorization: basicAuth(c.api_key, c.api_secret) };
    if (sip.application_id && c.private_key && isPrivateKey(c.private_key)) {
      const res = await opts.http('Vonage', { method: 'GET', url: `${api}/v2/applications/${encodeURIComponent(sip.application_id)}`, template: '/v2/applications/{id}', headers: auth }, callOpts);
      rejectAuth('Vonage', res);
      if (res.status === 200) return { sipConfig: { application_id: sip.application_id }, secrets: { private_key: c.private_key } };
      if (res.status !== 404) throw new ProviderUnavailableError('Vonage', `HTTP ${res.status}`);
    }
    const keys = newApplicationKeys();
    const res = await opts.http(
      'Vonage',
      {
        method: 'POST',
        url: `${api}/v2/applications`,
        template: '/v2/applications',
        headers: auth,
        json: { name: VONAGE_APP_NAME, keys: { public_key: keys.publicKey }, capabilities: voiceCapability(statusUrl) },
      },
      callOpts,
    );
    rejectAuth('Vonage', res);
    if (res.status < 200 || res.status > 299) throw new ProviderUnavailableError('Vonage', `HTTP ${res.status}`);
    const app = parseBody('Vonage', created, res);
    // Had Vonage made the pair itself, its private key is the one that counts.
    return { sipConfig: { application_id: app.id }, secrets: { private_key: app.keys?.private_key || keys.privateKey } };
  }

  function bearer(c: VonageCallingKeys, sip: VonageCallingSipConfig): string {
    if (!sip.application_id || !c.private_key || !isPrivateKey(c.private_key)) {
      throw refusal('calling_not_prepared', null, 'Vonage calling is not set up for this connection (no application or key).');
    }
    return `Bearer ${vonageApiJwt(sip.application_id, c.private_key)}`;
  }

  /**
   * answer_url runs only if the far end answers (our ingress then hangs up); events go to the
   * leg's status URL; length_timer caps an answered call at a few seconds.
   */
  async function placeCall(c: VonageCallingKeys, sip: VonageCallingSipConfig, call: CallRequest, callOpts?: CallOptions): Promise<PlacedCall> {
    const authorization = bearer(c, sip);
    const res = await refusingRateLimits(() =>
      opts.http(
        'Vonage',
        {
          method: 'POST',
          url: `${api}/v1/calls`,
          template: '/v1/calls',
          headers: { authorization },
          json: {
            to: [{ type: 'phone', number: digits(call.to) }],
            from: { type: 'phone', number: digits(call.from) },
            answer_url: [answerUrlFor(call.statusUrl)],
            answer_method: 'POST',
            event_url: [call.statusUrl],
            event_method: 'POST',
            ringing_timer: clamp(call.ringSeconds, 1, 120),
            length_timer: 10,
          },
        },
        callOpts,
      ),
    );
    if (res.status >= 200 && res.status < 300) return { providerCallId: parseBody('Vonage', z.object({ uuid: z.string().min(1) }), res).uuid };
    throw vonageRefusal(res);
  }

  async function endCall(c: VonageCallingKeys, sip: VonageCallingSipConfig, uuid: string, callOpts?: CallOptions): Promise<void> {
    const res = await opts.http(
      'Vonage',
      { method: 'PUT', url: `${api}/v1/calls/${encodeURIComponent(uuid)}`, template: '/v1/calls/{id}', headers: { authorization: bearer(c, sip) }, json: { action: 'hangup' } },
      callOpts,
    );
    // 404: no such call any more. Vonage documents nothing else for an ended call; a 4xx is taken as one.
    if ((res.status >= 200 && res.status < 300) || (res.status >= 400 && res.status < 500 && res.status !== 401 && res.status !== 403)) return;
    if (res.status === 401 || res.status === 403) throw vonageRefusal(res);
    throw new ProviderUnavailableError('Vonage', `HTTP ${res.status}`);
  }

  return { prepareCalling, placeCall, endCall };
}

/**
 * Vonage documents no error body for a refused call (calls.md §4.2): a 401/403 means the
 * application's key is no longer accepted (application deleted or re-keyed); any other 4xx is a
 * refusal, named by its status.
 */
function vonageRefusal(res: HttpResponse) {
  if (res.status === 401 || res.status === 403) {
    return refusal('calling_not_prepared', String(res.status), `Vonage did not accept the application's key (HTTP ${res.status}).`);
  }
  return refusal('call_refused', String(res.status), `Vonage refused to place the call (HTTP ${res.status}).`);
}
