import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger';
import { currentTraceId } from '../observability/tracing';
import type { RequestView } from './request-view';

const ids = new WeakMap<RequestView, { id: string; traceId: string | undefined; started: number }>();

/** The id of a request: a sane X-Request-Id header, else the trace id when tracing, else a new UUID. */
export function requestIdOf(request: RequestView): string {
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
      response.headers.set('x-request-id', requestIdOf(request));
      logRequest(log, request, new URL(request.url).pathname, response.status);
    },
  };
}

/** The request's one log line: id, trace, method, path (never the query string), status, duration. */
export function logRequest(log: Logger, request: RequestView, pathname: string, status: number): void {
  const id = requestIdOf(request);
  const { traceId, started } = ids.get(request)!;
  log.info({ requestId: id, ...(traceId && { traceId }), method: request.method, path: pathname, status, ms: Date.now() - started }, 'request');
}
