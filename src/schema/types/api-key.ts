import type { ApiKey } from '../../db/repositories/api-keys';
import { createApiKey, listApiKeys, revokeApiKey } from '../../domain/organizations';
import { NotFoundError } from '../../domain/errors';
import { DisplayName } from '../../domain/input-rules';
import { builder } from '../builder';
import { parseId } from '../pagination';
import { principalOf } from '../principal';
import { declared, resultErrors } from './errors';
import { inputRules } from './input-validation';
import { ApiKeyScopeEnum } from './scope';
import { knownScopes } from '../../domain/scopes';

const ApiKeyType = builder.objectRef<ApiKey>('ApiKey').implement({
  description: 'An API key of the organization. The secret itself is shown once, when the key is created.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The key id (to revoke it).' }),
    name: t.exposeString('name', { description: 'A name to recognise the key by.' }),
    keyPrefix: t.exposeString('keyPrefix', { description: 'The first characters of the key (sk_live_ and 7 more), to recognise it.' }),
    isActive: t.exposeBoolean('isActive', { description: 'False once revoked.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the key was created.' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'When the key last authenticated a request (within a minute).' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'When the key was revoked, if it was.' }),
    scopes: t.field({ type: [ApiKeyScopeEnum], description: 'What the key may do, fixed when it was created (with what each scope implies).', resolve: (k) => knownScopes(k.scopes) }),
  }),
});

const CreatedApiKey = builder.objectRef<{ apiKey: ApiKey; secret: string }>('CreatedApiKey').implement({
  description: 'A new key and its secret, which is never shown again.',
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyType, description: 'The key as listed from now on.', resolve: (r) => r.apiKey }),
    secret: t.exposeString('secret', { description: 'The key to send as `Authorization: Bearer …`. Store it now: it is shown only here.' }),
  }),
});

builder.queryField('apiKeys', (t) =>
  t.field({ type: [ApiKeyType], description: "The organization's API keys, newest first.", resolve: (_r, _a, ctx) => listApiKeys(ctx.deps, principalOf(ctx)) }),
);

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  description: 'A new API key.',
  validate: inputRules({ name: DisplayName }),
  fields: (t) => ({
    name: t.string({ required: true, description: 'A name to recognise the key by, 1 to 200 characters.' }),
    scopes: t.field({
      type: [ApiKeyScopeEnum],
      required: false,
      description: 'What the key may do; omitted: every scope. Only scopes the calling key holds itself (else `insufficient_scope`, naming the missing ones); a scope brings what it implies (e.g. CONNECTIONS_WRITE brings CONNECTIONS_READ).',
    }),
  }),
});

builder.mutationField('createApiKey', (t) =>
  t.field({
    type: CreatedApiKey,
    description: 'Creates an API key for the organization, with every scope or the ones named (never one the calling key lacks: `insufficient_scope`). Its secret is in this answer only. An organization holds at most 50 active keys (TRUNKLINE_MAX_API_KEYS_PER_ORG): one more is a ConflictError `api_key_limit_reached` until one is revoked.',
    errors: resultErrors('createApiKey', 'created', 'The key and its secret.'),
    args: { input: t.arg({ type: CreateApiKeyInput, required: true, description: 'The new key.' }) },
    resolve: declared('createApiKey', (_r, { input }, ctx) => createApiKey(ctx.deps, principalOf(ctx), input.name, { scopes: input.scopes ?? undefined })),
  }),
);

const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', {
  description: 'The key to revoke.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The key id.' }) }),
});

builder.mutationField('revokeApiKey', (t) =>
  t.field({
    type: ApiKeyType,
    description: 'Revokes an API key at once; requests with it are refused from now on.',
    errors: resultErrors('revokeApiKey', 'apiKey', 'The key, now inactive.'),
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true, description: 'The key to revoke.' }) },
    resolve: declared('revokeApiKey', (_r, { input }, ctx) => {
      const id = parseId(input.id);
      if (id === null) throw new NotFoundError('API key');
      return revokeApiKey(ctx.deps, principalOf(ctx), id);
    }),
  }),
);
