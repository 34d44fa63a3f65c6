import { CreateApiKeyDocument, ListApiKeysDocument, RevokeApiKeyDocument } from '../generated/graphql';
import { apiKeyJson, scopeConstant } from '../presenters';
import { bodyOf, payloadOf, type Route } from '../route';
import { ApiKeyList, CreateApiKeyBody, CreatedApiKey } from '../schemas';

export const apiKeyRoutes: Route[] = [
  {
    method: 'GET',
    path: '/v1/developer/api-keys',
    operationId: 'listApiKeys',
    description: "The organization's API keys, newest first. Secrets are never listed.",
    summary: "List the organization's API keys",
    tag: 'Developer',
    response: ApiKeyList,
    statuses: { 200: 'Keys, newest first', 401: 'No valid key' },
    async handle({ run }) {
      const data = await run(ListApiKeysDocument, {});
      return { status: 200, body: data.apiKeys.map(apiKeyJson) };
    },
  },
  {
    method: 'POST',
    path: '/v1/developer/api-keys',
    operationId: 'createApiKey',
    description: 'Creates an API key with every scope, or the `scopes` named (only ones the calling key holds itself). Its secret (key) is in this response only. An organization holds at most TRUNKLINE_MAX_API_KEYS_PER_ORG active keys (50 unless configured); revoked keys do not count.',
    summary: 'Create an API key (the key is shown only in this response)',
    tag: 'Developer',
    body: CreateApiKeyBody,
    response: CreatedApiKey,
    statuses: { 201: 'Created', 400: 'Invalid name, or a scope that does not exist', 401: 'No valid key', 403: 'The calling key lacks keys:manage, or a scope it asks for (insufficient_scope names them)', 409: 'The organization already holds its most active keys (api_key_limit_reached: revoke one first); or this Idempotency-Key already created a key, whose secret is not kept for a replay' },
    secretInAnswer: true,
    async handle({ run }, req) {
      const body = bodyOf(req, CreateApiKeyBody);
      const created = payloadOf((await run(CreateApiKeyDocument, { input: { name: body.name, scopes: body.scopes?.map(scopeConstant) } })).createApiKey, 'created');
      return { status: 201, body: { ...apiKeyJson(created.apiKey), key: created.secret } };
    },
  },
  {
    method: 'DELETE',
    path: '/v1/developer/api-keys/{key_id}',
    operationId: 'revokeApiKey',
    description: 'Revokes an API key at once.',
    summary: 'Revoke an API key',
    tag: 'Developer',
    statuses: { 204: 'Revoked', 401: 'No valid key', 404: 'No such key in this organization' },
    async handle({ run }, req) {
      payloadOf((await run(RevokeApiKeyDocument, { input: { id: req.params.key_id! } })).revokeApiKey, 'apiKey');
      return { status: 204 };
    },
  },
];
