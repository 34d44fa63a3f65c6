import { readFileSync } from 'node:fs';
import createClient from 'openapi-fetch';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Spectral } from '@stoplight/spectral-core';
import { oas } from '@stoplight/spectral-rulesets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness';
import { restCredentials } from '../support/credentials';
import { checkAgainstDocument } from '../support/openapi-check';
import { generateOpenApiTypes, OPENAPI_TYPES_FILE } from '../support/openapi-types';
import type { paths } from '../generated/openapi';

/**
 * /v1/openapi.json as SDK teams use it: outside linters find nothing in it, its operationIds and
 * component names are a contract, and a client generated from it by openapi-typescript runs the
 * whole flow through openapi-fetch, type-checked (npm test runs tsc first), so a drift between
 * the document and the server fails the build.
 */
let h: Harness;
let text: string;
beforeAll(async () => {
  h = await startHarness();
  text = JSON.stringify((await h.rest('GET', '/v1/openapi.json', undefined, { key: null })).body);
});
afterAll(() => h.close());

const OPERATION_IDS = [
  'listVoipConnections', 'createVoipConnection', 'getVoipConnection', 'updateVoipConnection', 'deleteVoipConnection',
  'testVoipCredentials', 'suggestVoipConnectionName', 'listAvailableNumbers', 'importNumbers', 'listPhoneNumbers',
  'getPhoneNumber', 'updatePhoneNumber', 'releasePhoneNumber', 'verifyPhoneNumber', 'testCall', 'listApiKeys', 'createApiKey',
  'revokeApiKey', 'getHealth', 'getReadiness', 'getOpenApiDocument', 'listAuditEvents',
  'listWebhookEndpoints', 'createWebhookEndpoint', 'getWebhookEndpoint', 'updateWebhookEndpoint', 'deleteWebhookEndpoint',
  'rotateWebhookEndpointSecret', 'listWebhookDeliveries', 'retryWebhookDelivery',
  'listConnectLinks', 'createConnectLink', 'getConnectLink', 'revokeConnectLink',
];

