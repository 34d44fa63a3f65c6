import { SCOPE_DESCRIPTIONS, SCOPES, type Scope } from '../../domain/scopes';
import { builder } from '../builder';

/** `numbers:read` ↔ NUMBERS_READ: GraphQL enum values are capitals; REST and the domain use the scope names. */
export const scopeConstant = (scope: Scope) => scope.toUpperCase().replace(':', '_');

export const ApiKeyScopeEnum = builder.enumType('ApiKeyScope', {
  description:
    'What an API key may do. A key holds a set of scopes, fixed when it is created (all of them unless createApiKey names fewer); each root field needs one of them, or none (viewer, providers). A key lacking the scope a field needs gets an `insufficient_scope` error naming it (HTTP 403).',
  values: Object.fromEntries(SCOPES.map((s) => [scopeConstant(s), { value: s, description: `\`${s}\`: ${SCOPE_DESCRIPTIONS[s]}` }])) as Record<string, { value: Scope; description: string }>,
});
