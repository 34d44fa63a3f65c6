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

  it('serves health over a real socket with the rate-limit headers', async () => {
    const server = await startServer({ ...h.config, port: 0 }, createLogger('silent'), () => undefined);
    try {
      const res = await fetch(`${server.url}/v1/healthz`);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-limit')).toBeTruthy();
    } finally {
      await server.shutdown();
    }
  });
});
