import type { Harness } from './harness';
import { gqlCredentials, restCredentials } from './credentials';

/**
 * One valid call per authenticated REST route and per GraphQL query and mutation root field: what
 * the scope and connect-link tests walk to show that a caller without the right is refused
 * everywhere, and one with it is served.
 */
export interface FixtureIds {
  connection: string;
  phoneNumber: string;
  apiKey: string;
  webhookEndpoint: string;
  webhookDelivery: string;
  evidence: string;
  connectLink: string;
}

/** One valid request per authenticated REST route, given the ids to use. */
export const restCalls = (h: Harness): Record<string, (id: FixtureIds) => [string, string, unknown?]> => ({
  'GET /v1/developer/api-keys': () => ['GET', '/v1/developer/api-keys'],
  'POST /v1/developer/api-keys': () => ['POST', '/v1/developer/api-keys', { name: 'minted', scopes: ['keys:manage'] }],
  'DELETE /v1/developer/api-keys/{key_id}': (id) => ['DELETE', `/v1/developer/api-keys/${id.apiKey}`],
  'GET /v1/voip-connections': () => ['GET', '/v1/voip-connections'],
  'POST /v1/voip-connections': (id) => ['POST', '/v1/voip-connections', { provider: 'twilio', credentials: restCredentials(h.sim, 'twilio'), verification_evidence_id: id.evidence }],
  'POST /v1/voip-connections/test': () => ['POST', '/v1/voip-connections/test', { provider: 'twilio', credentials: restCredentials(h.sim, 'twilio') }],
  'POST /v1/voip-connections/suggest-name': () => ['POST', '/v1/voip-connections/suggest-name', { provider: 'twilio', credentials: restCredentials(h.sim, 'twilio') }],
  'GET /v1/voip-connections/{connection_id}': (id) => ['GET', `/v1/voip-connections/${id.connection}`],
  'PATCH /v1/voip-connections/{connection_id}': (id) => ['PATCH', `/v1/voip-connections/${id.connection}`, { name: 'Renamed' }],
  'DELETE /v1/voip-connections/{connection_id}': (id) => ['DELETE', `/v1/voip-connections/${id.connection}`],
  'GET /v1/voip-connections/{connection_id}/available-numbers': (id) => ['GET', `/v1/voip-connections/${id.connection}/available-numbers`],
  'POST /v1/voip-connections/{connection_id}/import-numbers': (id) => ['POST', `/v1/voip-connections/${id.connection}/import-numbers`, { numbers: [h.sim.account('twilio', 'valid').numbers[1]!.e164] }],
  'GET /v1/phone-numbers': () => ['GET', '/v1/phone-numbers'],
  'GET /v1/phone-numbers/{id}': (id) => ['GET', `/v1/phone-numbers/${id.phoneNumber}`],
  'PATCH /v1/phone-numbers/{id}': (id) => ['PATCH', `/v1/phone-numbers/${id.phoneNumber}`, { label: 'Relabelled' }],
  'DELETE /v1/phone-numbers/{id}': (id) => ['DELETE', `/v1/phone-numbers/${id.phoneNumber}`],
  'POST /v1/phone-numbers/{id}/verify-voip': (id) => ['POST', `/v1/phone-numbers/${id.phoneNumber}/verify-voip`],
  'POST /v1/phone-numbers/{id}/test-call': (id) => ['POST', `/v1/phone-numbers/${id.phoneNumber}/test-call`],
  'GET /v1/audit-events': () => ['GET', '/v1/audit-events'],
  'GET /v1/developer/webhook-endpoints': () => ['GET', '/v1/developer/webhook-endpoints'],
  'POST /v1/developer/webhook-endpoints': () => ['POST', '/v1/developer/webhook-endpoints', { label: 'minted', url: 'http://127.0.0.1:9/minted', events: ['phone_number.released'] }],
  'GET /v1/developer/webhook-endpoints/{endpoint_id}': (id) => ['GET', `/v1/developer/webhook-endpoints/${id.webhookEndpoint}`],
  'PATCH /v1/developer/webhook-endpoints/{endpoint_id}': (id) => ['PATCH', `/v1/developer/webhook-endpoints/${id.webhookEndpoint}`, { label: 'Relabelled' }],
  'DELETE /v1/developer/webhook-endpoints/{endpoint_id}': (id) => ['DELETE', `/v1/developer/webhook-endpoints/${id.webhookEndpoint}`],
  'POST /v1/developer/webhook-endpoints/{endpoint_id}/rotate-secret': (id) => ['POST', `/v1/developer/webhook-endpoints/${id.webhookEndpoint}/rotate-secret`],
  'GET /v1/developer/webhook-endpoints/{endpoint_id}/deliveries': (id) => ['GET', `/v1/developer/webhook-endpoints/${id.webhookEndpoint}/deliveries`],
  'POST /v1/developer/webhook-endpoints/{endpoint_id}/deliveries/{delivery_id}/retry': (id) => ['POST', `/v1/developer/webhook-endpoints/${id.webhookEndpoint}/deliveries/${id.webhookDelivery}/retry`],
  'GET /v1/connect-links': () => ['GET', '/v1/connect-links'],
  'POST /v1/connect-links': () => ['POST', '/v1/connect-links', { label: 'minted' }],
  'GET /v1/connect-links/{link_id}': (id) => ['GET', `/v1/connect-links/${id.connectLink}`],
  'DELETE /v1/connect-links/{link_id}': (id) => ['DELETE', `/v1/connect-links/${id.connectLink}`],
});

