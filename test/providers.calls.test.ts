import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPublicKey, randomUUID, verify } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger';
import { createHttpClient } from '../src/providers/http-client';
import { twilioAdapter } from '../src/providers/twilio';
import { signalwireAdapter } from '../src/providers/signalwire';
import { telnyxAdapter } from '../src/providers/telnyx';
import { vonageAdapter } from '../src/providers/vonage';
import { CallRefusedError, type CallRequest } from '../src/providers/calls';
import { CredentialsRejectedError } from '../src/providers/types';
import { signalwireStatusEvent, telnyxClientState, telnyxLegIdOf, telnyxStatusEvent, twilioStatusEvent, vonageStatusEvent } from '../src/providers/call-status';
import { signingSecretOf } from '../src/providers/calls-secrets';
import type { SimReply } from '../src/simulator/http';
import type { ExchangeRequest, SimHost } from '../src/simulator/server';
import { checkExchange, violationReport } from './contract/check-exchange';
import { definitions, hostOfUrl, matchOperation } from './contract/definitions';
import { errorsOf, validatorAt } from './contract/schemas';
import { captureLogs } from './support/providers';

/**
 * The calling half of the HTTP adapters (issue 24) against a loopback server of this test, which
 * records every request, holds it and the answer it gives to the provider's own OpenAPI
 * definition (test/contract/check-exchange.ts: operation, auth, content type, required fields,
 * enums), and answers with the definition's shapes: successes with each provider's status
 * (201 Twilio/Vonage, 200 SignalWire/Telnyx) and each refusal the adapters map.
 */
interface Exchange {
  host: SimHost;
  path: string;
  req: ExchangeRequest;
  res: SimReply;
}
type Responder = (host: SimHost, path: string, req: ExchangeRequest) => SimReply;

let server: Server;
let baseUrls: { twilio: string; telnyx: string; signalwire: string; vonageRest: string; vonageApi: string };
let exchanges: Exchange[] = [];
let respond: Responder = () => ({ status: 500 });
const logs = captureLogs();

