import { createClient, type Client } from 'graphql-sse';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness';
import { restCredentials } from './support/credentials';
import { waitFor } from './support/wait';

/**
 * Subscriptions over Server-Sent Events (graphql-sse's own client, distinct connections mode),
 * organization-scoped, published by the domain after each write commits.
 */
let h: Harness;
let url: string;
beforeAll(async () => {
  h = await startHarness();
  // The harness listens on a real socket, as a browser or SDK would stream: a client that leaves closes it.
  url = `${h.url}/graphql`;
});
afterAll(async () => {
  await h.close();
});
// A client that stops ends its subscription on the server too.
afterEach(() => waitFor(() => h.runtime.deps.events.openSubscriptions() === 0));

function sseClient(key: string | null): Client {
  return createClient({ url, headers: key ? { authorization: `Bearer ${key}` } : {}, retryAttempts: 0 });
}

interface Watch<T> {
  events: T[];
  done: Promise<void>;
  stop(): void;
}

function watch<T>(client: Client<boolean>, query: string, variables: Record<string, unknown> = {}): Watch<T> {
  const events: T[] = [];
  let stop = () => {};
  const done = new Promise<void>((resolve, reject) => {
    stop = client.subscribe<T>({ query, variables }, { next: (v) => void events.push(v.data as T), error: reject, complete: resolve });
  });
  return { events, done, stop: () => stop() };
}

const CONNECTION_EVENTS = 'subscription($id: ID) { connectionUpdated(id: $id) { id deleted connection { name status numbersImported } } }';
const NUMBER_EVENTS = 'subscription($c: ID) { phoneNumberUpdated(connectionId: $c) { id phoneNumber { number status voipVerificationStatus } } }';
type ConnectionEvents = { connectionUpdated: { id: string; deleted: boolean; connection: { name: string; status: string; numbersImported: number } | null } };
type NumberEvents = { phoneNumberUpdated: { id: string; phoneNumber: { number: string; status: string; voipVerificationStatus: string } } };

async function createVonage(key = h.orgA.key) {
  const credentials = restCredentials(h.sim, 'vonage');
  const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'vonage', credentials }, { key });
  return h.rest('POST', '/v1/voip-connections', { provider: 'vonage', credentials, verification_evidence_id: test.body.verification_evidence_id }, { key });
}

/** Waits until the streams are open (subscribed on the bus) before the writes they should see. */
const settle = (count = 1) => waitFor(() => h.runtime.deps.events.openSubscriptions() >= count);

