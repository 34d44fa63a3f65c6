import { SIM_SPACE, type SimAccount } from './accounts';
import * as compat from './compat';
import { basicCredentials, reply, type SimReply } from './http';
import { compatCalls } from './compat-calls';
import type { Network } from './network';
import type { ProviderSim } from './provider-sim';

const error = (status: number, code: number, message: string): SimReply =>
  reply(status, { code, message, more_info: 'https://signalwire.com/docs/compatibility-api/reference/errors', status });

const CREATED = 'Mon, 01 Jan 2024 00:00:00 +0000';

/**
 * The fields signalwire_compatibility.json's IncomingPhoneNumber requires beyond the Twilio
 * shape it shares (and no `status`, which SignalWire's schema does not allow).
 */
const numberFields = (account: SimAccount) => ({
  account_id: account.id,
  address_requirements: 'none',
  address_sid: null,
  api_version: '2010-04-01',
  beta: false,
  date_created: CREATED,
  date_updated: CREATED,
  emergency_address_sid: null,
  emergency_status: 'Inactive',
  identity_sid: null,
  origin: 'signalwire',
  sms_application_sid: null,
  sms_fallback_method: 'POST',
  sms_fallback_url: null,
  sms_method: 'POST',
  sms_url: null,
  status_callback: null,
  status_callback_method: 'POST',
  voice_caller_id_lookup: false,
  voice_fallback_method: 'POST',
  voice_fallback_url: null,
});

const style: compat.CompatStyle = { accountsPrefix: '/api/laml/2010-04-01/Accounts', startEnd: false, countryCode: true, error, numberFields };

/** SignalWire's Compatibility API on a Space host (`/signalwire/{space}` here); paths with or without `.json`. */
export function signalwireSim(accounts: SimAccount[], network: Network): ProviderSim {
  const calls = compatCalls(
    {
      provider: 'signalwire',
      list: (a) => `/api/laml/2010-04-01/Accounts/${a.id}/Calls`,
      one: (a, sid) => `/api/laml/2010-04-01/Accounts/${a.id}/Calls/${sid}`,
      created: 200,
      // A refusal at creation comes as errors[] with string codes (CompatibilityErrorArrayItem).
      refuse: (code, message) => reply(400, { errors: [{ code: String(code), message, more_info: 'https://developer.signalwire.com/compatibility-api/reference/error-codes' }] }),
      notFound: () => error(404, 20404, 'The requested resource was not found'),
    },
    network,
  );
  return {
    provider: 'signalwire',
    // Requests arrive as /{space}/api/laml/…; the space is part of the host in real life.
    stripPrefix: (path) => {
      const m = /^\/([a-z0-9-]+)(\/.*)$/.exec(path);
      return m && m[1] === SIM_SPACE ? m[2]!.replace(/\.json(?=$|\?)/, '') : undefined;
    },
    authenticate(req) {
      const creds = basicCredentials(req.headers);
      const pathProject = /^\/api\/laml\/2010-04-01\/Accounts\/([0-9a-f-]{36})/.exec(req.path)?.[1];
      const account = accounts.find((a) => a.id === creds?.[0] && a.secret === creds?.[1]);
      return account && account.id === pathProject ? { account, viaKey: false } : undefined;
    },
    unauthorized: () => error(401, 20003, 'Authentication failed'),
    rateLimited: () => error(429, 20429, 'Too many requests or throughput was exceeded'),
    failing: () => error(500, 20504, 'An internal error occurred'),
    route({ account }, req, record) {
      const base = `/api/laml/2010-04-01/Accounts/${account.id}`;
      if (account.behavior === 'suspended') return error(403, 20003, 'API access is blocked for this project');
      if (req.path === base && req.method === 'GET') {
        return reply(200, {
          sid: account.id,
          friendly_name: account.name,
          status: 'active',
          auth_token: 'redacted',
          type: 'Full',
          owner_account_sid: account.id,
          subproject: false,
          uri: base,
          // The rest of AccountResponse, as signalwire_compatibility.json requires it.
          date_created: CREATED,
          date_updated: CREATED,
          region_preference: 'us1',
          signing_key: null,
          subresource_uris: {
            addresses: null, available_phone_numbers: `${base}/AvailablePhoneNumbers`, applications: `${base}/Applications`, authorized_connect_apps: null,
            calls: `${base}/Calls`, conferences: `${base}/Conferences`, connect_apps: null, incoming_phone_numbers: `${base}/IncomingPhoneNumbers`, keys: null,
            notifications: null, outgoing_caller_ids: null, queues: `${base}/Queues`, recordings: `${base}/Recordings`, sandbox: null, sip: null,
            short_codes: null, messages: `${base}/Messages`, transcriptions: `${base}/Transcriptions`, usage: null,
          },
        });
      }
      if (req.path === `${base}/IncomingPhoneNumbers` && req.method === 'GET') {
        return compat.listNumbers(style, account, req, `${base}/IncomingPhoneNumbers`);
      }
      if (req.path.startsWith(`${base}/Calls`) && req.method !== 'GET' && account.behavior === 'trial') {
        // The trial project's token has no Voice scope (as GET /Calls shows): it cannot place or change calls either.
        return error(403, 20003, 'The token is not permitted to access this resource');
      }
      const calling = req.path === `${base}/Calls` && req.method === 'GET' ? undefined : calls.route(account, req);
      if (calling) return calling;
      if (req.path === `${base}/Calls` && req.method === 'GET') {
        // Trial-like projects model a token without the Voice scope.
        if (account.behavior === 'trial') return error(403, 20003, 'The token is not permitted to access this resource');
        return reply(200, { calls: [], first_page_uri: `${base}/Calls?Page=0&PageSize=1`, next_page_uri: null, previous_page_uri: null, page: 0, page_size: 1, uri: `${base}/Calls` });
      }
      const one = new RegExp(`^${base}/IncomingPhoneNumbers/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$`).exec(req.path);
      if (one && (req.method === 'GET' || req.method === 'POST')) return compat.numberRoute(style, account, req, one[1]!, record);
      return error(404, 20404, 'The requested resource was not found');
    },
  };
}
