import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger';
import { currentTraceId } from '../observability/tracing';
import type { RequestView } from './request-view';

/** A caller's own name for its request is kept only in this alphabet and length (it is echoed and logged). */
const CLIENT_ID = /^[A-Za-z0-9._:-]{1,128}$/;

interface Ids {
  /** The server's id: what the audit trail, the error log lines and the request's log line record. */
  id: string;
  /** The caller's name for the request: its sane X-Request-Id, else the trace it continues. */
  given: string | undefined;
  traceId: string | undefined;
  started: number;
}

const ids = new WeakMap<RequestView, Ids>();

function idsOf(request: RequestView): Ids {
  let entry = ids.get(request);
  if (!entry) {
    const header = request.headers.get('x-request-id');
    const traceId = currentTraceId();
    // A trace begun here names the request; one a caller continues (traceparent) is the caller's
    // choice, like X-Request-Id, so the server's id is then a fresh one.
    const continued = request.headers.get('traceparent') !== null;
    const id = traceId && !continued ? traceId : randomUUID();
    const given = header && CLIENT_ID.test(header) ? header : continued ? traceId : undefined;
    entry = { id, given, traceId, started: Date.now() };
    ids.set(request, entry);
  }
  return entry;
}

/**
 * The server's id of a request: the trace id of a trace begun here, else a new UUID. Never the
 * caller's choice, so an audit entry's request id cannot be forged or made to collide.
 */
export function requestIdOf(request: RequestView): string {
  return idsOf(request).id;
}

/** The X-Request-Id an answer carries: the caller's own (sane) id echoed, else the server's. */
export function answeredRequestIdOf(request: RequestView): string {
  const { id, given } = idsOf(request);
  return given ?? id;
}

/** One structured log line per request, and the request id echoed in X-Request-Id. No headers, no bodies. */
export function requestLogPlugin(log: Logger): Plugin {
  return {
    onRequest({ request }) {
      idsOf(request);
    },
    onResponse({ request, response }) {
      response.headers.set('x-request-id', answeredRequestIdOf(request));
      logRequest(log, request, new URL(request.url).pathname, response.status);
    },
  };
}

/**
 * The request's one log line: the server's id and the caller's (which ties what a customer quotes
 * to the audit trail), trace, method, path (never the query string), status, duration.
 */
export function logRequest(log: Logger, request: RequestView, pathname: string, status: number): void {
  const { id, given, traceId, started } = idsOf(request);
  log.info({ requestId: id, ...(given !== undefined && given !== id && { clientRequestId: given }), ...(traceId && { traceId }), method: request.method, path: pathname, status, ms: Date.now() - started }, 'request');
}
