import { z } from 'zod';
import type { CallOptions, HttpClient, HttpResponse } from './http-client';
import { credentialObject, secret, sipHost, toE164, TOKEN_CHARS } from './fields';
import { parseBody, rejectAuth } from './compat-api';
import { connectionProfile, endTelnyxCall, placeTelnyxCall, prepareTelnyxCalling, type TelnyxCall } from './telnyx-calls';
import type { CallingAdapter } from './calls';
import {
  fail,
  notApplicable,
  outcome,
  pass,
  rejectedOutcome,
  RoutingRejectedError,
  type CheckResult,
  type ProviderAdapter, type ProviderDefinition,
  type ProviderNumber,
} from './types';
import { ProviderUnavailableError } from '../kernel/errors';

const credentialsSchema = credentialObject({
  api_key: secret('api_key'),
  connection_id: z.string().trim().regex(/^[0-9A-Za-z-]{1,64}$/, 'connection_id must be a Telnyx connection id').optional(),
  /**
   * The account's Ed25519 webhook public key (Mission Control, base64 of 32 bytes): not a secret,
   * kept with the credentials because it belongs to the account (issue 24).
   */
  signing_secret: z.string({ error: 'signing_secret must be a string' }).trim()
    .refine((v) => /^[A-Za-z0-9+/]{43}=$/.test(v) && Buffer.from(v, 'base64').length === 32, 'signing_secret must be the Telnyx public key: 32 bytes in base64')
    .optional(),
});
export type TelnyxCredentials = z.infer<typeof credentialsSchema>;

/** Customers may send a `domain` hint, as the guide shows; the ids are written by guided setup only. */
const sipConfigSchema = z.strictObject({
  domain: z.string().trim().min(1).max(253, 'domain is too long').regex(TOKEN_CHARS, 'domain must be printable ASCII without spaces').optional(),
});
export type TelnyxSipConfig = z.infer<typeof sipConfigSchema> & { fqdn_connection_id?: string; outbound_voice_profile_id?: string; call_control_app_id?: string };

const numberSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  phone_number: z.string(),
  country_iso_alpha2: z.string().nullish(),
  connection_id: z.string().nullish(),
  customer_reference: z.string().nullish(),
  messaging_profile_id: z.string().nullish(),
});
const listSchema = z.object({
  data: z.array(numberSchema),
  meta: z.object({ page_number: z.number(), total_pages: z.number() }),
});
const connectionSchema = z.object({
  data: z.object({
    id: z.union([z.string(), z.number()]).transform(String),
    connection_name: z.string().nullish(),
    active: z.boolean().nullish(),
    outbound_voice_profile_id: z.string().nullish(),
  }),
});
const profileSchema = z.object({ data: z.object({ id: z.string(), enabled: z.boolean().nullish(), name: z.string().nullish() }) });
/**
 * One page of outbound voice profiles or FQDN connections. An FQDN connection names its profile
 * under `outbound` (FqdnConnection.outbound.outbound_voice_profile_id); only the generic
 * Connection of GET /connections/{id} has it at the top level.
 */
const namedPage = z.object({
  data: z.array(z.object({
    id: z.union([z.string(), z.number()]).transform(String),
    connection_name: z.string().nullish(),
    name: z.string().nullish(),
    outbound: z.object({ outbound_voice_profile_id: z.string().nullish() }).nullish(),
  })),
  meta: z.object({ page_number: z.number().optional(), total_pages: z.number().optional() }).optional(),
});
type Named = z.infer<typeof namedPage>['data'][number];

const GUIDED_CONNECTION_NAME = 'Trunkline inbound';
const GUIDED_PROFILE_NAME = 'Trunkline outbound';
const PAGE_SIZE = 250;
/** How many pages a lookup by name reads at most (250 a page), against a server that never says "last". */
const MAX_LOOKUP_PAGES = 200;
/**
 * Where the resources the gateway sets up are looked up by name. Telnyx documents only a
 * substring filter for both (`filter[name][contains]` on outbound voice profiles,
 * `filter[connection_name][contains]` on FQDN connections; there is no exact-name filter), so
 * the exact match is ours and every page of the filtered list is read: "Trunkline outbound (old)"
 * must not be taken for ours, and ours may sit on any page.
 */
const LOOKUP = {
  profile: { path: '/outbound_voice_profiles', filter: 'filter[name][contains]', nameOf: (r: Named) => r.name },
  connection: { path: '/fqdn_connections', filter: 'filter[connection_name][contains]', nameOf: (r: Named) => r.connection_name },
};
type Lookup = (typeof LOOKUP)[keyof typeof LOOKUP];

