import { createClient, type Client } from 'graphql-sse';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../../src/domain/organizations';
import { restCredentials } from '../support/credentials';
import { startHarness, type Harness } from '../support/harness';
import { waitFor } from '../support/wait';
import { startReceiver, type Receiver } from '../support/webhook-receiver';

/**
 * webhookDeliveryUpdated over Server-Sent Events (graphql-sse's own client, as in
 * test/subscriptions.test.ts): each recorded attempt and each retry by hand reaches the
 * subscribers of its endpoint, read for their organization; another organization's never.
 * The clock is the harness's ManualClock: a test moves it past a retry and runs the worker once.
 */
let h: Harness;
const receivers: Receiver[] = [];

beforeAll(async () => {
  h = await startHarness({ TRUNKLINE_WEBHOOK_TIMEOUT_MS: '5000' });
});
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  await h.close();
});
// A client that stops ends its subscription on the server too.
afterEach(() => waitFor(() => h.runtime.deps.events.openSubscriptions() === 0));

async function receiver(): Promise<Receiver> {
  const r = await startReceiver(h.clock);
  receivers.push(r);
  return r;
}

let orgs = 0;
const organization = async () => (await createOrganization(h.runtime.deps, `Live deliveries ${++orgs}`)).apiKey;

async function endpoint(key: string, url: string): Promise<string> {
  const res = await h.rest('POST', '/v1/developer/webhook-endpoints', { label: 'Backend', url, events: ['voip_connection.created'] }, { key });
  expect(res.status).toBe(201);
  return String(res.body.id);
}

async function connection(key: string): Promise<void> {
  const credentials = restCredentials(h.sim, 'twilio', 'valid');
  const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials }, { key });
  const created = await h.rest('POST', '/v1/voip-connections', { provider: 'twilio', credentials, verification_evidence_id: test.body.verification_evidence_id }, { key });
  expect(created.status).toBe(201);
}

const setStatus = async (key: string, id: string, status: 'active' | 'disabled') =>
  expect((await h.rest('PATCH', `/v1/developer/webhook-endpoints/${id}`, { status }, { key })).status).toBe(200);

interface Watch<T> {
  events: T[];
  results: unknown[];
  done: Promise<void>;
  stop(): void;
}

function watch<T>(key: string, query: string, variables: Record<string, unknown> = {}): Watch<T> {
  const client: Client = createClient({ url: `${h.url}/graphql`, headers: { authorization: `Bearer ${key}` }, retryAttempts: 0 });
  const events: T[] = [];
  const results: unknown[] = [];
  let stop = () => {};
  const done = new Promise<void>((resolve, reject) => {
    stop = client.subscribe<T>({ query, variables }, { next: (v) => void (results.push(v), v.data && events.push(v.data as T)), error: reject, complete: resolve });
  });
  return { events, results, done, stop: () => stop() };
}

/** Waits until the streams are open (subscribed on the bus) before the writes they should see. */
const settle = (count: number) => waitFor(() => h.runtime.deps.events.openSubscriptions() >= count);

const DELIVERY_EVENTS = `subscription($endpointId: ID) {
  webhookDeliveryUpdated(endpointId: $endpointId) {
    id endpointId
    delivery { id eventType status attempts lastStatusCode attemptLog { statusCode responseExcerpt } }
    endpoint { id status }
  }
}`;
interface DeliveryEvent {
  webhookDeliveryUpdated: {
    id: string;
    endpointId: string;
    delivery: { id: string; eventType: string; status: string; attempts: number; lastStatusCode: number | null; attemptLog: { statusCode: number | null; responseExcerpt: string | null }[] } | null;
    endpoint: { id: string; status: string } | null;
  };
}
const updates = (w: Watch<DeliveryEvent>) => w.events.map((e) => e.webhookDeliveryUpdated);
/** Each event's delivery as a short line: status, attempts, the status codes of its attempts. */
const states = (w: Watch<DeliveryEvent>) => updates(w).map((u) => `${u.delivery?.status} ${u.delivery?.attempts} [${u.delivery?.attemptLog.map((a) => a.statusCode).join(',')}]`);

