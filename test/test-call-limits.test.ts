import { createClient, type Client } from 'graphql-sse';
import { afterEach, describe, expect, it } from 'vitest';
import { operatorLine } from '../src/simulator/server';
import { startHarness, type Harness } from './support/harness';
import { restCredentials } from './support/credentials';
import { waitFor } from './support/wait';

/**
 * What bounds test calls (issue 24), over the REST and GraphQL doors: the per-organization budget
 * (429 with Retry-After, and the refused request changes nothing), one test call in flight per
 * number (409 under concurrency), no test call of another organization's number (404), and the
 * progress of a test call streamed live over testCallUpdated.
 */

let h: Harness | undefined;
let sse: Client | undefined;
afterEach(async () => {
  sse?.dispose();
  sse = undefined;
  const g = h;
  // A client that leaves ends its subscription on the server too: wait for it before closing.
  if (g) await waitFor(() => g.runtime.deps.events.openSubscriptions() === 0);
  await h?.close();
  h = undefined;
});

/**
 * A gateway with Twilio's operator line and test calls on demand. verify-voip checks settings only
 * here (so it spends no budget) but still routes the number to Trunkline's ingress, where both
 * legs of a test call arrive.
 */
async function gateway(extra: Record<string, string> = {}): Promise<Harness> {
  const g = await startHarness((sim) => {
    const line = operatorLine(sim, 'twilio');
    return {
      TRUNKLINE_VERIFY_WITH_CALLS: 'false',
      TRUNKLINE_VERIFICATION_LINE_PROVIDER: 'twilio',
      TRUNKLINE_VERIFICATION_LINE_NUMBER: line.number,
      TRUNKLINE_VERIFICATION_LINE_CREDENTIALS: JSON.stringify(line.credentials),
      ...extra,
    };
  });
  h = g;
  return g;
}

/** Organization `key`'s Twilio connection, its first number imported and verified (routed to the ingress). */
async function verifiedNumber(g: Harness, key = g.orgA.key): Promise<{ id: number; number: string }> {
  const credentials = restCredentials(g.sim, 'twilio');
  const test = await g.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials }, { key });
  expect(test.body.status).toBe('pass');
  const created = await g.rest('POST', '/v1/voip-connections', { provider: 'twilio', credentials, verification_evidence_id: test.body.verification_evidence_id }, { key });
  expect(created.status).toBe(201);
  const number = g.sim.account('twilio', 'valid').numbers[0]!.e164;
  const imported = await g.rest('POST', `/v1/voip-connections/${created.body.id}/import-numbers`, { numbers: [number] }, { key });
  expect(imported.status).toBe(201);
  const list = await g.rest('GET', '/v1/phone-numbers', undefined, { key });
  const id = list.body.find((p: { number: string }) => p.number === number).id as number;
  const verified = await g.rest('POST', `/v1/phone-numbers/${id}/verify-voip`, undefined, { key });
  expect(verified.body.status).toBe('active');
  return { id, number };
}

/** How many test calls organization `key` has finished, as its audit trail records them. */
async function testCallsAudited(g: Harness, key = g.orgA.key): Promise<number> {
  const audit = await g.rest('GET', '/v1/audit-events?action=phone_number.test_call', undefined, { key });
  expect(audit.status).toBe(200);
  return audit.body.total as number;
}

const errorCode = (body: any): string | undefined => body?.error?.code ?? body?.code;

