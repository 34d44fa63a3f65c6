import { afterEach, describe, expect, it } from 'vitest';
import { credentialsFor, type SimProvider } from '../src/simulator/accounts';
import { operatorLine } from '../src/simulator/server';
import { startHarness, type Harness } from './support/harness';
import { restCredentials } from './support/credentials';
import { waitFor } from './support/wait';
import { expectRoundTrip } from './support/test-calls';

/**
 * Round-trip verification end to end (issue 24), over the REST door as a user drives it, against
 * the simulator as a small telephone network: verify-voip places two real calls — from the number
 * to the operator's verification line, and from the line to the number — each arriving at
 * Trunkline's ingress (a signed webhook, or a SIP INVITE) and refused there before answer.
 */

const PROVIDERS: SimProvider[] = ['twilio', 'signalwire', 'telnyx', 'vonage'];

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A gateway whose verify-voip places calls, with a SIP ingress and `provider`'s operator line. */
async function gatewayWithLine(provider: SimProvider, extra: Record<string, string> = {}): Promise<Harness> {
  const harness = await startHarness((sim) => {
    const line = operatorLine(sim, provider);
    const credentials = provider === 'twilio' ? line.credentials : { ...line.credentials, signing_secret: line.signingSecret };
    return {
      TRUNKLINE_VERIFY_WITH_CALLS: 'true',
      TRUNKLINE_SIP_INGRESS_LISTEN: '127.0.0.1:0',
      TRUNKLINE_VERIFICATION_LINE_PROVIDER: provider,
      TRUNKLINE_VERIFICATION_LINE_NUMBER: line.number,
      TRUNKLINE_VERIFICATION_LINE_CREDENTIALS: JSON.stringify(credentials),
      ...extra,
    };
  });
  // Telnyx routes a number to an FQDN on port 5060: the simulator's network finds our ingress there.
  const sipUri = harness.runtime.deps.testCalls.ingressSipUri()!;
  const port = /:(\d+)$/.exec(sipUri)![1];
  harness.sim.network.sipHosts.set('127.0.0.1:5060', `127.0.0.1:${port}`);
  if (provider === 'telnyx') {
    // The customer's connection and the operator's own route to the SIP ingress, as each would be
    // set up at Telnyx (an FQDN connection at Trunkline's SIP URI).
    for (const account of [harness.sim.account('telnyx', 'valid'), harness.sim.operators.telnyx]) {
      harness.sim.network.telnyxRoutes.set(account.telnyx!.connectionId, { fqdns: [{ fqdn: '127.0.0.1', port: Number(port) }], dnisFormat: 'e164', aniFormat: 'E.164-national' });
    }
  }
  return harness;
}

/** A connection to the provider's valid account, holding its webhook signing secret. */
async function connectWithSecret(g: Harness, provider: SimProvider): Promise<number> {
  const account = g.sim.account(provider, 'valid');
  const credentials = { ...restCredentials(g.sim, provider), ...(provider === 'twilio' ? {} : { signing_secret: account.signing.secret }) };
  const test = await g.rest('POST', '/v1/voip-connections/test', { provider, credentials });
  expect(test.body.status).toBe('pass');
  const created = await g.rest('POST', '/v1/voip-connections', { provider, credentials, verification_evidence_id: test.body.verification_evidence_id });
  expect(created.status).toBe(201);
  return created.body.id as number;
}

async function importFirst(g: Harness, provider: SimProvider, connectionId: number): Promise<{ id: number; number: string }> {
  const number = g.sim.account(provider, 'valid').numbers[0]!.e164;
  const imported = await g.rest('POST', `/v1/voip-connections/${connectionId}/import-numbers`, { numbers: [number] });
  expect(imported.status).toBe(201);
  const list = await g.rest('GET', '/v1/phone-numbers');
  return { id: list.body.find((p: { number: string }) => p.number === number).id, number };
}

describe.each(PROVIDERS)('%s: verify-voip with a verification line', (provider) => {
  it('goes active through two real calls, each refused before answer at the ingress', async () => {
    h = await gatewayWithLine(provider);
    const connectionId = await connectWithSecret(h, provider);
    const phone = await importFirst(h, provider, connectionId);

    const res = await h.rest('POST', `/v1/phone-numbers/${phone.id}/verify-voip`);
    expect(res.status).toBe(200);
    expectRoundTrip(res.body, phone.number, h.runtime.deps.testCalls.line!.number);
    // Nothing was ever answered, anywhere in the network.
    expect([...h.sim.network.calls.values()].filter((c) => c.answeredAt !== undefined)).toEqual([]);
    // Every call is in the audit trail.
    const audit = await h.rest('GET', `/v1/audit-events?action=phone_number.test_call`);
    expect(JSON.stringify(audit.body)).toContain('"outbound_call":"pass"');
  });
});

