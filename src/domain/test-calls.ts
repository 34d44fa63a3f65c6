import { randomBytes } from 'node:crypto';
import type { ConnectionRecord } from '../db/repositories/connections';
import { connectionsRepository } from '../db/repositories/connections';
import { phoneNumbersRepository, type PhoneNumber } from '../db/repositories/phone-numbers';
import {
  testCallsRepository,
  type CallLeg,
  type LegEvent,
  type LegRole,
  type TestCall,
  type TestCallPurpose,
} from '../db/repositories/test-calls';
import { CallRefusedError, FINAL_LEG_STATUSES, type CallingSetup, type LegStatusEvent } from '../providers/calls';
import type { CallOptions } from '../providers/http-client';
import { recordAudit } from './audit';
import { recordWebhookEvents } from './webhook-events';
import { testCallCompletedEvent } from './webhook-objects';
import { sealCredentials, type ParsedCredentials } from './credentials';
import type { Deps, Principal } from './deps';
import { BudgetExceededError, ConflictError } from './errors';
import { testCallChanged } from './events';
import { ingressTargets } from './ingress-targets';
import { callChecks, type Placer, type PlannedLeg } from './test-call-checks';
import type { VerificationLine } from './verification-line';

export type { CallChecks } from '../db/repositories/test-calls';

import type { LegView, TestCallReport } from './test-call-report';
export type { LegView, TestCallReport };

/** The key under which a connection's sealed credentials keep what placing calls needed at its provider. */
const CALLING_SETUP = 'calling_setup';

/** A leg as first planned: whose account places it, before any account is opened. */
type LegShape = { role: LegRole; by: 'customer' | 'line'; from: string; to: string } | { role: LegRole; notChecked: string };

/**
 * The legs that can prove a number: with a verification line, X → line (outbound) and line → X
 * (inbound); without one, X → Y and Y → X with Y another active number of the same connection.
 * A leg that cannot be planned is reported not_checked with the reason.
 */
async function planLegs(deps: Deps, principal: Principal, n: PhoneNumber): Promise<LegShape[]> {
  const line = deps.testCalls.line;
  if (line) {
    return [
      { role: 'outbound', by: 'customer', from: n.number, to: line.number },
      { role: 'inbound', by: 'line', from: line.number, to: n.number },
    ];
  }
  const partner = await phoneNumbersRepository(deps.db).partnerFor(principal.organizationId, n.voipConnectionId!, n.id);
  if (!partner) {
    const why = 'No verification line is configured and the connection has no other verified number to call with: import and verify a second number of this connection, or ask the operator for a verification line.';
    return [
      { role: 'outbound', notChecked: why },
      { role: 'inbound', notChecked: why },
    ];
  }
  return [
    { role: 'outbound', by: 'customer', from: n.number, to: partner.number },
    { role: 'inbound', by: 'customer', from: partner.number, to: n.number },
  ];
}

/**
 * What placing calls needs at the customer's provider, set up on first use and kept sealed with
 * the connection's credentials (a Telnyx Call Control application, a Vonage application and
 * its private key). Rotation replaces the credentials, and the next test call sets it up again.
 */
async function customerCalling(deps: Deps, record: ConnectionRecord, parsed: ParsedCredentials, statusUrl: string, opts?: CallOptions): Promise<Placer> {
  let setup = parsed.credentials[CALLING_SETUP] as CallingSetup | undefined;
  if (!setup && parsed.adapter.prepareCalling) {
    setup = (await parsed.adapter.prepareCalling(parsed.credentials, parsed.sipConfig, statusUrl, opts)) ?? { sipConfig: {}, secrets: {} };
    const credentials = { ...parsed.credentials, [CALLING_SETUP]: setup };
    await connectionsRepository(deps.db).update(record.organizationId, record.id, {
      credentialsSealed: sealCredentials(deps.keyRing, record.organizationId, record.id, record.provider, credentials),
      sipConfig: { ...record.sipConfig, ...setup.sipConfig },
      updatedAt: deps.clock.now().toISOString(),
    });
  }
  return {
    placedBy: 'customer',
    provider: parsed.provider,
    adapter: parsed.adapter,
    credentials: { ...parsed.credentials, ...setup?.secrets },
    sipConfig: { ...parsed.sipConfig, ...setup?.sipConfig },
    connectionId: record.id,
  };
}

