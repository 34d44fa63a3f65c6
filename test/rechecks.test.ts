import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness';
import { restCredentials } from './support/credentials';
import { startRecheckScheduler } from '../src/jobs/recheck-scheduler';
import { RateLimiter } from '../src/security/rate-limiter';
import type { SimProvider } from '../src/simulator/accounts';
import { providerCalls } from './support/flows';

/**
 * Periodic re-checks (both engines): due connections are claimed under a lease, re-tested with
 * their stored credentials, and their result published. The harness clock is moved by hand.
 */
const INTERVAL = 60;
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ TRUNKLINE_RECHECK_INTERVAL_SECONDS: String(INTERVAL) });
});
afterAll(() => h.close());

const generous = () => new RateLimiter(1_000_000, h.clock);

async function connect(provider: SimProvider, scenario: 'valid' | 'big' | 'trial' = 'valid') {
  const credentials = restCredentials(h.sim, provider, scenario);
  const test = await h.rest('POST', '/v1/voip-connections/test', { provider, credentials });
  const created = await h.rest('POST', '/v1/voip-connections', { provider, credentials, verification_evidence_id: test.body.verification_evidence_id });
  expect(created.status).toBe(201);
  return String(created.body.id);
}

const read = async (id: string) =>
  (await h.gql('query($id: ID!) { connection(id: $id) { status nextCheckAt lastError { code } } }', { id })).body.data.connection as { status: string; nextCheckAt: string | null; lastError: { code: string } | null };

/** Moves the clock past every connection's next re-check. */
const pastDue = () => h.clock.advance(INTERVAL * 1.2 * 1000);

describe('periodic re-checks', () => {
  it('turns a connection whose token was revoked to ERROR within one interval, publishes it, and heals it', async () => {
    // Re-check first what other tests left due, so that "nothing is due yet" below is about this connection.
    const settle = startRecheckScheduler(h.runtime.deps, generous());
    await settle.runOnce().finally(() => settle.stop());
    const id = await connect('twilio', 'big');
    const before = await read(id);
    expect(before.status).toBe('CONNECTED');
    expect(Date.parse(before.nextCheckAt!) - h.clock.now().getTime()).toBeGreaterThan(INTERVAL * 0.85 * 1000);

    const account = h.sim.account('twilio', 'big');
    const token = account.secret;
    account.secret = 'f'.repeat(32); // revoked at the provider
    const events = h.runtime.deps.events.subscribe('connection', h.orgA.id);
    const scheduler = startRecheckScheduler(h.runtime.deps, generous());
    try {
      expect(await scheduler.runOnce()).toBe(0); // nothing is due yet
      pastDue();
      // The subscription starts listening here. Connections other tests made are due too, and
      // their re-checks publish on the same topic: this connection's event is the one awaited.
      const published = (async () => {
        for (;;) {
          const event = await events.next();
          if (event.done || (event.value as { connectionId?: number }).connectionId === Number(id)) return event;
        }
      })();
      expect(await scheduler.runOnce()).toBeGreaterThanOrEqual(1);
      expect(await read(id)).toMatchObject({ status: 'ERROR', lastError: { code: 'credentials_rejected' } });
      expect((await published).value).toMatchObject({ kind: 'connection', connectionId: Number(id) });

      account.secret = token;
      pastDue();
      await scheduler.runOnce();
      expect(await read(id)).toMatchObject({ status: 'CONNECTED', lastError: null });
    } finally {
      await events.return?.();
      await scheduler.stop();
    }
  });

  it('leaves a connection as it is when its provider cannot be reached, and backs off', async () => {
    const id = await connect('vonage', 'big');
    const account = h.sim.account('vonage', 'big');
    account.behavior = 'failing';
    const scheduler = startRecheckScheduler(h.runtime.deps, generous());
    try {
      pastDue();
      await scheduler.runOnce();
      const after = await read(id);
      expect(after.status).toBe('CONNECTED');
      const wait = Date.parse(after.nextCheckAt!) - h.clock.now().getTime();
      expect(wait).toBeLessThanOrEqual(30 * 1.1 * 1000); // the first retry comes sooner than an interval
      const row = await h.runtime.deps.db.selectFrom('voip_connections').select('recheck_failures').where('id', '=', Number(id)).executeTakeFirstOrThrow();
      expect(row.recheck_failures).toBe(1);
    } finally {
      account.behavior = 'big';
      await scheduler.stop();
    }
  });

  it('re-checks each due connection once, however many schedulers claim at the same time', async () => {
    const account = h.sim.account('signalwire', 'valid');
    const b0 = account.requests;
    expect((await h.rest('POST', '/v1/voip-connections/test', { provider: 'signalwire', credentials: restCredentials(h.sim, 'signalwire') })).status).toBe(200);
    const perCheck = account.requests - b0; // what one test of these credentials asks the provider
    const ids = await Promise.all([connect('signalwire'), connect('signalwire'), connect('signalwire')]);
    pastDue();
    const b1 = account.requests;
    const schedulers = [startRecheckScheduler(h.runtime.deps, generous()), startRecheckScheduler(h.runtime.deps, generous())];
    try {
      await Promise.all(schedulers.map((s) => s.runOnce()));
      expect(account.requests - b1).toBe(ids.length * perCheck);
      for (const id of ids) expect((await read(id)).status).toBe('CONNECTED');
    } finally {
      await Promise.all(schedulers.map((s) => s.stop()));
    }
  });

  it('spends the provider budget: what it refuses waits for the next round', async () => {
    await Promise.all([connect('vonage'), connect('vonage'), connect('vonage')]);
    pastDue();
    const budget = new RateLimiter(1, h.clock);
    const scheduler = startRecheckScheduler(h.runtime.deps, budget, { concurrency: 2 });
    try {
      const before = providerCalls(h);
      await scheduler.runOnce();
      expect(providerCalls(h)).toBeGreaterThan(before);
      expect(budget.peek('system:recheck').remaining).toBe(0);
      const due = await h.runtime.deps.db.selectFrom('voip_connections').select('id').where('next_check_at', '<=', h.clock.now().toISOString()).where('status', '=', 'connected').execute();
      expect(due.length).toBeGreaterThan(0); // not all were claimed: the round stopped at the budget
    } finally {
      await scheduler.stop();
    }
  });
});
