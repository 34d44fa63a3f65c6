import { z } from 'zod';
import type { HttpClient } from './http-client';
import { basicAuth, credentialObject, secret } from './fields';
import * as compat from './compat-api';
import { endCompatCall, placeCompatCall, type CompatCallStyle } from './compat-calls';
import { answerUrlFor } from './call-urls';
import type { CallingAdapter } from './calls';
import { fail, outcome, pass, rejectedOutcome, type ProviderAdapter, type ProviderDefinition } from './types';
import { ProviderUnavailableError } from '../kernel/errors';

/** A Space is a name; a pasted `acme.signalwire.com` host is reduced to it. Nothing else reaches a URL. */
const space = z
  .string({ error: 'space is required' })
  .trim()
  .toLowerCase()
  .transform((v) => v.replace(/^https?:\/\//, '').replace(/\/.*$/, '').replace(/\.signalwire\.com$/, ''))
  .pipe(z.string().regex(/^[a-z0-9-]{1,63}$/, 'space must be a SignalWire Space name (letters, digits, dashes) or its signalwire.com host'));

const credentialsSchema = credentialObject({
  space,
  project_id: z.string({ error: 'project_id is required' }).trim().regex(/^[0-9a-fA-F-]{36}$/, 'project_id must be the Project ID (a UUID)'),
  api_token: secret('api_token'),
  /** The project's Signing Key, which signs its webhooks (not the API token; issue 24). */
  signing_secret: secret('signing_secret').optional(),
});
export type SignalWireCredentials = z.infer<typeof credentialsSchema>;

const accountSchema = z.object({ friendly_name: z.string().nullish(), status: z.string().nullish() });

/** What SignalWire needs from a customer; static, so the schema can describe it. */
export const signalwireDefinition: ProviderDefinition<SignalWireCredentials, Record<string, never>> = {
  id: 'signalwire',
  displayName: 'SignalWire',
  setupMethods: ['api_key'],
  credentialsSchema,
  sipConfigSchema: z.strictObject({}),
  credentialFields: [
    { name: 'space', label: 'Space', required: true, secret: false, description: 'Your Space name, or its example.signalwire.com host.' },
    { name: 'project_id', label: 'Project ID', required: true, secret: false, description: 'The Project ID (UUID).' },
    { name: 'api_token', label: 'API token', required: true, secret: true, description: 'An API token with Voice and Numbers scopes.' },
    {
      name: 'signing_secret',
      label: 'Signing Key',
      required: false,
      secret: true,
      description: "The project's Signing Key (API Credentials page), for webhook signatures. Without it, test calls cannot be proven.",
    },
  ],
  sipConfigFields: [],
};

/**
 * SignalWire's Compatibility API (the Twilio-shaped LaML API) on the customer's Space host,
 * HTTP Basic with Project ID and API token.
 */
/**
 * SignalWire's definition takes no inline instructions (no Twiml field): the required Url is the
 * leg's answer URL at our ingress, which hangs up if it is ever asked.
 */
const CALL_STYLE: CompatCallStyle = {
  instructions: (call) => [['Url', answerUrlFor(call.statusUrl)], ['Method', 'POST']],
};

export function signalwireAdapter(opts: { baseUrl: string; http: HttpClient }): ProviderAdapter<SignalWireCredentials, Record<string, never>> & CallingAdapter<SignalWireCredentials, Record<string, never>> {
  const site = (c: SignalWireCredentials): compat.CompatSite => ({
    provider: 'SignalWire',
    origin: opts.baseUrl.replace('{space}', c.space).replace(/\/$/, ''),
    accountPath: `/api/laml/2010-04-01/Accounts/${c.project_id}`,
    accountTemplate: '/api/laml/2010-04-01/Accounts/{id}',
    suffix: '',
    authorization: basicAuth(c.project_id, c.api_token),
    http: opts.http,
  });

  async function canPlaceCalls(c: SignalWireCredentials, callOpts?: { signal?: AbortSignal }) {
    const res = await compat.get(site(c), `${site(c).accountPath}/Calls?PageSize=1`, `${site(c).accountTemplate}/Calls`, callOpts);
    if (res.status === 200) return pass('outbound_authorized', 'The API token may place calls.');
    if (res.status === 401 || res.status === 403) return fail('outbound_not_permitted', 'The API token lacks the Voice scope needed to place calls.');
    throw new ProviderUnavailableError('SignalWire', `HTTP ${res.status}`);
  }

  return {
    ...signalwireDefinition,

    async test(c, _sip, callOpts) {
      const s = site(c);
      const res = await compat.get(s, s.accountPath, s.accountTemplate, callOpts);
      if (res.status === 401) return rejectedOutcome('SignalWire', fail('credentials_rejected', 'SignalWire rejected the Project ID and API token.'));
      if (res.status === 403) return rejectedOutcome('SignalWire', fail('account_inactive', 'SignalWire says this project has no API access.'));
      if (res.status === 404) return rejectedOutcome('SignalWire', fail('credentials_rejected', 'No such project in this Space.'));
      if (res.status !== 200) throw new ProviderUnavailableError('SignalWire', `HTTP ${res.status}`);
      const account = compat.parseBody('SignalWire', accountSchema, res);
      if (account.status && account.status !== 'active') {
        return rejectedOutcome('SignalWire', fail('account_inactive', `The SignalWire project is ${account.status}.`));
      }
      const first = await compat.firstNumber(s, callOpts);
      const inbound =
        first.res.status === 200
          ? pass('numbers_readable', 'The phone numbers can be read and routed.')
          : fail('numbers_not_readable', 'The API token lacks the Numbers scope.');
      const accountName = account.friendly_name ?? null;
      return outcome('SignalWire', pass('credentials_valid', 'SignalWire accepted the credentials.'), inbound, await canPlaceCalls(c, callOpts), accountName, first.number);
    },

    listNumbers: (c, _sip, callOpts) => compat.listAllNumbers(site(c), callOpts),

    async configureInbound(c, _sip, number, target, callOpts) {
      const current = await compat.fetchNumber(site(c), number.providerNumberId, callOpts);
      await compat.updateNumber(site(c), number.providerNumberId, { VoiceUrl: target.voiceUrl, VoiceMethod: 'POST', VoiceApplicationSid: '' }, callOpts);
      return compat.routingOf(current);
    },

    async restoreInbound(c, _sip, number, previous, callOpts) {
      await compat.updateNumber(
        site(c),
        number.providerNumberId,
        { VoiceUrl: previous.voice_url ?? '', VoiceMethod: previous.voice_method ?? 'POST', VoiceApplicationSid: previous.voice_application_sid ?? '' },
        callOpts,
      );
    },

    async checkOutbound(c, _sip, number, callOpts) {
      const n = await compat.fetchNumber(site(c), number.providerNumberId, callOpts);
      if (!n.capabilities?.voice) return fail('not_voice_capable', 'This number cannot make voice calls.');
      return canPlaceCalls(c, callOpts);
    },

    placeCall: (c, _sip, call, callOpts) => placeCompatCall(site(c), CALL_STYLE, call, callOpts),

    endCall: (c, _sip, providerCallId, callOpts) => endCompatCall(site(c), providerCallId, callOpts),
  };
}
