import { afterEach, describe, expect, it } from 'vitest';
import { operatorLine } from '../src/simulator/server';
import { startSipCarrier, type SipCarrier } from '../src/simulator/sip-carrier';
import { expectRoundTrip, type RestLeg } from './support/test-calls';
import { startHarness, type Harness } from './support/harness';

/**
 * Round-trip verification of a manual SIP trunk (issue 24), over the REST door, against the
 * simulator's telephone network: the customer's trunk is the simulator's SIP carrier (Digest
 * credentials, numbers declared at import), the verification line is the operator's Twilio
 * number. The outbound leg is an INVITE through the trunk to the line (arriving as a signed
 * Twilio voice webhook); the inbound leg is a call from the line to the trunk's DID, which the
 * carrier routes over SIP to Trunkline's SIP ingress. Both are refused before answer.
 */

const TRUNK = { username: 'acme-trunk', password: 'trunk-secret-1', dids: ['+13125550171', '+13125550172'] };

let h: Harness | undefined;
let carrier: SipCarrier | undefined;
afterEach(async () => {
  await carrier?.close();
  carrier = undefined;
  await h?.close();
  h = undefined;
});

/** A gateway whose verify-voip places calls, with a SIP ingress, Twilio's operator line and the carrier. */
async function gatewayWithTrunk(): Promise<{ g: Harness; trunk: SipCarrier; ingressUri: string }> {
  const g = await startHarness((sim) => {
    const line = operatorLine(sim, 'twilio');
    return {
      TRUNKLINE_VERIFY_WITH_CALLS: 'true',
      TRUNKLINE_SIP_INGRESS_LISTEN: '127.0.0.1:0',
      TRUNKLINE_VERIFICATION_LINE_PROVIDER: 'twilio',
      TRUNKLINE_VERIFICATION_LINE_NUMBER: line.number,
      TRUNKLINE_VERIFICATION_LINE_CREDENTIALS: JSON.stringify(line.credentials),
    };
  });
  h = g;
  const trunk = await startSipCarrier(g.sim.network, { trunks: [TRUNK], t1Ms: 50 });
  carrier = trunk;
  const ingressUri = g.runtime.deps.testCalls.ingressSipUri()!;
  expect(ingressUri).toMatch(/^sips?:/);
  return { g, trunk, ingressUri };
}

/** The carrier's DID routed to Trunkline's SIP ingress, as the trunk's owner would configure it. */
function routeToIngress(trunk: SipCarrier, did: string, ingressUri: string): void {
  const hostPort = ingressUri.replace(/^sips?:(?:[^@]*@)?/, '');
  trunk.routeDid(did, `sip:${did}@${hostPort}`);
}

/** A manual connection to the carrier (tested first, as a user does), and its first DID declared at import. */
async function connectTrunk(g: Harness, trunk: SipCarrier): Promise<{ id: number; number: string }> {
  const body = { provider: 'manual', credentials: { username: TRUNK.username, password: TRUNK.password }, sip_config: { domain: '127.0.0.1', port: trunk.port, transport: 'udp' } };
  const test = await g.rest('POST', '/v1/voip-connections/test', body);
  expect(test.body.status, JSON.stringify(test.body)).toBe('pass');
  const created = await g.rest('POST', '/v1/voip-connections', { ...body, verification_evidence_id: test.body.verification_evidence_id });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const number = TRUNK.dids[0]!;
  const imported = await g.rest('POST', `/v1/voip-connections/${created.body.id}/import-numbers`, { numbers: [number] });
  expect(imported.status, JSON.stringify(imported.body)).toBe(201);
  const list = await g.rest('GET', '/v1/phone-numbers');
  return { id: list.body.find((p: { number: string }) => p.number === number).id, number };
}

describe('manual SIP trunk: verify-voip with a verification line', () => {
  it('goes active through two real legs: out through the trunk, in over SIP to the ingress; nothing answered', async () => {
    const { g, trunk, ingressUri } = await gatewayWithTrunk();
    const phone = await connectTrunk(g, trunk);
    routeToIngress(trunk, phone.number, ingressUri);

    const res = await g.rest('POST', `/v1/phone-numbers/${phone.id}/verify-voip`);
    expect(res.status).toBe(200);
    const legs = expectRoundTrip(res.body, phone.number, g.runtime.deps.testCalls.line!.number);
    // The inbound leg reached the SIP ingress over UDP and was refused there (486).
    const inbound = legs.find((l) => l.role === 'inbound')!;
    expect(inbound.timeline.find((e) => e.kind === 'arrived')).toMatchObject({ transport: 'sip-udp' });
    expect(inbound.timeline.find((e) => e.kind === 'rejected')).toMatchObject({ carrier_code: '486', transport: 'sip-udp' });

    // The outbound leg reached the line, a Twilio number, as its signed voice webhook.
    expect(legs.find((l) => l.role === 'outbound')!.timeline.find((e) => e.kind === 'arrived')).toMatchObject({ transport: 'http' });
    // The outbound leg was an INVITE through the trunk, Digest-authenticated after its 407, by the rules.
    const invites = trunk.requests.filter((m) => m.method === 'INVITE');
    expect(invites.some((m) => m.headers.has('proxy-authorization'))).toBe(true);
    expect(trunk.violations).toEqual([]);
    // Nothing was ever answered, anywhere in the network.
    expect([...g.sim.network.calls.values()].filter((c) => c.answeredAt !== undefined)).toEqual([]);
    const audit = await g.rest('GET', '/v1/audit-events?action=phone_number.test_call');
    expect(JSON.stringify(audit.body)).toContain('"inbound_call":"pass"');
  });
});

describe('manual SIP trunk: failure modes', () => {
  it('a trunk that answers 403 to the INVITE fails outbound_call with carrier code 403 and a fix', async () => {
    const { g, trunk, ingressUri } = await gatewayWithTrunk();
    const phone = await connectTrunk(g, trunk);
    routeToIngress(trunk, phone.number, ingressUri);
    g.sim.setFailure(phone.number, 'trunk_forbidden');

    const res = await g.rest('POST', `/v1/phone-numbers/${phone.id}/verify-voip`);
    expect(res.status).toBe(200);
    const v = res.body.verification;
    expect(v.checks.outbound_call, JSON.stringify(v.test_call)).toMatchObject({ status: 'fail', carrier_code: '403', fix: expect.any(String) });
    expect(v.failures.map((f: { check: string }) => f.check)).toContain('outbound_call');
    expect(res.body.status).not.toBe('active');
    const outbound = (v.test_call.legs as RestLeg[]).find((l) => l.role === 'outbound')!;
    // The trunk's own answer is on the leg's timeline; the call never reached the line.
    expect(outbound.timeline.some((e) => e.carrier_code === '403')).toBe(true);
    expect(outbound.timeline.map((e) => e.kind)).not.toContain('arrived');
    expect(trunk.violations).toEqual([]);
    expect([...g.sim.network.calls.values()].filter((c) => c.answeredAt !== undefined)).toEqual([]);
  });
});