/**
 * The line's own setup, made once per process: its number routed to Trunkline's ingress (so the
 * calls to it arrive there), and what placing calls needs at its provider, kept sealed.
 */
const lineSetups = new WeakMap<VerificationLine, Promise<string>>();

async function lineCalling(deps: Deps, line: VerificationLine, statusUrl: string, opts?: CallOptions): Promise<Placer> {
  const { credentials, sipConfig } = line.open();
  let sealed = lineSetups.get(line);
  if (!sealed) {
    sealed = (async () => {
      const held = (await line.adapter.listNumbers(credentials, sipConfig, opts)).find((x) => x.phoneNumber === line.number);
      if (held) await line.adapter.configureInbound(credentials, sipConfig, held, ingressTargets(deps, line.provider), opts);
      else if (line.provider !== 'manual') deps.log.warn({ provider: line.provider }, "the verification line's number is not on its account: calls to it cannot be routed to the ingress");
      const setup = (await line.adapter.prepareCalling?.(credentials, sipConfig, statusUrl, opts)) ?? { sipConfig: {}, secrets: {} };
      return deps.keyRing.seal(JSON.stringify(setup), 'trunkline:verification-line:calling');
    })();
    lineSetups.set(line, sealed);
    sealed.catch(() => lineSetups.delete(line));
  }
  const setup = JSON.parse(deps.keyRing.open(await sealed, 'trunkline:verification-line:calling')) as CallingSetup;
  return {
    placedBy: 'line',
    provider: line.provider,
    adapter: line.adapter,
    credentials: { ...credentials, ...setup.secrets },
    sipConfig: { ...sipConfig, ...setup.sipConfig },
    connectionId: null,
  };
}

const newLegId = () => `leg_${randomBytes(16).toString('hex')}`;

/** Where a provider posts a leg's status events (and, for Telnyx, its Call Control application's). */
export function statusUrlOf(deps: Deps, legId: string): string {
  return `${deps.testCalls.ingressOrigin()}/ingress/calls/${legId}/status`;
}

export function telnyxEventsUrl(deps: Deps): string {
  return `${deps.testCalls.ingressOrigin()}/ingress/calls/telnyx/status`;
}

/**
 * Places the legs that prove number `n` (of connection `record`) and waits for each to arrive at
 * Trunkline's ingress or to end; cancels what is still ringing after the bound; records it all.
 * Never answers a call: the ingress refuses every leg before answer. One test call per number at
 * a time, and each organization has a budget of them (429 with Retry-After past it).
 */
