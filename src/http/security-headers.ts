import type { Plugin } from 'graphql-yoga';

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

/** The headers every answer of the API (JSON, never a page) carries; the REST door sets them itself. */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy': API_CSP,
};

export function securityHeadersPlugin(): Plugin {
  return {
    onResponse({ response }) {
      const html = (response.headers.get('content-type') ?? '').includes('text/html');
      response.headers.set('x-content-type-options', 'nosniff');
      response.headers.set('x-frame-options', 'DENY');
      response.headers.set('referrer-policy', 'no-referrer');
      // A page that brings a stricter policy of its own (the console) keeps it.
      if (!response.headers.has('content-security-policy')) response.headers.set('content-security-policy', html ? PAGE_CSP : API_CSP);
    },
  };
}
