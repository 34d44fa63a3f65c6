import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../src/providers/http-client';
import { createLogger } from '../src/logger';
import { ProviderUnavailableError } from '../src/domain/errors';
import { captureLogs } from './support/providers';

/** A provider stand-in whose answers each test scripts. */
let server: Server;
let base: string;
let script: (req: { method: string; n: number }) => { status: number; body?: string; headers?: Record<string, string> };
let hits = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    const r = script({ method: req.method!, n: hits });
    res.writeHead(r.status, { 'content-type': 'application/json', ...r.headers });
    res.end(r.body ?? '{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const logs = captureLogs();
/** A client whose pauses before a retry are recorded rather than slept: what it chose to wait is asserted, never how long a test took. */
function client(timeoutMs = 2_000, retries = 2) {
  const pauses: number[] = [];
  const call = createHttpClient({ timeoutMs, retries, log: createLogger('debug', logs.stream), backoffBaseMs: 1, backoffCapMs: 5, pause: async (ms) => void pauses.push(ms) });
  return Object.assign(call, { pauses });
}

describe('the shared provider HTTP client', () => {
  it('retries reads on 429 and 5xx, then succeeds', async () => {
    hits = 0;
    script = ({ n }) => (n < 3 ? { status: n === 1 ? 429 : 503 } : { status: 200, body: '{"ok":true}' });
    const http = client();
    const res = await http('Test', { method: 'GET', url: `${base}/x` });
    expect(res).toMatchObject({ status: 200, body: { ok: true } });
    expect(hits).toBe(3);
    // Full jitter under the 5 ms cap: one pause before each retry.
    expect(http.pauses).toHaveLength(2);
    for (const ms of http.pauses) expect(ms).toBeLessThanOrEqual(5);
  });

  it('never retries a write', async () => {
    hits = 0;
    script = () => ({ status: 503 });
    const http = client();
    await expect(http('Test', { method: 'POST', url: `${base}/x`, form: { a: 'b' } })).rejects.toBeInstanceOf(ProviderUnavailableError);
    expect(hits).toBe(1);
    expect(http.pauses).toEqual([]);
  });

  it('honours Retry-After, within the overall bound', async () => {
    hits = 0;
    script = ({ n }) => (n === 1 ? { status: 429, headers: { 'retry-after': '0' } } : { status: 200 });
    const prompt = client();
    expect((await prompt('Test', { method: 'GET', url: `${base}/x` })).status).toBe(200);
    expect(prompt.pauses).toEqual([0]); // the provider's Retry-After, not our backoff
    hits = 0;
    script = () => ({ status: 429, headers: { 'retry-after': '30' } });
    const bounded = client(500);
    await expect(bounded('Test', { method: 'GET', url: `${base}/x` })).rejects.toThrow(/rate limited/);
    // Waiting 30 s would overrun the 500 ms bound: it gives up at once, without pausing.
    expect(hits).toBe(1);
    expect(bounded.pauses).toEqual([]);
  });

  it('gives up after the retries with provider_unavailable', async () => {
    hits = 0;
    script = () => ({ status: 500 });
    const http = client(2_000, 2);
    await expect(http('Test', { method: 'GET', url: `${base}/x` })).rejects.toMatchObject({ code: 'provider_unavailable' });
    expect(hits).toBe(3);
    expect(http.pauses).toHaveLength(2);
  });

  it('maps malformed JSON and refused connections to provider_unavailable, and returns 4xx to the adapter', async () => {
    script = () => ({ status: 200, body: '<html>' });
    await expect(client()('Test', { method: 'GET', url: `${base}/x` })).rejects.toThrow(/malformed/);
    await expect(client()('Test', { method: 'GET', url: 'http://127.0.0.1:1/x' })).rejects.toThrow(/connection failed/);
    script = () => ({ status: 401, body: '{"code":20003}' });
    expect(await client()('Test', { method: 'GET', url: `${base}/x` })).toMatchObject({ status: 401, body: { code: 20003 } });
  });

  it('logs host and path, never the query string or a header', async () => {
    script = () => ({ status: 200 });
    await client()('Test', { method: 'GET', url: `${base}/account?api_secret=CANARYQUERY`, headers: { authorization: 'Basic CANARYHEADER' } });
    expect(logs.lines.some((l) => l.includes('/account'))).toBe(true);
    expect(logs.lines.join('\n')).not.toContain('CANARY');
  });
});
