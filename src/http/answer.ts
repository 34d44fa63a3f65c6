import type { ServerResponse } from 'node:http';
import { SpanStatusCode } from '@opentelemetry/api';
import { sendNodeResponse } from '@whatwg-node/server';
import type { Logger } from '../logger';
import { metrics } from '../observability/metrics';
import type { CorsPolicy } from './cors';
import { problemText, type Problem } from './problem';
import { rateLimitHeaders } from './rate-limit';
import type { RequestScope } from './request-scope';
import { securityHeaders } from './security-headers';

/** What a door answers straight on node:http: a status, the body's text (none for 204 and HEAD) and headers of its own. */
export interface Answer {
  status: number;
  text: string;
  headers?: Record<string, string>;
}

export const answerOf = (p: Problem): Answer => ({ status: p.status, text: problemText(p), headers: p.headers });

/**
 * The one way the gateway answers a request, whichever door served it: the envelope's headers
 * (request id, security, CORS, rate limit) on the door's own, then the request's log line, its
 * duration metric and the end of its server span.
 */
export class Answerer {
  constructor(
    private readonly cors: CorsPolicy,
    private readonly log: Logger,
  ) {}

  /** The envelope's headers for an answer of this content type (a page may bring a stricter CSP of its own). */
  private envelope(scope: RequestScope, contentType: string, ownCsp: boolean): Record<string, string> {
    return {
      'x-request-id': scope.answeredId,
      ...securityHeaders(contentType.includes('text/html'), ownCsp),
      ...this.cors.headersFor(scope.request),
      ...(scope.rateDecision && rateLimitHeaders(scope.rateDecision)),
    };
  }

  /** Sends an answer whose body is already text. */
  send(scope: RequestScope, answer: Answer): void {
    const { req, res } = scope;
    const empty = answer.status === 204 || req.method === 'OPTIONS';
    const headers: Record<string, string> = empty ? {} : { 'content-type': 'application/json' };
    Object.assign(headers, answer.headers);
    Object.assign(headers, this.envelope(scope, headers['content-type'] ?? '', false));
    if (empty) headers['content-length'] = '0';
    else headers['content-length'] = String(Buffer.byteLength(answer.text));
    res.writeHead(answer.status, headers);
    res.end(empty || req.method === 'HEAD' ? undefined : answer.text);
    this.finish(scope, answer.status);
  }

  /** Sends a Fetch API Response (Yoga's), streaming its body. */
  async sendResponse(scope: RequestScope, response: Response): Promise<void> {
    const headers = response.headers;
    for (const [name, value] of Object.entries(this.envelope(scope, headers.get('content-type') ?? '', headers.has('content-security-policy')))) headers.set(name, value);
    // The answer is logged and measured when its head is written, as a stream's is (it may last hours).
    const sent = sendNodeResponse(response, scope.res, scope.req, true);
    flattenHead(scope.res);
    this.finish(scope, response.status);
    await sent;
  }

  /** The request's log line (no headers, no bodies, never the query string), its metric, the end of its span. */
  private finish(scope: RequestScope, status: number): void {
    const { request, door, pathname, shownPath, route, span } = scope;
    const ms = performance.now() - scope.started;
    this.log.info(
      { requestId: scope.id, ...(scope.givenId !== undefined && scope.givenId !== scope.id && { clientRequestId: scope.givenId }), ...(scope.traceId && { traceId: scope.traceId }), method: request.method, path: shownPath, status, ms: Math.round(ms) },
      'request',
    );
    // The metric's route: `POST /v1/voip-connections`, `mutation createConnection`, the console page.
    const label = door === 'rest' ? (route ? `${request.method} ${route}` : 'unrouted') : door === 'graphql' ? (route ?? 'invalid') : pathname === '/' ? '/' : door;
    metrics.requests.observe({ door, route: label, status: String(status) }, ms / 1000);
    // The span's route is the path template (semantic conventions), its name method and route.
    const httpRoute = door === 'rest' ? route : door === 'graphql' ? pathname : undefined;
    if (httpRoute) span.setAttribute('http.route', httpRoute);
    if (door === 'graphql' && route) span.setAttribute('graphql.operation.fields', route);
    span.setAttribute('http.response.status_code', status);
    if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.updateName(`${request.method} ${httpRoute ?? door}`);
    span.end();
  }
}

/**
 * Node keeps the head it wrote (`_header`) for as long as the answer lasts, as the string it was
 * concatenated into: a rope of some seventy pieces (three per header line), ≈ 1.8 KB. Reading one
 * character makes V8 flatten it in place into one string of its length (≈ 0.6 KB): for an event
 * stream, which may last hours, that is a third of what the connection's answer holds.
 */
function flattenHead(res: ServerResponse): void {
  const head = (res as ServerResponse & { _header?: unknown })._header;
  if (typeof head === 'string') head.charCodeAt(0);
}
