import { z } from 'zod';
import type { CallOptions, HttpClient, HttpResponse } from './http-client';
import { basicAuth, credentialObject, secret, sipUriFor, toE164 } from './fields';
import { parseBody, rejectAuth } from './compat-api';
import { vonageCalling, type VonageCallingSipConfig } from './vonage-calls';
import type { CallingAdapter } from './calls';
import { fail, outcome, pass, rejectedOutcome, RoutingRejectedError, type ProviderAdapter, type ProviderDefinition, type ProviderNumber } from './types';
import { ProviderUnavailableError } from '../kernel/errors';

const credentialsSchema = credentialObject({
  api_key: z.string({ error: 'api_key is required' }).trim().regex(/^[0-9a-zA-Z]{1,32}$/, 'api_key must be the Vonage API key'),
  api_secret: secret('api_secret'),
  /** The account's signature secret, which signs its webhooks (not the API secret; issue 24). */
  signing_secret: secret('signing_secret').optional(),
});
/** `private_key` is no input: prepareCalling makes it, and it is sealed with the credentials. */
export type VonageCredentials = z.infer<typeof credentialsSchema> & { private_key?: string };

/**
 * An owned number as Vonage's Numbers definition (`ownednumber`) documents it. It has no
 * `app_id` and no `limitations`: an application link shows as `voiceCallbackType: "app"` with
 * the application id as `voiceCallbackValue` (and `messagesCallbackType`/`messagesCallbackValue`
 * for messages), which is what Vonage's CLI and its Node and Java SDKs read too. `app_id` exists
 * only as a field of the update form, which is how a link is made.
 */
const ownedNumber = z.object({
  country: z.string().nullish(),
  msisdn: z.string(),
  features: z.array(z.string()).nullish(),
  voiceCallbackType: z.string().nullish(),
  voiceCallbackValue: z.string().nullish(),
  messagesCallbackType: z.string().nullish(),
  messagesCallbackValue: z.string().nullish(),
});
type OwnedNumber = z.infer<typeof ownedNumber>;
// Empty accounts are known to answer just {"count": 0}.
const numbersPage = z.object({ count: z.number(), numbers: z.array(ownedNumber).default([]) });
const balanceSchema = z.object({ value: z.number() });
const subaccountsSchema = z.object({ _embedded: z.object({ primary_account: z.object({ name: z.string().nullish(), suspended: z.boolean().nullish() }) }) });

const PAGE_SIZE = 100;

/** What Vonage needs from a customer; static, so the schema can describe it. */
export const vonageDefinition: ProviderDefinition<VonageCredentials, VonageCallingSipConfig> = {
  id: 'vonage',
  displayName: 'Vonage',
  setupMethods: ['api_key'],
  credentialsSchema: credentialsSchema as z.ZodType<VonageCredentials>,
  // application_id is written by prepareCalling only, never input.
  sipConfigSchema: z.strictObject({}) as z.ZodType<VonageCallingSipConfig>,
  credentialFields: [
    { name: 'api_key', label: 'API key', required: true, secret: false, description: 'The API key from the Vonage dashboard.' },
    { name: 'api_secret', label: 'API secret', required: true, secret: true, description: 'The API secret.' },
    {
      name: 'signing_secret',
      label: 'Signature secret',
      required: false,
      secret: true,
      description: "The account's signature secret (API settings), for webhook signatures. Without it, test calls cannot be proven.",
    },
  ],
  sipConfigFields: [],
};

/**
 * Vonage (ex-Nexmo) Account and Numbers APIs on the REST host, the Subaccounts API on the API
 * host. Prefers HTTP Basic; Vonage has had periods where an endpoint took only query-string
 * keys, so a 401 is retried once that way before the credentials are called rejected.
 */
