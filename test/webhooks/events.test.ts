import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES } from '../../src/domain/webhook-event-types';
import { startRecheckScheduler } from '../../src/jobs/recheck-scheduler';
import { RateLimiter } from '../../src/security/rate-limiter';
import { restCredentials } from '../support/credentials';
import { startHarness, type Harness } from '../support/harness';
import { waitFor } from '../support/wait';
import { startReceiver, verifyArrival, type Receiver } from '../support/webhook-receiver';

/**
 * Lifecycle events (issue 25), on both engines: every write of the documented API produces its
 * event, written in the write's own transaction, and the event's data is the object exactly as
 * the REST API answers for it at that moment. A refused write produces none; another
 * organization's writes never reach this organization's endpoints.
 */
let h: Harness;
let receiver: Receiver;
let secret: string;
let endpointId: number;

beforeAll(async () => {
  h = await startHarness({ TRUNKLINE_RECHECK_INTERVAL_SECONDS: '60' });
  receiver = await startReceiver(h.clock);
  const created = await h.rest('POST', '/v1/developer/webhook-endpoints', { label: 'Backend', url: receiver.url, events: [...WEBHOOK_EVENT_TYPES] });
  expect(created.status).toBe(201);
  secret = created.body.secret;
  endpointId = created.body.id;
});
afterAll(async () => {
  await h.close();
  await receiver.close();
});

const outboxRows = async () => Number((await h.runtime.deps.db.selectFrom('webhook_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

/** Every arrival, verified as a receiver would with the standardwebhooks library. */
const verified = () => receiver.arrivals.map((a) => verifyArrival(secret, a));

/** Waits until `n` more events than `from` reached the receiver, and returns them verified, in arrival order. */
async function arrivals(from: number, n: number) {
  await h.webhooks.runOnce();
  await waitFor(() => receiver.arrivals.length >= from + n);
  return verified().slice(from);
}

async function connectTwilio(key?: string) {
  const credentials = restCredentials(h.sim, 'twilio', 'big');
  const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials }, { key });
  const created = await h.rest('POST', '/v1/voip-connections', { provider: 'twilio', credentials, verification_evidence_id: test.body.verification_evidence_id }, { key });
  expect(created.status).toBe(201);
  return { id: created.body.id as number, credentials };
}

describe('lifecycle events', () => {
  it('sends each write as its event, signed, with the object as REST presents it', async () => {
    const start = receiver.arrivals.length;
    const { id, credentials } = await connectTwilio();
    const afterCreate = (await h.rest('GET', `/v1/voip-connections/${id}`)).body;
    expect((await h.rest('PATCH', `/v1/voip-connections/${id}`, { name: 'Renamed' })).status).toBe(200);
    const afterRename = (await h.rest('GET', `/v1/voip-connections/${id}`)).body;
    const rotateTest = await h.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials });
    expect((await h.rest('PATCH', `/v1/voip-connections/${id}`, { credentials, verification_evidence_id: rotateTest.body.verification_evidence_id })).status).toBe(200);
    const afterRotation = (await h.rest('GET', `/v1/voip-connections/${id}`)).body;

    const numbers = h.sim.account('twilio', 'big').numbers.slice(0, 2).map((n) => n.e164);
    const imported = await h.rest('POST', `/v1/voip-connections/${id}/import-numbers`, { numbers });
    const [first, second] = imported.body.results.map((r: { phone_number: { id: number } }) => r.phone_number.id) as number[];
    const importedFirst = (await h.rest('GET', `/v1/phone-numbers/${first}`)).body;
    expect((await h.rest('POST', `/v1/phone-numbers/${first}/verify-voip`)).status).toBe(200);
    const { verification: _v, ...verifiedFirst } = (await h.rest('GET', `/v1/phone-numbers/${first}`)).body;
    expect((await h.rest('PATCH', `/v1/phone-numbers/${second}`, { label: 'Front desk' })).status).toBe(200);
    const labelled = (await h.rest('GET', `/v1/phone-numbers/${second}`)).body;
    expect((await h.rest('DELETE', `/v1/phone-numbers/${second}`)).status).toBe(204);
    const released = (await h.rest('GET', `/v1/phone-numbers/${second}`)).body;
    const beforeDelete = (await h.rest('GET', `/v1/voip-connections/${id}`)).body;
    expect((await h.rest('DELETE', `/v1/voip-connections/${id}`)).status).toBe(204);

    const events = await arrivals(start, 9);
    const of = (type: string) => events.filter((e) => e.type === type);
    // In order of creation per object (objects' events may interleave).
    const about = (prefix: string, objectId: number) => events.filter((e) => e.type.startsWith(prefix) && e.data.id === objectId).map((e) => e.type);
    expect(about('voip_connection.', id)).toEqual(['voip_connection.created', 'voip_connection.updated', 'voip_connection.credentials_rotated', 'voip_connection.deleted']);
    expect(about('phone_number.', first!)).toEqual(['phone_number.imported', 'phone_number.verified']);
    expect(about('phone_number.', second!)).toEqual(['phone_number.imported', 'phone_number.updated', 'phone_number.released']);
    expect(of('voip_connection.created')[0]!.data).toEqual(afterCreate);
    expect(of('voip_connection.updated')[0]!.data).toEqual(afterRename);
    expect(of('voip_connection.credentials_rotated')[0]!.data).toEqual(afterRotation);
    expect(of('phone_number.imported').map((e) => e.data.id).sort()).toEqual([first, second].sort());
    expect(of('phone_number.imported').find((e) => e.data.id === first)!.data).toEqual(importedFirst);
    expect(of('phone_number.verified')[0]!.data).toEqual(verifiedFirst);
    expect(of('phone_number.updated')[0]!.data).toEqual(labelled);
    expect(of('phone_number.released')[0]!.data).toEqual(released);
    expect(of('voip_connection.deleted')[0]!.data).toEqual(beforeDelete);
    // The payload's id is the webhook-id header; no credential is anywhere in what was sent.
    for (const r of receiver.arrivals.slice(start)) expect(r.headers['webhook-id']).toBe(r.json.id);
    const sent = receiver.arrivals.slice(start).map((r) => r.body).join('\n');
    for (const value of Object.values(credentials)) expect(sent).not.toContain(value);
  });
});