beforeAll(async () => {
  server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const where = hostOfUrl(url, baseUrls)!;
    const below = url.pathname.replace(/^\/[^/]+/, '');
    const request: ExchangeRequest = { method: req.method ?? 'GET', path: below, query: url.searchParams, headers: req.headers, rawBody };
    const reply = respond(where.host, where.path, request);
    exchanges.push({ host: where.host, path: where.path, req: request, res: reply });
    res.writeHead(reply.status, reply.body === undefined ? {} : { 'content-type': reply.contentType ?? 'application/json' });
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  baseUrls = { twilio: `${url}/twilio`, telnyx: `${url}/telnyx`, signalwire: `${url}/signalwire/{space}`, vonageRest: `${url}/vonage-rest`, vonageApi: `${url}/vonage-api` };
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/**
 * Vonage's definitions put the resource in the server URL (https://api.nexmo.com/v1/calls) with
 * path "/", which the matcher joins as /v1/calls/; the API and its SDK use /v1/calls.
 */
const asDefined = (e: Exchange): ExchangeRequest =>
  !matchOperation(e.host, e.req.method, e.path) && matchOperation(e.host, e.req.method, `${e.path}/`) ? { ...e.req, path: `${e.req.path}/` } : e.req;

/**
 * Vonage's CreateCallRequestBase lists `to` items as oneOf EndpointPhoneTo | EndpointSip | …
 * without a discriminator, and EndpointSip requires only `type`: a phone endpoint matches two
 * branches, so no phone call satisfies the oneOf as written. Each `to` item is checked against
 * EndpointPhoneTo on its own, and the rest of the body against the operation.
 */
const vonageVoice = definitions.find((d) => d.file === 'vonage_voice.json')!;
function vonageDestinations(e: Exchange): { req: ExchangeRequest; violations: string[] } {
  if (e.host !== 'vonage-api' || e.req.method !== 'POST' || e.path !== '/v1/calls') return { req: e.req, violations: [] };
  const body = JSON.parse(e.req.rawBody) as { to: unknown[] };
  const phone = validatorAt(vonageVoice, '#/components/schemas/EndpointPhoneTo');
  const violations = body.to.flatMap((t, i) => (phone(t) && (t as { type: string }).type === 'phone' ? [] : [`POST /v1/calls: to[${i}] is no phone endpoint: ${errorsOf(phone)}`]));
  return { req: { ...e.req, rawBody: JSON.stringify({ ...body, to: [] }) }, violations };
}

// Every exchange of every test is held to the provider's definition.
afterEach(() => {
  const report = violationReport(exchanges.flatMap((e) => {
    const { req, violations } = vonageDestinations(e);
    return [...violations, ...checkExchange(e.host, asDefined({ ...e, req }), e.res)];
  }));
  exchanges = [];
  if (report.length) throw new Error(`contract violations:\n- ${report.join('\n- ')}`);
});

const http = () => createHttpClient({ timeoutMs: 5_000, retries: 0, log: createLogger('debug', logs.stream) });
const form = (e: Exchange) => new URLSearchParams(e.req.rawBody);
const json = (e: Exchange) => JSON.parse(e.req.rawBody) as Record<string, any>;

const LEG = 'leg_01HZX8K3TQ';
const call = (over: Partial<CallRequest> = {}): CallRequest => ({
  from: '+14155550100',
  to: '+14155550199',
  legId: LEG,
  statusUrl: `https://ingress.trunkline.example/ingress/calls/${LEG}/status`,
  ringSeconds: 20,
  ...over,
});
/** Words of the provider's error message that must never reach our detail or fix. */
const MARKER = 'RAW-PROVIDER-TEXT';

async function refusalOf(p: Promise<unknown>): Promise<CallRefusedError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(CallRefusedError);
  const r = err as CallRefusedError;
  expect(`${r.detail} ${r.fix}`).not.toContain(MARKER);
  expect(r.detail.length).toBeGreaterThan(10);
  expect(r.fix.length).toBeGreaterThan(5);
  return r;
}

const hex32 = () => randomUUID().replace(/-/g, '');
const ACCOUNT = `AC${'a'.repeat(32)}`;
const now = 'Thu, 03 Dec 2026 17:00:00 +0000';

// ---------------------------------------------------------------------------------------------
describe('Twilio', () => {
  const adapter = () => twilioAdapter({ baseUrl: baseUrls.twilio, http: http() });
  const creds = () => adapter().credentialsSchema.parse({ account_sid: ACCOUNT, auth_token: 'f'.repeat(32) });
  const twilioCall = (sid: string, status: string) => ({
    sid, account_sid: ACCOUNT, to: '+14155550199', from: '+14155550100', status, direction: 'outbound-api', api_version: '2010-04-01',
    date_created: now, date_updated: now, uri: `/2010-04-01/Accounts/${ACCOUNT}/Calls/${sid}.json`,
  });
  const refusal = (code: number, status = 400) => ({ status, body: { code, message: `${MARKER} +14155550100`, more_info: `https://www.twilio.com/docs/errors/${code}`, status } });

  it('places a call: the form the definition takes, every status event repeated, 201 → the CA sid', async () => {
    const sid = `CA${hex32()}`;
    respond = () => ({ status: 201, body: twilioCall(sid, 'queued') });
    await expect(adapter().placeCall(creds(), {}, call())).resolves.toEqual({ providerCallId: sid });
    expect(exchanges).toHaveLength(1);
    const e = exchanges[0]!;
    expect(`${e.req.method} ${e.path}`).toBe(`POST /2010-04-01/Accounts/${ACCOUNT}/Calls.json`);
    expect(e.req.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const f = form(e);
    expect(Object.fromEntries(f)).toMatchObject({
      To: '+14155550199', From: '+14155550100', Twiml: '<Response><Hangup/></Response>', Timeout: '20', TimeLimit: '10',
      StatusCallback: call().statusUrl, StatusCallbackMethod: 'POST',
    });
    expect(f.getAll('StatusCallbackEvent')).toEqual(['initiated', 'ringing', 'answered', 'completed']);
    expect(f.has('Url')).toBe(false);
  });

  it.each([
    [21210, 'caller_id_not_allowed'],
    [21215, 'destination_not_permitted'],
    [21216, 'call_blocked'],
    [21219, 'trial_destination_unverified'],
    [21211, 'invalid_number'],
    [21212, 'invalid_number'],
    [21205, 'call_refused'],
  ])('maps refusal %i to %s, carrying the code and no provider text', async (code, ours) => {
    respond = () => refusal(code);
    const r = await refusalOf(adapter().placeCall(creds(), {}, call()));
    expect([r.code, r.carrierCode]).toEqual([ours, String(code)]);
  });

  it('reports 429 (20429) as rate_limited, and a 401 as rejected credentials', async () => {
    respond = () => refusal(20429, 429);
    const r = await refusalOf(adapter().placeCall(creds(), {}, call()));
    expect([r.code, r.carrierCode]).toEqual(['rate_limited', '429']);
    respond = () => refusal(20003, 401);
    await expect(adapter().placeCall(creds(), {}, call())).rejects.toBeInstanceOf(CredentialsRejectedError);
  });

  it('cancels a ringing call; hangs up one answered meanwhile; an ended call is nothing to do', async () => {
    const sid = `CA${hex32()}`;
    respond = (_h, _p, req) => ({ status: 200, body: twilioCall(sid, new URLSearchParams(req.rawBody).get('Status')!) });
    await adapter().endCall(creds(), {}, sid);
    expect(exchanges.map((e) => `${e.req.method} ${e.path} ${e.req.rawBody}`)).toEqual([`POST /2010-04-01/Accounts/${ACCOUNT}/Calls/${sid}.json Status=canceled`]);
    exchanges = [];

    respond = (_h, _p, req) => ({ status: 200, body: twilioCall(sid, new URLSearchParams(req.rawBody).get('Status') === 'canceled' ? 'in-progress' : 'completed') });
    await adapter().endCall(creds(), {}, sid);
    expect(exchanges.map((e) => e.req.rawBody)).toEqual(['Status=canceled', 'Status=completed']);
    exchanges = [];

    respond = () => refusal(21220);
    await expect(adapter().endCall(creds(), {}, sid)).resolves.toBeUndefined();
    respond = () => refusal(20404, 404);
    await expect(adapter().endCall(creds(), {}, sid)).resolves.toBeUndefined();
  });

  it('takes signing_secret only beside an API key; auth_token alone still works', () => {
    const schema = adapter().credentialsSchema;
    expect(schema.safeParse({ account_sid: ACCOUNT, auth_token: 'f'.repeat(32) }).success).toBe(true);
    const keyed = { account_sid: ACCOUNT, api_key_sid: `SK${'b'.repeat(32)}`, api_key_secret: 'keysecret' };
    expect(schema.safeParse(keyed).success).toBe(true);
    expect(schema.safeParse({ ...keyed, signing_secret: 'c'.repeat(32) }).success).toBe(true);
    const both = schema.safeParse({ account_sid: ACCOUNT, auth_token: 'f'.repeat(32), signing_secret: 'c'.repeat(32) });
    expect(both.success).toBe(false);
    expect(both.error!.issues[0]!.path).toEqual(['signing_secret']);
    expect(JSON.stringify(both.error!.issues)).not.toContain('c'.repeat(32));
    expect(adapter().credentialFields.find((f) => f.name === 'signing_secret')).toMatchObject({ required: false, secret: true });
  });
});

// ---------------------------------------------------------------------------------------------
describe('SignalWire', () => {
  const PROJECT = randomUUID();
  const adapter = () => signalwireAdapter({ baseUrl: baseUrls.signalwire, http: http() });
  const creds = () => adapter().credentialsSchema.parse({ space: 'acme', project_id: PROJECT, api_token: 'PT' + hex32() });
  const swCall = (sid: string, status: string) => ({
    sid, account_sid: PROJECT, date_created: now, date_updated: now, parent_call_sid: null, to: '+14155550199', formatted_to: '(415) 555-0199',
    to_formatted: '(415) 555-0199', from: '+14155550100', formatted_from: '(415) 555-0100', from_formatted: '(415) 555-0100', phone_number_sid: null,
    status, start_time: null, end_time: null, duration: 0, price: null, price_unit: 'USD', direction: 'outbound', answered_by: null,
    api_version: '2010-04-01', forwarded_from: null, caller_name: null, uri: `/api/laml/2010-04-01/Accounts/${PROJECT}/Calls/${sid}`,
    subresource_uris: { notifications: null, recordings: `/api/laml/2010-04-01/Accounts/${PROJECT}/Calls/${sid}/Recordings` }, annotation: null,
    group_sid: null, audio_in_mos: null, sip_result_code: null, audio_rtt_avg: null, audio_rtt_min: null, audio_rtt_max: null,
    audio_out_jitter_min: null, audio_out_jitter_max: null, audio_out_jitter_avg: null, audio_out_lost: null,
  });

  it('places a call with the leg’s answer URL (no inline TwiML in its definition), 200 → the UUID sid', async () => {
    const sid = randomUUID();
    respond = () => ({ status: 200, body: swCall(sid, 'queued') });
    await expect(adapter().placeCall(creds(), {}, call())).resolves.toEqual({ providerCallId: sid });
    const e = exchanges[0]!;
    expect(`${e.req.method} ${e.req.path}`).toBe(`POST /acme/api/laml/2010-04-01/Accounts/${PROJECT}/Calls`);
    const f = form(e);
    expect(Object.fromEntries(f)).toMatchObject({ To: '+14155550199', From: '+14155550100', Url: `https://ingress.trunkline.example/ingress/calls/${LEG}/answer`, Method: 'POST', Timeout: '20' });
    expect(f.getAll('StatusCallbackEvent')).toEqual(['initiated', 'ringing', 'answered', 'completed']);
    expect(f.has('Twiml') || f.has('TimeLimit')).toBe(false);
  });

  it('reads refusals in both of its error shapes (string codes in errors[], an integer code)', async () => {
    respond = () => ({ status: 400, body: { errors: [{ code: '21210', message: MARKER, more_info: 'https://developer.signalwire.com/compatibility-api/reference/error-codes' }] } });
    let r = await refusalOf(adapter().placeCall(creds(), {}, call()));
    expect([r.code, r.carrierCode]).toEqual(['caller_id_not_allowed', '21210']);
    respond = () => ({ status: 422, body: { code: 21219, message: MARKER, more_info: 'https://developer.signalwire.com', status: 422 } });
    r = await refusalOf(adapter().placeCall(creds(), {}, call()));
    expect([r.code, r.carrierCode]).toEqual(['trial_destination_unverified', '21219']);
    respond = () => ({ status: 400, body: { errors: [{ code: '21215', message: MARKER }] } });
    r = await refusalOf(adapter().placeCall(creds(), {}, call()));
    expect(r.code).toBe('destination_not_permitted');
  });

  it('cancels a call by its UUID (no .json suffix), 200', async () => {
    const sid = randomUUID();
    respond = () => ({ status: 200, body: swCall(sid, 'canceled') });
    await adapter().endCall(creds(), {}, sid);
    expect(exchanges.map((e) => `${e.req.method} ${e.path} ${e.req.rawBody}`)).toEqual([`POST /api/laml/2010-04-01/Accounts/${PROJECT}/Calls/${sid} Status=canceled`]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('Telnyx', () => {
  const adapter = () => telnyxAdapter({ baseUrl: baseUrls.telnyx, http: http() });
  const creds = (extra: Record<string, string> = {}) => adapter().credentialsSchema.parse({ api_key: 'KEY0123456789ABCDEF_abcdef', ...extra });
  const STATUS = 'https://ingress.trunkline.example/ingress/calls/telnyx/status';
  const app = (over: Record<string, unknown> = {}) => ({
    id: '1293384261075731499', record_type: 'call_control_application', application_name: 'Trunkline test calls', active: true,
    webhook_event_url: STATUS, webhook_api_version: '2', outbound: { outbound_voice_profile_id: '1911630617284445511', channel_limit: 10 },
    created_at: '2026-12-03T17:00:00Z', updated_at: '2026-12-03T17:00:00Z', ...over,
  });
  const page = (data: unknown[]) => ({ status: 200, body: { data, meta: { page_number: 1, page_size: 250, total_pages: data.length ? 1 : 0, total_results: data.length } } });
  const errors = (status: number, code: string, detail: string) => ({ status, body: { errors: [{ code, title: 'Forbidden', detail }] } });

  it('prepareCalling creates a Call Control application (webhook v2, the account’s profile) once, and finds it after', async () => {
    respond = (_h, path) => (path.startsWith('/v2/call_control_applications') && exchanges.length === 0 ? page([]) : { status: 201, body: { data: app() } });
    const setup = await adapter().prepareCalling(creds(), { outbound_voice_profile_id: '1911630617284445511' }, STATUS);
    expect(setup).toEqual({ sipConfig: { call_control_app_id: '1293384261075731499' }, secrets: {} });
    expect(exchanges.map((e) => `${e.req.method} ${e.path}`)).toEqual(['GET /v2/call_control_applications', 'POST /v2/call_control_applications']);
    expect(exchanges[0]!.req.query.get('filter[application_name][contains]')).toBe('Trunkline test calls');
    expect(json(exchanges[1]!)).toEqual({
      application_name: 'Trunkline test calls', webhook_event_url: STATUS, webhook_api_version: '2', outbound: { outbound_voice_profile_id: '1911630617284445511' },
    });
    exchanges = [];

    // Again: found by its exact name among near-namesakes, nothing written.
    respond = () => page([app({ id: '1', application_name: 'Trunkline test calls (old)' }), app()]);
    await expect(adapter().prepareCalling(creds(), { outbound_voice_profile_id: '1911630617284445511' }, STATUS)).resolves.toEqual(setup);
    expect(exchanges.map((e) => e.req.method)).toEqual(['GET']);
    exchanges = [];

    // The ingress URL moved: the application is brought in line.
    respond = (_h, _p, req) => (req.method === 'GET' ? page([app()]) : { status: 200, body: { data: app({ webhook_event_url: 'https://new.example/ingress/calls/telnyx/status' }) } });
    await adapter().prepareCalling(creds(), { outbound_voice_profile_id: '1911630617284445511' }, 'https://new.example/ingress/calls/telnyx/status');
    expect(exchanges.map((e) => `${e.req.method} ${e.path}`)).toEqual(['GET /v2/call_control_applications', 'PATCH /v2/call_control_applications/1293384261075731499']);
  });

  it('prepareCalling takes the profile of the customer’s own connection, and refuses without one (D38’s cause)', async () => {
    respond = (_h, path) =>
      path.startsWith('/v2/connections/')
        ? { status: 200, body: { data: { id: '1494404757140276705', record_type: 'fqdn_connection', active: true, outbound_voice_profile_id: '1911630617284445511' } } }
        : path.startsWith('/v2/call_control_applications') && exchanges.length < 2 ? page([]) : { status: 201, body: { data: app() } };
    await adapter().prepareCalling(creds({ connection_id: '1494404757140276705' }), {}, STATUS);
    expect(json(exchanges[2]!).outbound).toEqual({ outbound_voice_profile_id: '1911630617284445511' });
    exchanges = [];
    const r = await refusalOf(adapter().prepareCalling(creds(), {}, STATUS));
    expect(r.code).toBe('no_outbound_profile');
    expect(exchanges).toEqual([]);
  });

  it('dials through the application: +E.164, the leg id in client_state (base64) and command_id, 200 → call_control_id', async () => {
    respond = () => ({ status: 200, body: { data: { call_control_id: 'v3:abc123', call_leg_id: randomUUID(), call_session_id: randomUUID(), is_alive: false, record_type: 'call' } } });
    await expect(adapter().placeCall(creds(), { call_control_app_id: '1293384261075731499' }, call())).resolves.toEqual({ providerCallId: 'v3:abc123' });
    const e = exchanges[0]!;
    expect(`${e.req.method} ${e.path} ${e.req.headers['content-type']}`).toBe('POST /v2/calls application/json');
    expect(json(e)).toEqual({
      connection_id: '1293384261075731499', to: '+14155550199', from: '+14155550100', timeout_secs: 20, time_limit_secs: 30,
      client_state: Buffer.from(LEG).toString('base64'), command_id: LEG, webhook_url: call().statusUrl, webhook_url_method: 'POST',
    });
    expect(telnyxLegIdOf({ data: { payload: { client_state: json(e).client_state } } })).toBe(LEG);
  });

  it.each([
    ['D53', 'self_call_refused'],
    ['D36', 'caller_id_not_allowed'],
    ['D51', 'caller_id_not_allowed'],
    ['D35', 'caller_id_not_allowed'],
    ['D13', 'destination_not_permitted'],
    ['D60', 'trial_destination_unverified'],
    ['D38', 'no_outbound_profile'],
  ])('maps a 403 whose detail names %s to %s', async (d, ours) => {
    respond = () => errors(403, '10010', `403 Forbidden ${d} ${MARKER}`);
    const r = await refusalOf(adapter().placeCall(creds(), { call_control_app_id: '1' }, call()));
    expect([r.code, r.carrierCode]).toEqual([ours, d]);
  });

  it('maps its own codes (10016 invalid number, 10015 application gone), a 429, and refuses to dial unprepared', async () => {
    respond = () => errors(422, '10016', `${MARKER} to must be +E.164`);
    expect((await refusalOf(adapter().placeCall(creds(), { call_control_app_id: '1' }, call()))).code).toBe('invalid_number');
    respond = () => errors(422, '10015', MARKER);
    expect((await refusalOf(adapter().placeCall(creds(), { call_control_app_id: '1' }, call()))).code).toBe('calling_not_prepared');
    respond = () => errors(429, '90103', MARKER);
    const r = await refusalOf(adapter().placeCall(creds(), { call_control_app_id: '1' }, call()));
    expect([r.code, r.carrierCode]).toEqual(['rate_limited', '429']);
    exchanges = [];
    expect((await refusalOf(adapter().placeCall(creds(), {}, call()))).code).toBe('calling_not_prepared');
    expect(exchanges).toEqual([]);
  });

  it('hangs up (200 {result: ok}); a call already gone (422 90018) is nothing to do', async () => {
    respond = () => ({ status: 200, body: { data: { result: 'ok' } } });
    await adapter().endCall(creds(), {}, 'v3:abc123');
    expect(`${exchanges[0]!.req.method} ${exchanges[0]!.path} ${exchanges[0]!.req.rawBody}`).toBe('POST /v2/calls/v3%3Aabc123/actions/hangup {}');
    respond = () => errors(422, '90018', 'Call has already ended');
    await expect(adapter().endCall(creds(), {}, 'v3:abc123')).resolves.toBeUndefined();
  });

  it('checks the webhook public key is 32 bytes of base64, and shows it as not secret', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(adapter().credentialsSchema.safeParse({ api_key: 'KEY0', signing_secret: key }).success).toBe(true);
    expect(adapter().credentialsSchema.safeParse({ api_key: 'KEY0', signing_secret: 'not-a-key' }).success).toBe(false);
    expect(adapter().credentialFields.find((f) => f.name === 'signing_secret')).toMatchObject({ secret: false, label: 'Public key' });
  });
});

// ---------------------------------------------------------------------------------------------
describe('Vonage', () => {
  const adapter = () => vonageAdapter({ restBaseUrl: baseUrls.vonageRest, apiBaseUrl: baseUrls.vonageApi, http: http() });
  const creds = () => adapter().credentialsSchema.parse({ api_key: 'abcd1234', api_secret: 'Secret123' });
  const STATUS = 'https://ingress.trunkline.example/ingress/calls/vonage/status';
  const APP = randomUUID();

  async function prepared() {
    respond = () => ({ status: 201, body: { id: APP, name: 'Trunkline test calls', keys: { public_key: 'set below' } } });
    const setup = (await adapter().prepareCalling(creds(), {}, STATUS))!;
    const publicKey = json(exchanges.at(-1)!).keys.public_key as string;
    exchanges = [];
    return { setup, publicKey, credentials: { ...creds(), private_key: setup.secrets.private_key! }, sip: { application_id: setup.sipConfig.application_id! } };
  }

  it('prepareCalling creates an application with voice capability and its own public key; the private key stays here', async () => {
    respond = () => ({ status: 201, body: { id: APP, name: 'Trunkline test calls', keys: { public_key: 'echo' } } });
    const setup = (await adapter().prepareCalling(creds(), {}, STATUS))!;
    const e = exchanges[0]!;
    expect(`${e.req.method} ${e.path}`).toBe('POST /v2/applications');
    expect(e.req.headers.authorization).toBe(`Basic ${Buffer.from('abcd1234:Secret123').toString('base64')}`);
    const body = json(e);
    expect(body.name).toBe('Trunkline test calls');
    expect(body.capabilities.voice.webhooks).toEqual({
      answer_url: { address: 'https://ingress.trunkline.example/ingress/calls/vonage/answer', http_method: 'POST' },
      event_url: { address: STATUS, http_method: 'POST' },
    });
    expect(body.keys.public_key).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(e.req.rawBody).not.toContain('PRIVATE');
    expect(setup.sipConfig).toEqual({ application_id: APP });
    expect(setup.secrets.private_key).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(createPublicKey(setup.secrets.private_key!).export({ type: 'spki', format: 'pem' })).toBe(body.keys.public_key);
  });

  it('prepareCalling again reuses the application whose key it holds (no second one)', async () => {
    const { credentials, sip, setup } = await prepared();
    respond = () => ({ status: 200, body: { id: APP, name: 'Trunkline test calls' } });
    await expect(adapter().prepareCalling(credentials, sip, STATUS)).resolves.toEqual(setup);
    expect(exchanges.map((e) => `${e.req.method} ${e.path}`)).toEqual([`GET /v2/applications/${APP}`]);
  });

  it('places a call with an RS256 JWT of the application (verified here), numbers without +, 201 → uuid', async () => {
    const { credentials, sip, publicKey } = await prepared();
    const uuid = randomUUID();
    respond = () => ({ status: 201, body: { uuid, status: 'started', direction: 'outbound', conversation_uuid: randomUUID() } });
    await expect(adapter().placeCall(credentials, sip, call())).resolves.toEqual({ providerCallId: uuid });
    const e = exchanges[0]!;
    expect(`${e.req.method} ${e.path}`).toBe('POST /v1/calls');
    const [header, claims, signature] = String(e.req.headers.authorization).replace(/^Bearer /, '').split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({ typ: 'JWT', alg: 'RS256' });
    expect(verify('sha256', Buffer.from(`${header}.${claims}`), createPublicKey(publicKey), Buffer.from(signature!, 'base64url'))).toBe(true);
    const c = JSON.parse(Buffer.from(claims!, 'base64url').toString());
    expect(c).toMatchObject({ application_id: APP, jti: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(c.exp - c.iat).toBeGreaterThan(0);
    expect(Math.abs(c.iat - Date.now() / 1000)).toBeLessThan(60);
    expect(json(e)).toEqual({
      to: [{ type: 'phone', number: '14155550199' }], from: { type: 'phone', number: '14155550100' },
      answer_url: [`https://ingress.trunkline.example/ingress/calls/${LEG}/answer`], answer_method: 'POST',
      event_url: [call().statusUrl], event_method: 'POST', ringing_timer: 20, length_timer: 10,
    });
  });

  it('maps a 429 to rate_limited and a refused key to calling_not_prepared; no key, no request', async () => {
    const { credentials, sip } = await prepared();
    respond = () => ({ status: 429, body: { type: 'https://developer.nexmo.com/api-errors#throttled', title: MARKER } });
    expect((await refusalOf(adapter().placeCall(credentials, sip, call()))).code).toBe('rate_limited');
    respond = () => ({ status: 401, body: { type: 'https://developer.nexmo.com/api-errors#unauthorized', title: MARKER } });
    const r = await refusalOf(adapter().placeCall(credentials, sip, call()));
    expect([r.code, r.carrierCode]).toEqual(['calling_not_prepared', '401']);
    exchanges = [];
    expect((await refusalOf(adapter().placeCall(creds(), {}, call()))).code).toBe('calling_not_prepared');
    expect(exchanges).toEqual([]);
  });

  it('hangs up with PUT {action: hangup} → 204; a call already gone (404) is nothing to do', async () => {
    const { credentials, sip } = await prepared();
    const uuid = randomUUID();
    respond = () => ({ status: 204 });
    await adapter().endCall(credentials, sip, uuid);
    expect(`${exchanges[0]!.req.method} ${exchanges[0]!.path} ${exchanges[0]!.req.rawBody}`).toBe(`PUT /v1/calls/${uuid} {"action":"hangup"}`);
    respond = () => ({ status: 404, body: { type: 'https://developer.nexmo.com/api-errors#not-found', title: 'Not Found' } });
    await expect(adapter().endCall(credentials, sip, uuid)).resolves.toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
describe('status events', () => {
  const params = (o: Record<string, string>) => new URLSearchParams(o);

  it('Twilio: CallStatus → LegStatus, SipResponseCode, SequenceNumber', () => {
    expect(twilioStatusEvent(params({ CallSid: 'CA1', CallStatus: 'initiated', SequenceNumber: '0' }))).toEqual({ providerCallId: 'CA1', status: 'placed', providerStatus: 'initiated', carrierCode: null, sequence: 0 });
    expect(twilioStatusEvent(params({ CallSid: 'CA1', CallStatus: 'busy', SequenceNumber: '2', SipResponseCode: '486' }))).toMatchObject({ status: 'busy', carrierCode: '486', sequence: 2 });
    const table: [string, string][] = [['queued', 'placed'], ['ringing', 'ringing'], ['in-progress', 'answered'], ['completed', 'completed'], ['failed', 'failed'], ['no-answer', 'no_answer'], ['canceled', 'canceled']];
    for (const [theirs, ours] of table) expect(twilioStatusEvent(params({ CallSid: 'CA1', CallStatus: theirs }))?.status).toBe(ours);
    expect(twilioStatusEvent(params({ CallSid: 'CA1', CallStatus: 'exploded' }))).toBeNull();
    expect(twilioStatusEvent(params({ CallStatus: 'busy' }))).toBeNull();
  });

  it('SignalWire: the SIP code is SipResultCode', () => {
    expect(signalwireStatusEvent(params({ CallSid: 'u1', CallStatus: 'no-answer', SipResultCode: '487', SequenceNumber: '3' }))).toEqual({ providerCallId: 'u1', status: 'no_answer', providerStatus: 'no-answer', carrierCode: '487', sequence: 3 });
  });

  it('Telnyx: initiated, answered, and hangups by cause, SIP code or a late D-code', () => {
    const ev = (event_type: string, payload: Record<string, unknown> = {}) => ({ data: { record_type: 'event', event_type, id: randomUUID(), occurred_at: '2026-12-03T17:00:00Z', payload: { call_control_id: 'v3:x', client_state: telnyxClientState(LEG), ...payload } } });
    expect(telnyxStatusEvent(ev('call.initiated'))).toEqual({ providerCallId: 'v3:x', status: 'placed', providerStatus: 'call.initiated', carrierCode: null, sequence: null });
    expect(telnyxStatusEvent(ev('call.answered'))?.status).toBe('answered');
    expect(telnyxStatusEvent(ev('call.hangup', { hangup_cause: 'user_busy', sip_hangup_cause: '486' }))).toMatchObject({ status: 'busy', providerStatus: 'user_busy', carrierCode: '486' });
    expect(telnyxStatusEvent(ev('call.hangup', { hangup_cause: 'call_rejected', sip_hangup_cause: '603' }))?.status).toBe('rejected');
    expect(telnyxStatusEvent(ev('call.hangup', { hangup_cause: 'timeout', sip_hangup_cause: 'unspecified' }))).toMatchObject({ status: 'no_answer', carrierCode: null });
    expect(telnyxStatusEvent(ev('call.hangup', { hangup_cause: 'originator_cancel', sip_hangup_cause: '487' }))?.status).toBe('canceled');
    expect(telnyxStatusEvent(ev('call.hangup', { hangup_cause: 'unspecified', sip_hangup_cause: '486' }))?.status).toBe('busy');
    expect(telnyxStatusEvent(ev('call.hangup', { hangup_cause: 'unspecified', sip_hangup_cause: '403', hangup_cause_detail: '403 Forbidden D36' }))).toMatchObject({ status: 'failed', carrierCode: 'D36' });
    expect(telnyxStatusEvent(ev('call.cost'))).toBeNull();
    expect(telnyxLegIdOf(ev('call.hangup'))).toBe(LEG);
    expect(telnyxLegIdOf({ data: { payload: { client_state: Buffer.from('bad\nid').toString('base64') } } })).toBeNull();
  });

  it('Vonage: status words, machine verdicts ignored', () => {
    const ev = (status: string, extra: Record<string, unknown> = {}) => ({ uuid: 'u-1', conversation_uuid: 'CON-1', status, direction: 'outbound', timestamp: '2026-12-03T17:00:00.000Z', ...extra });
    const table: [string, string][] = [['started', 'placed'], ['ringing', 'ringing'], ['answered', 'answered'], ['busy', 'busy'], ['cancelled', 'canceled'], ['unanswered', 'no_answer'], ['timeout', 'no_answer'], ['rejected', 'rejected'], ['failed', 'failed'], ['completed', 'completed']];
    for (const [theirs, ours] of table) expect(vonageStatusEvent(ev(theirs))).toMatchObject({ providerCallId: 'u-1', status: ours, providerStatus: theirs, sequence: null });
    expect(vonageStatusEvent(ev('failed', { detail: 'cannot_route' }))?.carrierCode).toBe('cannot_route');
    expect(vonageStatusEvent(ev('machine'))).toBeNull();
  });
});

describe('signingSecretOf', () => {
  it('names the secret each provider signs webhooks with, or null', () => {
    expect(signingSecretOf('twilio', { account_sid: ACCOUNT, auth_token: 'tok' })).toBe('tok');
    expect(signingSecretOf('twilio', { account_sid: ACCOUNT, api_key_sid: 'SK1', api_key_secret: 's', signing_secret: 'tok2' })).toBe('tok2');
    expect(signingSecretOf('twilio', { account_sid: ACCOUNT, api_key_sid: 'SK1', api_key_secret: 's' })).toBeNull();
    expect(signingSecretOf('signalwire', { api_token: 'PT', signing_secret: 'PSK' })).toBe('PSK');
    expect(signingSecretOf('telnyx', { api_key: 'KEY' })).toBeNull();
    expect(signingSecretOf('vonage', { api_key: 'k', api_secret: 's', signing_secret: 'sig' })).toBe('sig');
    expect(signingSecretOf('manual', { username: 'u', password: 'p' })).toBeNull();
  });
});

it('never logs a secret, a key or a body', () => {
  const all = logs.lines.join('\n');
  for (const secret of ['f'.repeat(32), 'Secret123', 'PRIVATE KEY', MARKER, 'Bearer ']) expect(all).not.toContain(secret);
});
