import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness';
import { connectSeeded } from '../support/flows';
import { routes } from '../../src/rest/routes/index';

/**
 * Every id-taking route and field, called with another organization's ids, answers exactly as for
 * an id that does not exist: same status, same body. Organization B owns the resources; A asks.
 */
let h: Harness;
let theirs: { connection: string; phoneNumber: string; apiKey: string; webhookEndpoint: string; webhookDelivery: string; connectLink: string };
const MISSING = '999999';

beforeAll(async () => {
  h = await startHarness();
  // An endpoint first, so that the connection's creation owes it a delivery.
  const endpoint = await h.rest('POST', '/v1/developer/webhook-endpoints', { label: 'theirs', url: 'https://hooks.example.com/in', events: ['voip_connection.created'] }, { key: h.orgB.key });
  const connection = await connectSeeded(h, 'twilio', 'valid', h.orgB.key);
  const deliveries = await h.rest('GET', `/v1/developer/webhook-endpoints/${endpoint.body.id}/deliveries`, undefined, { key: h.orgB.key });
  const imported = await h.rest('POST', `/v1/voip-connections/${connection}/import-numbers`, { numbers: [h.sim.account('twilio', 'valid').numbers[0]!.e164] }, { key: h.orgB.key });
  const key = await h.rest('POST', '/v1/developer/api-keys', { name: 'theirs' }, { key: h.orgB.key });
  const link = await h.rest('POST', '/v1/connect-links', { label: 'theirs' }, { key: h.orgB.key });
  theirs = {
    connection,
    phoneNumber: String(imported.body.results[0].phone_number.id),
    apiKey: String(key.body.id),
    webhookEndpoint: String(endpoint.body.id),
    webhookDelivery: String(deliveries.body[0].id),
    connectLink: String(link.body.id),
  };
});
afterAll(() => h.close());

/** A request per id-taking REST route, given the id to put in its path. */
const REST_CALLS: Record<string, (id: (kind: keyof typeof theirs) => string) => [string, string, unknown?]> = {
  'GET /v1/voip-connections/{connection_id}': (id) => ['GET', `/v1/voip-connections/${id('connection')}`],
  'PATCH /v1/voip-connections/{connection_id}': (id) => ['PATCH', `/v1/voip-connections/${id('connection')}`, { name: 'mine now' }],
  'DELETE /v1/voip-connections/{connection_id}': (id) => ['DELETE', `/v1/voip-connections/${id('connection')}`],
  'GET /v1/voip-connections/{connection_id}/available-numbers': (id) => ['GET', `/v1/voip-connections/${id('connection')}/available-numbers`],
  'POST /v1/voip-connections/{connection_id}/import-numbers': (id) => ['POST', `/v1/voip-connections/${id('connection')}/import-numbers`, { numbers: ['+14152000001'] }],
  'GET /v1/phone-numbers/{id}': (id) => ['GET', `/v1/phone-numbers/${id('phoneNumber')}`],
  'PATCH /v1/phone-numbers/{id}': (id) => ['PATCH', `/v1/phone-numbers/${id('phoneNumber')}`, { label: 'mine now' }],
  'DELETE /v1/phone-numbers/{id}': (id) => ['DELETE', `/v1/phone-numbers/${id('phoneNumber')}`],
  'POST /v1/phone-numbers/{id}/verify-voip': (id) => ['POST', `/v1/phone-numbers/${id('phoneNumber')}/verify-voip`],
  'POST /v1/phone-numbers/{id}/test-call': (id) => ['POST', `/v1/phone-numbers/${id('phoneNumber')}/test-call`],
  'DELETE /v1/developer/api-keys/{key_id}': (id) => ['DELETE', `/v1/developer/api-keys/${id('apiKey')}`],
  'GET /v1/developer/webhook-endpoints/{endpoint_id}': (id) => ['GET', `/v1/developer/webhook-endpoints/${id('webhookEndpoint')}`],
  'PATCH /v1/developer/webhook-endpoints/{endpoint_id}': (id) => ['PATCH', `/v1/developer/webhook-endpoints/${id('webhookEndpoint')}`, { label: 'mine now' }],
  'DELETE /v1/developer/webhook-endpoints/{endpoint_id}': (id) => ['DELETE', `/v1/developer/webhook-endpoints/${id('webhookEndpoint')}`],
  'POST /v1/developer/webhook-endpoints/{endpoint_id}/rotate-secret': (id) => ['POST', `/v1/developer/webhook-endpoints/${id('webhookEndpoint')}/rotate-secret`],
  'GET /v1/developer/webhook-endpoints/{endpoint_id}/deliveries': (id) => ['GET', `/v1/developer/webhook-endpoints/${id('webhookEndpoint')}/deliveries`],
  'GET /v1/connect-links/{link_id}': (id) => ['GET', `/v1/connect-links/${id('connectLink')}`],
  'DELETE /v1/connect-links/{link_id}': (id) => ['DELETE', `/v1/connect-links/${id('connectLink')}`],
  'POST /v1/developer/webhook-endpoints/{endpoint_id}/deliveries/{delivery_id}/retry': (id) => [
    'POST',
    `/v1/developer/webhook-endpoints/${id('webhookEndpoint')}/deliveries/${id('webhookDelivery')}/retry`,
  ],
};

