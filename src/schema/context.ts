import type { Deps, Principal } from '../domain/deps';
import type { AuthenticationError } from '../domain/errors';
import type { ListingMemo } from '../domain/available-numbers';

/** Per-request context, shared by GraphQL and the REST shim (which runs GraphQL operations). */
export interface GraphQLContext {
  deps: Deps;
  /** The authenticated organization and key, or null. */
  principal: Principal | null;
  /** Why authentication failed, when a key was given but rejected, or none was given. */
  authError: AuthenticationError | null;
  requestId: string;
  /**
   * The client of the request: `signal` is aborted when it goes away, and provider calls are
   * cancelled with it. (An object, so that making the context never makes the signal: most
   * requests call no provider.)
   */
  client: { readonly signal: AbortSignal | undefined };
  /** Called before each provider call: takes the request's provider budget once, or throws 429. */
  spendProviderBudget: () => Promise<void>;
  /** The GraphQL cost limit (GRAPHQL_MAX_COST). */
  maxCost: number;
  /** Provider inventories read during this request (see listAvailableNumbers). */
  listings: ListingMemo;
}