describe('what produces no event', () => {
  it('a refused write stores no event and owes no delivery', async () => {
    const { id, credentials } = await connectTwilio();
    const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials });
    expect((await h.rest('POST', '/v1/voip-connections', { provider: 'twilio', credentials, verification_evidence_id: test.body.verification_evidence_id })).status).toBe(201);
    await h.webhooks.runOnce();
    const rows = await outboxRows();
    const received = receiver.arrivals.length;
    expect((await h.rest('POST', '/v1/voip-connections', { provider: 'twilio', credentials, verification_evidence_id: test.body.verification_evidence_id })).body.code).toBe('evidence_reused');
    expect((await h.rest('PATCH', `/v1/voip-connections/${id}`, { name: '' })).status).toBe(400);
    expect((await h.rest('PATCH', `/v1/voip-connections/${id}`, { name: 'Theirs' }, { key: h.orgB.key })).status).toBe(404);
    expect((await h.rest('DELETE', `/v1/voip-connections/${id}`, undefined, { key: h.orgB.key })).status).toBe(404);
    const none = await h.rest('POST', `/v1/voip-connections/${id}/import-numbers`, { numbers: ['+15005550000'] });
    expect(none.body.results[0].status ?? none.body.results[0].outcome).toBe('failed');
    expect((await h.rest('PATCH', '/v1/phone-numbers/999999', { label: 'x' })).status).toBe(404);
    expect(await outboxRows()).toBe(rows);
    // A write that commits afterwards is delivered, and is the only one.
    expect((await h.rest('PATCH', `/v1/voip-connections/${id}`, { name: 'Accepted' })).status).toBe(200);
    const [event] = await arrivals(received, 1);
    expect(event).toMatchObject({ type: 'voip_connection.updated', data: { id, name: 'Accepted' } });
    expect(await outboxRows()).toBe(rows + 1);
  });

  it("another organization's writes never reach this organization's endpoints, and without endpoints nothing is stored", async () => {
    await h.webhooks.runOnce();
    const rows = await outboxRows();
    const received = receiver.arrivals.length;
    await connectTwilio(h.orgB.key);
    expect(await outboxRows()).toBe(rows);
    expect(receiver.arrivals.length).toBe(received);
  });

  it('a disabled endpoint is owed nothing new; enabled again, it takes new events', async () => {
    expect((await h.rest('PATCH', `/v1/developer/webhook-endpoints/${endpointId}`, { status: 'disabled' })).body.status).toBe('disabled');
    const rows = await outboxRows();
    const { id } = await connectTwilio();
    expect(await outboxRows()).toBe(rows);
    expect((await h.rest('PATCH', `/v1/developer/webhook-endpoints/${endpointId}`, { status: 'active' })).body.status).toBe('active');
    await h.webhooks.runOnce();
    const received = receiver.arrivals.length;
    expect((await h.rest('PATCH', `/v1/voip-connections/${id}`, { name: 'After enabling' })).status).toBe(200);
    const [event] = await arrivals(received, 1);
    expect(event).toMatchObject({ type: 'voip_connection.updated', data: { id, name: 'After enabling' } });
  });
});

