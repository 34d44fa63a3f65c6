import type { CallOptions } from '../providers/http-client';
import type { Principal } from '../domain/deps';
import type { GraphQLContext } from './context';

/** The caller's organization. Root fields are behind the `authenticated` scope, so it is set. */
export function principalOf(ctx: GraphQLContext): Principal {
  if (!ctx.principal) throw new Error('principalOf called without authentication');
  return ctx.principal;
}

/** Call options for provider calls made on behalf of this request. */
export function callOptions(ctx: GraphQLContext): CallOptions {
  return { signal: ctx.signal, beforeProviderCall: ctx.spendProviderBudget };
}
