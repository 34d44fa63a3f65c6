import type { Deps } from './domain/deps';
import { providerBudget, type RateLimiters } from './http/rate-limit';
import { authOf } from './http/request-auth';
import type { GraphQLContext } from './schema/context';
import type { RequestView } from './http/request-view';

/** The per-request context; REST and GraphQL both use it. Authentication is memoized per request. */
export async function createContext(deps: Deps, request: RequestView, requestId: string, maxCost: number, limiters: RateLimiters): Promise<GraphQLContext> {
  const { principal, authError } = await authOf(deps, request);
  let log: GraphQLContext['log'] | undefined;
  return {
    deps,
    principal,
    authError,
    // Made when first used: most requests log nothing but their one request line.
    get log() {
      return (log ??= deps.log.child({ requestId }));
    },
    requestId,
    // Read when a provider call needs it: the REST door makes the signal only then.
    get signal() {
      return request.signal;
    },
    spendProviderBudget: providerBudget(limiters, request, principal),
    maxCost,
    listings: new Map(),
  };
}
