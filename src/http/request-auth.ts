import type { Deps, Principal } from '../domain/deps';
import { AuthenticationError } from '../domain/errors';
import { authenticate } from '../domain/organizations';

export interface RequestAuth {
  principal: Principal | null;
  /** Why there is no principal: no key given, or an invalid one. */
  authError: AuthenticationError | null;
}

const memo = new WeakMap<Request, Promise<RequestAuth>>();

/** Authenticates a request once, however many plugins and contexts ask. */
export function authOf(deps: Deps, request: Request): Promise<RequestAuth> {
  let auth = memo.get(request);
  if (!auth) {
    auth = authenticate(deps, request.headers.get('authorization')).then(
      (principal) => ({ principal, authError: null }),
      (err: unknown) => {
        if (err instanceof AuthenticationError) return { principal: null, authError: err };
        throw err;
      },
    );
    memo.set(request, auth);
  }
  return auth;
}
