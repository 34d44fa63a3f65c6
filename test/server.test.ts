import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/server';
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
    expect(await res.json()).toMatchObject({ code: 'provider_unavailable' });
    await stopping;
    await expect(fetch(`${server.url}/v1/healthz`)).rejects.toThrow();
  });

  it('on shutdown, closes connections that carry no request while an in-flight one is still answered', async () => {
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
    const account = h.sim.account('vonage', 'slow');
    const seen = account.requests;
    const events: string[] = [];
    spare.once('close', () => events.push('spare closed'));
    kept.once('close', () => events.push('keep-alive closed'));
    const inFlight = fetch(`${server.url}/v1/voip-connections/test`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.orgA.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'vonage', credentials: restCredentials(h.sim, 'vonage', 'slow') }),
    }).then((res) => events.push(`answered ${res.status}`));
    await waitFor(() => account.requests > seen);
    await server.shutdown();
    await inFlight;
    // Neither idle client would hang up by itself; the server closes them without waiting for the
    // slow request, which still gets its answer.
    expect(events.slice(0, 2).sort()).toEqual(['keep-alive closed', 'spare closed']);
    expect(events[2]).toBe('answered 502');
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
