import type { Plugin } from 'graphql-yoga';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Route } from '../route';
import { OpenApiDocument } from '../schemas';
import { ERROR_CATALOG_PATH } from '../../domain/error-catalog';
import { ERROR_CATALOG_CSS, errorCatalogHtml, errorCatalogJson } from './error-docs';

const require = createRequire(import.meta.url);
const swaggerDir = dirname(require.resolve('swagger-ui-dist/package.json'));

/** The API reference page: Swagger UI from the installed package, so it works offline. */
const DOCS_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Trunkline API reference</title>
    <link rel="stylesheet" href="/docs/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/docs/swagger-ui-bundle.js"></script>
    <script src="/docs/init.js"></script>
  </body>
</html>`;
const INIT_JS = `window.ui = SwaggerUIBundle({ url: '/v1/openapi.json', dom_id: '#swagger-ui', deepLinking: true });`;

const ASSETS: Record<string, { type: string; load: () => string }> = {
  '/docs': { type: 'text/html; charset=utf-8', load: () => DOCS_HTML },
  '/docs/init.js': { type: 'text/javascript; charset=utf-8', load: () => INIT_JS },
  '/docs/swagger-ui.css': { type: 'text/css; charset=utf-8', load: () => readFileSync(join(swaggerDir, 'swagger-ui.css'), 'utf8') },
  '/docs/swagger-ui-bundle.js': { type: 'text/javascript; charset=utf-8', load: () => readFileSync(join(swaggerDir, 'swagger-ui-bundle.js'), 'utf8') },
  // Every error and check code explained (domain/error-catalog.ts); the OpenAPI document links here.
  [ERROR_CATALOG_PATH]: { type: 'text/html; charset=utf-8', load: errorCatalogHtml },
  [`${ERROR_CATALOG_PATH}.json`]: { type: 'application/json', load: errorCatalogJson },
  '/docs/errors.css': { type: 'text/css; charset=utf-8', load: () => ERROR_CATALOG_CSS },
};
const cache = new Map<string, string>();

/** Serves /docs, /docs/errors and their assets, or undefined for any other path. */
export function docsResponse(pathname: string): Response | undefined {
  const asset = ASSETS[pathname.replace(/\/$/, '') || pathname];
  if (!asset) return undefined;
  let body = cache.get(pathname);
  if (body === undefined) cache.set(pathname, (body = asset.load()));
  return new Response(body, { headers: { 'content-type': asset.type, 'cache-control': 'public, max-age=3600' } });
}

/** GET /v1/openapi.json: generated once from the route table it documents. */
export function openApiRoute(routes: Route[]): Route {
  let doc: unknown;
  return {
    method: 'GET',
    path: '/v1/openapi.json',
    operationId: 'getOpenApiDocument',
    description: 'This API as an OpenAPI 3.1 document, generated from the same schemas that validate requests.',
    summary: 'This API as an OpenAPI 3.1 document',
    tag: 'Developer',
    auth: false,
    response: OpenApiDocument,
    statuses: { 200: 'The OpenAPI document' },
    // The generator (and the document) load on the first request for it, never at start.
    handle: async () => ({ status: 200, body: (doc ??= (await import('../openapi')).openApiDocument(routes)) }),
  };
}

/** The API reference on Yoga's side (pages are not the REST door's concern). */
export function docsPlugin(): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' || !url.pathname.startsWith('/docs')) return;
      const docs = docsResponse(url.pathname);
      if (docs) endResponse(docs);
    },
  };
}
