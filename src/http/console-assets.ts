import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import { CONNECT_PAGE } from './connect-page';

/** Where `npm run console:build` (run by `npm ci`) writes the onboarding console. Never committed. */
export const CONSOLE_DIST = fileURLToPath(new URL('../console/dist/', import.meta.url));

/**
 * The console runs only its own bundled script and stylesheet and talks only to this origin:
 * stricter than the GraphiQL and API reference pages, which need inline scripts.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

interface Asset {
  body: string;
  headers: Record<string, string>;
}

/** Reads the built files once: index.html at `/`, hashed files under `/assets/` cached for good. */
function loadAssets(dir: string): Map<string, Asset> | undefined {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return undefined;
  const assets = new Map<string, Asset>();
  const page = { 'content-type': TYPES['.html']!, 'cache-control': 'no-cache', 'content-security-policy': CONSOLE_CSP };
  assets.set('/', { body: readFileSync(index, 'utf8'), headers: page });
  const assetDir = join(dir, 'assets');
  for (const name of existsSync(assetDir) ? readdirSync(assetDir) : []) {
    const type = TYPES[extname(name)];
    if (type) assets.set(`/assets/${name}`, { body: readFileSync(join(assetDir, name), 'utf8'), headers: { 'content-type': type, 'cache-control': 'public, max-age=31536000, immutable' } });
  }
  return assets;
}

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trunkline console</title></head>
<body><main><h1>The console is not built</h1><p>Run <code>npm run console:build</code> (npm ci runs it), then reload.</p></main></body></html>`;

/** Serves the onboarding console at GET / and its assets; everything else passes through. */
export function consolePlugin(dir = CONSOLE_DIST): Plugin {
  let assets: Map<string, Asset> | undefined;
  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      // The connect-link page is the console's page too: it reads the link's token from its path.
      const path = CONNECT_PAGE.test(url.pathname) ? '/' : url.pathname;
      if (path !== '/' && !path.startsWith('/assets/')) return;
      assets ??= loadAssets(dir);
      if (!assets) {
        if (path === '/') endResponse(new Response(NOT_BUILT, { status: 503, headers: { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' } }));
        return;
      }
      const asset = assets.get(path);
      if (asset) endResponse(new Response(request.method === 'HEAD' ? null : asset.body, { headers: asset.headers }));
    },
  };
}