describe('status changes and test calls', () => {
  it('sends voip_connection.status_changed when a re-check finds the token revoked, and when it heals', async () => {
    const { id } = await connectTwilio();
    const account = h.sim.account('twilio', 'big');
    const token = account.secret;
    const scheduler = startRecheckScheduler(h.runtime.deps, new RateLimiter(1_000_000, h.clock));
    try {
      const received = receiver.arrivals.length;
      account.secret = 'f'.repeat(32); // revoked at the provider
      h.clock.advance(120_000);
      await scheduler.runOnce();
      account.secret = token;
      h.clock.advance(120_000);
      await scheduler.runOnce();
      await waitFor(() => receiver.arrivals.slice(received).filter((r) => r.json.type === 'voip_connection.status_changed' && r.json.data.id === id).length === 2);
      const changes = verified().slice(received).filter((e) => e.type === 'voip_connection.status_changed' && e.data.id === id);
      expect(changes[0]!.data).toMatchObject({ id, status: 'error', previous_status: 'connected', last_error: { code: 'credentials_rejected' } });
      expect(changes[1]!.data).toMatchObject({ id, status: 'connected', previous_status: 'error', last_error: null });
    } finally {
      account.secret = token;
      await scheduler.stop();
    }
  });

  it('sends test_call.completed with the test call as REST answers it', async () => {
    const { id } = await connectTwilio();
    const number = h.sim.account('twilio', 'big').numbers[5]!.e164;
    const imported = await h.rest('POST', `/v1/voip-connections/${id}/import-numbers`, { numbers: [number] });
    const phoneId = imported.body.results[0].phone_number.id;
    const received = receiver.arrivals.length;
    const call = await h.rest('POST', `/v1/phone-numbers/${phoneId}/test-call`);
    expect(call.status).toBe(200);
    await waitFor(() => receiver.arrivals.slice(received).some((r) => r.json.type === 'test_call.completed'));
    const event = verified().slice(received).find((e) => e.type === 'test_call.completed')!;
    expect(event.data).toEqual(call.body);
  });
});

describe('retention', () => {
  it('prunes settled events past the retention with their logs, and keeps what is still owed', async () => {
    const { pruneWebhookEvents } = await import('../../src/domain/webhook-events');
    const { id } = await connectTwilio();
    await h.webhooks.runOnce();
    receiver.behave({ status: 503 });
    try {
      expect((await h.rest('PATCH', `/v1/voip-connections/${id}`, { name: 'Still owed' })).status).toBe(200);
      await h.webhooks.runOnce();
    } finally {
      receiver.behave({ status: 204 });
    }
    const owed = await h.runtime.deps.db.selectFrom('webhook_deliveries').select(['event_id']).where('state', '=', 'pending').execute();
    expect(owed.length).toBeGreaterThan(0);
    h.clock.advance(31 * 86_400_000);
    expect(await pruneWebhookEvents(h.runtime.deps, 30)).toBeGreaterThan(0);
    const left = await h.runtime.deps.db.selectFrom('webhook_events').select(['id']).execute();
    expect(left.map((e) => e.id).sort()).toEqual([...new Set(owed.map((d) => d.event_id))].sort());
    // What is still owed is delivered afterwards as usual.
    await waitFor(async () => (await h.webhooks.runOnce(), receiver.arrivals.some((a) => a.json.data.name === 'Still owed' && a.answered === 204)));
  });
});
