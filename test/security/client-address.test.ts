import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';
import { ClientAddresses } from '../../src/http/client-address';
import { startHarness, type Harness } from '../support/harness';

const BAD_KEY = 'sk_live_this_key_does_not_exist_000';

/** The status of a GET sent as written (the harness's client checks answers against the OpenAPI document). */
function rawStatus(base: string, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('behind no trusted proxy (the default)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ RATE_LIMIT_PER_MINUTE: '3', AUTH_FAILURE_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(() => h.close());

  it('answers health and readiness after the anonymous budget of the address is spent', async () => {
    const pages = [];
    for (let i = 0; i < 4; i++) pages.push((await h.fetch('/')).status);
    expect(pages).toEqual([200, 200, 200, 429]);
    expect((await h.fetch('/docs')).status).toBe(429);
    for (let i = 0; i < 5; i++) {
      for (const path of ['/v1/healthz', '/v1/readyz']) {
        const res = await h.rest('GET', path, undefined, { key: null });
        expect(res.status).toBe(200);
        // Not metered, so no budget to report.
        expect(res.headers.get('x-ratelimit-limit')).toBeNull();
      }
    }
    // Failed authentications do not close them either.
    for (let i = 0; i < 3; i++) await h.rest('GET', '/v1/voip-connections', undefined, { key: BAD_KEY });
    expect((await h.rest('GET', '/v1/readyz', undefined, { key: BAD_KEY })).status).toBe(200);
  });

  it('ignores X-Forwarded-For, and a Host header cannot pass another path off as a probe', async () => {
    h.clock.advance(60_000);
    for (let i = 0; i < 3; i++) expect((await h.rest('GET', '/v1/voip-connections', undefined, { key: null })).status).toBe(401);
    const spoofed = await h.rest('GET', '/v1/voip-connections', undefined, { key: null, headers: { 'x-forwarded-for': '198.51.100.23' } });
    expect(spoofed.status).toBe(429);
    // Refused either way: as a bad Host (400) or by the spent budget (429), never served unmetered.
    expect([400, 429]).toContain(await rawStatus(h.url, '/v1/voip-connections', { host: 'example.com/v1/healthz?' }));
  });
});

describe('behind a trusted proxy', () => {
  let h: Harness;
  beforeAll(async () => {
    // The harness connects from 127.0.0.1: the proxy's address here.
    h = await startHarness({ RATE_LIMIT_PER_MINUTE: '3', AUTH_FAILURE_LIMIT_PER_MINUTE: '2', TRUNKLINE_TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1' });
  });
  afterAll(() => h.close());

  const from = (xff: string) => h.rest('GET', '/v1/voip-connections', undefined, { key: null, headers: { 'x-forwarded-for': xff } });

  it('gives clients behind one proxy address buckets of their own, by the right-most untrusted hop', async () => {
    const first = [];
    for (let i = 0; i < 4; i++) first.push((await from('203.0.113.1')).status);
    expect(first).toEqual([401, 401, 401, 429]);
    // Another client through the same socket address has its full budget.
    const second = await from('203.0.113.2');
    expect(second.status).toBe(401);
    expect(second.headers.get('x-ratelimit-remaining')).toBe('2');
    // A hop the client wrote itself (left of what the proxy appended) changes nothing; trusted hops are skipped.
    expect((await from('198.51.100.7, 203.0.113.1')).status).toBe(429);
    expect((await from('203.0.113.1, 10.1.2.3')).status).toBe(429);
    // The proxy's own requests (no header) count as the proxy's.
    expect((await h.fetch('/')).status).toBe(200);
  });

  it('counts failed authentications per client behind the proxy too', async () => {
    h.clock.advance(60_000);
    const fail = (xff: string) => h.rest('GET', '/v1/voip-connections', undefined, { key: BAD_KEY, headers: { 'x-forwarded-for': xff } }).then((r) => r.status);
    expect([await fail('203.0.113.50'), await fail('203.0.113.50'), await fail('203.0.113.50')]).toEqual([401, 401, 429]);
    expect(await fail('203.0.113.51')).toBe(401);
  });
});

describe('the client address', () => {
  const proxies = new ClientAddresses(['10.0.0.0/8', '2001:db8::/32', '192.0.2.1']);

  it('is the socket address unless the socket is a trusted proxy', () => {
    expect(proxies.of('203.0.113.9', '198.51.100.1')).toBe('203.0.113.9');
    expect(new ClientAddresses([]).of('10.0.0.1', '198.51.100.1')).toBe('10.0.0.1');
    expect(proxies.of('::ffff:10.0.0.1', '198.51.100.1')).toBe('198.51.100.1');
    expect(proxies.of('2001:db8::5', '[2001:db8:1::9]:443, 198.51.100.1:5123')).toBe('198.51.100.1');
    expect(proxies.of('10.0.0.1', '198.51.100.1, 192.0.2.1, 10.9.9.9')).toBe('198.51.100.1');
    // Every hop trusted: the left-most; no usable header: the proxy itself.
    expect(proxies.of('10.0.0.1', '10.0.0.2, 10.0.0.3')).toBe('10.0.0.2');
    expect(proxies.of('10.0.0.1', 'unknown')).toBe('10.0.0.1');
    expect(proxies.of('10.0.0.1', null)).toBe('10.0.0.1');
  });

  it('is configured from addresses and CIDR blocks only', () => {
    expect(loadConfig({ TRUNKLINE_TRUSTED_PROXIES: '10.0.0.0/8, ::1, fd00::/8' }).rateLimits.trustedProxies).toEqual(['10.0.0.0/8', '::1', 'fd00::/8']);
    expect(loadConfig({}).rateLimits.trustedProxies).toEqual([]);
    for (const bad of ['10.0.0.0/33', 'proxy.internal', '10.0.0.1,', '::1/129']) expect(() => loadConfig({ TRUNKLINE_TRUSTED_PROXIES: bad })).toThrow(ConfigError);
  });
});