export function vonageAdapter(opts: { restBaseUrl: string; apiBaseUrl: string; http: HttpClient }): ProviderAdapter<VonageCredentials, VonageCallingSipConfig> & Required<CallingAdapter<VonageCredentials, VonageCallingSipConfig>> {
  const rest = opts.restBaseUrl.replace(/\/$/, '');
  const calling = vonageCalling({ apiBaseUrl: opts.apiBaseUrl, http: opts.http });
  const api = opts.apiBaseUrl.replace(/\/$/, '');

  /** A GET of `url`; `template` names it (its path with ids as {id}, no query) for metrics. */
  async function get(c: VonageCredentials, url: string, template: string, callOpts?: CallOptions): Promise<HttpResponse> {
    const res = await opts.http('Vonage', { method: 'GET', url, template, headers: { authorization: basicAuth(c.api_key, c.api_secret) } }, callOpts);
    if (res.status !== 401) return res;
    const withKeys = new URL(url);
    withKeys.searchParams.set('api_key', c.api_key);
    withKeys.searchParams.set('api_secret', c.api_secret);
    return opts.http('Vonage', { method: 'GET', url: withKeys.toString(), template }, callOpts);
  }
  const ok = (res: HttpResponse) => {
    rejectAuth('Vonage', res);
    if (res.status !== 200) throw new ProviderUnavailableError('Vonage', `HTTP ${res.status}`);
    return res;
  };

  async function balance(c: VonageCredentials, callOpts?: CallOptions) {
    return parseBody('Vonage', balanceSchema, ok(await get(c, `${rest}/account/get-balance`, '/account/get-balance', callOpts))).value;
  }

  async function page(c: VonageCredentials, index: number, size: number, extra = '', callOpts?: CallOptions) {
    return parseBody('Vonage', numbersPage, ok(await get(c, `${rest}/account/numbers?index=${index}&size=${size}${extra}`, '/account/numbers', callOpts)));
  }

  /**
   * One owned number. `pattern` is a documented match (search_pattern 0: starts with), not an
   * exact one, so the exact msisdn is ours to find, on whichever page it is.
   */
  async function findOwned(c: VonageCredentials, msisdn: string, callOpts?: CallOptions): Promise<OwnedNumber> {
    for (let index = 1; index <= 100; index++) {
      const res = await page(c, index, PAGE_SIZE, `&pattern=${encodeURIComponent(msisdn)}&search_pattern=0`, callOpts);
      const found = res.numbers.find((n) => n.msisdn === msisdn);
      if (found) return found;
      if (res.numbers.length < PAGE_SIZE || index * PAGE_SIZE >= res.count) break;
    }
    throw new RoutingRejectedError('The number is no longer in this Vonage account.');
  }

  async function update(c: VonageCredentials, form: Record<string, string>, callOpts?: CallOptions) {
    const res = await opts.http('Vonage', { method: 'POST', url: `${rest}/number/update`, template: '/number/update', headers: { authorization: basicAuth(c.api_key, c.api_secret) }, form }, callOpts);
    rejectAuth('Vonage', res);
    const code = z.object({ 'error-code': z.string() }).safeParse(res.body);
    if (res.status !== 200 || !code.success || code.data['error-code'] !== '200') {
      throw new RoutingRejectedError(`Vonage refused the routing update (HTTP ${res.status}${code.success ? `, error-code ${code.data['error-code']}` : ''}).`);
    }
  }

  /**
   * What of outbound calling Vonage's API shows: the account balance. Nothing documented says
   * whether a number may place calls (the definition has no per-number restriction), so the
   * pass says what was not checked rather than implying it was.
   */
  const outboundFor = (value: number) =>
    value > 0
      ? pass('outbound_authorized', 'The account has credit for outbound calls. Vonage does not report per-number call restrictions, so those are not checked.')
      : fail('no_credit', 'The Vonage account has no credit: outbound calls need a positive balance.');

  /** The application voice is linked to, as the documented fields show it. */
  const voiceApp = (n: OwnedNumber) => (n.voiceCallbackType === 'app' ? n.voiceCallbackValue ?? null : null);
  /** Messages routed to an application stay so: the form says it again, so an update cannot drop it. */
  const messagesLink = (n: OwnedNumber): Record<string, string> =>
    n.messagesCallbackType === 'app' && n.messagesCallbackValue ? { messagesCallbackType: 'app', messagesCallbackValue: n.messagesCallbackValue } : {};

  return {
    ...vonageDefinition,

    async test(c, _sip, callOpts) {
      const res = await get(c, `${rest}/account/get-balance`, '/account/get-balance', callOpts);
      if (res.status === 401) return rejectedOutcome('Vonage', fail('credentials_rejected', 'Vonage rejected the API key and secret.'));
      const value = parseBody('Vonage', balanceSchema, ok(res)).value;
      // The Subaccounts API names the account where it is provisioned; 403 elsewhere is normal.
      const sub = await get(c, `${api}/accounts/${encodeURIComponent(c.api_key)}/subaccounts`, '/accounts/{id}/subaccounts', callOpts);
      const primary = sub.status === 200 ? parseBody('Vonage', subaccountsSchema, sub)._embedded.primary_account : null;
      if (primary?.suspended) return rejectedOutcome('Vonage', fail('account_inactive', 'The Vonage account is suspended.'));
      const first = await page(c, 1, 1, '', callOpts);
      return outcome(
        'Vonage',
        pass('credentials_valid', 'Vonage accepted the API key and secret.'),
        pass('numbers_readable', 'The phone numbers can be read and routed.'),
        outboundFor(value),
        primary?.name ?? null,
        first.numbers[0] ? toE164(first.numbers[0].msisdn) : null,
      );
    },

    async listNumbers(c, _sip, callOpts) {
      const out: ProviderNumber[] = [];
      for (let index = 1; index <= 10_000; index++) {
        const res = await page(c, index, PAGE_SIZE, '', callOpts);
        for (const n of res.numbers) {
          const phoneNumber = toE164(n.msisdn);
          const features = n.features ?? [];
          out.push({
            phoneNumber,
            providerNumberId: n.msisdn,
            friendlyName: phoneNumber,
            country: n.country ?? null,
            capabilities: { voice: features.includes('VOICE'), sms: features.includes('SMS'), mms: features.includes('MMS') },
          });
        }
        if (res.numbers.length < PAGE_SIZE || index * PAGE_SIZE >= res.count) break;
      }
      return out;
    },

    async configureInbound(c, _sip, number, target, callOpts) {
      const current = await findOwned(c, number.providerNumberId, callOpts);
      await update(c, {
        country: current.country ?? number.country ?? '',
        msisdn: current.msisdn,
        ...messagesLink(current),
        voiceCallbackType: 'sip',
        voiceCallbackValue: sipUriFor(number.phoneNumber, target.sipUri),
      }, callOpts);
      // app_id: the voice application to link again on release (snapshots before this read it from an undocumented field).
      return { app_id: voiceApp(current), voiceCallbackType: current.voiceCallbackType ?? null, voiceCallbackValue: current.voiceCallbackValue ?? null };
    },

    async restoreInbound(c, _sip, number, previous, callOpts) {
      // A voice application is linked again the documented way, with the update form's app_id.
      const app = previous.app_id ?? (previous.voiceCallbackType === 'app' ? previous.voiceCallbackValue : null);
      await update(c, {
        country: number.country ?? '',
        msisdn: number.providerNumberId,
        ...(app ? { app_id: app, voiceCallbackType: 'app', voiceCallbackValue: app } : { voiceCallbackType: previous.voiceCallbackType ?? '', voiceCallbackValue: previous.voiceCallbackValue ?? '' }),
      }, callOpts);
    },

    async checkOutbound(c, _sip, number, callOpts) {
      const owned = await findOwned(c, number.providerNumberId, callOpts);
      if (!(owned.features ?? []).includes('VOICE')) return fail('not_voice_capable', 'This number cannot make voice calls.');
      return outboundFor(await balance(c, callOpts));
    },

    ...calling,
  };
}
