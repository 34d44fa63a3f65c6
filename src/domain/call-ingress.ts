import { connectionsRepository } from '../db/repositories/connections';
import { phoneNumbersRepository } from '../db/repositories/phone-numbers';
import { testCallsRepository, type CallLeg } from '../db/repositories/test-calls';
import type { Arrival, IngressRequest, LegStatusEvent } from '../providers/calls';
import { signalwireStatusEvent, telnyxLegIdOf, telnyxStatusEvent, twilioStatusEvent, vonageStatusEvent } from '../providers/call-status';
import { signingSecretOf } from '../providers/calls-secrets';
import { voiceWebhooks, webhookVerifiers, type VoiceWebhookProvider } from '../providers/webhooks';
import { formParams } from '../providers/webhooks/shared';
import { openCredentials } from './credentials';
import type { Deps } from './deps';
import { testCallChanged } from './events';

/**
 * Where Trunkline's ingress meets the test calls (issue 24). Every call routed to the ingress is
 * either one of our legs — matched by (from, to) among the legs still waiting, since call ids
 * never link a call's two ends — and refused before answer, or any other call, handed on to the
 * platform. A leg counts as arrived only when the provider's signature proves where the request
 * came from (SIP: a trusted source); a request that cannot be proven is noted on the leg's
 * timeline and proves nothing, so a forged webhook changes no result.
 */

type Secret = { provider: string; secret: string | null };

const digits = (n: string) => n.replace(/\D/g, '');

/**
 * Whether an arriving caller is the leg's: the same digits, or one the other's national form
 * (Telnyx's default ANI is E.164-national: +13125550100 arrives as 3125550100). Seven digits at
 * least, so a short or empty caller ID never matches.
 */
function sameCaller(legFrom: string, arriving: string): boolean {
  const a = digits(legFrom);
  const b = digits(arriving);
  if (b.length < 7) return false;
  return a === b || a.endsWith(b) || b.endsWith(a);
}

/** The leg an arriving call (from, to) belongs to: the most recent one still waiting for it. Call ids never link a call's two ends, so the route and the time are all there is. */
async function waitingLeg(deps: Deps, from: string, to: string): Promise<CallLeg | undefined> {
  const legs = await testCallsRepository(deps.db).waitingLegsTo(to, deps.clock.now().toISOString());
  return legs.find((leg) => sameCaller(leg.from, from));
}

/** The signing secret of the account that owns number `to` of the leg's organization (or the line). */
async function secretOfDestination(deps: Deps, leg: CallLeg): Promise<Secret> {
  const line = deps.testCalls.line;
  if (line && leg.to === line.number) {
    return { provider: line.provider, secret: signingSecretOf(line.provider, line.open().credentials) };
  }
  const n = await phoneNumbersRepository(deps.db).byNumber(leg.organizationId, leg.to);
  return n?.voipConnectionId == null ? { provider: 'unknown', secret: null } : secretOfConnection(deps, leg.organizationId, n.voipConnectionId);
}

/** The signing secret of the account that placed the leg. */
async function secretOfPlacer(deps: Deps, leg: CallLeg): Promise<Secret> {
  const line = deps.testCalls.line;
  if (leg.placedBy === 'line') return line ? { provider: line.provider, secret: signingSecretOf(line.provider, line.open().credentials) } : { provider: leg.provider, secret: null };
  return leg.connectionId === null ? { provider: leg.provider, secret: null } : secretOfConnection(deps, leg.organizationId, leg.connectionId);
}

async function secretOfConnection(deps: Deps, organizationId: number, connectionId: number): Promise<Secret> {
  const record = await connectionsRepository(deps.db).find(organizationId, connectionId);
  if (!record) return { provider: 'unknown', secret: null };
  try {
    return { provider: record.provider, secret: signingSecretOf(record.provider, openCredentials(deps.keyRing, organizationId, connectionId, record.provider, record.credentialsSealed)) };
  } catch {
    return { provider: record.provider, secret: null };
  }
}

const nowSeconds = (deps: Deps) => Math.floor(deps.clock.now().getTime() / 1000);

async function recordArrival(deps: Deps, leg: CallLeg, arrival: Arrival, proof: { authenticated: true } | { authenticated: false; reason: string }): Promise<void> {
  const repo = testCallsRepository(deps.db);
  const at = deps.clock.now().toISOString();
  if (proof.authenticated) {
    await repo.addEvent({ legId: leg.id, kind: 'arrived', status: null, carrierCode: null, detail: { transport: arrival.transport, arriving_call_id: arrival.providerCallId }, sequence: null, at });
    await repo.addEvent({ legId: leg.id, kind: 'rejected', status: null, carrierCode: arrival.transport === 'http' ? null : '486', detail: { transport: arrival.transport }, sequence: null, at });
  } else {
    await repo.addEvent({ legId: leg.id, kind: 'unauthenticated', status: null, carrierCode: null, detail: { transport: arrival.transport, reason: proof.reason }, sequence: null, at });
  }
  const testCall = await testCallOf(deps, leg);
  if (testCall) testCallChanged(deps, leg.organizationId, testCall.id, testCall.phoneNumberId);
}

