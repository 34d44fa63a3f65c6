import { z } from 'zod';
import type { HttpClient } from './http-client';
import { basicAuth, credentialObject, secret } from './fields';
import * as compat from './compat-api';
import { endCompatCall, placeCompatCall, type CompatCallStyle } from './compat-calls';
import type { CallingAdapter } from './calls';
import {
  fail,
  notApplicable,
  pass,
  outcome,
  rejectedOutcome,
  type CheckResult,
  type ProviderAdapter, type ProviderDefinition,
} from './types';
import { ProviderUnavailableError } from '../kernel/errors';

const credentialsSchema = credentialObject({
  account_sid: z.string({ error: 'account_sid is required' }).regex(/^AC[0-9a-fA-F]{32}$/, 'account_sid must be AC followed by 32 hex digits'),
  auth_token: secret('auth_token').optional(),
  api_key_sid: z.string().regex(/^SK[0-9a-fA-F]{32}$/, 'api_key_sid must be SK followed by 32 hex digits').optional(),
  api_key_secret: secret('api_key_secret').optional(),
  /** The account's primary Auth Token, held only to check webhook signatures when the API is reached with a key (issue 24). */
  signing_secret: secret('signing_secret').optional(),
}).superRefine((c, ctx) => {
  const keyPair = c.api_key_sid !== undefined || c.api_key_secret !== undefined;
  if (keyPair && (c.api_key_sid === undefined || c.api_key_secret === undefined)) {
    ctx.addIssue({ code: 'custom', path: [c.api_key_sid ? 'api_key_secret' : 'api_key_sid'], message: 'api_key_sid and api_key_secret go together' });
  } else if (keyPair === (c.auth_token !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['auth_token'], message: 'give either auth_token, or api_key_sid with api_key_secret' });
  } else if (c.auth_token !== undefined && c.signing_secret !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['signing_secret'], message: 'is only for API-key credentials: with auth_token, the Auth Token itself checks the webhook signatures' });
  }
});
export type TwilioCredentials = z.infer<typeof credentialsSchema>;

const accountSchema = z.object({ friendly_name: z.string().nullish(), status: z.string(), type: z.string() });

/** What Twilio needs from a customer; static, so the schema can describe it. */
export const twilioDefinition: ProviderDefinition<TwilioCredentials, Record<string, never>> = {
  id: 'twilio',
  displayName: 'Twilio',
  setupMethods: ['api_key'],
  credentialsSchema,
  sipConfigSchema: z.strictObject({}),
  credentialFields: [
    { name: 'account_sid', label: 'Account SID', required: true, secret: false, description: 'AC… from the Twilio console.' },
    { name: 'auth_token', label: 'Auth Token', required: false, secret: true, description: 'The account Auth Token (or use an API key).' },
    { name: 'api_key_sid', label: 'API key SID', required: false, secret: false, description: 'SK… of a Standard or Main API key.' },
    { name: 'api_key_secret', label: 'API key secret', required: false, secret: true, description: 'The API key secret.' },
    {
      name: 'signing_secret',
      label: 'Auth Token (webhook signatures)',
      required: false,
      secret: true,
      description: "Auth Token, to check Twilio's webhook signatures when the connection uses an API key. Without it, test calls cannot be proven.",
    },
  ],
  sipConfigFields: [],
};

/**
 * Twilio REST API 2010-04-01 over HTTP Basic. A Standard API key cannot read the Accounts
 * resource, so key credentials are validated through the numbers list instead.
 */
/**
 * A test call's instructions if it is ever answered: hang up at once (inline TwiML, no URL to
 * fetch), and a time limit as a second guard. Twilio sends no status for a canceled queued call.
 */
const CALL_STYLE: CompatCallStyle = {
  instructions: () => [['Twiml', '<Response><Hangup/></Response>']],
  extra: [['TimeLimit', '10']],
};

