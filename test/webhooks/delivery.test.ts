import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../../src/domain/organizations';
import { restCredentials } from '../support/credentials';
import { startHarness, type Harness } from '../support/harness';
import { waitFor } from '../support/wait';
import { startReceiver, verifyArrival, type Receiver } from '../support/webhook-receiver';

/**
 * Delivering webhooks (issue 25), on both engines: real receivers on loopback, endpoints made
 * through REST, events from real writes (creating and renaming connections). The clock is the
 * harness's ManualClock: a test moves it past a delivery's next attempt and runs the worker once.
 * Each test has an organization of its own, so its writes reach only its endpoints.
 */
let h: Harness;
const receivers: Receiver[] = [];
const SCHEDULE_S = [5, 300, 1800, 7200, 18000, 36000, 36000];
const DAY_MS = 86_400_000;

beforeAll(async () => {
  h = await startHarness({ TRUNKLINE_WEBHOOK_TIMEOUT_MS: '5000' });
});
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  await h.close();
});

async function receiver(): Promise<Receiver> {
  const r = await startReceiver(h.clock);
  receivers.push(r);
  return r;
}

let orgs = 0;
async function organization(): Promise<string> {
  return (await createOrganization(h.runtime.deps, `Deliveries ${++orgs}`)).apiKey;
}

async function endpoint(key: string, url: string, events = ['voip_connection.created', 'voip_connection.updated']): Promise<{ id: number; secret: string }> {
  const res = await h.rest('POST', '/v1/developer/webhook-endpoints', { label: 'Backend', url, events }, { key });
  expect(res.status).toBe(201);
  return { id: res.body.id, secret: res.body.secret };
}

async function connection(key: string): Promise<number> {
  const credentials = restCredentials(h.sim, 'twilio', 'valid');
  const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials }, { key });
  const created = await h.rest('POST', '/v1/voip-connections', { provider: 'twilio', credentials, verification_evidence_id: test.body.verification_evidence_id }, { key });
  expect(created.status).toBe(201);
  return created.body.id;
}

async function rename(key: string, id: number, name: string): Promise<void> {
  expect((await h.rest('PATCH', `/v1/voip-connections/${id}`, { name }, { key })).status).toBe(200);
}

/** The endpoint's delivery log through REST, oldest first. */
async function deliveries(key: string, endpointId: number): Promise<any[]> {
  const res = await h.rest('GET', `/v1/developer/webhook-endpoints/${endpointId}/deliveries`, undefined, { key });
  expect(res.status).toBe(200);
  return [...res.body].reverse();
}

const endpointStatus = async (key: string, id: number) => (await h.rest('GET', `/v1/developer/webhook-endpoints/${id}`, undefined, { key })).body.status as string;

/** Waits until the endpoint's log shows `n` attempts in all (each recorded, not merely sent). */
const attemptsRecorded = (key: string, endpointId: number, n: number) =>
  waitFor(async () => (await deliveries(key, endpointId)).reduce((sum, d) => sum + d.attempts.length, 0) >= n);

/** Moves the clock to when every retry of the endpoint's pending deliveries is due. */
async function toRetries(key: string, endpointId: number): Promise<void> {
  const due = (await deliveries(key, endpointId)).filter((d) => d.status === 'pending' && d.attempts.length > 0).map((d) => Date.parse(d.next_attempt_at));
  const gap = Math.max(...due) - h.clock.now().getTime();
  if (gap > 0) h.clock.advance(gap);
}

