import type { RequestView } from './request-view';

/**
 * Which browser origins may read the API's answers (TRUNKLINE_CORS_ORIGINS, exact origins only).
 * By default none: the console, GraphiQL and /docs are served from the API's own origin and need
 * no CORS. An allowed origin gets `Access-Control-Allow-Origin` and nothing else changes: never
 * `Access-Control-Allow-Credentials`, because the API authenticates with bearer keys a page must
 * send itself, never cookies — so a page of another origin gains nothing from a visitor's browser.
 * `Origin: null` (sandboxed frames, file: pages) is never allowed. Both doors answer through this.
 */
export interface CorsPolicy {
  /** The CORS headers an answer to this request carries (none for an origin not allowed). */
  headersFor(request: RequestView): Record<string, string>;
}

const METHODS = 'GET, POST, PUT, PATCH, DELETE';
/** What a page may read of an answer beyond the CORS-safelisted headers. */
const EXPOSED = 'X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After, WWW-Authenticate';

export function corsPolicy(origins: readonly string[]): CorsPolicy {
  const allowed = new Set(origins);
  // Answers differ by Origin only when some origin is allowed.
  const vary: Record<string, string> = allowed.size > 0 ? { vary: 'Origin' } : {};
  return {
    headersFor(request) {
      const origin = request.headers.get('origin');
      if (origin === null || !allowed.has(origin)) return vary;
      const headers: Record<string, string> = { ...vary, 'access-control-allow-origin': origin, 'access-control-expose-headers': EXPOSED };
      if (request.method === 'OPTIONS') {
        headers['access-control-allow-methods'] = METHODS;
        // Headers are the key's and the client's (authorization, content-type, idempotency-key, …).
        const asked = request.headers.get('access-control-request-headers');
        if (asked) headers['access-control-allow-headers'] = asked;
        headers['access-control-max-age'] = '600';
      }
      return headers;
    },
  };
}