/** One document per GraphQL root field (queries and mutations), given the ids to use. */
export const fieldCalls = (h: Harness): Record<string, (id: FixtureIds) => [string, Record<string, unknown>?]> => ({
  'Query.viewer': () => ['{ viewer { organization { id } scopes } }'],
  'Query.providers': () => ['{ providers { id } }'],
  'Query.connection': (id) => ['query($id: ID!) { connection(id: $id) { id } }', { id: id.connection }],
  'Query.connections': () => ['{ connections { edges { node { id } } } }'],
  'Query.phoneNumber': (id) => ['query($id: ID!) { phoneNumber(id: $id) { id } }', { id: id.phoneNumber }],
  'Query.phoneNumbers': () => ['{ phoneNumbers { edges { node { id } } } }'],
  'Query.apiKeys': () => ['{ apiKeys { id scopes } }'],
  'Query.auditEvents': () => ['{ auditEvents { edges { node { id } } } }'],
  'Query.webhookEndpoint': (id) => ['query($id: ID!) { webhookEndpoint(id: $id) { id } }', { id: id.webhookEndpoint }],
  'Query.webhookEndpoints': () => ['{ webhookEndpoints { edges { node { id } } } }'],
  'Mutation.testCredentials': () => ['mutation($i: TestCredentialsInput!) { testCredentials(input: $i) { __typename } }', { i: { credentials: gqlCredentials(h.sim, 'twilio') } }],
  'Mutation.suggestConnectionName': () => ['mutation($i: TestCredentialsInput!) { suggestConnectionName(input: $i) { __typename } }', { i: { credentials: gqlCredentials(h.sim, 'twilio') } }],
  'Mutation.createConnection': (id) => ['mutation($i: CreateConnectionInput!) { createConnection(input: $i) { __typename } }', { i: { credentials: gqlCredentials(h.sim, 'twilio'), verificationEvidenceId: id.evidence } }],
  'Mutation.updateConnection': (id) => ['mutation($i: UpdateConnectionInput!) { updateConnection(input: $i) { __typename } }', { i: { id: id.connection, name: 'Renamed' } }],
  'Mutation.rotateCredentials': (id) => ['mutation($i: RotateCredentialsInput!) { rotateCredentials(input: $i) { __typename } }', { i: { id: id.connection, credentials: gqlCredentials(h.sim, 'twilio'), verificationEvidenceId: id.evidence } }],
  'Mutation.retestConnection': (id) => ['mutation($i: ConnectionIdInput!) { retestConnection(input: $i) { __typename } }', { i: { id: id.connection } }],
  'Mutation.deleteConnection': (id) => ['mutation($i: ConnectionIdInput!) { deleteConnection(input: $i) { __typename } }', { i: { id: id.connection } }],
  'Mutation.importNumbers': (id) => ['mutation($i: ImportNumbersInput!) { importNumbers(input: $i) { __typename } }', { i: { connectionId: id.connection, numbers: [h.sim.account('twilio', 'valid').numbers[1]!.e164] } }],
  'Mutation.updatePhoneNumber': (id) => ['mutation($i: UpdatePhoneNumberInput!) { updatePhoneNumber(input: $i) { __typename } }', { i: { id: id.phoneNumber, label: 'Relabelled' } }],
  'Mutation.releasePhoneNumber': (id) => ['mutation($i: PhoneNumberIdInput!) { releasePhoneNumber(input: $i) { __typename } }', { i: { id: id.phoneNumber } }],
  'Mutation.verifyPhoneNumber': (id) => ['mutation($i: PhoneNumberIdInput!) { verifyPhoneNumber(input: $i) { __typename } }', { i: { id: id.phoneNumber } }],
  'Mutation.testCall': (id) => ['mutation($i: TestCallInput!) { testCall(input: $i) { __typename } }', { i: { id: id.phoneNumber } }],
  'Mutation.createApiKey': () => ['mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { __typename } }', { i: { name: 'minted', scopes: ['KEYS_MANAGE'] } }],
  'Mutation.revokeApiKey': (id) => ['mutation($i: RevokeApiKeyInput!) { revokeApiKey(input: $i) { __typename } }', { i: { id: id.apiKey } }],
  'Mutation.createWebhookEndpoint': () => ['mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { __typename } }', { i: { label: 'minted', url: 'http://127.0.0.1:9/minted', events: ['phone_number.released'] } }],
  'Mutation.updateWebhookEndpoint': (id) => ['mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { __typename } }', { i: { id: id.webhookEndpoint, label: 'Relabelled' } }],
  'Mutation.deleteWebhookEndpoint': (id) => ['mutation($i: WebhookEndpointIdInput!) { deleteWebhookEndpoint(input: $i) { __typename } }', { i: { id: id.webhookEndpoint } }],
  'Mutation.rotateWebhookEndpointSecret': (id) => ['mutation($i: WebhookEndpointIdInput!) { rotateWebhookEndpointSecret(input: $i) { __typename } }', { i: { id: id.webhookEndpoint } }],
  'Mutation.retryWebhookDelivery': (id) => ['mutation($i: RetryWebhookDeliveryInput!) { retryWebhookDelivery(input: $i) { __typename } }', { i: { endpointId: id.webhookEndpoint, deliveryId: id.webhookDelivery } }],
  'Query.connectLinks': () => ['{ connectLinks { edges { node { id state } } } }'],
  'Query.connectLink': (id) => ['query($id: ID!) { connectLink(id: $id) { id } }', { id: id.connectLink }],
  'Query.connectSession': () => ['{ connectSession { label } }'],
  'Mutation.createConnectLink': () => ['mutation($i: CreateConnectLinkInput!) { createConnectLink(input: $i) { __typename } }', { i: { label: 'minted' } }],
  'Mutation.revokeConnectLink': (id) => ['mutation($i: RevokeConnectLinkInput!) { revokeConnectLink(input: $i) { __typename } }', { i: { id: id.connectLink } }],
});