describe('the per-organization budget', () => {
  it('answers 429 with Retry-After past it, changes nothing, and refills after Retry-After', async () => {
    const g = await gateway({ TRUNKLINE_TEST_CALLS_PER_ORG: '2' });
    const phone = await verifiedNumber(g);
    for (let i = 0; i < 2; i++) {
      const ok = await g.rest('POST', `/v1/phone-numbers/${phone.id}/test-call`);
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      expect(ok.body.checks.outbound_call).toMatchObject({ status: 'pass' });
    }
    expect(await testCallsAudited(g)).toBe(2);
    const callsBefore = g.sim.network.calls.size;

    const refused = await g.rest('POST', `/v1/phone-numbers/${phone.id}/test-call`);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Nothing was placed, nothing recorded.
    expect(g.sim.network.calls.size).toBe(callsBefore);
    expect(await testCallsAudited(g)).toBe(2);

    // Once Retry-After has passed, the organization may test again.
    g.clock.advance(retryAfter * 1000);
    const again = await g.rest('POST', `/v1/phone-numbers/${phone.id}/test-call`);
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(await testCallsAudited(g)).toBe(3);
  });

  it("is each organization's own: one at its limit does not stop another", async () => {
    const g = await gateway({ TRUNKLINE_TEST_CALLS_PER_ORG: '1' });
    const mine = await verifiedNumber(g);
    expect((await g.rest('POST', `/v1/phone-numbers/${mine.id}/test-call`)).status).toBe(200);
    expect((await g.rest('POST', `/v1/phone-numbers/${mine.id}/test-call`)).status).toBe(429);
    // Organization B, with a connection of its own to another account's number.
    const credentials = restCredentials(g.sim, 'twilio');
    const key = g.orgB.key;
    const created = await g.rest('POST', '/v1/voip-connections', { provider: 'twilio', credentials, verification_evidence_id: (await g.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials }, { key })).body.verification_evidence_id }, { key });
    expect(created.status).toBe(201);
    const number = g.sim.account('twilio', 'valid').numbers[1]!.e164;
    expect((await g.rest('POST', `/v1/voip-connections/${created.body.id}/import-numbers`, { numbers: [number] }, { key })).status).toBe(201);
    const theirs = (await g.rest('GET', '/v1/phone-numbers', undefined, { key })).body.find((p: { number: string }) => p.number === number);
    expect((await g.rest('POST', `/v1/phone-numbers/${theirs.id}/verify-voip`, undefined, { key })).body.status).toBe('active');
    const res = await g.rest('POST', `/v1/phone-numbers/${theirs.id}/test-call`, undefined, { key });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
});

describe('one test call in flight per number', () => {
  it('two concurrent test calls of one number: one runs, the other is refused 409 test_call_in_progress', async () => {
    const g = await gateway();
    const phone = await verifiedNumber(g);
    // The line never answers: the first test call stays in flight until the clock reaches its bound.
    g.sim.setFailure(g.runtime.deps.testCalls.line!.number, 'no_answer');
    const fire = () => {
      const call = { settled: false, res: g.rest('POST', `/v1/phone-numbers/${phone.id}/test-call`) };
      void call.res.finally(() => (call.settled = true));
      return call;
    };
    const calls = [fire(), fire()];
    // The positive signals: one was answered (the loser), the other waits on its bound.
    await waitFor(() => calls.filter((c) => c.settled).length === 1 && g.clock.pendingTimers() > 0);
    const loserCall = calls.find((c) => c.settled)!;
    const loser = await loserCall.res;
    expect(loser.status).toBe(409);
    expect(errorCode(loser.body), JSON.stringify(loser.body)).toBe('test_call_in_progress');

    // A third, fired while the first is still held, is refused the same way.
    const third = await g.rest('POST', `/v1/phone-numbers/${phone.id}/test-call`);
    expect(third.status).toBe(409);

    g.clock.advance(g.runtime.deps.testCalls.timeoutMs);
    const winner = await calls.find((c) => c !== loserCall)!.res;
    expect(winner.status, JSON.stringify(winner.body)).toBe(200);
    expect(winner.body.checks.outbound_call).toMatchObject({ status: 'fail', code: 'call_not_arrived' });
    expect(await testCallsAudited(g)).toBe(1);

    // Once it finished, the number may be tested again.
    g.sim.setFailure(g.runtime.deps.testCalls.line!.number, null);
    const next = await g.rest('POST', `/v1/phone-numbers/${phone.id}/test-call`);
    expect(next.status, JSON.stringify(next.body)).toBe(200);
    expect(next.body.checks.outbound_call).toMatchObject({ status: 'pass' });
  });
});

