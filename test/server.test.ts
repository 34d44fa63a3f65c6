import { connect } from 'node:net';
import { createClient } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/server';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { startHarness, type Harness } from './support/harness';
import { restCredentials } from './support/credentials';
import { waitFor } from './support/wait';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('the HTTP server', () => {
  it('drains in-flight requests on shutdown, then stops accepting and closes the database', async () => {
    const server = await startServer({ ...h.config, port: 0 }, createLogger('silent'), () => undefined);
    const account = h.sim.account('vonage', 'slow');
    const seen = account.requests;
    const inFlight = fetch(`${server.url}/v1/voip-connections/test`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.orgA.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'vonage', credentials: restCredentials(h.sim, 'vonage', 'slow') }),
    });
    await waitFor(() => account.requests > seen); // in flight: the gateway waits on the provider
    const stopping = server.shutdown();
    const res = await inFlight;
    expect(res.status).toBe(502); // the provider was too slow; the answer still arrived
    expect(res.headers.get('connection')).toBe('close'); // and its connection is not kept for another
    expect(await res.json()).toMatchObject({ code: 'provider_unavailable' });
    await stopping;
    await expect(fetch(`${server.url}/v1/healthz`)).rejects.toThrow();
  });

  it('on shutdown, closes connections that carry no request, never one whose request is arriving', async () => {
    const server = await startServer({ ...h.config, port: 0 }, createLogger('silent'), () => undefined);
    const port = Number(new URL(server.url).port);
    const opened = async () => {
      const socket = connect(port, '127.0.0.1');
      await new Promise((r) => socket.once('connect', r));
      return socket;
    };
    const spare = await opened(); // a client's spare connection: no request yet
    const kept = await opened(); // a keep-alive connection whose response has ended
    kept.write('GET /v1/healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    await new Promise((r) => kept.once('data', r));
    const partial = await opened(); // a request whose headers are still arriving
    let partialAnswer = '';
    partial.on('data', (chunk) => (partialAnswer += String(chunk)));
    partial.write('GET /v1/healthz HTTP/1.1\r\nHo');
    const account = h.sim.account('vonage', 'slow');
    const seen = account.requests;
    const events: string[] = [];
    spare.once('close', () => events.push('spare closed'));
    kept.once('close', () => events.push('keep-alive closed'));
    partial.once('close', () => events.push('partial closed'));
    const inFlight = fetch(`${server.url}/v1/voip-connections/test`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.orgA.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'vonage', credentials: restCredentials(h.sim, 'vonage', 'slow') }),
    }).then((res) => events.push(`answered ${res.status}`));
    await waitFor(() => account.requests > seen);
    const stopping = server.shutdown();
    // Neither idle client would hang up by itself; the server closes them without waiting for the
    // slow request, which still gets its answer.
    await waitFor(() => events.includes('spare closed') && events.includes('keep-alive closed'));
    // The sweep has run: the connection whose request was arriving is still open, and its request,
    // once whole, is answered, saying the connection closes.
    partial.write('st: x\r\n\r\n');
    await waitFor(() => events.includes('partial closed'));
    expect(partialAnswer).toMatch(/^HTTP\/1\.1 200 /);
    expect(partialAnswer).toMatch(/\r\nconnection: close\r\n/i);
    await stopping;
    await inFlight;
    expect(events.slice(0, 2).sort()).toEqual(['keep-alive closed', 'spare closed']);
    expect(events).toContain('answered 502');
  });

  it('on shutdown, fails readiness first and keeps serving for the grace period', async () => {
    const server = await startServer({ ...h.config, port: 0, shutdownGraceMs: 3_000 }, createLogger('silent'), () => undefined);
    const ready = await fetch(`${server.url}/v1/readyz`);
    expect(ready.status).toBe(200);
    const stopping = server.shutdown();
    const draining = await fetch(`${server.url}/v1/readyz`);
    expect(draining.status).toBe(503);
    expect(await draining.json()).toMatchObject({ code: 'draining' });
    // Still serving, but every answer closes its connection: a keep-alive client comes back through the balancer.
    const health = await fetch(`${server.url}/v1/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get('connection')).toBe('close');
    const res = await fetch(`${server.url}/v1/voip-connections`, { headers: { authorization: `Bearer ${h.orgA.key}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('connection')).toBe('close');
    expect(server.shutdown()).toBe(stopping); // a second call is the same stop, not a shorter one
    await stopping;
    await expect(fetch(`${server.url}/v1/healthz`)).rejects.toThrow();
  });

  it('on shutdown, ends open event streams (clients reconnect elsewhere) instead of waiting on them', async () => {
    const server = await startServer({ ...h.config, port: 0 }, createLogger('silent'), () => undefined);
    let connected = false;
    const client = createClient({ url: `${server.url}/graphql/stream`, headers: { authorization: `Bearer ${h.orgA.key}` }, retryAttempts: 0, on: { connected: () => (connected = true) } });
    const ended = new Promise((resolve, reject) => {
      client.subscribe({ query: 'subscription { connectionUpdated { id } }' }, { next: () => undefined, error: reject, complete: () => resolve('completed') });
    });
    await waitFor(() => connected);
    await server.shutdown();
    // Completed by the server, not cut off by the drain's bound.
    expect(await ended).toBe('completed');
    client.dispose();
  });

  it('serves over a real socket: health unmetered, the API with the rate-limit headers', async () => {
    const server = await startServer({ ...h.config, port: 0 }, createLogger('silent'), () => undefined);
    try {
      const health = await fetch(`${server.url}/v1/healthz`);
      expect(health.status).toBe(200);
      // Probes are never rate limited, so they carry no budget.
      expect(health.headers.get('x-ratelimit-limit')).toBeNull();
      const res = await fetch(`${server.url}/v1/voip-connections`, { headers: { authorization: `Bearer ${h.orgA.key}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-limit')).toBeTruthy();
    } finally {
      await server.shutdown();
    }
  });
});

describe('the shutdown grace period (TRUNKLINE_SHUTDOWN_GRACE_MS)', () => {
  it('is 5 s in production, where a load balancer needs it, none elsewhere, and what the variable says when set', () => {
    expect(loadConfig({}).shutdownGraceMs).toBe(0);
    expect(loadConfig({ NODE_ENV: 'production' }).shutdownGraceMs).toBe(5_000);
    expect(loadConfig({ NODE_ENV: 'production', TRUNKLINE_SHUTDOWN_GRACE_MS: '0' }).shutdownGraceMs).toBe(0);
    expect(loadConfig({ TRUNKLINE_SHUTDOWN_GRACE_MS: '1500' }).shutdownGraceMs).toBe(1_500);
    expect(() => loadConfig({ TRUNKLINE_SHUTDOWN_GRACE_MS: '-1' })).toThrow(/^Invalid configuration: TRUNKLINE_SHUTDOWN_GRACE_MS /);
  });
});
