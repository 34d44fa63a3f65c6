import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness';
import { restCredentials } from '../support/credentials';
import { Connection, CredentialTest, ErrorBody, NameSuggestion } from '../../src/rest/schemas';
import type { SimProvider } from '../../src/simulator/accounts';

/**
 * /v1/voip-connections, as a client written from the spec uses it: the two-phase create, then
 * list, read, rename, rotate and delete, with every documented status.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const PROVIDERS: SimProvider[] = ['twilio', 'telnyx', 'signalwire', 'vonage'];

async function testAndCreate(provider: SimProvider, extra: Record<string, unknown> = {}) {
  const credentials = restCredentials(h.sim, provider);
  const test = await h.rest('POST', '/v1/voip-connections/test', { provider, credentials });
  expect(test.status).toBe(200);
  const created = await h.rest('POST', '/v1/voip-connections', { provider, credentials, verification_evidence_id: test.body.verification_evidence_id, ...extra });
  return { test, created };
}

describe('POST /v1/voip-connections/test', () => {
  it.each(PROVIDERS)('%s: 200 with status pass, checks and single-use evidence', async (provider) => {
    const res = await h.rest('POST', '/v1/voip-connections/test', { provider, credentials: restCredentials(h.sim, provider) });
    expect(res.status).toBe(200);
    expect(CredentialTest.parse(res.body)).toMatchObject({ status: 'pass', failures: [], checks: { credentials_valid: { status: 'pass' } } });
    expect(res.body.verification_evidence_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('accepts the guide’s camelCase credential names (apiKey, connectionId)', async () => {
    const c = restCredentials(h.sim, 'telnyx');
    const res = await h.rest('POST', '/v1/voip-connections/test', { provider: 'telnyx', credentials: { apiKey: c.api_key, connectionId: c.connection_id }, sip_config: { domain: 'acme.sip.telnyx.com' } });
    expect(res.body).toMatchObject({ status: 'pass', suggested_connection_name: expect.stringMatching(/^Telnyx: /) });
  });

  it('200 with status fail and the failures when the provider refuses', async () => {
    const res = await h.rest('POST', '/v1/voip-connections/test', { provider: 'vonage', credentials: { api_key: h.sim.account('vonage', 'valid').id, api_secret: 'wrong' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'fail', verification_evidence_id: null, failures: [{ check: 'credentials_valid', code: 'credentials_rejected' }] });
  });

  it('502 provider_unavailable when the provider cannot be reached', async () => {
    const res = await h.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials: restCredentials(h.sim, 'twilio', 'failing') });
    expect(res.status).toBe(502);
    expect(ErrorBody.parse(res.body)).toMatchObject({ code: 'provider_unavailable' });
  });

  it('400 with fields for invalid or unknown credential fields, an unknown provider, or unknown body fields', async () => {
    const bad = await h.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials: { account_sid: 'AC1', auth_token: 'x' } });
    expect(bad).toMatchObject({ status: 400, body: { code: 'validation_failed', fields: { 'credentials.account_sid': expect.any(Array) } } });
    const unknownField = await h.rest('POST', '/v1/voip-connections/test', { provider: 'vonage', credentials: { ...restCredentials(h.sim, 'vonage'), region: 'eu' } });
    expect(unknownField).toMatchObject({ status: 400, body: { fields: { 'credentials.region': ['is not a known field'] } } });
    const provider = await h.rest('POST', '/v1/voip-connections/test', { provider: 'skype', credentials: {} });
    expect(provider).toMatchObject({ status: 400, body: { fields: { provider: expect.any(Array) } } });
    const extra = await h.rest('POST', '/v1/voip-connections/test', { provider: 'vonage', credentials: restCredentials(h.sim, 'vonage'), colour: 'blue' });
    expect(extra).toMatchObject({ status: 400, body: { fields: { colour: ['is not a known field'] } } });
  });
});

describe('POST /v1/voip-connections/suggest-name', () => {
  it('200 with the provider-inferred name', async () => {
    const res = await h.rest('POST', '/v1/voip-connections/suggest-name', { provider: 'twilio', credentials: restCredentials(h.sim, 'twilio') });
    expect(res.status).toBe(200);
    expect(NameSuggestion.parse(res.body)).toEqual({ suggested_connection_name: expect.stringMatching(/^Twilio: Acme valid \(\+1/), account_name: 'Acme valid' });
  });
});

describe('POST /v1/voip-connections (two-phase create)', () => {
  it.each(PROVIDERS)('%s: 201 with the Connection object, connected, named from the test', async (provider) => {
    const { test, created } = await testAndCreate(provider);
    expect(created.status).toBe(201);
    const c = Connection.strict().parse(created.body);
    expect(c).toMatchObject({ provider, setup_method: 'api_key', status: 'connected', inferred_name: true, name: test.body.suggested_connection_name, numbers_imported: 0 });
    expect(c.sip_config).toMatchObject({ has_credentials: true });
    expect(JSON.stringify(created.body)).not.toContain(Object.values(restCredentials(h.sim, provider)).at(-1));
  });

  it('400 evidence_missing / evidence_reused / evidence_stale / provider_mismatch, 422 for other credentials', async () => {
    const credentials = restCredentials(h.sim, 'twilio');
    const missing = await h.rest('POST', '/v1/voip-connections', { provider: 'twilio', credentials });
    expect(missing).toMatchObject({ status: 400, body: { code: 'evidence_missing' } });

    const { test } = await testAndCreate('twilio');
    const reused = await h.rest('POST', '/v1/voip-connections', { provider: 'twilio', credentials, verification_evidence_id: test.body.verification_evidence_id });
    expect(reused).toMatchObject({ status: 400, body: { code: 'evidence_reused' } });

    const fresh = await h.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials });
    const mismatch = await h.rest('POST', '/v1/voip-connections', { provider: 'vonage', credentials: restCredentials(h.sim, 'vonage'), verification_evidence_id: fresh.body.verification_evidence_id });
    expect(mismatch).toMatchObject({ status: 400, body: { code: 'provider_mismatch' } });
    const other = await h.rest('POST', '/v1/voip-connections', { provider: 'twilio', credentials: restCredentials(h.sim, 'twilio', 'big'), verification_evidence_id: fresh.body.verification_evidence_id });
    expect(other).toMatchObject({ status: 422, body: { code: 'credentials_failed_reverification' } });

    h.clock.advance(601_000);
    const stale = await h.rest('POST', '/v1/voip-connections', { provider: 'twilio', credentials, verification_evidence_id: fresh.body.verification_evidence_id });
    expect(stale).toMatchObject({ status: 400, body: { code: 'evidence_stale' } });
  });

  it('creates a guided Telnyx connection', async () => {
    const apiKey = h.sim.account('telnyx', 'valid').id;
    const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'telnyx', credentials: { api_key: apiKey }, setup_method: 'guided_telnyx' });
    const res = await h.rest('POST', '/v1/voip-connections', { provider: 'telnyx', setup_method: 'guided_telnyx', credentials: { api_key: apiKey }, verification_evidence_id: test.body.verification_evidence_id });
    expect(res).toMatchObject({ status: 201, body: { setup_method: 'guided_telnyx', sip_config: { fqdn_connection_id: expect.any(String) } } });
  });
});

describe('GET /v1/voip-connections and /{id}', () => {
  it('lists a plain array, newest first, and reads one', async () => {
    const { created } = await testAndCreate('signalwire', { name: 'Newest' });
    const list = await h.rest('GET', '/v1/voip-connections');
    expect(list.status).toBe(200);
    expect(Array.isArray(list.body)).toBe(true);
    expect(list.body[0]).toEqual(created.body);
    const ids = list.body.map((c: { id: number }) => c.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    const one = await h.rest('GET', `/v1/voip-connections/${created.body.id}`);
    expect(one).toMatchObject({ status: 200, body: created.body });
  });

  it('404s for a missing id, a non-numeric id and another organization’s id alike', async () => {
    const theirs = (await h.rest('GET', '/v1/voip-connections', undefined, { key: h.orgB.key })).body;
    const { created } = await testAndCreate('vonage');
    const otherOrg = await h.rest('GET', `/v1/voip-connections/${created.body.id}`, undefined, { key: h.orgB.key });
    const missing = await h.rest('GET', '/v1/voip-connections/987654');
    const garbage = await h.rest('GET', '/v1/voip-connections/abc');
    expect(theirs).toEqual([]);
    for (const r of [otherOrg, missing, garbage]) expect(r).toMatchObject({ status: 404, body: { code: 'not_found', detail: 'Connection not found.' } });
  });
});

describe('PATCH /v1/voip-connections/{id}', () => {
  it('renames (inferred_name false) and rotates credentials with fresh evidence', async () => {
    const { created } = await testAndCreate('vonage');
    const renamed = await h.rest('PATCH', `/v1/voip-connections/${created.body.id}`, { name: 'EU numbers' });
    expect(renamed).toMatchObject({ status: 200, body: { name: 'EU numbers', inferred_name: false } });

    const credentials = restCredentials(h.sim, 'vonage');
    const noEvidence = await h.rest('PATCH', `/v1/voip-connections/${created.body.id}`, { credentials });
    expect(noEvidence).toMatchObject({ status: 400, body: { code: 'evidence_missing' } });
    const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'vonage', credentials });
    const rotated = await h.rest('PATCH', `/v1/voip-connections/${created.body.id}`, { credentials, verification_evidence_id: test.body.verification_evidence_id });
    expect(rotated).toMatchObject({ status: 200, body: { status: 'connected', name: 'EU numbers' } });
  });

  it('400 for invalid fields, 404 for others’ ids', async () => {
    const { created } = await testAndCreate('twilio');
    expect(await h.rest('PATCH', `/v1/voip-connections/${created.body.id}`, { name: '' })).toMatchObject({ status: 400, body: { fields: { name: expect.any(Array) } } });
    expect(await h.rest('PATCH', `/v1/voip-connections/${created.body.id}`, { sip_config: { domain: 'x' } })).toMatchObject({ status: 400 });
    expect(await h.rest('PATCH', `/v1/voip-connections/${created.body.id}`, { name: 'x' }, { key: h.orgB.key })).toMatchObject({ status: 404 });
  });
});

describe('DELETE /v1/voip-connections/{id}', () => {
  it('204 with an empty body, then 404', async () => {
    const { created } = await testAndCreate('telnyx');
    const res = await h.rest('DELETE', `/v1/voip-connections/${created.body.id}`);
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    expect((await h.rest('DELETE', `/v1/voip-connections/${created.body.id}`)).status).toBe(404);
    expect((await h.rest('GET', `/v1/voip-connections/${created.body.id}`)).status).toBe(404);
  });
});