describe('webhookDeliveryUpdated', () => {
  it("streams each attempt and retry of an endpoint's deliveries to its subscribers, and nothing to another organization", async () => {
    const [key, otherKey] = [await organization(), await organization()];
    const failing = await receiver();
    const fine = await receiver();
    failing.behave({ status: 503, body: 'down for maintenance' });
    const watched = await endpoint(key, failing.url);
    const sibling = await endpoint(key, fine.url);
    const theirs = await endpoint(otherKey, fine.url);

    const mine = watch<DeliveryEvent>(key, DELIVERY_EVENTS, { endpointId: watched });
    const allMine = watch<DeliveryEvent>(key, DELIVERY_EVENTS);
    const other = watch<DeliveryEvent>(otherKey, DELIVERY_EVENTS);
    // Another organization naming this endpoint's id: it is not theirs, so nothing comes.
    const prying = watch<DeliveryEvent>(otherKey, DELIVERY_EVENTS, { endpointId: watched });
    await settle(4);

    // The first attempt fails: the delivery is pending, with the receiver's answer logged.
    await connection(key);
    await waitFor(() => mine.events.length >= 1);
    const [first] = updates(mine);
    expect(first).toMatchObject({
      endpointId: watched,
      delivery: { eventType: 'voip_connection.created', status: 'PENDING', attempts: 1, lastStatusCode: 503, attemptLog: [{ statusCode: 503, responseExcerpt: 'down for maintenance' }] },
      endpoint: { id: watched, status: 'ACTIVE' },
    });
    const deliveryId = first!.id;
    expect(first!.delivery!.id).toBe(deliveryId);

    // The receiver recovers; the scheduled retry delivers it.
    failing.behave({ status: 200, body: 'ok' });
    h.clock.advance(60_000);
    await h.webhooks.runOnce();
    await waitFor(() => mine.events.length >= 2);

    // A retry by hand, while the endpoint is disabled (so nothing claims it): the reset streams as PENDING.
    await setStatus(key, watched, 'disabled');
    const retried = await h.rest('POST', `/v1/developer/webhook-endpoints/${watched}/deliveries/${deliveryId}/retry`, undefined, { key });
    expect(retried.status).toBe(202);
    await waitFor(() => mine.events.length >= 3);
    // Enabled again, the worker sends it: delivered a second time.
    await setStatus(key, watched, 'active');
    await h.webhooks.runOnce();
    await waitFor(() => mine.events.length >= 4);
    expect(states(mine)).toEqual(['PENDING 1 [503]', 'DELIVERED 2 [503,200]', 'PENDING 2 [503,200]', 'DELIVERED 3 [503,200,200]']);
    expect(updates(mine).every((u) => u.id === deliveryId && u.endpointId === watched)).toBe(true);

    // Organization B's own delivery comes after all of A's: its stream shows that one alone.
    await connection(otherKey);
    await waitFor(() => other.events.length >= 1);
    expect(updates(other).map((u) => [u.endpointId, u.delivery?.status])).toEqual([[theirs, 'DELIVERED']]);
    expect(prying.events).toEqual([]);
    // Unfiltered, A's subscriber saw both of its endpoints' deliveries, and no other.
    expect(new Set(updates(allMine).map((u) => u.endpointId))).toEqual(new Set([watched, sibling]));
    expect(updates(allMine).filter((u) => u.endpointId === watched)).toEqual(updates(mine));
    for (const w of [mine, allMine, other, prying]) w.stop();
  });

  it('ends the stream of a key revoked while it is open, with invalid_api_key', async () => {
    const key = await organization();
    const created = await h.rest('POST', '/v1/developer/api-keys', { name: 'Short lived' }, { key });
    expect(created.status).toBe(201);
    const stream = watch<DeliveryEvent>(created.body.key, DELIVERY_EVENTS);
    await settle(1);
    expect((await h.rest('DELETE', `/v1/developer/api-keys/${created.body.id}`, undefined, { key })).status).toBe(204);
    await stream.done;
    expect(stream.results).toEqual([{ data: null, errors: [expect.objectContaining({ message: 'Invalid API key.', extensions: { code: 'invalid_api_key' } })] }]);
  });
});
