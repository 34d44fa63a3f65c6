import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness';
import { captureLogs } from './support/providers';
import { createLogger } from '../src/logger';
import { createHttpClient, type HttpClient } from '../src/providers/http-client';
import { telnyxAdapter } from '../src/providers/telnyx';
import { vonageAdapter } from '../src/providers/vonage';
import { signalwireAdapter } from '../src/providers/signalwire';
import { basicAuth } from '../src/providers/fields';
import { credentialsFor } from '../src/simulator/accounts';

/**
 * The adapters and the simulator held to the providers' own definitions
 * (../shared/reference/provider-openapi): Telnyx lookups by name use only documented filters and
 * read every page; Vonage reads only documented number fields; the simulator answers with the
 * definitions' status codes, shapes and error bodies.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** The real HTTP client, recording each URL it is asked for (a spy on the wire, not a mock). */
function recordingClient(): { http: HttpClient; urls: URL[] } {
  const urls: URL[] = [];
  const inner = createHttpClient({ timeoutMs: 5_000, retries: 0, log: createLogger('debug', captureLogs().stream) });
  return { urls, http: (provider, req, opts) => (urls.push(new URL(req.url)), inner(provider, req, opts)) };
}

const telnyxKey = (scenario: 'valid' | 'trial' | 'slow' = 'valid') => h.sim.account('telnyx', scenario).id;
async function telnyx(method: string, path: string, body?: unknown, scenario: 'valid' | 'trial' = 'valid') {
  const res = await fetch(`${h.sim.baseUrls.telnyx}/v2${path}`, {
    method,
    headers: { authorization: `Bearer ${telnyxKey(scenario)}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as any };
}
/** Every row of a Telnyx list, page by page, as a client that follows meta.total_pages. */
async function telnyxAll(path: string, scenario: 'valid' | 'trial' = 'valid') {
  const out: any[] = [];
  for (let page = 1; ; page++) {
    const res = await telnyx('GET', `${path}${path.includes('?') ? '&' : '?'}page[number]=${page}&page[size]=250`, undefined, scenario);
    expect(res.status).toBe(200);
    out.push(...res.body.data);
    if (page >= res.body.meta.total_pages) return out;
  }
}
const writes = (since: number) => h.sim.writes.slice(since).map((w) => `${w.method} ${w.path}`);

describe('Telnyx guided setup reads every page of a documented filter', () => {
  /** The account as both tests find it: our profile behind 260 newer namesakes, then a first connection made by guided setup. */
  let profileId: string;
  let firstPage: Awaited<ReturnType<typeof telnyx>>;
  let firstTest: Awaited<ReturnType<Harness['rest']>>;
  let first: Awaited<ReturnType<Harness['rest']>>;
  let firstWrites: string[];
  beforeAll(async () => {
    profileId = (await telnyx('POST', '/outbound_voice_profiles', { name: 'Trunkline outbound', enabled: true })).body.data.id;
    // Newer profiles that the documented substring filter also matches: ours is pushed to page 2 (newest first).
    for (let i = 0; i < 260; i++) await telnyx('POST', '/outbound_voice_profiles', { name: `Trunkline outbound (old ${i})` });
    // And 260 older FQDN connections whose names contain ours: the one setup makes lands on page 2.
    for (let i = 0; i < 260; i++) await telnyx('POST', '/fqdn_connections', { connection_name: `Trunkline inbound (old ${i})` });
    firstPage = await telnyx('GET', '/outbound_voice_profiles?filter[name][contains]=Trunkline%20outbound&page[size]=250');
    const before = h.sim.writes.length;
    firstTest = await h.rest('POST', '/v1/voip-connections/test', { provider: 'telnyx', credentials: { api_key: telnyxKey() } });
    first = await h.rest('POST', '/v1/voip-connections', { provider: 'telnyx', credentials: { api_key: telnyxKey() }, verification_evidence_id: firstTest.body.verification_evidence_id });
    firstWrites = writes(before);
  });

  it('finds its profile on page 2 of 2 among near-namesakes, and creates no second one', () => {
    expect(firstPage.body.meta).toMatchObject({ page_number: 1, total_pages: 2 });
    expect(firstPage.body.data.some((p: { id: string }) => p.id === profileId)).toBe(false);
    expect(firstTest.body.checks.outbound_authorized.detail).toMatch(/its existing "Trunkline outbound"/);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.sip_config.outbound_voice_profile_id).toBe(profileId);
    expect(firstWrites).toEqual(['POST /fqdn_connections', 'POST /fqdns']);
  });

  it('finds its FQDN connection on page 2 at a second create and at a rotation, and creates nothing', async () => {
    const all = await telnyxAll('/fqdn_connections?filter[connection_name][contains]=Trunkline%20inbound');
    expect(all.findIndex((c) => c.id === first.body.sip_config.fqdn_connection_id)).toBeGreaterThanOrEqual(250);

    const before = h.sim.writes.length;
    const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'telnyx', credentials: { api_key: telnyxKey() } });
    expect(test.body.checks.inbound_reachable).toMatchObject({ status: 'pass', code: 'guided_setup_reuse' });
    const second = await h.rest('POST', '/v1/voip-connections', { provider: 'telnyx', name: 'Second', credentials: { api_key: telnyxKey() }, verification_evidence_id: test.body.verification_evidence_id });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    expect(second.body.sip_config).toMatchObject({ fqdn_connection_id: first.body.sip_config.fqdn_connection_id, outbound_voice_profile_id: profileId });

    const account = h.sim.account('telnyx', 'valid');
    const own = { api_key: account.id, connection_id: account.telnyx!.connectionId };
    const ownTest = await h.rest('POST', '/v1/voip-connections/test', { provider: 'telnyx', credentials: own });
    const rotating = await h.rest('POST', '/v1/voip-connections', { provider: 'telnyx', name: 'Rotates', credentials: own, verification_evidence_id: ownTest.body.verification_evidence_id });
    const keyOnly = await h.rest('POST', '/v1/voip-connections/test', { provider: 'telnyx', credentials: { api_key: account.id } });
    const rotated = await h.rest('PATCH', `/v1/voip-connections/${rotating.body.id}`, { credentials: { api_key: account.id }, verification_evidence_id: keyOnly.body.verification_evidence_id });
    expect(rotated.status, JSON.stringify(rotated.body)).toBe(200);
    expect(rotated.body.sip_config).toMatchObject({ fqdn_connection_id: first.body.sip_config.fqdn_connection_id, outbound_voice_profile_id: profileId });
    expect(writes(before)).toEqual([]);

    const named = (rows: { name?: string; connection_name?: string }[], name: string) => rows.filter((r) => (r.name ?? r.connection_name) === name);
    expect(named(await telnyxAll('/outbound_voice_profiles?filter[name][contains]=Trunkline'), 'Trunkline outbound')).toHaveLength(1);
    expect(named(await telnyxAll('/fqdn_connections?filter[connection_name][contains]=Trunkline'), 'Trunkline inbound')).toHaveLength(1);
  });

  it('sends only the query parameters the definition documents, and the simulator refuses invented ones', async () => {
    // telnyx_v2.json: outbound_voice_profiles takes page[number|size], filter[name][contains], sort;
    // fqdn_connections page[number|size], filter[connection_name][contains], filter[fqdn], filter[outbound_voice_profile_id], sort.
    const documented: Record<string, RegExp> = {
      '/v2/outbound_voice_profiles': /^(page\[(number|size)\]|filter\[name\]\[contains\]|sort)$/,
      '/v2/fqdn_connections': /^(page\[(number|size)\]|filter\[connection_name\]\[contains\]|filter\[fqdn\]|filter\[outbound_voice_profile_id\]|sort)$/,
      '/v2/phone_numbers': /^(page\[(number|size)\]|sort|filter\[[\w.]+\](\[\w+\])?|handle_messaging_profile_error)$/,
    };
    const { http, urls } = recordingClient();
    const adapter = telnyxAdapter({ baseUrl: h.sim.baseUrls.telnyx, http });
    const c = adapter.credentialsSchema.parse({ api_key: telnyxKey() });
    await adapter.test(c, {});
    await adapter.provision!(c, { voiceUrl: 'https://voice.trunkline.example/v', sipUri: 'sip:inbound.trunkline.example' });
    const lists = urls.filter((u) => u.search);
    expect(lists.map((u) => u.pathname.replace(/^.*\/v2\//, '/v2/'))).toEqual(expect.arrayContaining(['/v2/outbound_voice_profiles', '/v2/fqdn_connections']));
    for (const u of lists) {
      const path = u.pathname.replace(/^.*\/v2\//, '/v2/');
      for (const key of u.searchParams.keys()) expect(key, `${path}?${key}`).toMatch(documented[path]!);
      const size = u.searchParams.get('page[size]');
      if (size) expect(Number(size)).toBeLessThanOrEqual(250);
    }
    const invented = await telnyx('GET', `/outbound_voice_profiles?filter[name]=${encodeURIComponent('Trunkline outbound')}`);
    expect(invented.status).toBe(422);
    expect((await telnyx('GET', '/fqdn_connections?filter[connection_name]=x')).status).toBe(400);
    expect((await telnyx('GET', '/outbound_voice_profiles?page[size]=251')).status).toBe(422);
  });

  it('records the profile an existing connection really uses, read from FqdnConnection.outbound', async () => {
    const other = (await telnyx('POST', '/outbound_voice_profiles', { name: 'Hand-made' }, 'trial')).body.data.id;
    await telnyx('POST', '/outbound_voice_profiles', { name: 'Trunkline outbound' }, 'trial');
    await telnyx('POST', '/fqdn_connections', { connection_name: 'Trunkline inbound', outbound: { outbound_voice_profile_id: other } }, 'trial');
    const { http } = recordingClient();
    const adapter = telnyxAdapter({ baseUrl: h.sim.baseUrls.telnyx, http });
    const made = await adapter.provision!(adapter.credentialsSchema.parse({ api_key: telnyxKey('trial') }), { voiceUrl: 'https://v.example/v', sipUri: 'sip:inbound.trunkline.example' });
    expect(made).toMatchObject({ outbound_voice_profile_id: other });
  });
});

describe('the Telnyx simulator answers as telnyx_v2.json says', () => {
  it('creates a profile with 200 and an int64 id', async () => {
    const res = await telnyx('POST', '/outbound_voice_profiles', { name: 'Shape check' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: expect.stringMatching(/^\d+$/), name: 'Shape check', record_type: 'outbound_voice_profile' });
  });

  it('nests an FQDN connection\'s profile under outbound, and GET /connections/{id} has it top-level (Connection)', async () => {
    const created = await telnyx('POST', '/fqdn_connections', { connection_name: 'Shape check', outbound: { outbound_voice_profile_id: '123' } });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ record_type: 'fqdn_connection', outbound: { outbound_voice_profile_id: '123' } });
    expect(created.body.data).not.toHaveProperty('outbound_voice_profile_id');
    const listed = await telnyx('GET', '/fqdn_connections?filter[outbound_voice_profile_id]=123');
    expect(listed.body.data).toEqual([expect.objectContaining({ id: created.body.data.id, outbound: { outbound_voice_profile_id: '123' } })]);
    expect((await telnyx('GET', `/fqdn_connections/${created.body.data.id}`)).body.data.outbound).toEqual({ outbound_voice_profile_id: '123' });
    expect((await telnyx('GET', `/connections/${created.body.data.id}`)).body.data).toMatchObject({ outbound_voice_profile_id: '123' });
  });
});

describe('SignalWire numbers', () => {
  it('have UUID sids, which the adapter lists and routes by', async () => {
    const adapter = signalwireAdapter({ baseUrl: h.sim.baseUrls.signalwire, http: recordingClient().http });
    const c = adapter.credentialsSchema.parse(credentialsFor(h.sim.account('signalwire', 'valid')));
    const numbers = await adapter.listNumbers(c, {});
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const n of numbers) expect(n.providerNumberId).toMatch(uuid);
    const first = numbers[0]!;
    await adapter.configureInbound(c, {}, first, { voiceUrl: 'https://voice.trunkline.example/v', sipUri: 'sip:inbound.trunkline.example' });
    expect(h.sim.account('signalwire', 'valid').numbers.find((n) => n.id === first.providerNumberId)!.routing.voice_url).toBe('https://voice.trunkline.example/v');
  });
});

describe('Vonage, on the fields its Numbers and Account definitions document', () => {
  const account = () => h.sim.account('vonage', 'valid');
  const adapter = () => vonageAdapter({ restBaseUrl: h.sim.baseUrls.vonageRest, apiBaseUrl: h.sim.baseUrls.vonageApi, http: recordingClient().http });
  const creds = (scenario: 'valid' | 'trial' = 'valid') => adapter().credentialsSchema.parse(credentialsFor(h.sim.account('vonage', scenario)));
  const ref = (scenario: 'valid' | 'trial', i: number) => {
    const n = h.sim.account('vonage', scenario).numbers[i]!;
    return { phoneNumber: n.e164, providerNumberId: n.id, country: n.country };
  };
  const rest = (path: string, init: RequestInit = {}) => fetch(`${h.sim.baseUrls.vonageRest}${path}`, init);

  it('answers a get-balance 401 with {error-code, error-code-label}, not problem+json', async () => {
    const res = await rest('/account/get-balance', { headers: { authorization: basicAuth(account().id, 'wrongsecret') } });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(Object.keys((await res.json()) as object).sort()).toEqual(['error-code', 'error-code-label']);
  });

  it('serves owned numbers with only the documented ownednumber fields', async () => {
    const res = await rest('/account/numbers?size=100', { headers: { authorization: basicAuth(account().id, account().secret) } });
    const body = (await res.json()) as { numbers: Record<string, unknown>[] };
    const documented = ['country', 'msisdn', 'moHttpUrl', 'type', 'features', 'messagesCallbackType', 'messagesCallbackValue', 'voiceCallbackType', 'voiceCallbackValue'];
    for (const n of body.numbers) for (const key of Object.keys(n)) expect(documented).toContain(key);
  });

  it('passes the outbound check on credit, saying per-number restrictions are not checked', async () => {
    const result = await adapter().checkOutbound(creds(), {}, ref('valid', 0));
    expect(result).toMatchObject({ status: 'pass', code: 'outbound_authorized' });
    expect(result.detail).toMatch(/not checked/);
  });

  it('fails the outbound check for a number without VOICE, and for an account without credit', async () => {
    expect(await adapter().checkOutbound(creds(), {}, ref('valid', 3))).toMatchObject({ status: 'fail', code: 'not_voice_capable' });
    expect(await adapter().checkOutbound(creds('trial'), {}, ref('trial', 0))).toMatchObject({ status: 'fail', code: 'no_credit' });
  });

  it('saves an application link as the documented callback fields show it, keeps messages on it, and links it again on release', async () => {
    const n = ref('valid', 1);
    const app = 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab';
    const linked = await rest('/number/update', {
      method: 'POST',
      headers: { authorization: basicAuth(account().id, account().secret), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ country: n.country, msisdn: n.providerNumberId, app_id: app }).toString(),
    });
    expect(await linked.json()).toMatchObject({ 'error-code': '200' });

    const before = h.sim.writes.length;
    const saved = await adapter().configureInbound(creds(), {}, n, { voiceUrl: 'https://v.example/v', sipUri: 'sip:inbound.trunkline.example' });
    expect(saved).toEqual({ app_id: app, voiceCallbackType: 'app', voiceCallbackValue: app });
    expect(h.sim.writes[before]!.params).toEqual({
      country: n.country, msisdn: n.providerNumberId, messagesCallbackType: 'app', messagesCallbackValue: app,
      voiceCallbackType: 'sip', voiceCallbackValue: `sip:${n.phoneNumber}@inbound.trunkline.example`,
    });
    const sim = account().numbers.find((x) => x.id === n.providerNumberId)!;
    expect(sim.routing).toMatchObject({ voiceCallbackType: 'sip', messagesCallbackType: 'app', messagesCallbackValue: app });

    await adapter().restoreInbound(creds(), {}, n, saved);
    expect(h.sim.writes.at(-1)!.params).toMatchObject({ app_id: app, voiceCallbackType: 'app', voiceCallbackValue: app });
    expect(sim.routing).toMatchObject({ voiceCallbackType: 'app', voiceCallbackValue: app });
  });

  it('refuses a routing update to a locked number with a 200 whose error-code says so (the definition lists 200 and 401 only)', async () => {
    const locked = account().numbers.find((x) => x.locked)!;
    const res = await rest('/number/update', {
      method: 'POST',
      headers: { authorization: basicAuth(account().id, account().secret), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ country: locked.country, msisdn: locked.id, voiceCallbackType: 'sip', voiceCallbackValue: 'sip:x@example.com' }).toString(),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ 'error-code': '420' });
    await expect(adapter().configureInbound(creds(), {}, { phoneNumber: locked.e164, providerNumberId: locked.id, country: locked.country }, { voiceUrl: 'https://v.example/v', sipUri: 'sip:inbound.trunkline.example' }))
      .rejects.toMatchObject({ detail: expect.stringContaining('error-code 420') });
  });
});
