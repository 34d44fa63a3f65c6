import type { SimAccount } from './accounts';
import * as compat from './compat';
import { basicCredentials, reply, type SimReply } from './http';
import { compatCalls } from './compat-calls';
import type { Network } from './network';
import type { ProviderSim } from './provider-sim';

const MORE_INFO = (code: number) => `https://www.twilio.com/docs/errors/${code}`;
const error = (status: number, code: number, message: string): SimReply =>
  reply(status, { code, message, more_info: MORE_INFO(code), status }, status === 401 ? { 'www-authenticate': 'Basic realm="Twilio API"' } : undefined);

const style: compat.CompatStyle = { accountsPrefix: '/2010-04-01/Accounts', startEnd: true, countryCode: false, error, numberFields: () => ({ status: 'in-use' }) };

/** Twilio REST API 2010-04-01 as described in the reference: Basic auth with AC…/token or SK…/secret. */
export function twilioSim(accounts: SimAccount[], network: Network): ProviderSim {
  const calls = compatCalls(
    {
      provider: 'twilio',
      list: (a) => `/2010-04-01/Accounts/${a.id}/Calls.json`,
      one: (a, sid) => `/2010-04-01/Accounts/${a.id}/Calls/${sid}.json`,
      created: 201,
      refuse: (code, message) => error(400, code, message),
      notFound: () => error(404, 20404, 'The requested resource was not found'),
    },
    network,
  );
  return {
    provider: 'twilio',
    authenticate(req) {
      const creds = basicCredentials(req.headers);
      const pathAccount = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})/.exec(req.path)?.[1];
      if (!creds || !pathAccount) return undefined;
      const [user, password] = creds;
      const account = accounts.find((a) => a.id === pathAccount);
      if (!account) return undefined;
      if (user === account.id && password === account.secret) return { account, viaKey: false };
      if (user === account.apiKey?.sid && password === account.apiKey.secret) return { account, viaKey: true };
      return undefined;
    },
    unauthorized: () => error(401, 20003, 'Authenticate'),
    rateLimited: () => error(429, 20429, 'Too Many Requests'),
    failing: () => error(503, 20503, 'Service unavailable'),
    route({ account, viaKey }, req, record) {
      const base = `/2010-04-01/Accounts/${account.id}`;
      if (req.path === `${base}.json` && req.method === 'GET') {
        // Standard API keys cannot read the Accounts resource.
        if (viaKey) return error(401, 20003, 'Authenticate');
        return reply(200, {
          sid: account.id,
          friendly_name: account.name,
          status: account.behavior === 'suspended' ? 'suspended' : 'active',
          type: account.behavior === 'trial' ? 'Trial' : 'Full',
          owner_account_sid: account.id,
          date_created: 'Thu, 30 Jul 2015 20:00:00 +0000',
          date_updated: 'Thu, 30 Jul 2015 20:00:00 +0000',
          uri: `${base}.json`,
          subresource_uris: { incoming_phone_numbers: `${base}/IncomingPhoneNumbers.json` },
        });
      }
      if (account.behavior === 'suspended') return error(403, 20403, 'Forbidden: account is not active');
      const calling = calls.route(account, req);
      if (calling) return calling;
      if (req.path === `${base}/IncomingPhoneNumbers.json` && req.method === 'GET') {
        return compat.listNumbers(style, account, req, `${base}/IncomingPhoneNumbers.json`);
      }
      const one = new RegExp(`^${base}/IncomingPhoneNumbers/(PN[0-9a-f]{32})\\.json$`).exec(req.path);
      if (one && (req.method === 'GET' || req.method === 'POST')) return compat.numberRoute(style, account, req, one[1]!, record);
      return error(404, 20404, `The requested resource ${req.path} was not found`);
    },
  };
}
