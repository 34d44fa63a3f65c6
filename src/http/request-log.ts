import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger';
import { currentTraceId } from '../observability/tracing';

const ids = new WeakMap<Request, { id: string; traceId: string | undefined; started: number }>();

/** The id of a request: a sane X-Request-Id header, else the trace id when tracing, else a new UUID. */
export function requestIdOf(request: Request): string {
  let entry = ids.get(request);
  if (!entry) {
    const given = request.headers.get('x-request-id');
    const traceId = currentTraceId();
    entry = { id: given && /^[\w.-]{1,64}$/.test(given) ? given : (traceId ?? randomUUID()), traceId, started: Date.now() };
    ids.set(request, entry);
  }
  return entry.id;
}

/** One structured log line per request, and the request id echoed in X-Request-Id. No headers, no bodies. */
export function requestLogPlugin(log: Logger): Plugin {
  return {
    onRequest({ request }) {
      requestIdOf(request);
    },
    onResponse({ request, response }) {
      const id = requestIdOf(request);
      response.headers.set('x-request-id', id);
      const url = new URL(request.url);
      const { traceId, started } = ids.get(request)!;
      log.info({ requestId: id, ...(traceId && { traceId }), method: request.method, path: url.pathname, status: response.status, ms: Date.now() - started }, 'request');
    },
  };
}
