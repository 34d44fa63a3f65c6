import type { SimAccount, SimNumber } from './accounts';
import { basicCredentials, reply, type SimReply, type SimRequest } from './http';
import type { ProviderSim } from './provider-sim';
import type { vonageCalls } from './vonage-calls';

/**
 * An RFC 7807 body. The Subaccounts definition declares its errors (401, 403, 404) as
 * application/json, so the API host labels them so; elsewhere Vonage sends application/problem+json.
 */
const problem = (status: number, type: string, title: string, detail: string, headers?: Record<string, string>, contentType = 'application/problem+json'): SimReply =>
  reply(status, { type, title, detail, instance: 'bf0ca0bf927b3b52e3cb03217e1a1ddf' }, { 'x-request-id': 'bf0ca0bf927b3b52e3cb03217e1a1ddf', ...headers }, contentType);
const legacy = (status: number, code: string, label: string) => reply(status, { 'error-code': code, 'error-code-label': label });

/**
 * Vonage's REST host (Account and Numbers APIs; `/vonage-rest` here) and API host (Subaccounts;
 * `/vonage-api`). Keys are accepted as HTTP Basic or as api_key/api_secret query parameters.
 */
export function vonageSim(accounts: SimAccount[], opts: { host: 'rest' | 'api'; retryAfterSeconds: number; calls?: ReturnType<typeof vonageCalls> }): ProviderSim {
  /** `ownednumber` of the Numbers definition: no app_id, no limitations; an application link is a callback of type "app". */
  const owned = (n: SimNumber) => ({
    country: n.country,
    msisdn: n.id,
    type: 'landline',
    features: [n.capabilities.voice && 'VOICE', n.capabilities.sms && 'SMS', n.capabilities.mms && 'MMS'].filter(Boolean),
    ...(n.routing.voiceCallbackType ? { voiceCallbackType: n.routing.voiceCallbackType, voiceCallbackValue: n.routing.voiceCallbackValue } : {}),
    ...(n.routing.messagesCallbackType ? { messagesCallbackType: n.routing.messagesCallbackType, messagesCallbackValue: n.routing.messagesCallbackValue } : {}),
  });
  // The REST host (Account and Numbers) answers a 401 with {"error-code", "error-code-label"}
  // (ErrorAuthenticationFailedAccountBalance, account-unauthorized); the API host with problem+json.
  const unauthorizedFor = (_req: SimRequest) =>
    opts.host === 'rest'
      ? legacy(401, '401', 'authentication failed')
      : problem(401, 'https://developer.vonage.com/api-errors/#unathorized', 'You did not provide correct credentials.', "Check that you're using the correct credentials, and that your account has this feature enabled", undefined, 'application/json');

  return {
    provider: 'vonage',
    authenticate(req) {
      // The Voice API takes only an application's JWT; the other APIs only the account's keys.
      if (opts.host === 'api' && req.path.startsWith('/v1/calls')) {
        const app = opts.calls?.appOf(req);
        return app && { account: app.account, viaKey: false, vonageApp: app };
      }
      const basic = basicCredentials(req.headers);
      const [key, secret] = basic ?? [req.query.get('api_key'), req.query.get('api_secret')];
      const account = accounts.find((a) => a.provider === 'vonage' && a.id === key && a.secret === secret);
      if (account?.queryKeysOnly && basic && opts.host === 'rest') return undefined;
      return account && { account, viaKey: false };
    },
    unauthorized: unauthorizedFor,
    rateLimited: () =>
      problem(429, 'https://developer.vonage.com/api-errors#throttled', 'Rate Limit Hit', 'Please wait, then retry your request', {
        'retry-after': String(opts.retryAfterSeconds),
        'x-ratelimit-limit': '30',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1),
      }),
    failing: () => problem(500, 'https://developer.vonage.com/api-errors#internal', 'Internal Error', 'An internal error occurred'),
    route({ account, vonageApp }, req, record) {
      if (opts.host === 'api' && vonageApp && opts.calls) return opts.calls.voice(vonageApp, req);
      if (opts.host === 'api') {
        const apps = opts.calls?.applications(account, req, record);
        if (apps) return apps;
        const m = /^\/accounts\/(\w+)\/subaccounts$/.exec(req.path);
        if (m && req.method === 'GET' && m[1] === account.id) {
          if (account.behavior === 'big') {
            return problem(403, 'https://developer.nexmo.com/api-errors#unprovisioned', 'Authorisation error', `Account ${account.id} is not provisioned to access Subaccount Provisioning API`, undefined, 'application/json');
          }
          return reply(200, {
            _embedded: {
              primary_account: { api_key: account.id, name: account.name, balance: 10.28, credit_limit: 0, suspended: account.behavior === 'suspended', created_at: '2024-01-01T00:00:00.000Z' },
              subaccounts: [],
            },
          });
        }
        return problem(404, 'https://developer.vonage.com/api-errors#not-found', 'Not Found', 'Resource not found', undefined, 'application/json');
      }
      if (req.method === 'GET' && req.path === '/account/get-balance') {
        return reply(200, { value: account.behavior === 'trial' ? 0 : 10.28, autoReload: false });
      }
      if (req.method === 'GET' && req.path === '/account/numbers') {
        const size = Math.min(Math.max(Number(req.query.get('size') ?? 10) || 10, 1), 100);
        const index = Math.max(Number(req.query.get('index') ?? 1) || 1, 1);
        const pattern = req.query.get('pattern');
        const mode = req.query.get('search_pattern') ?? '0';
        const country = req.query.get('country');
        const all = account.numbers.filter(
          (n) =>
            (!country || n.country === country) &&
            (!pattern || (mode === '0' ? n.id.startsWith(pattern) : mode === '2' ? n.id.endsWith(pattern) : n.id.includes(pattern))),
        );
        const numbers = all.slice((index - 1) * size, index * size).map(owned);
        return reply(200, numbers.length ? { count: all.length, numbers } : { count: all.length });
      }
      if (req.method === 'POST' && req.path === '/number/update') {
        record(req.body);
        // The definition answers /number/update with 200 or 401 only: a refusal is a 200 whose error-code says so.
        const n = account.numbers.find((x) => x.id === req.body.msisdn && x.country === req.body.country);
        if (!n) return legacy(200, '420', 'Action failed: number not found in account');
        if (n.locked) return legacy(200, '420', 'Action failed: number is locked');
        // Linking an application (app_id) routes voice and messages to it; explicit callbacks in the same form win.
        if (typeof req.body.app_id === 'string' && req.body.app_id) {
          Object.assign(n.routing, { voiceCallbackType: 'app', voiceCallbackValue: req.body.app_id, messagesCallbackType: 'app', messagesCallbackValue: req.body.app_id });
        }
        for (const f of ['voiceCallbackType', 'voiceCallbackValue', 'messagesCallbackType', 'messagesCallbackValue'] as const) {
          if (f in req.body) n.routing[f] = String(req.body[f]) === '' ? null : String(req.body[f]);
        }
        return legacy(200, '200', 'success');
      }
      return problem(404, 'https://developer.vonage.com/api-errors#not-found', 'Not Found', 'Resource not found');
    },
  };
}
