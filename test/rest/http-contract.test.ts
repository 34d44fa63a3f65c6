import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { print } from 'graphql';
import { startHarness, type Harness } from '../support/harness';
import { restCredentials } from '../support/credentials';
import { waitFor } from '../support/wait';
import { routes } from '../../src/rest/routes/index';
import { GetConnDocument, GetPhoneNumberDocument } from '../generated/graphql';

/** The HTTP contract every route shares: statuses, error bodies, idempotency, OpenAPI, docs. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('error statuses', () => {
  it('400 malformed_json for a body that is not JSON', async () => {
    const res = await h.rest('POST', '/v1/voip-connections/test', undefined, { raw: '{"provider": ', headers: { 'content-type': 'application/json' } });
    expect(res).toMatchObject({ status: 400, body: { code: 'malformed_json', detail: expect.any(String) } });
  });

  it('415 for a write that is not application/json', async () => {
    const res = await h.rest('POST', '/v1/voip-connections/test', undefined, { raw: 'provider=twilio', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res).toMatchObject({ status: 415, body: { code: 'unsupported_media_type' } });
  });

  it('413 for a body over 1 MiB', async () => {
    const res = await h.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials: { account_sid: 'x'.repeat(1024 * 1024) } });
    expect(res).toMatchObject({ status: 413, body: { code: 'payload_too_large' } });
  });

  it('404 for an unknown route, 405 with Allow for a known path and the wrong method', async () => {
    expect(await h.rest('GET', '/v1/nothing-here')).toMatchObject({ status: 404, body: { code: 'not_found' } });
    const put = await h.rest('PUT', '/v1/voip-connections', {});
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST');
    // Literal segments win over {connection_id}: /test is the test endpoint, POST only.
    const getTest = await h.rest('GET', '/v1/voip-connections/test');
    expect(getTest.status).toBe(405);
    expect(getTest.headers.get('allow')).toBe('POST');
  });

  it('401 before anything else on an authenticated route', async () => {
    const res = await h.rest('POST', '/v1/voip-connections/test', { bad: true }, { key: null });
    expect(res).toMatchObject({ status: 401, body: { code: 'not_authenticated', detail: 'Authentication credentials were not provided.' } });
  });
});

describe('Idempotency-Key', () => {
  const body = () => ({ provider: 'vonage', credentials: restCredentials(h.sim, 'vonage') });

  it('replays the first response for the same key and body, without doing the work again', async () => {
    const test = await h.rest('POST', '/v1/voip-connections/test', body());
    const create = { ...body(), name: 'idem', verification_evidence_id: test.body.verification_evidence_id };
    const first = await h.rest('POST', '/v1/voip-connections', create, { headers: { 'idempotency-key': 'key-1' } });
    const second = await h.rest('POST', '/v1/voip-connections', create, { headers: { 'idempotency-key': 'key-1' } });
    expect(first.status).toBe(201);
    expect(second.status).toBe(first.status);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const rows = await h.runtime.deps.db.selectFrom('voip_connections').select('id').where('name', '=', 'idem').execute();
    expect(rows).toHaveLength(1);
  });

  it('409 idempotency_replay_unavailable for a replay of an answer that held a secret (a new API key), without creating another', async () => {
    const first = await h.rest('POST', '/v1/developer/api-keys', { name: 'idem' }, { headers: { 'idempotency-key': 'key-1b' } });
    const second = await h.rest('POST', '/v1/developer/api-keys', { name: 'idem' }, { headers: { 'idempotency-key': 'key-1b' } });
    expect(first.status).toBe(201);
    expect(second).toMatchObject({ status: 409, body: { code: 'idempotency_replay_unavailable' } });
    const keys = (await h.rest('GET', '/v1/developer/api-keys')).body.filter((k: { name: string }) => k.name === 'idem');
    expect(keys).toHaveLength(1);
  });

  it('422 idempotency_key_reused for the same key with another body', async () => {
    await h.rest('POST', '/v1/voip-connections/test', body(), { headers: { 'idempotency-key': 'key-2' } });
    const other = await h.rest('POST', '/v1/voip-connections/test', { ...body(), provider: 'vonage', sip_config: {} }, { headers: { 'idempotency-key': 'key-2' } });
    expect(other).toMatchObject({ status: 422, body: { code: 'idempotency_key_reused' } });
  });

  it('409 while the first request with the key is still running; a failed (5xx) request frees the key', async () => {
    const slow = { provider: 'twilio', credentials: restCredentials(h.sim, 'twilio', 'slow') };
    const account = h.sim.account('twilio', 'slow');
    const seen = account.requests;
    const first = h.rest('POST', '/v1/voip-connections/test', slow, { headers: { 'idempotency-key': 'key-3' } });
    await waitFor(() => account.requests > seen); // the first request holds the key and waits on the provider
    const second = await h.rest('POST', '/v1/voip-connections/test', slow, { headers: { 'idempotency-key': 'key-3' } });
    expect(second).toMatchObject({ status: 409, body: { code: 'idempotency_request_in_progress' } });
    expect((await first).status).toBe(502);
    account.behavior = 'valid';
    try {
      const retry = await h.rest('POST', '/v1/voip-connections/test', slow, { headers: { 'idempotency-key': 'key-3' } });
      expect(retry).toMatchObject({ status: 200, body: { status: 'pass' } });
    } finally {
      account.behavior = 'slow';
    }
  });

  it('scopes keys to the organization', async () => {
    const a = await h.rest('POST', '/v1/developer/api-keys', { name: 'scoped' }, { headers: { 'idempotency-key': 'shared' } });
    const b = await h.rest('POST', '/v1/developer/api-keys', { name: 'scoped' }, { key: h.orgB.key, headers: { 'idempotency-key': 'shared' } });
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('gives exactly one create for concurrent duplicates', async () => {
    const test = await h.rest('POST', '/v1/voip-connections/test', body());
    const create = { ...body(), name: 'idem-race', verification_evidence_id: test.body.verification_evidence_id };
    const results = await Promise.all(Array.from({ length: 10 }, () => h.rest('POST', '/v1/voip-connections', create, { headers: { 'idempotency-key': 'race' } })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const created = results.filter((r) => r.status === 201).map((r) => r.body.id);
    expect(new Set(created).size).toBe(1);
    const rows = await h.runtime.deps.db.selectFrom('voip_connections').select('id').where('name', '=', 'idem-race').execute();
    expect(rows).toHaveLength(1);
  });
});

describe('OpenAPI and the API reference', () => {
  it('GET /v1/openapi.json is a valid OpenAPI 3.1 document naming every route and its statuses', async () => {
    const res = await h.rest('GET', '/v1/openapi.json', undefined, { key: null });
    expect(res.status).toBe(200);
    const validator = new Validator();
    const result = await validator.validate(res.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(res.body.openapi).toBe('3.1.0');
    for (const route of routes) {
      const op = res.body.paths[route.path]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${route.path}`).toBeTruthy();
      for (const status of Object.keys(route.statuses)) expect(op.responses[status], `${route.method} ${route.path} ${status}`).toBeTruthy();
    }
    expect(res.body.paths['/v1/voip-connections'].post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/CreateConnectionRequest' });
    expect(res.body.components.schemas.CreateConnectionRequest.required).toEqual(expect.arrayContaining(['provider', 'credentials']));
  });

  it('/docs serves the reference page from installed assets only', async () => {
    const page = await h.fetch('/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ['/docs/swagger-ui.css', '/docs/swagger-ui-bundle.js', '/docs/init.js']) {
      expect(html).toContain(asset);
      expect((await h.fetch(`${asset}`)).status).toBe(200);
    }
  });
});

/** What the REST door shows of GraphQL's SIP settings: snake_case, lower-case enums, unset fields left out. */
function restSipConfig(sip: Record<string, unknown>, hasCredentials: boolean) {
  const fields = { domain: sip.domain, port: sip.port, transport: (sip.transport as string | null)?.toLowerCase(), fqdn_connection_id: sip.fqdnConnectionId, outbound_voice_profile_id: sip.outboundVoiceProfileId };
  return { ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v != null)), has_credentials: hasCredentials };
}

