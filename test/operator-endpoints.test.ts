import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECRET_KEYS } from './support/harness';
import { startInstance, stopInstance } from './support/instances';
import { waitFor } from './support/wait';

/** The gateway as an operator runs it: traces to an OTLP collector, metrics on a port of their own. */
describe('operator endpoints of `trunkline serve`', () => {
  it('exports traces over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT and serves /metrics on METRICS_PORT only', async () => {
    // A stand-in collector: it records what arrives at /v1/traces.
    const received: { path: string; type: string; body: Buffer }[] = [];
    const collector = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ path: req.url ?? '', type: req.headers['content-type'] ?? '', body: Buffer.concat(chunks) });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const dir = mkdtempSync(join(tmpdir(), 'trunkline-otlp-'));
    const instance = await startInstance({
      DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
      TRUNKLINE_SECRET_KEYS: SECRET_KEYS,
      PORT: '0',
      METRICS_PORT: '0',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
      OTEL_BSP_SCHEDULE_DELAY: '100',
      OTEL_SERVICE_NAME: 'trunkline-under-test',
    });
    try {
      const res = await fetch(`${instance.url}/v1/healthz`);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
      await waitFor(() => received.some((r) => r.path === '/v1/traces'), 10_000);
      const traces = received.find((r) => r.path === '/v1/traces')!;
      // OTLP/HTTP with JSON bodies: the service, and the request's span under the trace id it answered with.
      expect(traces.type).toContain('application/json');
      const body = JSON.parse(traces.body.toString('utf8')) as { resourceSpans: { resource: { attributes: { key: string; value: { stringValue?: string } }[] }; scopeSpans: { spans: { traceId: string; name: string; kind: number }[] }[] }[] };
      const resource = body.resourceSpans[0]!;
      expect(resource.resource.attributes).toContainEqual({ key: 'service.name', value: { stringValue: 'trunkline-under-test' } });
      const exported = resource.scopeSpans.flatMap((s) => s.spans);
      expect(exported).toContainEqual(expect.objectContaining({ traceId: res.headers.get('x-request-id'), name: 'GET /v1/healthz' }));

      const listening = instance.log.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg: string; metrics?: string }).find((l) => l.msg === 'Trunkline is listening')!;
      expect(listening.metrics).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      const scraped = await fetch(listening.metrics!);
      expect(await scraped.text()).toContain('trunkline_http_request_duration_seconds_count{door="rest",route="GET /v1/healthz",status="200"} 1');
      expect((await fetch(`${instance.url}/metrics`)).status).toBe(404);
    } finally {
      await stopInstance(instance);
      collector.close();
    }
  }, 30_000);
});
