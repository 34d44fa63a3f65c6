import type { ApiKey } from '../../db/repositories/api-keys';
import { createApiKey, listApiKeys, revokeApiKey } from '../../domain/organizations';
import { NotFoundError } from '../../domain/errors';
import { builder } from '../builder';
import { parseId } from '../pagination';
import { principalOf } from '../principal';
import { MUTATION_ERRORS } from './errors';

const ApiKeyType = builder.objectRef<ApiKey>('ApiKey').implement({
  description: 'An API key. The secret itself is shown once, when the key is created.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    keyPrefix: t.exposeString('keyPrefix', { description: 'sk_live_ and 7 characters, to recognise the key.' }),
    isActive: t.exposeBoolean('isActive'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});

const CreatedApiKey = builder.objectRef<{ apiKey: ApiKey; secret: string }>('CreatedApiKey').implement({
  description: 'A new key and its secret, which is never shown again.',
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyType, resolve: (r) => r.apiKey }),
    secret: t.exposeString('secret', { description: 'The key to send as `Authorization: Bearer …`.' }),
  }),
});

builder.queryField('apiKeys', (t) =>
  t.field({ type: [ApiKeyType], description: "The organization's API keys, newest first.", resolve: (_r, _a, ctx) => listApiKeys(ctx.deps, principalOf(ctx)) }),
);

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  fields: (t) => ({ name: t.string({ required: true, validate: { minLength: 1, maxLength: 200 } }) }),
});

builder.mutationField('createApiKey', (t) =>
  t.field({
    type: CreatedApiKey,
    errors: { types: MUTATION_ERRORS, result: { name: 'CreateApiKeyPayload' }, union: { name: 'CreateApiKeyResult' }, dataField: { name: 'created' } },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    resolve: (_r, { input }, ctx) => createApiKey(ctx.deps, principalOf(ctx), input.name),
  }),
);

const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

builder.mutationField('revokeApiKey', (t) =>
  t.field({
    type: ApiKeyType,
    errors: { types: MUTATION_ERRORS, result: { name: 'RevokeApiKeyPayload' }, union: { name: 'RevokeApiKeyResult' }, dataField: { name: 'apiKey' } },
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true }) },
    resolve: (_r, { input }, ctx) => {
      const id = parseId(input.id);
      if (id === null) throw new NotFoundError('API key');
      return revokeApiKey(ctx.deps, principalOf(ctx), id);
    },
  }),
);