describe('webhook delivery', () => {
  it('signs each delivery per Standard Webhooks, verified by the standardwebhooks library; logs neither body, secret nor query string', async () => {
    const key = await organization();
    const r = await receiver();
    const { id: endpointId, secret } = await endpoint(key, `${r.url}?token=QUERYSECRET77`);
    const connectionId = await connection(key);
    await waitFor(() => r.accepted().length === 1);
    const [arrival] = r.arrivals;
    const event = verifyArrival(secret, arrival!);
    expect(event).toMatchObject({ type: 'voip_connection.created', data: { id: connectionId } });
    expect(arrival!.headers['webhook-id']).toBe(event.id);
    expect(arrival!.headers['content-type']).toBe('application/json');
    // The body is the event as stored, byte for byte.
    const stored = await h.runtime.deps.db.selectFrom('webhook_events').select('payload').where('id', '=', event.id).executeTakeFirstOrThrow();
    expect(arrival!.body).toBe(stored.payload);
    expect(() => verifyArrival('whsec_' + Buffer.alloc(24, 1).toString('base64'), arrival!)).toThrow();
    await attemptsRecorded(key, endpointId, 1);
    const logs = h.logs.join('\n');
    expect(logs).toContain(`"eventId":"${event.id}"`);
    expect(logs).not.toContain('QUERYSECRET77');
    expect(logs).not.toContain(secret);
    expect(logs).not.toContain(arrival!.body);
  });

  it('retries a failing receiver with the same webhook-id and, once it recovers, delivers every event in order of creation per object', async () => {
    const key = await organization();
    const r = await receiver();
    r.behave({ status: 503, body: 'down for maintenance' });
    const { id: endpointId, secret } = await endpoint(key, r.url);
    const first = await connection(key);
    await attemptsRecorded(key, endpointId, 1);
    // The rename's delivery is due at once, but waits behind the creation's retry (due in ~5 s).
    await rename(key, first, 'Renamed');
    await h.webhooks.runOnce();
    const second = await connection(key);
    await attemptsRecorded(key, endpointId, 2);
    expect(r.arrivals.map((a) => a.json.type)).toEqual(['voip_connection.created', 'voip_connection.created']);

    // Both creations fail once more, then the receiver recovers.
    await toRetries(key, endpointId);
    await h.webhooks.runOnce();
    expect(r.arrivals).toHaveLength(4);
    r.behave({ status: 200, body: 'ok' });
    await toRetries(key, endpointId);
    await h.webhooks.runOnce();

    const accepted = r.accepted().map((a) => verifyArrival(secret, a));
    const about = (id: number) => accepted.filter((e) => e.data.id === id).map((e) => e.type);
    expect(about(first)).toEqual(['voip_connection.created', 'voip_connection.updated']);
    expect(about(second)).toEqual(['voip_connection.created']);
    // Every request for one event carried its one webhook-id (and its one body).
    const creation = accepted.find((e) => e.data.id === first && e.type === 'voip_connection.created')!;
    const tries = r.arrivals.filter((a) => a.headers['webhook-id'] === creation.id);
    expect(tries.map((a) => a.answered)).toEqual([503, 503, 200]);
    expect(new Set(tries.map((a) => a.body)).size).toBe(1);
    for (const a of tries) expect(verifyArrival(secret, a).id).toBe(creation.id);
    // The rename reached the receiver only after the creation was accepted.
    const firstRename = r.arrivals.findIndex((a) => a.json.type === 'voip_connection.updated');
    expect(firstRename).toBeGreaterThan(r.arrivals.indexOf(tries[2]!));

    const log = await deliveries(key, endpointId);
    expect(log.map((d) => d.status)).toEqual(['delivered', 'delivered', 'delivered']);
    const attempts = log.find((d) => d.event_id === creation.id)!.attempts;
    expect(attempts.map((a: any) => [a.status_code, a.response_excerpt, a.error])).toEqual([
      [503, 'down for maintenance', null],
      [503, 'down for maintenance', null],
      [200, 'ok', null],
    ]);
    for (const a of attempts) expect(a.latency_ms).toBeGreaterThanOrEqual(0);
    expect(await endpointStatus(key, endpointId)).toBe('active');
  });

  it('backs off on the schedule with jitter for at least 24 h, then fails the delivery and marks the endpoint failing; a success makes it active again', async () => {
    const key = await organization();
    const r = await receiver();
    r.behave({ status: 500, body: 'é'.repeat(3_000) });
    const { id: endpointId } = await endpoint(key, r.url);
    const connectionId = await connection(key);
    await attemptsRecorded(key, endpointId, 1);
    const created = Date.parse((await deliveries(key, endpointId))[0].created_at);

    const delays: number[] = [];
    for (let n = 1; n <= 7; n++) {
      const [d] = await deliveries(key, endpointId);
      expect(d.status).toBe('pending');
      const last = Date.parse(d.attempts[n - 1].at);
      const delay = Date.parse(d.next_attempt_at) - last;
      expect(delay).toBeGreaterThanOrEqual(SCHEDULE_S[n - 1]! * 900);
      expect(delay).toBeLessThanOrEqual(SCHEDULE_S[n - 1]! * 1100);
      delays.push(delay / (SCHEDULE_S[n - 1]! * 1000));
      // Not yet 24 h of failures: still active.
      expect(await endpointStatus(key, endpointId)).toBe('active');
      h.clock.advance(delay);
      expect(await h.webhooks.runOnce()).toBe(1);
    }
    // Jittered: the seven waits are not all the nominal ones.
    expect(new Set(delays).size).toBeGreaterThan(1);
    const [done] = await deliveries(key, endpointId);
    expect(done.status).toBe('failed');
    expect(done.attempts).toHaveLength(8);
    expect(Date.parse(done.finished_at) - created).toBeGreaterThanOrEqual(DAY_MS);
    expect(await endpointStatus(key, endpointId)).toBe('failing');
    // The excerpt is the answer's first bytes, at most 1 KiB of UTF-8 (no character cut in two).
    const excerpt: string = done.attempts[7].response_excerpt;
    expect(Buffer.byteLength(excerpt)).toBeLessThanOrEqual(1024);
    expect(excerpt).toBe('é'.repeat(512));
    expect(done.attempts[7].status_code).toBe(500);

    // A failing endpoint still gets new events; the first 2xx heals it.
    r.behave({ status: 204 });
    await rename(key, connectionId, 'Healed');
    await waitFor(() => r.accepted().length === 1);
    await waitFor(async () => (await endpointStatus(key, endpointId)) === 'active');
  });

  it('does not let a receiver that never answers delay another endpoint, and holds at most 4 of its deliveries at once', async () => {
    const key = await organization();
    const slow = await receiver();
    const fast = await receiver();
    slow.behave('hang');
    const { id: slowId } = await endpoint(key, slow.url);
    const { secret } = await endpoint(key, fast.url);
    for (let i = 0; i < 6; i++) await connection(key);
    await waitFor(() => fast.accepted().length === 6 && slow.hanging() === 4);
    for (const a of fast.accepted()) verifyArrival(secret, a);
    expect(slow.arrivals).toHaveLength(4);
    // Deleting the endpoint drops its deliveries (the hanging attempts are not recorded) and
    // leaves no retries for the other tests' runs of the worker.
    expect((await h.rest('DELETE', `/v1/developer/webhook-endpoints/${slowId}`, undefined, { key })).status).toBe(204);
    await slow.close();
  });

  it('holds a disabled endpoint’s deliveries and resumes them when it is enabled again', async () => {
    const key = await organization();
    const r = await receiver();
    r.behave({ status: 503 });
    const { id: endpointId } = await endpoint(key, r.url);
    await connection(key);
    await attemptsRecorded(key, endpointId, 1);
    expect((await h.rest('PATCH', `/v1/developer/webhook-endpoints/${endpointId}`, { status: 'disabled' }, { key })).status).toBe(200);
    r.behave({ status: 204 });
    await toRetries(key, endpointId);
    await h.webhooks.runOnce();
    expect(r.arrivals).toHaveLength(1);
    expect((await deliveries(key, endpointId))[0]).toMatchObject({ status: 'pending', attempts: [{ status_code: 503 }] });
    expect((await h.rest('PATCH', `/v1/developer/webhook-endpoints/${endpointId}`, { status: 'active' }, { key })).status).toBe(200);
    // Waits for the attempt, whether this call or the worker's own poll claimed it.
    await h.webhooks.runOnce();
    expect(r.accepted()).toHaveLength(1);
    expect((await deliveries(key, endpointId))[0].status).toBe('delivered');
  });

  it('signs with the old and the new secret for 24 h after a rotation, then with the new one only', async () => {
    const key = await organization();
    const r = await receiver();
    const { id: endpointId, secret: old } = await endpoint(key, r.url);
    const rotated = await h.rest('POST', `/v1/developer/webhook-endpoints/${endpointId}/rotate-secret`, undefined, { key });
    expect(rotated.status).toBe(200);
    const fresh: string = rotated.body.secret;
    expect(fresh).not.toBe(old);
    const connectionId = await connection(key);
    await waitFor(() => r.accepted().length === 1);
    expect(verifyArrival(old, r.arrivals[0]!).data.id).toBe(connectionId);
    expect(verifyArrival(fresh, r.arrivals[0]!).data.id).toBe(connectionId);
    expect(r.arrivals[0]!.headers['webhook-signature']!.split(' ')).toHaveLength(2);

    h.clock.advance(DAY_MS + 1_000);
    await rename(key, connectionId, 'After the grace');
    await waitFor(() => r.accepted().length === 2);
    expect(verifyArrival(fresh, r.arrivals[1]!).type).toBe('voip_connection.updated');
    expect(() => verifyArrival(old, r.arrivals[1]!)).toThrow();
    expect(r.arrivals[1]!.headers['webhook-signature']!.split(' ')).toHaveLength(1);
  });
});