describe('connectionUpdated', () => {
  it("streams an organization's connection changes, deletions included, and nothing to another organization", async () => {
    const mine = watch<ConnectionEvents>(sseClient(h.orgA.key), CONNECTION_EVENTS);
    const theirs = watch<ConnectionEvents>(sseClient(h.orgB.key), CONNECTION_EVENTS);
    await settle(2);
    const created = await createVonage();
    const id = String(created.body.id);
    await h.rest('PATCH', `/v1/voip-connections/${id}`, { name: 'Renamed' });
    await h.rest('DELETE', `/v1/voip-connections/${id}`);
    // Organization B's own write comes after A's three: its stream shows that one alone.
    const marker = String((await createVonage(h.orgB.key)).body.id);
    await waitFor(() => mine.events.length >= 3 && theirs.events.length >= 1);
    expect(mine.events.map((e) => e.connectionUpdated)).toEqual([
      { id, deleted: false, connection: { name: created.body.name, status: 'CONNECTED', numbersImported: 0 } },
      { id, deleted: false, connection: { name: 'Renamed', status: 'CONNECTED', numbersImported: 0 } },
      { id, deleted: true, connection: null },
    ]);
    expect(theirs.events.map((e) => e.connectionUpdated.id)).toEqual([marker]);
    mine.stop();
    theirs.stop();
  });

  it('with an id, follows one connection: a retest shows TESTING then its result', async () => {
    const id = String((await createVonage()).body.id);
    const other = await createVonage();
    const one = watch<ConnectionEvents>(sseClient(h.orgA.key), CONNECTION_EVENTS, { id });
    await settle();
    await h.gql('mutation($i: ConnectionIdInput!) { retestConnection(input: $i) { __typename } }', { i: { id } });
    await h.rest('PATCH', `/v1/voip-connections/${other.body.id}`, { name: 'Not this one' });
    // A rename of the followed connection, after the other one's: it comes next, nothing between.
    await h.rest('PATCH', `/v1/voip-connections/${id}`, { name: 'This one' });
    await waitFor(() => one.events.length >= 3);
    expect(one.events.map((e) => [e.connectionUpdated.connection?.status, e.connectionUpdated.connection?.name])).toEqual([
      ['TESTING', expect.any(String)],
      ['CONNECTED', expect.any(String)],
      ['CONNECTED', 'This one'],
    ]);
    one.stop();
  });

  it('publishes nothing for a write that failed', async () => {
    const all = watch<ConnectionEvents>(sseClient(h.orgA.key), CONNECTION_EVENTS);
    await settle();
    const credentials = restCredentials(h.sim, 'vonage');
    const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'vonage', credentials });
    const body = { provider: 'vonage', credentials, verification_evidence_id: test.body.verification_evidence_id };
    const created = await h.rest('POST', '/v1/voip-connections', body);
    expect(created.status).toBe(201);
    expect((await h.rest('POST', '/v1/voip-connections', body)).body.code).toBe('evidence_reused');
    expect((await h.rest('PATCH', '/v1/voip-connections/999999', { name: 'x' })).status).toBe(404);
    // A successful write after the failed ones: its event comes second, with nothing between.
    await h.rest('PATCH', `/v1/voip-connections/${created.body.id}`, { name: 'After the failures' });
    await waitFor(() => all.events.length >= 2);
    expect(all.events.map((e) => [e.connectionUpdated.id, e.connectionUpdated.connection?.name])).toEqual([
      [String(created.body.id), created.body.name],
      [String(created.body.id), 'After the failures'],
    ]);
    all.stop();
  });

  it('refuses a subscription without a valid key with 401, never an unexpected error', async () => {
    for (const key of [null, 'sk_live_not_a_key']) {
      const refused = watch<ConnectionEvents>(sseClient(key), CONNECTION_EVENTS);
      await expect(refused.done).rejects.toMatchObject({ response: { status: 401 } });
    }
  });

  it('ends the stream of a key revoked while it is open, at its next event, with invalid_api_key', async () => {
    const created = await h.rest('POST', '/v1/developer/api-keys', { name: 'Short lived' });
    const results: unknown[] = [];
    const done = new Promise((resolve, reject) => {
      sseClient(created.body.key).subscribe({ query: CONNECTION_EVENTS }, { next: (r) => void results.push(r), error: reject, complete: () => resolve(undefined) });
    });
    await settle();
    expect((await h.rest('DELETE', `/v1/developer/api-keys/${created.body.id}`)).status).toBe(204);
    await createVonage();
    await done;
    // The change itself is not delivered: only the error, then the stream ends.
    expect(results).toEqual([{ data: null, errors: [expect.objectContaining({ message: 'Invalid API key.', extensions: { code: 'invalid_api_key' } })] }]);
  });

  it('ends open streams when the instance shuts down its subscriptions', async () => {
    const open = watch<ConnectionEvents>(sseClient(h.orgA.key), CONNECTION_EVENTS);
    await settle();
    await h.runtime.deps.events.endSubscriptions();
    await expect(open.done).resolves.toBeUndefined();
    expect(h.runtime.deps.events.openSubscriptions()).toBe(0);
  });
});

