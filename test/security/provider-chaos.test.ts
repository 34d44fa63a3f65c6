import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness';
import { connectSeeded } from '../support/flows';
import { restCredentials } from '../support/credentials';
import { waitFor } from '../support/wait';
import type { Scenario, SimProvider } from '../../src/simulator/accounts';

/**
 * Providers that hang, reset, flood 429s or answer garbage, against every route that calls one,
 * many requests at once: no 500, only documented statuses, other requests are not held up, and
 * no connection is left `testing`.
 */
let h: Harness;
const PROVIDERS: SimProvider[] = ['twilio', 'telnyx', 'signalwire', 'vonage'];
const connections = new Map<SimProvider, string>();
const numbers = new Map<SimProvider, number>();

beforeAll(async () => {
  // Under the simulator's 2 s slow answers, with room for a loaded CI machine.
  h = await startHarness({ PROVIDER_TIMEOUT_MS: '1500' });
  for (const p of PROVIDERS) {
    const id = await connectSeeded(h, p, 'big');
    connections.set(p, id);
    const res = await h.rest('POST', `/v1/voip-connections/${id}/import-numbers`, { numbers: [h.sim.account(p, 'big').numbers[7]!.e164] });
    numbers.set(p, res.body.results[0].phone_number.id);
  }
});
afterAll(() => h.close());

function chaos(mode: Scenario) {
  for (const p of PROVIDERS) h.sim.account(p, 'big').behavior = mode;
  return () => PROVIDERS.forEach((p) => (h.sim.account(p, 'big').behavior = 'big'));
}

function providerCalls(p: SimProvider) {
  const id = connections.get(p)!;
  const body = { provider: p, credentials: restCredentials(h.sim, p, 'big') };
  return [
    h.rest('POST', '/v1/voip-connections/test', body),
    h.rest('POST', '/v1/voip-connections/suggest-name', body),
    h.rest('GET', `/v1/voip-connections/${id}/available-numbers`),
    h.rest('POST', `/v1/voip-connections/${id}/import-numbers`, { numbers: [h.sim.account(p, 'big').numbers[8]!.e164] }),
    h.rest('POST', `/v1/phone-numbers/${numbers.get(p)}/verify-voip`),
    h.gql(`mutation { retestConnection(input: { id: "${id}" }) { __typename } }`).then((r) => ({ ...r, body: r.body })),
  ];
}

describe.each(['slow', 'reset', 'rate_limited', 'garbage', 'failing'] as const)('providers %s', (mode) => {
  it('every provider-calling route, in parallel, answers with a documented status', async () => {
    const restore = chaos(mode);
    try {
      const calls = PROVIDERS.flatMap(providerCalls);
      // A request that needs no provider is answered while the provider calls are still out.
      let settled = 0;
      calls.forEach((c) => c.then(() => settled++));
      const list = await h.rest('GET', '/v1/voip-connections');
      expect(list.status).toBe(200);
      if (mode === 'slow') expect(settled).toBe(0);
      const results = await Promise.all(calls);
      for (const r of results) {
        expect(r.status).not.toBe(500);
        expect([200, 201, 409, 422, 502]).toContain(r.status);
        if (r.status === 502) expect(r.body).toMatchObject({ code: 'provider_unavailable' });
      }
      if (mode !== 'rate_limited') expect(results.filter((r) => r.status === 502).length).toBeGreaterThanOrEqual(4 * 5);
    } finally {
      restore();
    }
    const states = await h.runtime.deps.db.selectFrom('voip_connections').select('status').execute();
    expect(states.some((s) => s.status === 'testing')).toBe(false);
  });
});

it('a connection is usable again once its provider recovers', async () => {
  for (const p of PROVIDERS) {
    const res = await h.rest('GET', `/v1/voip-connections/${connections.get(p)}/available-numbers`);
    expect(res.status).toBe(200);
  }
});

it('cancels the provider call when the client of the request goes away', async () => {
  const { startServer } = await import('../../src/server');
  const { createLogger } = await import('../../src/logger');
  const server = await startServer({ ...h.config, port: 0, providerTimeoutMs: 10_000 }, createLogger('silent'), () => undefined);
  try {
    // The seeded slow account is used by no other test here, so its counts are this test's alone.
    const account = h.sim.account('vonage', 'slow');
    const seen = account.requests;
    const controller = new AbortController();
    const pending = fetch(`${server.url}/v1/voip-connections/test`, {
      method: 'POST',
      headers: { authorization: `Bearer ${h.orgA.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'vonage', credentials: restCredentials(h.sim, 'vonage', 'slow') }),
      signal: controller.signal,
    }).catch(() => 'aborted');
    await waitFor(() => account.requests > seen); // the gateway is now waiting on the provider
    controller.abort();
    expect(await pending).toBe('aborted');
    // The simulator would answer after 2 s and the gateway's own timeout is 10 s: only the
    // cancellation can have hung up on the provider.
    await waitFor(() => account.abandoned === 1);
    expect(account.requests).toBe(seen + 1);
  } finally {
    await server.shutdown();
  }
});
