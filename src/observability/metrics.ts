import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics, served on METRICS_PORT (src/observability/metrics-server.ts).
 * Label values are bounded by construction: doors, route templates, root fields, providers,
 * path templates, machine codes. Never an id, a number, a host of a customer or a key.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'trunkline_' });

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const metrics = {
  requests: new Histogram({
    name: 'trunkline_http_request_duration_seconds',
    help: 'HTTP requests by door (rest, graphql, console, docs, ingress, other), route template or GraphQL root field, and status.',
    labelNames: ['door', 'route', 'status'] as const,
    buckets: SECONDS,
    registers: [registry],
  }),
  providerCalls: new Histogram({
    name: 'trunkline_provider_call_duration_seconds',
    help: 'Calls to provider APIs by provider, operation (method and path template) and outcome (ok, rejected, unavailable, timeout, cancelled).',
    labelNames: ['provider', 'operation', 'outcome'] as const,
    buckets: SECONDS,
    registers: [registry],
  }),
  providerRetries: new Counter({
    name: 'trunkline_provider_retries_total',
    help: 'Provider calls retried, by provider and the status that caused it (429 or 5xx).',
    labelNames: ['provider', 'reason'] as const,
    registers: [registry],
  }),
  providerTimeouts: new Counter({
    name: 'trunkline_provider_timeouts_total',
    help: 'Provider calls that ran out of time, by provider.',
    labelNames: ['provider'] as const,
    registers: [registry],
  }),
  sipProbes: new Histogram({
    name: 'trunkline_sip_probe_duration_seconds',
    help: 'SIP OPTIONS probes of SIP trunks by transport and outcome (answered, auth_required, rejected, unreachable).',
    labelNames: ['transport', 'outcome'] as const,
    buckets: SECONDS,
    registers: [registry],
  }),
  graphqlDocuments: new Counter({
    name: 'trunkline_graphql_requests_total',
    help: "GraphQL requests at /graphql by path: json (a plain JSON call run through Yoga's plugins without its HTTP layer) or yoga (Yoga's whole pipeline).",
    labelNames: ['path'] as const,
    registers: [registry],
  }),
  connectionsRefused: new Counter({
    name: 'trunkline_connections_refused_total',
    help: 'Connections closed as they were accepted: their address already had TRUNKLINE_MAX_CONNECTIONS_PER_ADDRESS open.',
    registers: [registry],
  }),
  rateLimited: new Counter({
    name: 'trunkline_rate_limit_refusals_total',
    help: 'Requests refused by a rate limit, by budget (requests, provider, auth_failures).',
    labelNames: ['budget'] as const,
    registers: [registry],
  }),
  checks: new Counter({
    name: 'trunkline_check_results_total',
    help: 'Outcomes of credential tests, retests, re-checks and number verifications, by kind, provider, check, status and code.',
    labelNames: ['kind', 'provider', 'check', 'status', 'code'] as const,
    registers: [registry],
  }),
  rechecks: new Counter({
    name: 'trunkline_rechecks_total',
    help: 'Periodic re-checks by provider and result (connected, error, provider_unavailable, postponed, skipped).',
    labelNames: ['provider', 'result'] as const,
    registers: [registry],
  }),
  eventsPublished: new Counter({
    name: 'trunkline_events_published_total',
    help: 'Domain events published on the bus, by kind and outcome (published, lost).',
    labelNames: ['kind', 'outcome'] as const,
    registers: [registry],
  }),
  eventLag: new Histogram({
    name: 'trunkline_event_delivery_lag_seconds',
    help: 'From publishing an event (after its commit) to delivering it to a subscriber, by kind.',
    labelNames: ['kind'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  }),
  webhookAttempts: new Counter({
    name: 'trunkline_webhook_attempts_total',
    help: 'Webhook delivery attempts by result (delivered, retrying, failed, superseded).',
    labelNames: ['result'] as const,
    registers: [registry],
  }),
  webhookAttemptDuration: new Histogram({
    name: 'trunkline_webhook_attempt_duration_seconds',
    help: "A delivery attempt's time from its start (DNS included) to the receiver's answer or the failure.",
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  }),
  dbPool: new Gauge({
    name: 'trunkline_db_pool_connections',
    help: 'Database connections by state (total, idle, waiting); SQLite has one connection.',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const stats = poolStats?.();
      if (stats) for (const [state, n] of Object.entries(stats)) this.set({ state }, n);
    },
  }),
};

let poolStats: (() => Record<string, number>) | undefined;

/** Where the pool gauge reads from, when scraped (the runtime's database). */
export function observePool(stats: () => Record<string, number>): void {
  poolStats = stats;
}

/** Counts each check of a test, retest, re-check or verification by its status and code. */
export function recordChecks(kind: 'test' | 'suggest' | 'retest' | 'recheck' | 'verify', provider: string, checks: Record<string, { status: string; code: string }>): void {
  for (const [check, r] of Object.entries(checks)) metrics.checks.inc({ kind, provider, check, status: r.status, code: r.code });
}

/** A provider URL path as a bounded template: ids, numbers and SIDs become {id}. */
export function pathTemplate(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => {
      const dot = segment.lastIndexOf('.');
      const [base, ext] = dot > 0 ? [segment.slice(0, dot), segment.slice(dot)] : [segment, ''];
      return ID_SEGMENT.test(decodeURIComponent(base)) ? `{id}${ext}` : segment;
    })
    .join('/');
}
// Twilio-style SIDs, UUIDs, long hex, digits and E.164, Telnyx keys: anything that names one thing.
const ID_SEGMENT = /^(?:[A-Z]{2}[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,}|\+?\d{3,}|KEY[\w-]+)$/i;
