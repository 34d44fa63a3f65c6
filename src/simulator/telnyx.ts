import { randomUUID } from 'node:crypto';
import type { SimAccount, SimNumber } from './accounts';
import { reply, type SimReply } from './http';
import type { ProviderSim } from './provider-sim';

const errors = (status: number, code: string, title: string, detail: string, headers?: Record<string, string>): SimReply =>
  reply(status, { errors: [{ code, title, detail, meta: { url: `https://developers.telnyx.com/docs/overview/errors/${code}` } }] }, headers);

const RATE_HEADERS = { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' };

interface TelnyxExtras {
  fqdnConnections: { id: string; connection_name: string; outbound_voice_profile_id: string | null }[];
  profiles: { id: string; name: string; enabled: boolean }[];
}

/** Telnyx API v2: Bearer keys, `{data, meta}` envelopes, bracketed deepObject query parameters. */
export function telnyxSim(accounts: SimAccount[]): ProviderSim {
  const extras = new Map<string, TelnyxExtras>();
  const extrasOf = (a: SimAccount) => {
    let e = extras.get(a.id);
    if (!e) extras.set(a.id, (e = { fqdnConnections: [], profiles: [{ id: a.telnyx!.profileId, name: 'Default', enabled: a.telnyx!.profileEnabled }] }));
    return e;
  };
  const detailed = (n: SimNumber) => ({
    id: n.id,
    record_type: 'phone_number',
    phone_number: n.e164,
    status: 'active',
    country_iso_alpha2: n.country,
    phone_number_type: 'local',
    connection_id: n.routing.connection_id ?? null,
    customer_reference: null,
    messaging_profile_id: n.capabilities.sms ? '40017f8e-49bd-4f16-9e3d-ef103f916228' : null,
    tags: [],
    created_at: '2024-01-01T00:00:00.000Z',
  });
  const notFound = () => errors(404, '10005', 'Resource not found', 'The requested resource or URL could not be found.');

  return {
    provider: 'telnyx',
    stripPrefix: (path) => (path.startsWith('/v2/') ? path.slice(3) : undefined),
    authenticate(req) {
      const key = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
      const account = accounts.find((a) => a.provider === 'telnyx' && a.id === key);
      return account && { account, viaKey: false };
    },
    unauthorized: () => errors(401, '10009', 'Authentication failed', 'Could not understand the provided credentials.'),
    rateLimited: () => errors(429, '10011', 'Too many requests', 'You have exceeded the maximum number of allowed requests.', RATE_HEADERS),
    failing: () => errors(500, '10007', 'Unexpected error', 'An unexpected error occured.'),
    route({ account }, req, record) {
      const q = req.query;
      const t = account.telnyx!;
      const x = extrasOf(account);
      if (account.behavior === 'suspended') return errors(403, '10006', 'Not authorized', 'You are not authorized to access the requested resource.');
      if (req.method === 'GET' && req.path === '/balance') {
        return reply(200, { data: { record_type: 'balance', balance: '300.00', credit_limit: '100.00', available_credit: '400.00', pending: '10.00', currency: 'USD' } });
      }
      if (req.method === 'GET' && req.path === '/phone_numbers') {
        const size = Math.min(Math.max(Number(q.get('page[size]') ?? 20) || 20, 1), 250);
        const page = Math.max(Number(q.get('page[number]') ?? 1) || 1, 1);
        const filter = q.get('filter[phone_number]');
        const all = account.numbers.filter((n) => !filter || n.e164.includes(filter));
        const total = Math.max(Math.ceil(all.length / size), 1);
        return reply(200, {
          data: all.slice((page - 1) * size, page * size).map(detailed),
          meta: { page_number: page, page_size: size, total_pages: total, total_results: all.length },
        }, { ...RATE_HEADERS, 'x-ratelimit-remaining': '99' });
      }
      const num = /^\/phone_numbers\/(\d+)$/.exec(req.path);
      if (num) {
        const n = account.numbers.find((x) => x.id === num[1]);
        if (!n) return notFound();
        if (req.method === 'PATCH') {
          record(req.body);
          if (n.locked) return errors(422, '10015', 'Invalid value', 'The number is locked and cannot be reassigned.');
          if ('connection_id' in req.body) n.routing.connection_id = req.body.connection_id === null ? null : String(req.body.connection_id);
        }
        return reply(200, { data: detailed(n) });
      }
      const conn = /^\/connections\/([\w-]+)$/.exec(req.path);
      if (conn && req.method === 'GET') {
        if (conn[1] === t.connectionId) {
          return reply(200, { data: { id: t.connectionId, record_type: 'ip_connection', connection_name: account.name, active: true, outbound_voice_profile_id: t.profileId } });
        }
        const fqdn = x.fqdnConnections.find((c) => c.id === conn[1]);
        if (!fqdn) return notFound();
        return reply(200, { data: { ...fqdn, record_type: 'fqdn_connection', active: true } });
      }
      const profile = /^\/outbound_voice_profiles\/([\w-]+)$/.exec(req.path);
      if (profile && req.method === 'GET') {
        const p = x.profiles.find((p) => p.id === profile[1]);
        return p ? reply(200, { data: { ...p, record_type: 'outbound_voice_profile', whitelisted_destinations: ['US', 'CA'] } }) : notFound();
      }
      if (req.path === '/outbound_voice_profiles') {
        if (req.method === 'GET') return reply(200, { data: x.profiles.filter((p) => !q.get('filter[name]') || p.name === q.get('filter[name]')), meta: { page_number: 1, total_pages: 1 } });
        if (req.method === 'POST') {
          record(req.body);
          const p = { id: randomUUID(), name: String(req.body.name ?? ''), enabled: req.body.enabled !== false };
          x.profiles.push(p);
          return reply(201, { data: p });
        }
      }
      if (req.path === '/fqdn_connections') {
        if (req.method === 'GET') {
          const contains = q.get('filter[connection_name][contains]');
          return reply(200, { data: x.fqdnConnections.filter((c) => !contains || c.connection_name.includes(contains)), meta: { page_number: 1, total_pages: 1 } });
        }
        if (req.method === 'POST') {
          record(req.body);
          const outbound = (req.body.outbound ?? {}) as { outbound_voice_profile_id?: string };
          const c = { id: String(2_000_000_000_000_000_000n + BigInt(x.fqdnConnections.length)), connection_name: String(req.body.connection_name ?? ''), outbound_voice_profile_id: outbound.outbound_voice_profile_id ?? null };
          x.fqdnConnections.push(c);
          return reply(201, { data: { ...c, record_type: 'fqdn_connection', active: true } });
        }
      }
      if (req.path === '/fqdns' && req.method === 'POST') {
        record(req.body);
        return reply(201, { data: { id: randomUUID(), record_type: 'fqdn', ...req.body } });
      }
      return notFound();
    },
  };
}
