import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import type { Scope } from '../domain/scopes';
import { refused } from './principal';
import type { GraphQLContext } from './context';
import { linkMay, type LinkAccess } from './field-scopes';
import FieldScopesPlugin from './scope-plugin';
import { toValidationError } from './validation';

/** The builder only configures plugins; each type lives in its own module under types/. */
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  /**
   * `authenticated`: a valid key or connect link. `apiKey`: a valid key. `scope`: the key holds
   * this scope. `connectLink`: a connect link in that state may call it (root fields, from
   * src/schema/field-scopes.ts).
   */
  AuthScopes: { authenticated: boolean; apiKey: boolean; scope: Scope; connectLink: LinkAccess };
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: number | string };
    DateTime: { Input: string; Output: string };
  };
}>({
  // Errors wraps validation: a failed validation becomes a typed ValidationError result, not a masked error.
  // FieldScopes gives root fields their scope from the one table; ScopeAuth enforces it.
  plugins: [ErrorsPlugin, FieldScopesPlugin, ScopeAuthPlugin, ComplexityPlugin, RelayPlugin, ValidationPlugin, SimpleObjectsPlugin],
  defaultFieldNullability: false,
  // No default error types: each field lists exactly what its domain operation can throw (types/errors.ts).
  // Input validation runs before the resolver: its ValidationError is a typed result where declared.
  errors: { defaultTypes: [], unsafelyHandleInputErrors: true },
  // Cost is checked before any root field resolves; connection fields cost their `first`.
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: (ctx) => ({ complexity: ctx.maxCost }),
    complexityError: (_kind, result) =>
      new GraphQLError(`Query cost ${result.complexity} exceeds the limit of ${result.maxComplexity}.`, {
        extensions: { code: 'query_too_complex', http: { status: 400 } },
      }),
  },
  // Inputs validate with the domain's own rules (src/domain/input-rules.ts), in the API's field paths.
  validation: { validationError: toValidationError },
  scopeAuth: {
    authScopes: (ctx) => ({
      authenticated: ctx.principal !== null,
      apiKey: ctx.principal !== null && !ctx.principal.connectLink,
      // A connect link holds no scope.
      scope: (scope: Scope) => ctx.principal?.scopes.includes(scope) === true,
      connectLink: (access: LinkAccess) => linkMay(ctx.principal?.connectLink, access),
    }),
    // No key: 401. A key without the field's scope: 403 insufficient_scope naming it. A link beyond its reach: 403 (or 409 once used).
    unauthorizedError: (_parent, ctx, info) => refused(ctx, info),
    // A subscription's scope is checked when it starts (its key's scopes never change), so no event reaches a key that may not read it.
    authorizeOnSubscribe: true,
  },
  relay: {
    cursorType: 'String',
    clientMutationId: 'omit',
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    // The connection field's `first` already multiplies the cost of what it selects.
    edgesFieldOptions: { complexity: { field: 1, multiplier: 1 }, description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { description: 'The item.' },
    cursorFieldOptions: { description: 'Where this item is in the list: pass it as `after` to read on from here.' },
    pageInfoFieldOptions: { description: 'Whether there is a next page, and the cursor to read it.' },
    pageInfoTypeOptions: { description: 'Where a page stands in its list. Lists page forward only, with first/after.' },
    hasNextPageFieldOptions: { description: 'True when more items follow: read them with `after: endCursor`.' },
    hasPreviousPageFieldOptions: { description: 'Always false: lists page forward only.' },
    startCursorFieldOptions: { description: 'The cursor of the first item of this page, or null for an empty page.' },
    endCursorFieldOptions: { description: 'The cursor of the last item of this page: pass it as `after` for the next page.' },
  },
});

builder.queryType({ authScopes: { authenticated: true }, description: 'Everything is scoped to the organization of the API key (or connect link).' });
builder.mutationType({ authScopes: { authenticated: true }, description: 'Each mutation takes one input and returns its payload or a typed error.' });
