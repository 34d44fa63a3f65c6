import { createClient } from 'graphql-sse';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { restCredentials } from './support/credentials';
import { startHarness, type Harness } from './support/harness';
import { waitFor } from './support/wait';

/**
 * Hundreds of subscribers of one topic (one organization's connection events) are the normal
 * case, not a leak: opening them warns nothing (Node's EventTarget would, past ten listeners of
 * one event type, with a MaxListenersExceededWarning), and each of them sees the one event.
 */
const SUBSCRIBERS = 300;
const CONNECTION_EVENTS = 'subscription { connectionUpdated { id } }';

let h: Harness;
const warnings: Error[] = [];
const onWarning = (warning: Error) => void warnings.push(warning);

beforeAll(async () => {
  process.on('warning', onWarning);
  // One key holds every stream, each on its own connection from one address: raise both caps.
  h = await startHarness({ TRUNKLINE_MAX_STREAMS_PER_KEY: String(SUBSCRIBERS), TRUNKLINE_MAX_CONNECTIONS_PER_ADDRESS: '0' });
});
afterAll(async () => {
  process.off('warning', onWarning);
  await h.close();
});

it(`opens ${SUBSCRIBERS} subscriptions on one topic with no listener-leak warning, and each sees the event`, async () => {
  const seen = new Array<string[]>(SUBSCRIBERS);
  const stops = Array.from({ length: SUBSCRIBERS }, (_, i) => {
    const events: string[] = (seen[i] = []);
    const client = createClient({ url: `${h.url}/graphql`, headers: { authorization: `Bearer ${h.orgA.key}` }, retryAttempts: 0 });
    return client.subscribe<{ connectionUpdated: { id: string } }>(
      { query: CONNECTION_EVENTS },
      { next: (r) => void events.push(r.data!.connectionUpdated.id), error: (err) => void events.push(`error: ${String(err)}`), complete: () => {} },
    );
  });
  await waitFor(() => h.runtime.deps.events.openSubscriptions() === SUBSCRIBERS, 20_000);

  const credentials = restCredentials(h.sim, 'vonage');
  const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'vonage', credentials });
  const created = await h.rest('POST', '/v1/voip-connections', { provider: 'vonage', credentials, verification_evidence_id: test.body.verification_evidence_id });
  expect(created.status).toBe(201);
  await waitFor(() => seen.every((events) => events.length > 0), 20_000);
  expect(new Set(seen.flat())).toEqual(new Set([String(created.body.id)]));

  for (const stop of stops) stop();
  await waitFor(() => h.runtime.deps.events.openSubscriptions() === 0, 20_000);
  expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning').map((w) => w.message)).toEqual([]);
});
