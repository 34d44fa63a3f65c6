import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { CallOptions } from '../providers/http-client';
import type { Principal } from '../domain/deps';
import { ConnectLinkForbiddenError, ConnectLinkUsedError, InsufficientScopeError } from '../domain/errors';
import type { GraphQLContext } from './context';
import { fieldScope, LINK_ONLY, linkAccess } from './field-scopes';

/** The answer to a request without a usable key: 401, with the reason's code. */
export function unauthenticated(ctx: Pick<GraphQLContext, 'authError'>): GraphQLError {
  const code = ctx.authError?.code ?? 'not_authenticated';
  return new GraphQLError(ctx.authError?.message ?? 'Authentication credentials were not provided.', { extensions: { code, http: { status: 401 } } });
}

/**
 * Why the scope plugin refused a root field: no usable key (401), or a key without the scope the
 * field needs (403 insufficient_scope; src/http/mask-errors.ts adds `required_scope` and the
 * status to the error's extensions, and the REST door answers the same); a connect link beyond its
 * reach (403 connect_link_forbidden), or used already (409 connect_link_used).
 */
export function refused(ctx: GraphQLContext, info: GraphQLResolveInfo): Error {
  if (!ctx.principal) return unauthenticated(ctx);
  if (ctx.principal.connectLink) {
    // A used link calling what only a pending one may: it has made its connection already.
    return linkAccess(info.parentType.name, info.fieldName) === 'pending' ? new ConnectLinkUsedError() : new ConnectLinkForbiddenError();
  }
  const scope = fieldScope(info.parentType.name, info.fieldName);
  if (scope === LINK_ONLY) return new ConnectLinkForbiddenError("Only a connect link's token opens a connect session; an API key has the rest of the API.");
  return scope ? new InsufficientScopeError([scope]) : unauthenticated(ctx);
}

/**
 * The caller's organization. Root fields are behind the `authenticated` scope and their own
 * (src/schema/field-scopes.ts), subscriptions' `subscribe` included (authorizeOnSubscribe); this
 * refuses an anonymous caller again wherever it is called, as a second lock.
 */
export function principalOf(ctx: GraphQLContext): Principal {
  if (!ctx.principal) throw unauthenticated(ctx);
  return ctx.principal;
}

/** Call options for provider calls made on behalf of this request. */
export function callOptions(ctx: GraphQLContext): CallOptions {
  return { signal: ctx.client.signal, beforeProviderCall: ctx.spendProviderBudget };
}
