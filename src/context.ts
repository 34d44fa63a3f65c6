import type { Deps } from './domain/deps';
import { AuthenticationError } from './domain/errors';
import { authenticate } from './domain/organizations';
import type { GraphQLContext } from './schema/context';

/** Authenticates once per request; REST and GraphQL both use this context. */
export async function createContext(deps: Deps, request: Request, requestId: string): Promise<GraphQLContext> {
  const log = deps.log.child({ requestId });
  try {
    const principal = await authenticate(deps, request.headers.get('authorization'));
    return { deps, principal, authError: null, log, requestId, signal: request.signal, listings: new Map() };
  } catch (err) {
    if (!(err instanceof AuthenticationError)) throw err;
    return { deps, principal: null, authError: err, log, requestId, signal: request.signal, listings: new Map() };
  }
}
