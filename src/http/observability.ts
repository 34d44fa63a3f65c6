import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { Kind, type DocumentNode, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { metrics } from '../observability/metrics';
import { contextOf, inSpan, tracer } from '../observability/tracing';
import { schema } from '../schema/index';
import type { RequestView } from './request-view';

interface RequestRecord {
  started: number;
  span: Span;
  door: string;
  pathname: string;
  route?: string;
}

const records = new WeakMap<RequestView, RequestRecord>();

/** The door a path belongs to: a bounded metric label. */
function doorOf(pathname: string): string {
  if (pathname === '/v1' || pathname.startsWith('/v1/')) return 'rest';
  if (pathname === '/graphql' || pathname === '/graphql/stream') return 'graphql';
  if (pathname === '/' || pathname.startsWith('/assets/')) return 'console';
  if (pathname.startsWith('/docs')) return 'docs';
  return 'other';
}

/** Names the request's route for its metric and span: a REST path template (`/v1/phone-numbers/{id}`), or a GraphQL operation's type and root fields. */
export function noteRoute(request: RequestView, route: string): void {
  const record = records.get(request);
  if (record) record.route = route;
}

const ROOTS: Record<string, GraphQLObjectType | null | undefined> = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() };

/**
 * `query viewer`, `mutation createConnection`: the operation type and its one root field, when it
 * is a field of the schema's root type. Several root fields are `query (multiple)` — the set of
 * them would be a label of the client's making, one per combination — and a selection of no
 * known field `query (other)`. At most the schema's root field count plus two values per type.
 */
export function operationLabel(document: DocumentNode, operationName?: string | null): string {
  const op = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  if (!op) return 'unknown';
  const fields = new Set(op.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '')));
  if (fields.size > 1) return `${op.operation} (multiple)`;
  const [field] = fields;
  return `${op.operation} ${field && Object.hasOwn(ROOTS[op.operation]?.getFields() ?? {}, field) ? field : '(other)'}`;
}

/**
 * A server span and a duration histogram for every request, a span per GraphQL operation. The
 * span continues the caller's traceparent; its attributes are the method, the path (never the
 * query string), the route and the status.
 */
export function observabilityPlugin(): Plugin {
  return {
    instrumentation: {
      request({ request }, wrapped) {
        const url = new URL(request.url);
        return inRequestSpan(request, url.pathname, url.protocol.replace(':', ''), wrapped);
      },
      // The operation's span; onExecute, which runs inside it, names it.
      execute(_payload, wrapped) {
        return inSpan('graphql', SpanKind.INTERNAL, {}, async () => {
          await wrapped();
        });
      },
    },
    onExecute({ args }) {
      const label = operationLabel(args.document, args.operationName);
      const [type, fields] = label.split(' ');
      trace.getActiveSpan()?.updateName(`graphql ${label}`);
      trace.getActiveSpan()?.setAttributes({ 'graphql.operation.type': type!, 'graphql.operation.fields': fields ?? '' });
      const request = (args.contextValue as { request?: Request }).request;
      if (request) noteRoute(request, label);
    },
    onSubscribe({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (request) noteRoute(request, operationLabel(args.document, args.operationName));
    },
    onResponse({ request, response }) {
      finishRequest(request, response.status);
    },
  };
}

/**
 * Runs a request's handling inside its server span (continuing the caller's traceparent), and
 * starts the clock of its duration metric.
 */
export function inRequestSpan<T>(request: RequestView, pathname: string, scheme: string, handle: () => T): T {
  const door = doorOf(pathname);
  const parent = contextOf(request.headers);
  const span = tracer.startSpan(`${request.method} ${door}`, {
    kind: SpanKind.SERVER,
    attributes: { 'http.request.method': request.method, 'url.path': pathname, 'url.scheme': scheme },
  }, parent);
  records.set(request, { started: performance.now(), span, door, pathname });
  return context.with(trace.setSpan(parent, span), handle);
}

/** Ends a request's span and observes its duration, labelled by door, route and status. */
export function finishRequest(request: RequestView, status: number): void {
  const record = records.get(request);
  if (!record) return;
  const { door, pathname } = record;
  // The metric's route: `POST /v1/voip-connections`, `mutation createConnection`, the console page.
  const label =
    door === 'rest' ? (record.route ? `${request.method} ${record.route}` : 'unrouted') : door === 'graphql' ? (record.route ?? 'invalid') : pathname === '/' ? '/' : door;
  metrics.requests.observe({ door, route: label, status: String(status) }, (performance.now() - record.started) / 1000);
  // The span's route is the path template (semantic conventions), its name method and route.
  const httpRoute = door === 'rest' ? record.route : door === 'graphql' ? pathname : undefined;
  if (httpRoute) record.span.setAttribute('http.route', httpRoute);
  if (door === 'graphql' && record.route) record.span.setAttribute('graphql.operation.fields', record.route);
  record.span.setAttribute('http.response.status_code', status);
  if (status >= 500) record.span.setStatus({ code: SpanStatusCode.ERROR });
  record.span.updateName(`${request.method} ${httpRoute ?? door}`);
  record.span.end();
}
