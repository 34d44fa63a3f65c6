import { expect } from 'vitest';

/** A leg of a test call as REST presents it. */
export type RestLeg = { role: string; from: string; to: string; timeline: { kind: string; carrier_code: string | null; transport: string | null }[] };

/**
 * What a verify-voip answer says after a round trip through the verification line: both call
 * checks passed, the number is active, the outbound leg went number → line and the inbound leg
 * line → number, and each arrived at the ingress and was refused there. Returns the legs, for the
 * checks particular to a test.
 */
export function expectRoundTrip(body: { status: string; voip_verification_status: string; verification: { checks: Record<string, unknown>; test_call: { legs: RestLeg[] } } }, number: string, line: string): RestLeg[] {
  const v = body.verification;
  expect(v.checks.outbound_call, JSON.stringify(v.test_call)).toMatchObject({ status: 'pass', code: 'call_arrived' });
  expect(v.checks.inbound_call, JSON.stringify(v.test_call)).toMatchObject({ status: 'pass', code: 'call_arrived' });
  expect(body).toMatchObject({ status: 'active', voip_verification_status: 'verified' });
  const legs = v.test_call.legs;
  expect(legs.map((l) => [l.role, l.from, l.to])).toEqual([
    ['outbound', number, line],
    ['inbound', line, number],
  ]);
  for (const leg of legs) {
    const kinds = leg.timeline.map((e) => e.kind);
    expect(kinds).toContain('arrived');
    expect(kinds).toContain('rejected');
  }
  return legs;
}