describe('failure modes (twilio)', () => {
  it('a caller ID the carrier refuses fails outbound_call with the carrier code and the fix', async () => {
    h = await gatewayWithLine('twilio');
    const connectionId = await connectWithSecret(h, 'twilio');
    const phone = await importFirst(h, 'twilio', connectionId);
    h.sim.setFailure(phone.number, 'caller_id_refused');
    const res = await h.rest('POST', `/v1/phone-numbers/${phone.id}/verify-voip`);
    const v = res.body.verification;
    expect(v.checks.outbound_call).toMatchObject({ status: 'fail', code: 'caller_id_not_allowed', carrier_code: '21210', fix: expect.any(String) });
    expect(res.body.status).toBe('provisioning');
    expect(v.failures.map((f: { check: string }) => f.check)).toContain('outbound_call');
  });

  it('a number routed nowhere fails inbound_call', async () => {
    h = await gatewayWithLine('twilio');
    const connectionId = await connectWithSecret(h, 'twilio');
    const phone = await importFirst(h, 'twilio', connectionId);
    h.sim.setFailure(phone.number, 'inbound_unrouted');
    const res = await h.rest('POST', `/v1/phone-numbers/${phone.id}/verify-voip`);
    expect(res.body.verification.checks.inbound_call).toMatchObject({ status: 'fail', fix: expect.any(String) });
    expect(res.body.verification.checks.outbound_call).toMatchObject({ status: 'pass' });
  });

  it('a leg that never arrives is cancelled at the bound and reported', async () => {
    h = await gatewayWithLine('twilio');
    const connectionId = await connectWithSecret(h, 'twilio');
    const phone = await importFirst(h, 'twilio', connectionId);
    h.sim.setFailure(h.runtime.deps.testCalls.line!.number, 'no_answer');
    const pending = h.rest('POST', `/v1/phone-numbers/${phone.id}/test-call`);
    // The positive signal: the gateway waits on the bound (the clock's timer), the legs placed.
    const g = h;
    await waitFor(() => g.clock.pendingTimers() > 0);
    g.clock.advance(g.runtime.deps.testCalls.timeoutMs);
    const res = await pending;
    expect(res.status).toBe(200);
    expect(res.body.checks.outbound_call).toMatchObject({ status: 'fail', code: 'call_not_arrived' });
    const outbound = res.body.legs.find((l: { role: string }) => l.role === 'outbound');
    expect(outbound.timeline.map((e: { kind: string }) => e.kind)).toContain('canceled');
  });
});

describe('without a line or a second number', () => {
  it('reports both call checks not_checked, with why, and still activates on the settings', async () => {
    h = await startHarness({ TRUNKLINE_VERIFY_WITH_CALLS: 'true' });
    const connectionId = await connectWithSecret(h, 'twilio');
    const phone = await importFirst(h, 'twilio', connectionId);
    const res = await h.rest('POST', `/v1/phone-numbers/${phone.id}/verify-voip`);
    expect(res.body.verification.checks.outbound_call).toMatchObject({ status: 'not_checked', detail: expect.stringContaining('verification line') });
    expect(res.body.status).toBe('active');
  });
});

describe('without a line, with a second number', () => {
  it('pairs the number with an active number of its connection: each calls the other', async () => {
    h = await startHarness({ TRUNKLINE_VERIFY_WITH_CALLS: 'true' });
    const connectionId = await connectWithSecret(h, 'twilio');
    const numbers = h.sim.account('twilio', 'valid').numbers.slice(0, 2).map((n) => n.e164);
    expect((await h.rest('POST', `/v1/voip-connections/${connectionId}/import-numbers`, { numbers })).status).toBe(201);
    const list = (await h.rest('GET', '/v1/phone-numbers')).body as { id: number; number: string }[];
    const [first, second] = numbers.map((n) => list.find((p) => p.number === n)!);
    // The first has nobody to call yet: its call checks are not_checked, and it goes active on its settings.
    const one = await h.rest('POST', `/v1/phone-numbers/${first!.id}/verify-voip`);
    expect(one.body).toMatchObject({ status: 'active', verification: { checks: { outbound_call: { status: 'not_checked' } } } });
    // The second calls the first, and is called by it.
    const two = await h.rest('POST', `/v1/phone-numbers/${second!.id}/verify-voip`);
    expect(two.body.verification.checks).toMatchObject({ outbound_call: { status: 'pass' }, inbound_call: { status: 'pass' } });
    expect(two.body.verification.test_call.legs.map((l: { role: string; from: string; to: string }) => [l.role, l.from, l.to])).toEqual([
      ['outbound', second!.number, first!.number],
      ['inbound', first!.number, second!.number],
    ]);
    expect(two.body.status).toBe('active');
  });
});

describe('signatures', () => {
  it('a forged voice webhook matching a waiting leg proves nothing', async () => {
    h = await gatewayWithLine('twilio');
    const connectionId = await connectWithSecret(h, 'twilio');
    const phone = await importFirst(h, 'twilio', connectionId);
    // The customer's number will not route: only a forgery could make inbound_call pass.
    h.sim.setFailure(phone.number, 'inbound_unrouted');
    const g = h;
    const pending = g.rest('POST', `/v1/phone-numbers/${phone.id}/test-call`);
    await waitFor(() => g.clock.pendingTimers() > 0);
    const line = g.runtime.deps.testCalls.line!.number;
    const forged = await fetch(`${g.url}/ingress/voice/twilio`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' },
      body: new URLSearchParams({ CallSid: `CA${'0'.repeat(32)}`, AccountSid: credentialsFor(g.sim.account('twilio', 'valid')).account_sid!, From: line, To: phone.number, CallStatus: 'ringing', Direction: 'inbound' }),
    });
    expect(forged.status).toBe(200);
    g.clock.advance(g.runtime.deps.testCalls.timeoutMs);
    const res = await pending;
    expect(res.body.checks.inbound_call.status).not.toBe('pass');
  });
});