describe("another organization's number", () => {
  it('cannot be test-called: 404, and no call is placed', async () => {
    const g = await gateway();
    const phone = await verifiedNumber(g);
    const callsBefore = g.sim.network.calls.size;
    const res = await g.rest('POST', `/v1/phone-numbers/${phone.id}/test-call`, undefined, { key: g.orgB.key });
    expect(res.status).toBe(404);
    const gql = await g.gql('mutation($id: ID!) { testCall(input: { id: $id }) { __typename ... on Error { code } } }', { id: String(phone.id) }, g.orgB.key);
    expect(gql.body.data?.testCall, JSON.stringify(gql.body)).toMatchObject({ __typename: 'NotFoundError', code: 'not_found' });
    expect(g.sim.network.calls.size).toBe(callsBefore);
    expect(await testCallsAudited(g)).toBe(0);
    expect(await testCallsAudited(g, g.orgB.key)).toBe(0);
  });
});

const TEST_CALL_EVENTS = `subscription($n: ID) { testCallUpdated(phoneNumberId: $n) { id phoneNumberId testCall { status outboundCall { status } inboundCall { status } legs { role timeline { kind transport } } } } }`;
type TestCallEvent = {
  testCallUpdated: {
    id: string;
    phoneNumberId: string;
    testCall: { status: string; outboundCall: { status: string }; inboundCall: { status: string }; legs: { role: string; timeline: { kind: string; transport: string | null }[] }[] } | null;
  };
};

describe('testCallUpdated', () => {
  it('streams the progress of a test call live, to its organization only, until its result', async () => {
    const g = await gateway();
    const phone = await verifiedNumber(g);
    const client = createClient({ url: `${g.url}/graphql`, headers: { authorization: `Bearer ${g.orgA.key}` }, retryAttempts: 0 });
    sse = client;
    const events: TestCallEvent[] = [];
    const theirs: unknown[] = [];
    const errors: unknown[] = [];
    client.subscribe<TestCallEvent>({ query: TEST_CALL_EVENTS, variables: { n: String(phone.id) } }, { next: (v) => void events.push(v.data as TestCallEvent), error: (e) => void errors.push(e), complete: () => undefined });
    const other = createClient({ url: `${g.url}/graphql`, headers: { authorization: `Bearer ${g.orgB.key}` }, retryAttempts: 0 });
    const stopOther = other.subscribe({ query: TEST_CALL_EVENTS, variables: {} }, { next: (v) => void theirs.push(v.data), error: (e) => void errors.push(e), complete: () => undefined });
    await waitFor(() => g.runtime.deps.events.openSubscriptions() >= 2);

    const res = await g.rest('POST', `/v1/phone-numbers/${phone.id}/test-call`);
    expect(res.status).toBe(200);
    await waitFor(() => events.some((e) => e.testCallUpdated.testCall?.status === 'FINISHED'));

    const updates = events.map((e) => e.testCallUpdated);
    expect(new Set(updates.map((u) => u.id))).toEqual(new Set([String(res.body.id)]));
    expect(updates.every((u) => u.phoneNumberId === String(phone.id))).toBe(true);
    // Progress before the result: the call running, then legs placed and arriving, then finished.
    expect(updates[0]!.testCall?.status).toBe('RUNNING');
    expect(updates.length).toBeGreaterThan(2);
    const last = updates.at(-1)!.testCall!;
    expect(last).toMatchObject({ status: 'FINISHED', outboundCall: { status: 'PASS' }, inboundCall: { status: 'PASS' } });
    const kinds = last.legs.flatMap((l) => l.timeline.map((e) => e.kind));
    expect(kinds).toEqual(expect.arrayContaining(['PLACED', 'ARRIVED', 'REJECTED']));
    // Organization B saw none of it.
    expect(theirs).toEqual([]);
    expect(errors).toEqual([]);
    stopOther();
    other.dispose();
  });
});