export function twilioAdapter(opts: { baseUrl: string; http: HttpClient }): ProviderAdapter<TwilioCredentials, Record<string, never>> & CallingAdapter<TwilioCredentials, Record<string, never>> {
  const site = (c: TwilioCredentials): compat.CompatSite => ({
    provider: 'Twilio',
    origin: opts.baseUrl.replace(/\/$/, ''),
    accountPath: `/2010-04-01/Accounts/${c.account_sid}`,
    accountTemplate: '/2010-04-01/Accounts/{id}',
    suffix: '.json',
    authorization: c.api_key_sid ? basicAuth(c.api_key_sid, c.api_key_secret!) : basicAuth(c.account_sid, c.auth_token!),
    http: opts.http,
  });

  /** The account resource, or a failed check explaining why it could not be read. */
  async function readAccount(c: TwilioCredentials, callOpts?: { signal?: AbortSignal }) {
    const res = await compat.get(site(c), `/2010-04-01/Accounts/${c.account_sid}.json`, '/2010-04-01/Accounts/{id}.json', callOpts);
    if (res.status === 401) return { failure: fail('credentials_rejected', 'Twilio rejected the Account SID and Auth Token.') };
    if (res.status === 403) return { failure: fail('account_inactive', 'Twilio says this account has no API access (suspended or closed).') };
    if (res.status !== 200) throw new ProviderUnavailableError('Twilio', `HTTP ${res.status}`);
    const account = compat.parseBody('Twilio', accountSchema, res);
    if (account.status !== 'active') return { failure: fail('account_inactive', `The Twilio account is ${account.status}.`) };
    return { account };
  }

  function outboundFor(type: string): CheckResult {
    return type === 'Trial'
      ? fail('trial_account', 'Trial accounts can only call verified numbers: upgrade the Twilio account for outbound calls.')
      : pass('outbound_authorized', 'The account can place outbound calls.');
  }

  return {
    ...twilioDefinition,

    async test(c, _sip, callOpts) {
      let accountName: string | null = null;
      let outbound: CheckResult = notApplicable(
        'checked_per_number',
        'API keys cannot read the Twilio account; outbound authorization is checked for each number at verification.',
      );
      if (c.auth_token) {
        const { account, failure } = await readAccount(c, callOpts);
        if (failure) return rejectedOutcome('Twilio', failure);
        accountName = account.friendly_name ?? null;
        outbound = outboundFor(account.type);
      }
      const { res, number } = await compat.firstNumber(site(c), callOpts);
      if (res.status === 401) return rejectedOutcome('Twilio', fail('credentials_rejected', 'Twilio rejected the API key.'));
      if (res.status === 403) {
        return outcome('Twilio', pass('credentials_valid', 'Twilio accepted the credentials.'), fail('numbers_not_readable', 'The credentials cannot read the phone numbers.'), outbound, accountName, null);
      }
      if (res.status !== 200) throw new ProviderUnavailableError('Twilio', `HTTP ${res.status}`);
      return outcome('Twilio', 
        pass('credentials_valid', 'Twilio accepted the credentials.'),
        pass('numbers_readable', 'The phone numbers can be read and routed.'),
        outbound,
        accountName,
        number,
      );
    },

    listNumbers: (c, _sip, callOpts) => compat.listAllNumbers(site(c), callOpts),

    async configureInbound(c, _sip, number, target, callOpts) {
      const current = await compat.fetchNumber(site(c), number.providerNumberId, callOpts);
      // A trunk or application takes precedence over VoiceUrl, so both are cleared.
      await compat.updateNumber(site(c), number.providerNumberId, { VoiceUrl: target.voiceUrl, VoiceMethod: 'POST', VoiceApplicationSid: '', TrunkSid: '' }, callOpts);
      return compat.routingOf(current);
    },

    async restoreInbound(c, _sip, number, previous, callOpts) {
      await compat.updateNumber(
        site(c),
        number.providerNumberId,
        {
          VoiceUrl: previous.voice_url ?? '',
          VoiceMethod: previous.voice_method ?? 'POST',
          VoiceApplicationSid: previous.voice_application_sid ?? '',
          TrunkSid: previous.trunk_sid ?? '',
        },
        callOpts,
      );
    },

    async checkOutbound(c, _sip, number, callOpts) {
      const n = await compat.fetchNumber(site(c), number.providerNumberId, callOpts);
      if (!n.capabilities?.voice) return fail('not_voice_capable', 'This number cannot make voice calls.');
      if (!c.auth_token) return pass('outbound_authorized', 'The number is voice capable and the API key may use it.');
      const { account, failure } = await readAccount(c, callOpts);
      return failure ?? outboundFor(account.type);
    },

    placeCall: (c, _sip, call, callOpts) => placeCompatCall(site(c), CALL_STYLE, call, callOpts),

    endCall: (c, _sip, providerCallId, callOpts) => endCompatCall(site(c), providerCallId, callOpts),
  };
}

