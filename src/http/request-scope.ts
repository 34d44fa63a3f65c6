import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, isSpanContextValid, SpanKind, trace, type Context, type Span } from '@opentelemetry/api';
import type { Deps, Principal } from '../domain/deps';
import { AuthenticationError } from '../domain/errors';
import { authenticate } from '../domain/organizations';
import type { Logger } from '../logger';
import { contextOf, tracer } from '../observability/tracing';
import type { RateDecision } from '../security/rate-limiter';
import { CONNECT_PAGE, shownPath } from './connect-page';
import { nodeRequestView, type RequestView } from './request-view';

/** Which door a path belongs to: a bounded metric label. */
export type Door = 'rest' | 'graphql' | 'console' | 'docs' | 'ingress' | 'other';

export function doorOf(pathname: string): Door {
  if (pathname === '/v1' || pathname.startsWith('/v1/')) return 'rest';
  if (pathname === '/graphql' || pathname === '/graphql/stream') return 'graphql';
  if (pathname === '/' || pathname.startsWith('/assets/') || CONNECT_PAGE.test(pathname)) return 'console';
  if (pathname.startsWith('/docs')) return 'docs';
  if (pathname.startsWith('/ingress/')) return 'ingress';
  return 'other';
}

export interface RequestAuth {
  principal: Principal | null;
  /** Why there is no principal: no key given, or an invalid one. */
  authError: AuthenticationError | null;
}

/** A caller's own name for its request is kept only in this alphabet and length (it is echoed and logged). */
const CLIENT_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Everything the gateway knows about one request, made once by the HTTP host as the request
 * arrives and handed to whichever door serves it (Yoga receives it as its server context). Every
 * concern of the envelope reads and writes it here — ids, the server span, the route label, the
 * authentication, the rate decision the answer shows — so no module keeps state per request.
 */
export class RequestScope {
  readonly request: RequestView;
  readonly door: Door;
  /** The server's id: what the audit trail, the error log lines and the request's log line record. Never the caller's choice. */
  readonly id: string;
  /** The caller's name for the request: its sane X-Request-Id, else the trace it continues. */
  readonly givenId: string | undefined;
  readonly traceId: string | undefined;
  readonly span: Span;
  /** The context the request continues (a caller's traceparent), its server span's parent. */
  private readonly parentContext: Context;
  readonly started = performance.now();
  /** The request's route, once a door knows it: a REST path template, or a GraphQL operation's type and root field. */
  route: string | undefined;
  /** The budget decision the answer's X-RateLimit-* headers show (the provider budget's, once a provider was called). */
  rateDecision: RateDecision | undefined;
  /** The path as the log line and the span show it: never a connect link's token. */
  readonly shownPath: string;
  private auth: Promise<RequestAuth> | undefined;
  private childLog: Logger | undefined;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    /** The request target's path (never its query string). */
    readonly pathname: string,
    private readonly deps: Deps,
  ) {
    this.request = nodeRequestView(req, res);
    this.door = doorOf(pathname);
    this.shownPath = shownPath(pathname);
    const parent = contextOf(this.request.headers);
    this.span = tracer.startSpan(`${this.request.method} ${this.door}`, {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': this.request.method, 'url.path': this.shownPath, 'url.scheme': 'http' },
    }, parent);
    this.parentContext = parent;
    const spanContext = this.span.spanContext();
    this.traceId = isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
    // A trace begun here names the request; one a caller continues (traceparent) is the caller's
    // choice, like X-Request-Id, so the server's id is then a fresh one.
    const continued = this.request.headers.get('traceparent') !== null;
    this.id = this.traceId && !continued ? this.traceId : randomUUID();
    const header = this.request.headers.get('x-request-id');
    this.givenId = header && CLIENT_ID.test(header) ? header : continued ? this.traceId : undefined;
  }

  /** The socket's peer address (the client's, unless a trusted proxy forwards it: see ClientAddresses). */
  get peer(): string {
    return this.req.socket.remoteAddress ?? 'local';
  }

  /** The X-Request-Id an answer carries: the caller's own (sane) id echoed, else the server's. */
  get answeredId(): string {
    return this.givenId ?? this.id;
  }

  /** The request's logger: its lines carry the request id. Made when first used. */
  get log(): Logger {
    return (this.childLog ??= this.deps.log.child({ requestId: this.id }));
  }

  /** Authenticates the request's key once, however many parts of the pipeline ask. */
  authenticate(): Promise<RequestAuth> {
    return (this.auth ??= authenticate(this.deps, this.request.headers.get('authorization')).then(
      // The request id travels with the principal, into the audit trail.
      (principal) => ({ principal: { ...principal, requestId: this.id }, authError: null }),
      (err: unknown) => {
        if (err instanceof AuthenticationError) return { principal: null, authError: err };
        throw err;
      },
    ));
  }

  /**
   * Runs `fn` inside the request's server span. Its OpenTelemetry context is made for the call,
   * not kept: the host enters it once per request, and a scope lasts as long as its answer (hours
   * for an event stream).
   */
  within<T>(fn: () => T): T {
    return context.with(trace.setSpan(this.parentContext, this.span), fn);
  }
}

/** The scope Yoga's plugins and context read from their server context. */
export function scopeOf(serverContext: unknown): RequestScope {
  const scope = (serverContext as { scope?: RequestScope } | undefined)?.scope;
  if (!scope) throw new Error('a request reached Yoga without the HTTP host’s request scope');
  return scope;
}