describe('REST', () => {
  it('covers every route that takes an id', () => {
    expect(Object.keys(REST_CALLS).sort()).toEqual(routes.filter((r) => r.path.includes('{')).map((r) => `${r.method} ${r.path}`).sort());
  });

  it.each(Object.keys(REST_CALLS))('%s: another organization’s id is a missing id', async (name) => {
    const [method, theirsPath, body] = REST_CALLS[name]!((kind) => theirs[kind]);
    const [, missingPath] = REST_CALLS[name]!(() => MISSING);
    const cross = await h.rest(method, theirsPath, body);
    const missing = await h.rest(method, missingPath, body);
    expect(cross.status).toBe(404);
    expect(cross.status).toBe(missing.status);
    expect(cross.body).toEqual(missing.body);
  });

  it('left the other organization’s resources untouched', async () => {
    const conn = await h.rest('GET', `/v1/voip-connections/${theirs.connection}`, undefined, { key: h.orgB.key });
    expect(conn).toMatchObject({ status: 200, body: { inferred_name: true } });
    const number = await h.rest('GET', `/v1/phone-numbers/${theirs.phoneNumber}`, undefined, { key: h.orgB.key });
    expect(number).toMatchObject({ status: 200, body: { status: 'provisioning', label: null } });
    const endpoint = await h.rest('GET', `/v1/developer/webhook-endpoints/${theirs.webhookEndpoint}`, undefined, { key: h.orgB.key });
    expect(endpoint).toMatchObject({ status: 200, body: { label: 'theirs', status: 'active' } });
  });
});

describe('GraphQL', () => {
  const FIELDS: [string, (id: string) => string][] = [
    ['connection', (id) => `{ connection(id: "${id}") { id } }`],
    ['phoneNumber', (id) => `{ phoneNumber(id: "${id}") { id } }`],
    ['phoneNumbers(connectionId)', (id) => `{ phoneNumbers(connectionId: "${id}") { edges { node { id } } } }`],
    ['updateConnection', (id) => `mutation { updateConnection(input: { id: "${id}", name: "x" }) { __typename ... on Error { code message } } }`],
    ['rotateCredentials', (id) => `mutation { rotateCredentials(input: { id: "${id}", credentials: { vonage: { apiKey: "k", apiSecret: "s" } }, verificationEvidenceId: "00000000-0000-4000-8000-000000000000" }) { __typename ... on Error { code message } } }`],
    ['retestConnection', (id) => `mutation { retestConnection(input: { id: "${id}" }) { __typename ... on Error { code message } } }`],
    ['deleteConnection', (id) => `mutation { deleteConnection(input: { id: "${id}" }) { __typename ... on Error { code message } } }`],
    ['importNumbers', (id) => `mutation { importNumbers(input: { connectionId: "${id}", numbers: ["+14152000001"] }) { __typename ... on Error { code message } } }`],
    ['verifyPhoneNumber', (id) => `mutation { verifyPhoneNumber(input: { id: "${id}" }) { __typename ... on Error { code message } } }`],
    ['testCall of a PhoneNumber', (id) => `mutation { testCall(input: { id: "${id}" }) { __typename ... on Error { code message } } }`],
    ['updatePhoneNumber', (id) => `mutation { updatePhoneNumber(input: { id: "${id}", label: "x" }) { __typename ... on Error { code message } } }`],
    ['releasePhoneNumber', (id) => `mutation { releasePhoneNumber(input: { id: "${id}" }) { __typename ... on Error { code message } } }`],
    ['revokeApiKey', (id) => `mutation { revokeApiKey(input: { id: "${id}" }) { __typename ... on Error { code message } } }`],
    ['webhookEndpoint', (id) => `{ webhookEndpoint(id: "${id}") { id deliveries { edges { node { id } } } } }`],
    ['updateWebhookEndpoint', (id) => `mutation { updateWebhookEndpoint(input: { id: "${id}", label: "x" }) { __typename ... on Error { code message } } }`],
    ['deleteWebhookEndpoint', (id) => `mutation { deleteWebhookEndpoint(input: { id: "${id}" }) { __typename ... on Error { code message } } }`],
    ['rotateWebhookEndpointSecret', (id) => `mutation { rotateWebhookEndpointSecret(input: { id: "${id}" }) { __typename ... on Error { code message } } }`],
    ['connectLink', (id) => `{ connectLink(id: "${id}") { id } }`],
    ['revokeConnectLink', (id) => `mutation { revokeConnectLink(input: { id: "${id}" }) { __typename ... on Error { code message } } }`],
    // Their endpoint with their delivery, against a missing endpoint with a missing delivery.
    ['retryWebhookDelivery', (id) => `mutation { retryWebhookDelivery(input: { endpointId: "${id}", deliveryId: "${id === MISSING ? MISSING : theirs.webhookDelivery}" }) { __typename ... on Error { code message } } }`],
  ];
  const kindOf = (name: string): keyof typeof theirs =>
    /ebhook/.test(name) ? 'webhookEndpoint' : /onnectLink/.test(name) ? 'connectLink' : /revokeApiKey/.test(name) ? 'apiKey' : /phoneNumber\b|PhoneNumber/.test(name) && !/connectionId/.test(name) ? 'phoneNumber' : 'connection';

  it.each(FIELDS)('%s: another organization’s id is a missing id', async (name, query) => {
    const cross = await h.gql(query(theirs[kindOf(name)]));
    const missing = await h.gql(query(MISSING));
    expect(cross.status).toBe(missing.status);
    expect(cross.body).toEqual(missing.body);
  });
});
