/** Pages (GraphiQL, API reference) run bundled scripts and workers from our own origin only. */
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** The headers every answer carries: an API answer (JSON, never a page) the strictest policy. */
export function securityHeaders(page: boolean, ownCsp: boolean): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    // A page that brings a stricter policy of its own (the console) keeps it.
    ...(!ownCsp && { 'content-security-policy': page ? PAGE_CSP : API_CSP }),
  };
}