/** What Telnyx needs from a customer; static, so the schema can describe it. */
export const telnyxDefinition: ProviderDefinition<TelnyxCredentials, TelnyxSipConfig> = {
  id: 'telnyx',
  displayName: 'Telnyx',
  setupMethods: ['api_key', 'guided_telnyx'],
  credentialsSchema,
  sipConfigSchema,
  credentialFields: [
    { name: 'api_key', label: 'API key', required: true, secret: true, description: 'A Telnyx API v2 key (KEY…).' },
    { name: 'connection_id', label: 'Connection id', required: false, secret: false, description: 'The SIP connection your numbers should use. Leave it out and Trunkline sets up its own connection and outbound voice profile.' },
    {
      name: 'signing_secret',
      label: 'Public key',
      required: false,
      secret: false,
      description: "The account's webhook public key (Ed25519, base64, from Mission Control), for webhook signatures. Without it, test calls cannot be proven.",
    },
  ],
  sipConfigFields: [
    { name: 'domain', label: 'SIP domain', required: false, secret: false, description: 'Your Telnyx SIP domain, for reference.' },
  ],
};

/** Telnyx API v2: Bearer API key, `{data, meta}` envelopes, 1-based `page[number]`. */
export function telnyxAdapter(opts: { baseUrl: string; http: HttpClient }): ProviderAdapter<TelnyxCredentials, TelnyxSipConfig> & Required<CallingAdapter<TelnyxCredentials, TelnyxSipConfig>> {
  const base = opts.baseUrl.replace(/\/$/, '') + '/v2';
  /** One API call; `template` is its path with every id as {id} and no query, the only name metrics see. */
  const call = (c: TelnyxCredentials, method: 'GET' | 'POST' | 'PATCH', path: string, template: string, callOpts?: CallOptions, json?: unknown) =>
    opts.http('Telnyx', { method, url: base + path, template: `/v2${template}`, headers: { authorization: `Bearer ${c.api_key}` }, json }, callOpts);
  const caller = (c: TelnyxCredentials): TelnyxCall => (method, path, template, callOpts, json) => call(c, method, path, template, callOpts, json);
  const ok = (res: HttpResponse) => {
    rejectAuth('Telnyx', res);
    if (res.status < 200 || res.status > 299) throw new ProviderUnavailableError('Telnyx', `HTTP ${res.status}`);
    return res;
  };

  /** The connection a number should route to: the customer's own, or the one guided setup made. */
  const routeConnection = (c: TelnyxCredentials, sip: TelnyxSipConfig) => c.connection_id ?? sip.fqdn_connection_id ?? null;

  async function connectionChecks(c: TelnyxCredentials, connectionId: string, callOpts?: CallOptions) {
    const res = await call(c, 'GET', `/connections/${encodeURIComponent(connectionId)}`, '/connections/{id}', callOpts);
    if (res.status === 404) {
      const missing = fail('connection_not_found', 'No Telnyx connection with that connection_id in this account.');
      return { name: null, inbound: missing, outbound: notApplicable('not_checked', 'Not checked: the connection was not found.') };
    }
    const conn = parseBody('Telnyx', connectionSchema, ok(res)).data;
    const inbound = conn.active === false
      ? fail('connection_inactive', 'The Telnyx connection is disabled.')
      : pass('connection_ready', 'The Telnyx connection can receive calls.');
    return { name: conn.connection_name ?? null, inbound, outbound: await profileCheck(c, conn.outbound_voice_profile_id ?? null, callOpts) };
  }

  async function profileCheck(c: TelnyxCredentials, profileId: string | null, callOpts?: CallOptions): Promise<CheckResult> {
    if (!profileId) return fail('no_outbound_voice_profile', 'The connection has no outbound voice profile: assign one in Telnyx.');
    const res = await call(c, 'GET', `/outbound_voice_profiles/${encodeURIComponent(profileId)}`, '/outbound_voice_profiles/{id}', callOpts);
    if (res.status === 404) return fail('no_outbound_voice_profile', 'The outbound voice profile no longer exists.');
    const profile = parseBody('Telnyx', profileSchema, ok(res)).data;
    return profile.enabled === false
      ? fail('outbound_profile_disabled', 'The outbound voice profile is disabled.')
      : pass('outbound_authorized', 'The outbound voice profile allows calls.');
  }

  /** The resource named exactly `name`, read page by page through the documented substring filter. */
  async function findByName(c: TelnyxCredentials, lookup: Lookup, name: string, callOpts?: CallOptions): Promise<Named | null> {
    for (let page = 1; page <= MAX_LOOKUP_PAGES; page++) {
      const query = `${lookup.filter}=${encodeURIComponent(name)}&page[number]=${page}&page[size]=${PAGE_SIZE}`;
      const body = parseBody('Telnyx', namedPage, ok(await call(c, 'GET', `${lookup.path}?${query}`, lookup.path, callOpts)));
      const found = body.data.find((r) => lookup.nameOf(r) === name);
      if (found) return found;
      if (body.data.length === 0 || page >= (body.meta?.total_pages ?? page)) return null;
    }
    return null;
  }

  async function findOrCreate(c: TelnyxCredentials, lookup: Lookup, name: string, create: () => Promise<HttpResponse>, callOpts?: CallOptions) {
    const found = await findByName(c, lookup, name, callOpts);
    if (found) return found;
    return parseBody('Telnyx', z.object({ data: z.object({ id: z.union([z.string(), z.number()]).transform(String) }) }), ok(await create())).data;
  }

  /**
   * Without a connection_id the gateway sets routing up itself at create: the checks say what it
   * will make, or which of its earlier resources in this account it will reuse (and whether they work).
   */
  async function setupPlan(c: TelnyxCredentials, callOpts?: CallOptions) {
    const connection = await findByName(c, LOOKUP.connection, GUIDED_CONNECTION_NAME, callOpts);
    if (connection) {
      const conn = await connectionChecks(c, connection.id, callOpts);
      const reuse = (r: CheckResult) => (r.status === 'pass' ? pass('guided_setup_reuse', `${r.detail} Trunkline will route your numbers through its existing "${GUIDED_CONNECTION_NAME}" connection.`) : r);
      return { inbound: reuse(conn.inbound), outbound: reuse(conn.outbound) };
    }
    const profile = await findByName(c, LOOKUP.profile, GUIDED_PROFILE_NAME, callOpts);
    const made = `No connection_id: when you create the connection, Trunkline creates a "${GUIDED_CONNECTION_NAME}" FQDN connection pointing at the platform`;
    return {
      inbound: notApplicable('guided_setup', `${made}, and routes imported numbers to it.`),
      outbound: notApplicable('guided_setup', profile
        ? `${made}, with its existing "${GUIDED_PROFILE_NAME}" outbound voice profile.`
        : `${made}, with a new "${GUIDED_PROFILE_NAME}" outbound voice profile.`),
    };
  }

  return {
    ...telnyxDefinition,

    setupIssues(method, c) {
      return method === 'guided_telnyx' && c.connection_id
        ? [{ path: 'credentials.connection_id', message: 'is not used with guided_telnyx, which sets up its own connection (use setup_method api_key to route through yours)' }]
        : [];
    },

    async test(c, sip, callOpts) {
      let res = await call(c, 'GET', '/balance', '/balance', callOpts);
      if (res.status === 401) return rejectedOutcome('Telnyx', fail('credentials_rejected', 'Telnyx rejected the API key.'));
      // A key without billing permission is still valid: prove it on the numbers list instead.
      const firstPage = await call(c, 'GET', '/phone_numbers?page[number]=1&page[size]=1', '/phone_numbers', callOpts);
      if (res.status === 403 && firstPage.status === 403) {
        return rejectedOutcome('Telnyx', fail('account_inactive', 'Telnyx refuses this key access to numbers and billing (suspended account or restricted key).'));
      }
      res = firstPage;
      if (res.status !== 200) throw new ProviderUnavailableError('Telnyx', `HTTP ${res.status}`);
      const first = parseBody('Telnyx', listSchema, res).data[0];
      const valid = pass('credentials_valid', 'Telnyx accepted the API key.');
      const connectionId = routeConnection(c, sip);
      if (!connectionId) {
        const plan = await setupPlan(c, callOpts);
        return outcome('Telnyx', valid, plan.inbound, plan.outbound, null, first ? toE164(first.phone_number) : null);
      }
      const conn = await connectionChecks(c, connectionId, callOpts);
      return outcome('Telnyx', valid, conn.inbound, conn.outbound, conn.name, first ? toE164(first.phone_number) : null);
    },

    async listNumbers(c, _sip, callOpts) {
      const out: ProviderNumber[] = [];
      for (let page = 1; page <= 1000; page++) {
        const res = ok(await call(c, 'GET', `/phone_numbers?page[number]=${page}&page[size]=${PAGE_SIZE}`, '/phone_numbers', callOpts));
        const body = parseBody('Telnyx', listSchema, res);
        for (const n of body.data) {
          const phoneNumber = toE164(n.phone_number);
          out.push({
            phoneNumber,
            providerNumberId: n.id,
            friendlyName: n.customer_reference || phoneNumber,
            country: n.country_iso_alpha2 ?? null,
            // Telnyx numbers carry no capability map: DIDs take voice; SMS/MMS follow a messaging profile.
            capabilities: { voice: true, sms: Boolean(n.messaging_profile_id), mms: Boolean(n.messaging_profile_id) },
          });
        }
        if (body.meta.page_number >= body.meta.total_pages || body.data.length === 0) break;
      }
      return out;
    },

    async configureInbound(c, sip, number, _target, callOpts) {
      const connectionId = routeConnection(c, sip);
      if (!connectionId) throw new RoutingRejectedError('The connection has no Telnyx connection to route numbers to.');
      const res = await call(c, 'GET', `/phone_numbers/${encodeURIComponent(number.providerNumberId)}`, '/phone_numbers/{id}', callOpts);
      if (res.status === 404) throw new RoutingRejectedError('The number is no longer in this Telnyx account.');
      const current = parseBody('Telnyx', z.object({ data: numberSchema }), ok(res)).data;
      await patchConnection(c, number.providerNumberId, connectionId, callOpts);
      return { connection_id: current.connection_id ?? null };
    },

    async restoreInbound(c, _sip, number, previous, callOpts) {
      await patchConnection(c, number.providerNumberId, previous.connection_id ?? null, callOpts);
    },

    async checkOutbound(c, sip, _number, callOpts) {
      const connectionId = routeConnection(c, sip);
      if (!connectionId) return fail('no_connection', 'The connection has no Telnyx connection to place calls through.');
      return (await connectionChecks(c, connectionId, callOpts)).outbound;
    },

    async provision(c, target, callOpts) {
      if (c.connection_id) return null;
      const fqdn = sipHost(target.sipUri);
      const profileId = (await findOrCreate(c, LOOKUP.profile, GUIDED_PROFILE_NAME,
        () => call(c, 'POST', '/outbound_voice_profiles', '/outbound_voice_profiles', callOpts, { name: GUIDED_PROFILE_NAME, enabled: true }), callOpts)).id;
      const connection = await findOrCreate(c, LOOKUP.connection, GUIDED_CONNECTION_NAME,
        async () => {
          const created = await call(c, 'POST', '/fqdn_connections', '/fqdn_connections', callOpts, {
            connection_name: GUIDED_CONNECTION_NAME,
            transport_protocol: 'UDP',
            outbound: { outbound_voice_profile_id: profileId },
          });
          const id = parseBody('Telnyx', z.object({ data: z.object({ id: z.union([z.string(), z.number()]).transform(String) }) }), ok(created)).data.id;
          ok(await call(c, 'POST', '/fqdns', '/fqdns', callOpts, { connection_id: id, fqdn, dns_record_type: 'a', port: 5060 }));
          return created;
        }, callOpts);
      // A connection found from an earlier setup records the profile it really uses, which may
      // since have been changed in Telnyx; a new one uses the profile just found or made.
      const found = (connection as Partial<Named>).outbound?.outbound_voice_profile_id;
      return { fqdn_connection_id: connection.id, outbound_voice_profile_id: found ?? profileId };
    },

    async prepareCalling(c, sip, statusUrl, callOpts) {
      // The profile guided setup recorded, or the one the customer's own connection uses.
      const profile = sip.outbound_voice_profile_id ?? (c.connection_id ? await connectionProfile(caller(c), c.connection_id, callOpts) : null);
      return prepareTelnyxCalling(caller(c), profile, statusUrl, callOpts);
    },

    placeCall: (c, sip, request, callOpts) => placeTelnyxCall(caller(c), sip.call_control_app_id, request, callOpts),

    endCall: (c, _sip, callControlId, callOpts) => endTelnyxCall(caller(c), callControlId, callOpts),
  };

  async function patchConnection(c: TelnyxCredentials, numberId: string, connectionId: string | null, callOpts?: CallOptions) {
    const res = await call(c, 'PATCH', `/phone_numbers/${encodeURIComponent(numberId)}`, '/phone_numbers/{id}', callOpts, { connection_id: connectionId });
    rejectAuth('Telnyx', res);
    if (res.status !== 200) throw new RoutingRejectedError(`Telnyx refused the routing update (HTTP ${res.status}).`);
  }
}
