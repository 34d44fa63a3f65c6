import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { createClient } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMetricsServer, type MetricsServer } from '../src/observability/metrics-server';
import { startTracing, type Tracing } from '../src/observability/tracing';
import { startHarness, type Harness } from './support/harness';
import { restCredentials } from './support/credentials';
import { waitFor } from './support/wait';

/**
 * What an operator sees (both engines): Prometheus metrics with bounded labels on a port of
 * their own, and OpenTelemetry spans (captured in memory) that never carry a secret.
 */
const exporter = new InMemorySpanExporter();
let tracing: Tracing;
let h: Harness;
let metricsServer: MetricsServer;
let graphqlUrl: string;
const CANARY = 'canary7d1f0c2e9a8b4b6f';

beforeAll(async () => {
  tracing = await startTracing({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  h = await startHarness({ AUTH_FAILURE_LIMIT_PER_MINUTE: '3' });
  metricsServer = await startMetricsServer(0, '127.0.0.1');
  graphqlUrl = `${h.url}/graphql`;
});
afterAll(async () => {
  await metricsServer.close();
  await h.close();
  await tracing.shutdown();
});

/** A flow through both doors: tests that pass and fail (with canaries), create, import, verify, a SIP probe, a live event, refusals. */
async function flow() {
  const twilio = restCredentials(h.sim, 'twilio');
  await h.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials: { ...twilio, auth_token: CANARY } });
  await h.rest('POST', '/v1/voip-connections/test', { provider: 'vonage', credentials: { api_key: restCredentials(h.sim, 'vonage').api_key, api_secret: CANARY } });
  await h.rest('POST', '/v1/voip-connections/test', { provider: 'manual', credentials: { username: 'trunk', password: CANARY }, sip_config: { domain: '127.0.0.1', port: h.sip.port } });
  const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials: twilio });
  const created = await h.rest('POST', '/v1/voip-connections', { provider: 'twilio', credentials: twilio, verification_evidence_id: test.body.verification_evidence_id });
  const id = created.body.id;

  // A subscriber sees the import: the delivery lag is measured.
  const sse = createClient({ url: graphqlUrl, headers: { authorization: `Bearer ${h.orgA.key}` }, retryAttempts: 0 });
  const seen: unknown[] = [];
  const stop = sse.subscribe({ query: 'subscription { phoneNumberUpdated { id } }' }, { next: (v) => void seen.push(v), error: () => undefined, complete: () => undefined });
  await waitFor(() => h.runtime.deps.events.openSubscriptions() >= 1);
  const imported = await h.rest('POST', `/v1/voip-connections/${id}/import-numbers`, { numbers: ['+14152000000'] });
  await waitFor(() => seen.length >= 1);
  stop();
  await h.rest('POST', `/v1/phone-numbers/${imported.body.results[0].phone_number.id}/verify-voip`);
  await h.gql('mutation($id: ID!) { retestConnection(input: { id: $id }) { __typename } }', { id: String(id) });
  // Refusals: failed authentications beyond the limit.
  for (let i = 0; i < 5; i++) await h.rest('GET', '/v1/voip-connections', undefined, { key: 'sk_live_0000000000000000000000000000000000000000000000' });
  return { id };
}