async function testCallOf(deps: Deps, leg: CallLeg) {
  return testCallsRepository(deps.db).find(leg.organizationId, leg.testCallId);
}

/**
 * A voice webhook arrived (Twilio, SignalWire, Vonage). A call that matches a waiting leg is
 * refused before answer, whatever its proof (it can only be ours, or a forgery of ours); any
 * other call is handed on to the platform.
 */
export async function callArrived(deps: Deps, provider: VoiceWebhookProvider, req: IngressRequest): Promise<'reject' | 'handoff'> {
  const codec = voiceWebhooks[provider];
  const arrival = codec.parseArrival(req);
  if (!arrival) return 'handoff';
  const leg = await waitingLeg(deps, arrival.from, arrival.to);
  if (!leg) return 'handoff';
  const { provider: owner, secret } = await secretOfDestination(deps, leg);
  const proof =
    owner !== provider ? ({ authenticated: false, reason: `the number is not at ${provider}` } as const)
    : secret === null ? ({ authenticated: false, reason: 'no signing secret' } as const)
    : codec.verify(req, secret, nowSeconds(deps)) ? ({ authenticated: true } as const)
    : ({ authenticated: false, reason: 'the signature does not match' } as const);
  if (!proof.authenticated) deps.log.warn({ legId: leg.id, provider, reason: proof.reason }, 'a call matching a test call arrived without a valid signature');
  await recordArrival(deps, leg, arrival, proof);
  return 'reject';
}

/** What the SIP ingress should do with an INVITE from a trusted source. */
export type SipDecision = { action: 'reject' } | { action: 'redirect'; contact: string };

/**
 * An INVITE reached the SIP ingress from a trusted source (the carriers' signalling ranges): a
 * waiting leg's call is refused (486), any other is redirected to the platform's SIP URI.
 */
export async function sipInviteArrived(deps: Deps, invite: { from: string; to: string; callId: string; transport: 'sip-udp' | 'sip-tcp' | 'sip-tls' }): Promise<SipDecision> {
  const leg = await waitingLeg(deps, invite.from, invite.to);
  if (!leg) return { action: 'redirect', contact: platformContact(deps.inbound.sipUri, invite.to) };
  await recordArrival(deps, leg, { from: invite.from, to: invite.to, providerCallId: invite.callId, transport: invite.transport }, { authenticated: true });
  return { action: 'reject' };
}

/** The platform's SIP URI with the dialled number as its user part. */
function platformContact(sipUri: string, to: string): string {
  const m = /^(sips?):(?:[^@]*@)?(.+)$/.exec(sipUri);
  return m ? `${m[1]}:${to}@${m[2]}` : sipUri;
}

function jsonOf(req: IngressRequest): unknown {
  try {
    return JSON.parse(req.rawBody);
  } catch {
    return null;
  }
}

function statusEventOf(provider: string, req: IngressRequest): LegStatusEvent | null {
  switch (provider) {
    case 'twilio':
      return twilioStatusEvent(formParams(req));
    case 'signalwire':
      return signalwireStatusEvent(formParams(req));
    case 'telnyx':
      return telnyxStatusEvent(jsonOf(req));
    case 'vonage':
      return vonageStatusEvent(jsonOf(req));
    default:
      return null;
  }
}

/**
 * A provider reported progress of a leg we placed: recorded on the leg's timeline when the
 * placing account's signature proves it, ignored (and logged) otherwise. Never throws for a bad
 * request: providers retry what is not answered 2xx.
 */
export async function legStatusReported(deps: Deps, legRef: { legId: string } | { provider: 'telnyx' }, req: IngressRequest): Promise<void> {
  const repo = testCallsRepository(deps.db);
  const legId = 'legId' in legRef ? legRef.legId : telnyxLegIdOf(jsonOf(req));
  const leg = legId ? await repo.leg(legId) : undefined;
  if (!leg) return;
  const { provider, secret } = await secretOfPlacer(deps, leg);
  const verify = webhookVerifiers[provider as keyof typeof webhookVerifiers];
  if (!verify || secret === null || !verify(req, secret, nowSeconds(deps))) {
    deps.log.warn({ legId: leg.id, provider, reason: secret === null ? 'no signing secret' : 'the signature does not match' }, 'a status event of a test call was not taken');
    return;
  }
  const event = statusEventOf(provider, req);
  if (!event) return;
  await repo.addEvent({ legId: leg.id, kind: 'status', status: event.status, carrierCode: event.carrierCode, detail: { provider_status: event.providerStatus }, sequence: event.sequence, at: deps.clock.now().toISOString() });
  const testCall = await testCallOf(deps, leg);
  if (testCall) testCallChanged(deps, leg.organizationId, testCall.id, testCall.phoneNumberId);
}

/** Which provider placed this leg, for the answer URL of our own outbound legs; null when unknown. */
export async function answerOfLeg(deps: Deps, legId: string): Promise<'twilio' | 'signalwire' | 'vonage' | null> {
  const leg = await testCallsRepository(deps.db).leg(legId);
  return leg && (leg.provider === 'twilio' || leg.provider === 'signalwire' || leg.provider === 'vonage') ? leg.provider : null;
}
