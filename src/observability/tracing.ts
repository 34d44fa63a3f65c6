import { context, isSpanContextValid, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Span, type TextMapGetter } from '@opentelemetry/api';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';

/**
 * OpenTelemetry traces. The spans are our own (a server span per request, one per GraphQL
 * operation, a client span per provider call and SIP probe), with attributes chosen so that no
 * credential, token or query string can reach them. Without an SDK started, every call here is
 * the API's no-op.
 */
export const tracer = trace.getTracer('trunkline');

export interface Tracing {
  shutdown(): Promise<void>;
}

/**
 * Starts the SDK: OTLP over HTTP to OTEL_EXPORTER_OTLP_ENDPOINT (the SDK reads the standard
 * OTEL_* variables), or the given span processors (tests: an in-memory exporter).
 */
export async function startTracing(opts: { spanProcessors?: SpanProcessor[] } = {}): Promise<Tracing> {
  const { NodeSDK } = await import('@opentelemetry/sdk-node');
  const spanProcessors = opts.spanProcessors ?? [new (await import('@opentelemetry/sdk-trace-base')).BatchSpanProcessor(new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter())];
  const sdk = new NodeSDK({ serviceName: process.env.OTEL_SERVICE_NAME ?? 'trunkline', spanProcessors, instrumentations: [], autoDetectResources: false });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}

type HeaderSource = { get(name: string): string | null };

// The W3C propagators read headers by name only; no key listing is needed.
const headerGetter: TextMapGetter<HeaderSource> = {
  keys: () => [],
  get: (h, key) => h.get(key) ?? undefined,
};

/** The context a request continues: its W3C traceparent, when it sends one. */
export const contextOf = (headers: HeaderSource) => propagation.extract(ROOT_CONTEXT, headers, headerGetter);

/** The current trace id, when a recording trace is active. */
export function currentTraceId(): string | undefined {
  const ctx = trace.getActiveSpan()?.spanContext();
  return ctx && isSpanContextValid(ctx) ? ctx.traceId : undefined;
}

/** Runs `fn` in a new span (a child of the active one), ending it with `fn`'s outcome. */
export async function inSpan<T>(name: string, kind: SpanKind, attributes: Attributes, fn: (span: Span) => Promise<T>): Promise<T> {
  const span = tracer.startSpan(name, { kind, attributes });
  try {
    return await context.with(trace.setSpan(context.active(), span), () => fn(span));
  } catch (err) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.name : 'error' });
    throw err;
  } finally {
    span.end();
  }
}

export { SpanKind, SpanStatusCode };
