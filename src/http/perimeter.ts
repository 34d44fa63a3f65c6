import type { IncomingMessage } from 'node:http';
import { problem, type Problem } from './problem';
import { bodyLimitProblem } from './body-limit';
import { GRAPHQL_STREAM } from './graphql-stream';
import { CONNECT_PAGE } from './connect-page';

/**
 * Where the listener sends a request: the REST door (/v1), the providers' ingress (/ingress/…),
 * the GraphQL door (exactly /graphql and /graphql/stream), Yoga's pages (the console at / and /assets/…, the API reference at /docs…),
 * or nowhere — a refusal answered here, before any door reads a byte of the body.
 */
export type Gate = { door: 'rest' | 'graphql' | 'page' | 'ingress'; url: URL } | { refused: Problem; pathname: string };

export const GRAPHQL = '/graphql';

/**
 * Pages, by exact shape: the console's hashed files and Swagger UI's files all end in an
 * extension, so no page path can end in `/graphql`, which Yoga and graphql-sse would take for
 * their endpoint (they match any path, even any URL, ending in it).
 */
const CONSOLE_ASSET = /^\/assets\/[\w-][\w.-]*\.(?:js|css|svg|html)$/;
// The reference, its assets, and the error catalog (/docs/errors and /docs/errors.json).
const DOCS = /^\/docs(?:\/[\w-][\w.-]*\.(?:js|css)|\/errors(?:\.json)?)?\/?$/;
const isPage = (pathname: string) => pathname === '/' || CONSOLE_ASSET.test(pathname) || DOCS.test(pathname) || CONNECT_PAGE.test(pathname);


/**
 * A Host header URLs can be made of: a name, an IPv4 address or a bracketed IPv6 one, and a port
 * up to 65535. Anything else (`a b`, `[::`, `x:99999`, `user@host`, `%00`) made Yoga's URL parsing
 * throw — a 500 with a stack trace — and could move the path a URL is built with (`a/b`).
 */
export function isValidHost(host: string): boolean {
  if (!/^(?:[\w-]+(?:\.[\w-]+)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.test(host)) return false;
  try {
    new URL(`http://${host}/`);
    return true;
  } catch {
    return false;
  }
}

export function gate(req: IncomingMessage): Gate {
  const host = req.headers.host;
  // HTTP/1.0 may send no Host at all (the doors then use `localhost`); an empty or odd one is refused.
  if (host !== undefined && !isValidHost(host)) return { refused: problem(400, 'bad_request', 'The Host header is not a valid host.'), pathname: '(invalid)' };
  let url: URL;
  try {
    url = new URL(`http://localhost${req.url ?? '/'}`);
  } catch {
    // A request target no URL can be made of (`:1` and the like): nothing here can serve it.
    return { refused: problem(400, 'bad_request', 'The request target is not a path.'), pathname: '(invalid)' };
  }
  const { pathname } = url;
  if (pathname === '/v1' || pathname.startsWith('/v1/')) return { door: 'rest', url };
  // Providers' webhooks (src/ingress/http-door.ts): no API key — providers sign — and never CORS;
  // the door reads the body within the same 1 MiB, and also takes a chunked one (providers may send it).
  if (pathname.startsWith('/ingress/')) return { door: 'ingress', url };
  if (pathname === GRAPHQL || pathname === GRAPHQL_STREAM) {
    const tooBig = bodyLimitProblem(req.method ?? 'GET', req.headers['content-length'], req.headers['transfer-encoding']);
    return tooBig ? { refused: tooBig, pathname } : { door: 'graphql', url };
  }
  if ((req.method === 'GET' || req.method === 'HEAD') && isPage(pathname)) return { door: 'page', url };
  return { refused: problem(404, 'not_found', 'Nothing is served at this path.'), pathname };
}
