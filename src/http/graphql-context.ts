import type { Deps } from '../domain/deps';
import type { GraphQLContext } from '../schema/context';
import { providerBudget, type RateLimiters } from './rate-limit';
import type { RequestScope } from './request-scope';

/** The context every GraphQL execution runs in, on either door, made from the request's scope. */
export async function createContext(deps: Deps, scope: RequestScope, maxCost: number, limiters: RateLimiters): Promise<GraphQLContext> {
  const { principal, authError } = await scope.authenticate();
  return {
    deps,
    principal,
    authError,
    requestId: scope.id,
    // Read when a provider call needs it: the request view makes the signal only then.
    client: {
      get signal() {
        return scope.request.signal;
      },
    },
    spendProviderBudget: providerBudget(limiters, scope, principal),
    maxCost,
    listings: new Map(),
  };
}
