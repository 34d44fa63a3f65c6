import type { Deps, Principal } from '../domain/deps';
import { AuthenticationError } from '../domain/errors';
import { authenticate } from '../domain/organizations';
import { requestIdOf } from './request-log';
import type { RequestView } from './request-view';

export interface RequestAuth {
  principal: Principal | null;
  /** Why there is no principal: no key given, or an invalid one. */
  authError: AuthenticationError | null;
}

const memo = new WeakMap<RequestView, Promise<RequestAuth>>();

/** Authenticates a request once, however many plugins and contexts ask. */
export function authOf(deps: Deps, request: RequestView): Promise<RequestAuth> {
  let auth = memo.get(request);
  if (!auth) {
    auth = authenticate(deps, request.headers.get('authorization')).then(
      // The request id travels with the principal, into the audit trail.
      (principal) => ({ principal: { ...principal, requestId: requestIdOf(request) }, authError: null }),
      (err: unknown) => {
        if (err instanceof AuthenticationError) return { principal: null, authError: err };
        throw err;
      },
    );
    memo.set(request, auth);
  }
  return auth;
}