describe('observability', () => {
  let flowRan: Promise<{ id: number }>;
  beforeAll(() => {
    flowRan = flow();
    return flowRan;
  });

  it('serves every metric family on its own port, with bounded labels only', async () => {
    const res = await fetch(metricsServer.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    for (const family of [
      'trunkline_http_request_duration_seconds',
      'trunkline_provider_call_duration_seconds',
      'trunkline_provider_retries_total',
      'trunkline_provider_timeouts_total',
      'trunkline_sip_probe_duration_seconds',
      'trunkline_rate_limit_refusals_total',
      'trunkline_check_results_total',
      'trunkline_rechecks_total',
      'trunkline_events_published_total',
      'trunkline_event_delivery_lag_seconds',
      'trunkline_webhook_attempts_total',
      'trunkline_webhook_attempt_duration_seconds',
      'trunkline_db_pool_connections',
      'trunkline_process_cpu_user_seconds_total',
      'trunkline_nodejs_eventloop_lag_seconds',
    ]) {
      expect(text, family).toContain(`# TYPE ${family}`);
    }
    expect(text).toMatch(/trunkline_http_request_duration_seconds_count\{door="rest",route="POST \/v1\/voip-connections\/\{connection_id\}\/import-numbers",status="201"\} \d+/);
    expect(text).toMatch(/trunkline_http_request_duration_seconds_count\{door="graphql",route="mutation retestConnection",status="200"\} \d+/);
    expect(text).toMatch(/trunkline_provider_call_duration_seconds_count\{provider="twilio",operation="GET [^"]*\/2010-04-01\/Accounts\/\{id\}\/IncomingPhoneNumbers.json",outcome="ok"\} \d+/);
    expect(text).toMatch(/trunkline_check_results_total\{kind="test",provider="twilio",check="credentials_valid",status="fail",code="credentials_rejected"\} \d+/);
    expect(text).toMatch(/trunkline_check_results_total\{kind="verify",provider="twilio",check="inbound_routing",status="pass",code="inbound_routed"\} \d+/);
    expect(text).toMatch(/trunkline_rate_limit_refusals_total\{budget="auth_failures"\} [1-9]/);
    expect(text).toMatch(/trunkline_events_published_total\{kind="phone_number",outcome="published"\} [1-9]/);
    expect(text).toMatch(/trunkline_event_delivery_lag_seconds_count\{kind="phone_number"\} [1-9]/);
    expect(text).toMatch(/trunkline_sip_probe_duration_seconds_count\{transport="udp",outcome="[a-z_]+"\} [1-9]/);

    // Every label value is bounded: no id, number, key, account, host or canary in any of them.
    const values = [...text.matchAll(/(\w+)="([^"]*)"/g)].filter(([, name]) => name !== 'le' && name !== 'version').map(([, name, value]) => `${name}=${value}`);
    expect(values.length).toBeGreaterThan(20);
    const unbounded = values.filter((v) => /\+\d|\d{5,}|sk_live|AC[0-9a-f]{8}|127\.0\.0\.1|localhost|canary/.test(v));
    expect(unbounded).toEqual([]);
  });

  it('is never served on the public port', async () => {
    expect((await h.fetch('/metrics')).status).toBe(404);
  });

  it('exports a span per request, operation, provider call and SIP probe, with no secret in any of them', async () => {
    const spans = exporter.getFinishedSpans();
    const client = spans.filter((s) => s.kind === 2 /* CLIENT */);
    const twilio = client.find((s) => s.attributes['trunkline.provider'] === 'twilio' && String(s.attributes['url.template']).includes('IncomingPhoneNumbers'));
    expect(twilio?.attributes).toMatchObject({ 'server.address': '127.0.0.1', 'http.request.method': 'GET', 'url.template': expect.stringMatching(/\/2010-04-01\/Accounts\/\{id\}\/IncomingPhoneNumbers\.json$/), 'http.response.status_code': 200 });
    expect(client.some((s) => s.name === 'SIP OPTIONS' && s.attributes['network.transport'] === 'udp')).toBe(true);
    const serverSpans = spans.filter((s) => s.kind === 1 /* SERVER */);
    expect(serverSpans.some((s) => s.name === 'POST /v1/voip-connections' && s.attributes['http.route'] === '/v1/voip-connections' && s.attributes['http.response.status_code'] === 201)).toBe(true);
    expect(spans.some((s) => s.name === 'graphql mutation retestConnection')).toBe(true);
    // Provider spans are children of their request's span.
    const parent = serverSpans.find((s) => s.spanContext().traceId === twilio!.spanContext().traceId);
    expect(parent).toBeDefined();

    const exported = JSON.stringify(spans.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events, status: s.status, resource: s.resource.attributes })));
    expect(exported).not.toContain(CANARY);
    for (const secret of [restCredentials(h.sim, 'twilio').auth_token, h.orgA.key, restCredentials(h.sim, 'vonage').api_secret]) expect(exported).not.toContain(secret);
    expect(exported).not.toMatch(/api_key=|api_secret=|\?/);
  });

  it('puts the trace id in the X-Request-Id answer and the log line', async () => {
    const res = await h.rest('GET', '/v1/voip-connections');
    const requestId = res.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f]{32}$/);
    const span = exporter.getFinishedSpans().find((s) => s.kind === 1 && s.spanContext().traceId === requestId);
    expect(span?.attributes['http.route']).toBe('/v1/voip-connections');
    await waitFor(() => h.logs.some((l) => l.includes(`"traceId":"${requestId}"`)));
    // A caller's traceparent is continued.
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const continued = await h.rest('GET', '/v1/healthz', undefined, { headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` } });
    expect(continued.headers.get('x-request-id')).toBe(traceId);
  });
});
