import type { SimAccount, SimNumber } from './accounts';
import { reply, type SimReply } from './http';
import type { Network } from './network';
import type { ProviderSim } from './provider-sim';
import { telnyxCalls } from './telnyx-calls';

const errors = (status: number, code: string, title: string, detail: string, headers?: Record<string, string>): SimReply =>
  reply(status, { errors: [{ code, title, detail, meta: { url: `https://developers.telnyx.com/docs/overview/errors/${code}` } }] }, headers);

const RATE_HEADERS = { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' };

interface SimProfile { id: string; name: string; enabled: boolean; created_at: string }
interface SimFqdnConnection { id: string; connection_name: string; outbound_voice_profile_id: string | null; created_at: string }
interface TelnyxExtras {
  fqdnConnections: SimFqdnConnection[];
  profiles: SimProfile[];
}

/**
 * The query parameters each list documents (telnyx_v2.json), as patterns of the bracketed
 * deepObject keys. Anything else is refused, as a strict API would: an adapter that invents a
 * filter (the exact `filter[name]` Telnyx never had) fails here instead of in production.
 */
const PAGE = [/^page\[(number|size)\]$/];
const DOCUMENTED_QUERY: Record<string, RegExp[]> = {
  '/phone_numbers': [...PAGE, /^sort$/, /^handle_messaging_profile_error$/,
    /^filter\[(billing_group_id|connection_id|country_iso_alpha2|customer_reference|emergency_address_id|number_type|phone_number|source|status|tag|voice\.connection_name|voice\.usage_payment_method|without_tags)\](\[\w+\])?$/],
  '/outbound_voice_profiles': [...PAGE, /^sort$/, /^filter\[name\]\[contains\]$/],
  '/fqdn_connections': [...PAGE, /^sort$/, /^filter\[connection_name\]\[contains\]$/, /^filter\[fqdn\]$/, /^filter\[outbound_voice_profile_id\]$/],
};
/** The status each list answers a bad query with: the one its definition lists (400, or 422 for profiles). */
const BAD_QUERY_STATUS: Record<string, number> = { '/phone_numbers': 400, '/outbound_voice_profiles': 422, '/fqdn_connections': 400 };
/** The documented `sort` values of each list, the first being its default (profiles: newest first; connections: oldest first). */
const SORTS: Record<string, string[]> = {
  '/phone_numbers': ['purchased_at', 'phone_number', 'connection_name', 'usage_payment_method'],
  '/outbound_voice_profiles': ['-created_at', 'created_at', 'enabled', '-enabled', 'name', '-name', 'service_plan', '-service_plan', 'traffic_type', '-traffic_type', 'usage_payment_method', '-usage_payment_method'],
  '/fqdn_connections': ['created_at', 'connection_name', 'active'],
};
/** Documented default page sizes; every list caps page[size] at 250. */
const DEFAULT_PAGE_SIZE: Record<string, number> = { '/phone_numbers': 20, '/outbound_voice_profiles': 20, '/fqdn_connections': 250 };

/** Sequential ids and creation times, so "newest first" is well defined without a wall clock. */
let sequence = 0;
const nextId = () => String(2_000_000_000_000_000_000n + BigInt(++sequence));
const createdAt = () => new Date(Date.UTC(2024, 0, 1) + ++sequence * 1000).toISOString();

/** Telnyx API v2: Bearer keys, `{data, meta}` envelopes, bracketed deepObject query parameters. */
export function telnyxSim(accounts: SimAccount[], network: Network): ProviderSim {
  const extras = new Map<string, TelnyxExtras>();
  const callControl = telnyxCalls(network);
  const extrasOf = (a: SimAccount) => {
    let e = extras.get(a.id);
    if (!e) extras.set(a.id, (e = { fqdnConnections: [], profiles: [{ id: a.telnyx!.profileId, name: 'Default', enabled: a.telnyx!.profileEnabled, created_at: '2023-06-01T00:00:00.000Z' }] }));
    return e;
  };
  /** FqdnConnection (the definition's schema): the profile is under `outbound`. */
  const fqdnConnection = (c: SimFqdnConnection) => ({
    id: c.id,
    record_type: 'fqdn_connection',
    connection_name: c.connection_name,
    active: true,
    transport_protocol: 'UDP',
    // The definition types the profile id as a string: a connection without one has none to show.
    outbound: c.outbound_voice_profile_id ? { outbound_voice_profile_id: c.outbound_voice_profile_id } : {},
    created_at: c.created_at,
    updated_at: c.created_at,
  });
  const profileResource = (p: SimProfile) => ({ ...p, record_type: 'outbound_voice_profile', whitelisted_destinations: ['US', 'CA'], updated_at: p.created_at });
  /** A query outside the documented parameters, or paging out of its documented bounds. */
  const badQuery = (path: string, q: URLSearchParams): SimReply | undefined => {
    const status = BAD_QUERY_STATUS[path]!;
    for (const key of q.keys()) {
      if (!DOCUMENTED_QUERY[path]!.some((re) => re.test(key))) return errors(status, '10015', 'Invalid parameter', `The query parameter ${key} is not supported.`);
    }
    const sort = q.get('sort');
    if (sort !== null && !SORTS[path]!.includes(sort)) return errors(status, '10015', 'Invalid parameter', `sort must be one of ${SORTS[path]!.join(', ')}.`);
    for (const [key, max] of [['page[number]', Infinity], ['page[size]', 250]] as const) {
      const v = q.get(key);
      if (v !== null && !(/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= max)) return errors(status, '10015', 'Invalid parameter', `${key} is out of range.`);
    }
    return undefined;
  };
  /** One page of `all` with the documented `meta` (PaginationMeta). */
  const paged = <T,>(path: string, q: URLSearchParams, all: T[], map: (x: T) => unknown, headers?: Record<string, string>) => {
    const size = Number(q.get('page[size]') ?? DEFAULT_PAGE_SIZE[path]);
    const page = Number(q.get('page[number]') ?? 1);
    return reply(200, {
      data: all.slice((page - 1) * size, page * size).map(map),
      meta: { page_number: page, page_size: size, total_pages: Math.max(Math.ceil(all.length / size), 1), total_results: all.length },
    }, headers);
  };
  /** A list in its documented order: `sort`, or the list's default; a sort on a field the simulator does not keep orders by creation. */
  const sorted = <T extends { created_at: string; name?: string; connection_name?: string }>(path: string, items: T[], sort: string | null) => {
    const by = sort ?? SORTS[path]![0]!;
    const key = by.replace(/^-/, '');
    const dir = by.startsWith('-') ? -1 : 1;
    const value = (x: T) => (key === 'name' || key === 'connection_name' ? String(x.name ?? x.connection_name) : x.created_at);
    return [...items].sort((a, b) => dir * value(a).localeCompare(value(b)));
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
    external_pin: null,
    deletion_lock_enabled: false,
    created_at: '2024-01-01T00:00:00.000Z',
    purchased_at: '2024-01-01T00:00:00Z',
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
      const calling = callControl.route(account, req, record);
      if (calling) return calling;
      if (req.method === 'GET' && req.path === '/balance') {
        return reply(200, { data: { record_type: 'balance', balance: '300.00', credit_limit: '100.00', available_credit: '400.00', pending: '10.00', currency: 'USD' } });
      }
      if (req.method === 'GET' && req.path in DOCUMENTED_QUERY) {
        const bad = badQuery(req.path, q);
        if (bad) return bad;
      }
      if (req.method === 'GET' && req.path === '/phone_numbers') {
        // Of the documented filters, the ones the gateway could use are modelled; the others are accepted and ignored.
        const filter = q.get('filter[phone_number]');
        const connection = q.get('filter[connection_id]');
        const all = account.numbers.filter((n) => (!filter || n.e164.includes(filter)) && (!connection || n.routing.connection_id === connection));
        return paged(req.path, q, all, detailed, { ...RATE_HEADERS, 'x-ratelimit-remaining': '99' });
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
        // GET /connections/{id} answers the generic Connection, whose profile id is top-level.
        if (conn[1] === t.connectionId) {
          return reply(200, { data: { id: t.connectionId, record_type: 'ip_connection', connection_name: account.name, active: true, outbound_voice_profile_id: t.profileId } });
        }
        const fqdn = x.fqdnConnections.find((c) => c.id === conn[1]);
        if (!fqdn) return notFound();
        return reply(200, { data: { id: fqdn.id, record_type: 'fqdn_connection', connection_name: fqdn.connection_name, active: true, outbound_voice_profile_id: fqdn.outbound_voice_profile_id, created_at: fqdn.created_at } });
      }
      const oneFqdn = /^\/fqdn_connections\/([\w-]+)$/.exec(req.path);
      if (oneFqdn && req.method === 'GET') {
        const fqdn = x.fqdnConnections.find((c) => c.id === oneFqdn[1]);
        return fqdn ? reply(200, { data: fqdnConnection(fqdn) }) : notFound();
      }
      const profile = /^\/outbound_voice_profiles\/([\w-]+)$/.exec(req.path);
      if (profile && req.method === 'GET') {
        const p = x.profiles.find((p) => p.id === profile[1]);
        return p ? reply(200, { data: profileResource(p) }) : notFound();
      }
      if (req.path === '/outbound_voice_profiles') {
        if (req.method === 'GET') {
          const contains = q.get('filter[name][contains]');
          return paged(req.path, q, sorted(req.path, x.profiles.filter((p) => contains === null || p.name.includes(contains)), q.get('sort')), profileResource);
        }
        if (req.method === 'POST') {
          record(req.body);
          if (typeof req.body.name !== 'string' || !req.body.name) return errors(422, '10015', 'Invalid value', 'name is required.');
          const p = { id: nextId(), name: req.body.name, enabled: req.body.enabled !== false, created_at: createdAt() };
          x.profiles.push(p);
          // The definition answers a created profile with 200, not 201.
          return reply(200, { data: profileResource(p) });
        }
      }
      if (req.path === '/fqdn_connections') {
        if (req.method === 'GET') {
          const contains = q.get('filter[connection_name][contains]');
          const profileId = q.get('filter[outbound_voice_profile_id]');
          const all = x.fqdnConnections.filter((c) => (contains === null || c.connection_name.includes(contains)) && (profileId === null || c.outbound_voice_profile_id === profileId));
          // filter[fqdn] is documented too; the simulator keeps no FQDN list per connection, so it matches none.
          return paged(req.path, q, q.get('filter[fqdn]') === null ? sorted(req.path, all, q.get('sort')) : [], fqdnConnection);
        }
        if (req.method === 'POST') {
          record(req.body);
          const outbound = (req.body.outbound ?? {}) as { outbound_voice_profile_id?: string };
          const c = { id: nextId(), connection_name: String(req.body.connection_name ?? ''), outbound_voice_profile_id: outbound.outbound_voice_profile_id ?? null, created_at: createdAt() };
          x.fqdnConnections.push(c);
          // The network delivers calls to its numbers by INVITE to its FQDNs, numbers formatted as its inbound settings say.
          const inbound = (req.body.inbound ?? {}) as { dnis_number_format?: string; ani_number_format?: string };
          network.telnyxRoutes.set(c.id, { fqdns: [], dnisFormat: inbound.dnis_number_format ?? 'e164', aniFormat: inbound.ani_number_format ?? 'E.164-national' });
          return reply(201, { data: fqdnConnection(c) });
        }
      }
      if (req.path === '/fqdns' && req.method === 'POST') {
        record(req.body);
        const route = network.telnyxRoutes.get(String(req.body.connection_id));
        if (route && typeof req.body.fqdn === 'string') route.fqdns.push({ fqdn: req.body.fqdn, port: Number(req.body.port ?? 5060) });
        return reply(201, { data: { id: nextId(), record_type: 'fqdn', ...req.body, created_at: createdAt() } });
      }
      return notFound();
    },
  };
}