describe('single connection mode at /graphql/stream', () => {
  it('carries several subscriptions on one event stream, each authenticated, and refuses a bad key', async () => {
    const stream = createClient({ url: url.replace(/\/graphql$/, '/graphql/stream'), singleConnection: true, headers: { authorization: `Bearer ${h.orgA.key}` }, retryAttempts: 0 });
    const connections = watch<ConnectionEvents>(stream, CONNECTION_EVENTS);
    const numbers: unknown[] = [];
    const stopNumbers = stream.subscribe({ query: NUMBER_EVENTS }, { next: (v) => void numbers.push(v.data), error: () => undefined, complete: () => undefined });
    await settle(2);
    const created = await createVonage();
    // A number no other test imported: one held already would be no change, and no event.
    const available = (await h.rest('GET', `/v1/voip-connections/${created.body.id}/available-numbers`)).body;
    await h.rest('POST', `/v1/voip-connections/${created.body.id}/import-numbers`, { numbers: [available[0].phone_number] });
    await waitFor(() => connections.events.length >= 2 && numbers.length >= 1);
    expect(connections.events[0]!.connectionUpdated).toMatchObject({ id: String(created.body.id), deleted: false });
    // Lazy: the stream closes by itself once its last subscription stops.
    connections.stop();
    stopNumbers();

    // A key revoked while its stream is open: the next event ends that subscription with invalid_api_key.
    await waitFor(() => h.runtime.deps.events.openSubscriptions() === 0);
    const short = await h.rest('POST', '/v1/developer/api-keys', { name: 'Short lived stream' });
    const revocable = createClient({ url: url.replace(/\/graphql$/, '/graphql/stream'), singleConnection: true, headers: { authorization: `Bearer ${short.body.key}` }, retryAttempts: 0 });
    const results: unknown[] = [];
    const ended = new Promise((resolve, reject) => {
      revocable.subscribe({ query: CONNECTION_EVENTS }, { next: (r) => void results.push(r), error: reject, complete: () => resolve(undefined) });
    });
    await settle();
    await h.rest('DELETE', `/v1/developer/api-keys/${short.body.id}`);
    await h.rest('PATCH', `/v1/voip-connections/${created.body.id}`, { name: 'After the revocation' });
    await ended;
    expect(JSON.stringify(results)).toContain('invalid_api_key');
    expect(JSON.stringify(results)).not.toContain('After the revocation');

    const refused = createClient({ url: url.replace(/\/graphql$/, '/graphql/stream'), singleConnection: true, headers: { authorization: 'Bearer sk_live_not_a_key' }, retryAttempts: 0 });
    const denied = watch<ConnectionEvents>(refused, CONNECTION_EVENTS);
    await expect(denied.done).rejects.toMatchObject({ response: { status: 401 } });
    // Nobody reserves a stream without a key.
    expect((await fetch(url.replace(/\/graphql$/, '/graphql/stream'), { method: 'PUT', headers: { 'x-graphql-yoga-csrf': '1' } })).status).toBe(401);
  });
});

describe('phoneNumberUpdated', () => {
  it("streams a connection's numbers: imported, then verified", async () => {
    const connectionId = String((await createVonage()).body.id);
    const otherId = String((await createVonage()).body.id);
    const numbers = watch<NumberEvents>(sseClient(h.orgA.key), NUMBER_EVENTS, { c: connectionId });
    const elsewhere = watch<NumberEvents>(sseClient(h.orgA.key), NUMBER_EVENTS, { c: otherId });
    await settle(2);
    const available = (await h.rest('GET', `/v1/voip-connections/${connectionId}/available-numbers`)).body;
    const imported = await h.rest('POST', `/v1/voip-connections/${connectionId}/import-numbers`, { numbers: [available[0].phone_number] });
    const numberId = imported.body.results[0].phone_number.id;
    await h.rest('POST', `/v1/phone-numbers/${numberId}/verify-voip`);
    // A number imported into the other connection afterwards: the one event its stream shows.
    await h.rest('POST', `/v1/voip-connections/${otherId}/import-numbers`, { numbers: [available[1].phone_number] });
    await waitFor(() => numbers.events.length >= 2 && elsewhere.events.length >= 1);
    expect(numbers.events.map((e) => e.phoneNumberUpdated.phoneNumber)).toEqual([
      { number: available[0].phone_number, status: 'PROVISIONING', voipVerificationStatus: 'UNVERIFIED' },
      { number: available[0].phone_number, status: 'ACTIVE', voipVerificationStatus: 'VERIFIED' },
    ]);
    expect(elsewhere.events.map((e) => e.phoneNumberUpdated.phoneNumber.number)).toEqual([available[1].phone_number]);
    numbers.stop();
    elsewhere.stop();
  });
});
