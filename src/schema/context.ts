import type { Deps, Principal } from '../domain/deps';
import type { AuthenticationError } from '../domain/errors';
import type { Logger } from '../logger';
import type { ListingMemo } from '../domain/available-numbers';

/** Per-request context, shared by GraphQL and the REST shim (which runs GraphQL operations). */
export interface GraphQLContext {
  deps: Deps;
  /** The authenticated organization and key, or null. */
  principal: Principal | null;
  /** Why authentication failed, when a key was given but rejected, or none was given. */
  authError: AuthenticationError | null;
  log: Logger;
  requestId: string;
  /** Aborted when the client goes away; provider calls are cancelled with it. */
  signal: AbortSignal | undefined;
  /** Called before each provider call: takes the request's provider budget once, or throws 429. */
  spendProviderBudget: () => Promise<void>;
  /** The GraphQL cost limit (GRAPHQL_MAX_COST). */
  maxCost: number;
  /** Provider inventories read during this request (see listAvailableNumbers). */
  listings: ListingMemo;
}