describe('parity with GraphQL', () => {
  it('a connection and a phone number read the same through both doors', async () => {
    const credentials = restCredentials(h.sim, 'twilio', 'big');
    const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials });
    const created = (await h.rest('POST', '/v1/voip-connections', { provider: 'twilio', credentials, verification_evidence_id: test.body.verification_evidence_id })).body;
    const gql = (await h.gql(print(GetConnDocument), { id: String(created.id) })).body.data.connection;
    expect({ id: Number(gql.id), name: gql.name, provider: gql.provider.toLowerCase(), status: gql.status.toLowerCase(), inferred_name: gql.inferredName, sip_config: restSipConfig(gql.sipConfig, gql.hasCredentials), numbers_imported: gql.numbersImported, last_tested_at: gql.lastTestedAt }).toEqual({
      id: created.id,
      name: created.name,
      provider: created.provider,
      status: created.status,
      inferred_name: created.inferred_name,
      sip_config: created.sip_config,
      numbers_imported: created.numbers_imported,
      last_tested_at: created.last_tested_at,
    });
    const e164 = h.sim.account('twilio', 'big').numbers[50]!.e164;
    const number = (await h.rest('POST', `/v1/voip-connections/${created.id}/import-numbers`, { numbers: [e164] })).body.results[0].phone_number;
    const viaGql = (await h.gql(print(GetPhoneNumberDocument), { id: String(number.id) })).body.data.phoneNumber;
    expect({ id: Number(viaGql.id), number: viaGql.number, status: viaGql.status.toLowerCase(), voip_connection_id: Number(viaGql.voipConnectionId), country: viaGql.country, capabilities: viaGql.capabilities }).toEqual({
      id: number.id,
      number: number.number,
      status: number.status,
      voip_connection_id: number.voip_connection_id,
      country: number.country,
      capabilities: number.capabilities,
    });
  });
});

describe('field names that are Object.prototype members', () => {
  // Found by the hostile-input property test: {"valueOf": {}} once answered 500.
  it.each(['valueOf', 'toString', 'constructor', 'hasOwnProperty', '__proto__'])('a body field named %s is just an unknown field', async (name) => {
    const res = await h.rest('POST', '/v1/developer/api-keys', undefined, { raw: `{"${name}": {}}`, headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'validation_failed' });
    const credentials = await h.rest('POST', '/v1/voip-connections/test', undefined, {
      raw: `{"provider": "vonage", "credentials": {"${name}": "x"}}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(credentials.status).toBe(400);
  });
});