export async function runTestCall(
  deps: Deps,
  principal: Principal,
  n: PhoneNumber,
  record: ConnectionRecord,
  parsed: ParsedCredentials,
  purpose: TestCallPurpose,
  opts?: CallOptions,
): Promise<TestCallReport> {
  const repo = testCallsRepository(deps.db);
  const shape = await planLegs(deps, principal, n);

  // Refusals first (one at a time, then the budget), before anything is set up at a provider or
  // stored. A refused request spends no budget; `start` below still settles a true race.
  const inProgress = () => new ConflictError('test_call_in_progress', 'A test call of this number is already running: wait for its result, then try again.');
  if (await repo.running(n.id, deps.clock.now().toISOString())) throw inProgress();
  if (shape.some((p) => 'by' in p)) {
    const d = await deps.testCalls.budget.take(`org:${principal.organizationId}`);
    if (!d.allowed) {
      throw new BudgetExceededError('Too many test calls for this organization: retry after the Retry-After delay.', { 'retry-after': String(d.retryAfterSeconds) });
    }
  }
  const started = deps.clock.now();
  const bound = deps.testCalls.timeoutMs;
  // Past this, the test call is taken to be abandoned (its instance died) and another may start.
  const testCall = await repo.start(principal.organizationId, n.id, purpose, started.toISOString(), new Date(started.getTime() + 3 * bound).toISOString());
  if (!testCall) throw inProgress();

  const abort = new AbortController();
  const changes = deps.events.subscribe('test_call', principal.organizationId);
  let finished = false;
  try {
    const probeUrl = telnyxEventsUrl(deps);
    const customer = shape.some((p) => 'by' in p && p.by === 'customer') ? await customerCalling(deps, record, parsed, probeUrl, opts) : null;
    const line = deps.testCalls.line && shape.some((p) => 'by' in p && p.by === 'line') ? await lineCalling(deps, deps.testCalls.line, probeUrl, opts) : null;
    const plan: PlannedLeg[] = shape.map((p) => ('by' in p ? { role: p.role, placer: (p.by === 'line' ? line : customer)!, from: p.from, to: p.to } : p));
    const legs: { planned: PlannedLeg; leg?: CallLeg }[] = plan.map((planned) => ({ planned }));
    // Rows first: a call may arrive at the ingress before the provider has answered our request.
    for (const entry of legs) {
      const p = entry.planned;
      if (!('placer' in p)) continue;
      const id = newLegId();
      const leg: CallLeg = {
        id,
        testCallId: testCall.id,
        organizationId: principal.organizationId,
        role: p.role,
        placedBy: p.placer.placedBy,
        connectionId: record.id,
        provider: p.placer.provider,
        from: p.from,
        to: p.to,
        providerCallId: null,
        placedAt: started.toISOString(),
        expiresAt: new Date(started.getTime() + bound).toISOString(),
      };
      await repo.addLeg(leg);
      entry.leg = leg;
    }
    const changed = () => testCallChanged(deps, principal.organizationId, testCall.id, n.id);
    changed();
    await Promise.all(legs.map(async ({ planned, leg }) => {
      if (!leg || !('placer' in planned)) return;
      const event = (e: Omit<LegEvent, 'id' | 'legId' | 'at'>) => repo.addEvent({ ...e, legId: leg.id, at: deps.clock.now().toISOString() }).then(changed);
      const onStatus = (s: LegStatusEvent) => void event({ kind: 'status', status: s.status, carrierCode: s.carrierCode, detail: { provider_status: s.providerStatus }, sequence: s.sequence }).catch((err: unknown) => deps.log.warn({ err, legId: leg.id }, 'a leg status could not be recorded'));
      try {
        if (!planned.placer.adapter.placeCall) throw new CallRefusedError('calls_not_supported', null, `Trunkline cannot place calls through ${leg.provider} yet.`, 'Use a verification line, or verify this number without a test call.');
        const placed = await planned.placer.adapter.placeCall(planned.placer.credentials, planned.placer.sipConfig, {
          from: leg.from,
          to: leg.to,
          legId: leg.id,
          statusUrl: statusUrlOf(deps, leg.id),
          ringSeconds: Math.ceil(bound / 1000),
          onStatus,
        }, opts);
        leg.providerCallId = placed.providerCallId;
        await repo.setProviderCallId(leg.id, placed.providerCallId);
        await event({ kind: 'placed', status: 'placed', carrierCode: null, detail: { provider: leg.provider }, sequence: null });
      } catch (err) {
        if (err instanceof CallRefusedError) {
          await event({ kind: 'refused', status: 'failed', carrierCode: err.carrierCode, detail: { code: err.code, detail: err.detail, fix: err.fix }, sequence: null });
        } else {
          deps.log.warn({ err, legId: leg.id, provider: leg.provider }, 'a test call could not be placed');
          await event({ kind: 'error', status: 'failed', carrierCode: null, detail: { code: 'call_not_placed', detail: `${leg.provider} did not take the call (${err instanceof Error ? err.name : 'error'}).` }, sequence: null });
        }
      }
    }));

    // Wait for each leg to settle (arrived, refused, or ended at the provider), or for the bound.
    const timeUp = deps.clock.after(Math.max(0, started.getTime() + bound - deps.clock.now().getTime()), abort.signal).then(() => true, () => true);
    const placedLegs = legs.flatMap((l) => (l.leg ? [l.leg] : []));
    for (;;) {
      const events = await repo.eventsOf(placedLegs.map((l) => l.id));
      if (placedLegs.every((l) => settled(events.filter((e) => e.legId === l.id)))) break;
      const next = await Promise.race([changes.next().then(() => false), timeUp]);
      if (next) break;
    }

    // What still rings is cancelled: nothing is left to ring out, nor answered.
    const events = await repo.eventsOf(placedLegs.map((l) => l.id));
    await Promise.all(placedLegs.map(async (leg) => {
      const own = events.filter((e) => e.legId === leg.id);
      // A leg that arrived was refused by the ingress, and ends by itself (busy): only what still rings is cancelled.
      if (!leg.providerCallId || own.some((e) => e.kind === 'arrived' || (e.status !== null && FINAL_LEG_STATUSES.has(e.status)))) return;
      const { placer } = legs.find((l) => l.leg === leg)!.planned as Extract<PlannedLeg, { placer: Placer }>;
      try {
        await placer.adapter.endCall?.(placer.credentials, placer.sipConfig, leg.providerCallId, opts);
        await repo.addEvent({ legId: leg.id, kind: 'canceled', status: 'canceled', carrierCode: null, detail: { after_ms: deps.clock.now().getTime() - started.getTime() }, sequence: null, at: deps.clock.now().toISOString() });
      } catch (err) {
        deps.log.warn({ err, legId: leg.id }, 'a test call could not be cancelled');
      }
    }));

    const finalEvents = await repo.eventsOf(placedLegs.map((l) => l.id));
    const checks = callChecks(plan.map((p, i) => ({ planned: p, leg: legs[i]!.leg, events: legs[i]!.leg ? finalEvents.filter((e) => e.legId === legs[i]!.leg!.id) : [] })), bound);
    const now = deps.clock.now().toISOString();
    const legViews = viewLegs(placedLegs, finalEvents, started);
    await deps.db.transaction().execute(async (trx) => {
      await testCallsRepository(trx).finish(testCall.id, checks, now);
      const finishedCall: TestCall = { ...testCall, status: 'finished', checks, finishedAt: now };
      await recordWebhookEvents(trx, deps, principal.organizationId, [testCallCompletedEvent({ testCall: finishedCall, checks, legs: legViews })]);
      await recordAudit(trx, deps, principal, 'phone_number.test_call', { type: 'phone_number', id: n.id }, {
        number: n.number,
        purpose,
        test_call_id: testCall.id,
        outbound_call: checks.outbound_call.status,
        inbound_call: checks.inbound_call.status,
      });
    });
    finished = true;
    changed();
    return { testCall: (await repo.find(principal.organizationId, testCall.id))!, checks, legs: legViews };
  } finally {
    // A test call that failed on its way (a provider down while setting calling up) frees its number at once.
    if (!finished) await repo.abandon(testCall.id, deps.clock.now().toISOString()).catch((err: unknown) => deps.log.warn({ err }, 'a test call could not be marked abandoned'));
    abort.abort();
    await changes.return?.();
  }
}

