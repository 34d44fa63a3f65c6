import { GraphQLError } from 'graphql';
import type { CallOptions } from '../providers/http-client';
import type { Principal } from '../domain/deps';
import type { GraphQLContext } from './context';

/** The answer to a request without a usable key: 401, with the reason's code. */
export function unauthenticated(ctx: Pick<GraphQLContext, 'authError'>): GraphQLError {
  const code = ctx.authError?.code ?? 'not_authenticated';
  return new GraphQLError(ctx.authError?.message ?? 'Authentication credentials were not provided.', { extensions: { code, http: { status: 401 } } });
}

/**
 * The caller's organization. Root query and mutation fields are behind the `authenticated`
 * scope; a subscription's `subscribe` is not (the scope plugin wraps resolvers only), so this
 * refuses an anonymous caller itself.
 */
export function principalOf(ctx: GraphQLContext): Principal {
  if (!ctx.principal) throw unauthenticated(ctx);
  return ctx.principal;
}

/** Call options for provider calls made on behalf of this request. */
export function callOptions(ctx: GraphQLContext): CallOptions {
  return { signal: ctx.client.signal, beforeProviderCall: ctx.spendProviderBudget };
}