describe('the OpenAPI document', () => {
  it('has no findings under Spectral (spectral:oas)', async () => {
    const spectral = new Spectral();
    spectral.setRuleset(oas as never);
    const results = await spectral.run(text);
    expect(results.map((r) => `${r.code} ${r.path.join('.')}: ${r.message}`)).toEqual([]);
  });

  it('has no findings under Redocly (recommended)', async () => {
    const problems = await lintFromString({ source: text, absoluteRef: 'openapi.json', config: await createConfig({ extends: ['recommended'] }) });
    expect(problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`)).toEqual([]);
  });

  it('names every operation and every shape', () => {
    const doc = JSON.parse(text);
    const ops = Object.values(doc.paths).flatMap((item) => Object.values(item as Record<string, { operationId: string }>).map((o) => o.operationId));
    expect(ops.sort()).toEqual([...OPERATION_IDS].sort());
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining([
      'Connection', 'ConnectionList', 'PhoneNumber', 'PhoneNumberList', 'PhoneNumberPage', 'CredentialTest', 'Check', 'Checks',
      'NameSuggestion', 'AvailableNumber', 'AvailableNumberPage', 'ImportReport', 'ImportResult', 'ApiKey', 'CreatedApiKey',
      'Problem', 'ValidationProblem', 'CreateConnectionRequest', 'TestCredentialsRequest', 'AuditEvent', 'AuditEventPage',
    ]));
    const test = doc.paths['/v1/voip-connections/test'].post.requestBody.content['application/json'];
    expect(Object.keys(test.examples)).toEqual(expect.arrayContaining(['twilio', 'telnyx', 'signalwire', 'vonage', 'manual']));
    // No inline object schemas in operations: every body and response is a named component.
    for (const item of Object.values(doc.paths) as Record<string, { requestBody?: { content: Record<string, { schema: object }> }; responses: Record<string, { content?: Record<string, { schema: object }> }> }>[]) {
      for (const op of Object.values(item)) {
        for (const media of [op.requestBody, ...Object.values(op.responses)].flatMap((r) => Object.values(r?.content ?? {}))) {
          expect(JSON.stringify(media.schema)).toMatch(/^\{"(\$ref|oneOf)"/);
        }
      }
    }
  });

  it('is what test/generated/openapi.ts was generated from (run `npm run openapi:types`)', async () => {
    expect(readFileSync(OPENAPI_TYPES_FILE, 'utf8')).toBe(await generateOpenApiTypes());
  });
});

describe('a client generated from the document (openapi-typescript + openapi-fetch)', () => {
  const client = () => {
    const c = createClient<paths>({ baseUrl: h.url, headers: { authorization: `Bearer ${h.orgA.key}` } });
    c.use({
      async onResponse({ request, response }) {
        const body = await response.clone().text();
        checkAgainstDocument(request.method, new URL(request.url).pathname, response.status, body ? JSON.parse(body) : undefined);
        return response;
      },
    });
    return c;
  };

  it('runs the whole flow, typed end to end', async () => {
    const api = client();
    const credentials = restCredentials(h.sim, 'vonage');
    const tested = await api.POST('/v1/voip-connections/test', { body: { provider: 'vonage', credentials } });
    expect(tested.data?.status).toBe('pass');
    const created = await api.POST('/v1/voip-connections', { body: { provider: 'vonage', credentials, verification_evidence_id: tested.data!.verification_evidence_id! } });
    expect(created.response.status).toBe(201);
    const connectionId = created.data!.id;
    const read = await api.GET('/v1/voip-connections/{connection_id}', { params: { path: { connection_id: connectionId } } });
    expect(read.data?.sip_config.has_credentials).toBe(true);
    expect((await api.GET('/v1/voip-connections')).data?.map((c) => c.id)).toContain(connectionId);

    const available = await api.GET('/v1/voip-connections/{connection_id}/available-numbers', { params: { path: { connection_id: connectionId }, query: { limit: '2' } } });
    const page = available.data as { items: { phone_number: string }[]; total: number };
    expect(page.items).toHaveLength(2);
    const imported = await api.POST('/v1/voip-connections/{connection_id}/import-numbers', { params: { path: { connection_id: connectionId } }, body: { numbers: page.items.map((n) => n.phone_number) } });
    const numberId = imported.data!.results[0]!.phone_number!.id;
    expect(imported.data!.imported).toBe(2);

    const verified = await api.POST('/v1/phone-numbers/{id}/verify-voip', { params: { path: { id: numberId } } });
    expect(verified.data?.status).toBe('active');
    const assigned = await api.PATCH('/v1/phone-numbers/{id}', { params: { path: { id: numberId } }, body: { inbound_agent_id: 7, label: 'Front desk' } });
    expect(assigned.data).toMatchObject({ inbound_agent_id: 7, label: 'Front desk' });
    const listed = await api.GET('/v1/phone-numbers', { params: { query: { voip_connection_id: String(connectionId) } } });
    expect((listed.data as { id: number }[]).map((n) => n.id)).toContain(numberId);
    expect((await api.DELETE('/v1/phone-numbers/{id}', { params: { path: { id: numberId } } })).response.status).toBe(204);

    const renamed = await api.PATCH('/v1/voip-connections/{connection_id}', { params: { path: { connection_id: connectionId } }, body: { name: 'Main line' } });
    expect(renamed.data?.name).toBe('Main line');
    expect((await api.DELETE('/v1/voip-connections/{connection_id}', { params: { path: { connection_id: connectionId } } })).response.status).toBe(204);
    const gone = await api.GET('/v1/voip-connections/{connection_id}', { params: { path: { connection_id: connectionId } } });
    expect(gone.error).toMatchObject({ code: 'not_found' });
  });

  it('types the errors and the developer and health routes too', async () => {
    const api = client();
    const bad = await api.POST('/v1/voip-connections', { body: { provider: 'twilio', credentials: {}, verification_evidence_id: 'nope' } });
    expect(bad.response.status).toBe(400);
    expect(bad.error && 'fields' in bad.error ? Object.keys(bad.error.fields) : []).toContain('credentials.account_sid');
    const key = await api.POST('/v1/developer/api-keys', { body: { name: 'sdk' } });
    expect(key.data?.key).toMatch(/^sk_live_/);
    expect((await api.GET('/v1/developer/api-keys')).data?.map((k) => k.id)).toContain(key.data!.id);
    expect((await api.DELETE('/v1/developer/api-keys/{key_id}', { params: { path: { key_id: key.data!.id } } })).response.status).toBe(204);
    expect((await api.GET('/v1/healthz')).data).toEqual({ ok: true });
    expect((await api.GET('/v1/readyz')).data).toEqual({ ok: true, database: 'ok' });
  });
});