/** A leg is settled once it arrived, was refused, failed to be placed, or ended at its provider. */
function settled(events: LegEvent[]): boolean {
  return events.some((e) => e.kind === 'arrived' || e.kind === 'refused' || e.kind === 'error' || (e.status !== null && FINAL_LEG_STATUSES.has(e.status)));
}

function viewLegs(legs: CallLeg[], events: LegEvent[], started: Date): LegView[] {
  return legs.map((leg) => ({
    ...leg,
    timeline: events.filter((e) => e.legId === leg.id).map((e) => ({ ...e, ms: Math.max(0, new Date(e.at).getTime() - started.getTime()) })),
  }));
}

/** A finished test call as it was recorded, for reads. */
export async function testCallReport(deps: Deps, testCall: TestCall): Promise<TestCallReport> {
  const repo = testCallsRepository(deps.db);
  const legs = await repo.legsOf(testCall.id);
  const events = await repo.eventsOf(legs.map((l) => l.id));
  const checks = testCall.checks ?? { outbound_call: { status: 'not_checked', code: 'running', detail: 'The test call is still running.' }, inbound_call: { status: 'not_checked', code: 'running', detail: 'The test call is still running.' } };
  return { testCall, checks, legs: viewLegs(legs, events, new Date(testCall.createdAt)) } as TestCallReport;
}

export type { LegRole };
