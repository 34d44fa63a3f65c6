import { phoneNumbersRepository, type PhoneNumber } from '../db/repositories/phone-numbers';
import type { Page, PageArgs } from '../db/keyset';
import type { CallOptions } from '../providers/http-client';
import { fail, RoutingRejectedError, type CheckResult, type NumberRef } from '../providers/types';
import { runTestCall, testCallReport, type TestCallReport } from './test-calls';
import { ingressTargets } from './ingress-targets';
import { testCallsRepository } from '../db/repositories/test-calls';
import { recordChecks } from '../observability/metrics';
import { recordAudit } from './audit';
import { recordWebhookEvents } from './webhook-events';
import { phoneNumberEvent } from './webhook-objects';
import type { Deps, Principal } from './deps';
import { ConflictError, DomainError, NotFoundError } from './errors';
import { usableConnection, withStoredCredentials } from './provider-calls';
import { connectionChanged, phoneNumberChanged } from './events';
import { AgentId, checked, Label } from './input-rules';

export interface PhoneNumberFilter {
  connectionId?: number;
  status?: PhoneNumber['status'];
}

export interface PhoneNumberChangesInput {
  inboundAgentId?: number | null;
  outboundAgentId?: number | null;
  label?: string | null;
}

export type VerificationCheck = 'inbound_routing' | 'outbound_authorization' | 'outbound_call' | 'inbound_call';

export interface VerificationReport {
  phoneNumber: PhoneNumber;
  status: 'verified' | 'failed';
  checks: Record<VerificationCheck, CheckResult & { carrierCode?: string | null; fix?: string | null }>;
  failures: { check: VerificationCheck; code: string; detail: string }[];
  /** The test call that placed the two calls, when one was placed. */
  testCall: TestCallReport | null;
}

/** The failed checks of a verification, in check order: what to fix before verifying again. */
export function verificationFailures(checks: Partial<Record<VerificationCheck, CheckResult>> | undefined): VerificationReport['failures'] {
  if (!checks) return [];
  return (Object.keys(checks) as VerificationCheck[]).filter((c) => checks[c]!.status === 'fail').map((c) => ({ check: c, code: checks[c]!.code, detail: checks[c]!.detail }));
}

async function find(deps: Deps, principal: Principal, id: number): Promise<PhoneNumber> {
  const n = await phoneNumbersRepository(deps.db).find(principal.organizationId, id);
  if (!n) throw new NotFoundError('Phone number');
  return n;
}

const refOf = (n: PhoneNumber): NumberRef => ({ phoneNumber: n.number, providerNumberId: n.providerNumberId ?? n.number, country: n.country });

export function getPhoneNumber(deps: Deps, principal: Principal, id: number): Promise<PhoneNumber> {
  return find(deps, principal, id);
}

export async function findPhoneNumber(deps: Deps, principal: Principal, id: number): Promise<PhoneNumber | null> {
  return (await phoneNumbersRepository(deps.db).find(principal.organizationId, id)) ?? null;
}

/** A page of the organization's numbers; with `only`, of just those properties (the others undefined). */
export function listPhoneNumbers(deps: Deps, principal: Principal, args: PageArgs, filter: PhoneNumberFilter = {}, only?: ReadonlySet<keyof PhoneNumber>): Promise<Page<PhoneNumber>> {
  return phoneNumbersRepository(deps.db).page(principal.organizationId, args, filter, only);
}

export function countPhoneNumbers(deps: Deps, principal: Principal, filter: PhoneNumberFilter = {}): Promise<number> {
  return phoneNumbersRepository(deps.db).count(principal.organizationId, filter);
}

/** Assigns agents and a label; null unassigns. */
export async function updatePhoneNumber(deps: Deps, principal: Principal, id: number, changes: PhoneNumberChangesInput): Promise<PhoneNumber> {
  const n = await find(deps, principal, id);
  if (n.status === 'released') throw new ConflictError('number_released', 'This number was released; import it again to use it.');
  if (changes.inboundAgentId != null) checked(AgentId, changes.inboundAgentId, 'inbound_agent_id');
  if (changes.outboundAgentId != null) checked(AgentId, changes.outboundAgentId, 'outbound_agent_id');
  if (changes.label != null) checked(Label, changes.label, 'label');
  await deps.db.transaction().execute(async (trx) => {
    await phoneNumbersRepository(trx).update(principal.organizationId, id, { ...changes, updatedAt: deps.clock.now().toISOString() });
    const changed = (['inboundAgentId', 'outboundAgentId', 'label'] as const).filter((k) => changes[k] !== undefined).join(',');
    await recordAudit(trx, deps, principal, 'phone_number.updated', { type: 'phone_number', id }, { number: n.number, changed });
    await recordWebhookEvents(trx, deps, principal.organizationId, [phoneNumberEvent(trx, principal.organizationId, id, 'phone_number.updated')]);
  });
  phoneNumberChanged(deps, principal.organizationId, id, n.voipConnectionId);
  return find(deps, principal, id);
}

/** A number that is not released, with its connection ready for provider calls: what verifying or calling it needs. */
async function numberWithConnection(deps: Deps, principal: Principal, id: number, verb: 'verify' | 'call') {
  const n = await find(deps, principal, id);
  if (n.status === 'released') throw new ConflictError('number_released', `This number was released; import it again to ${verb} it.`);
  const missing = () => new ConflictError('connection_missing', "The number's connection was deleted: import it through another connection.");
  if (n.voipConnectionId === null) throw missing();
  return { n, ...(await usableConnection(deps, principal, n.voipConnectionId, missing)) };
}

/**
 * verify-voip: points the number's inbound voice at Trunkline's ingress through the provider,
 * checks that outbound calls from it are authorized, then proves both with real, unanswered
 * calls (runTestCall): one from the number, one to it. Every check that ran passed → `active`
 * and `verified`; otherwise `failed`, with each failed check spelled out, and the number stays
 * ready for a retry. A call check that could not run (nothing to call with) is not_checked and
 * fails nothing. The routing the number had before we first touched it is kept, for release to
 * restore.
 */
export async function verifyPhoneNumber(deps: Deps, principal: Principal, id: number, opts?: CallOptions): Promise<VerificationReport> {
  const { n, record, parsed } = await numberWithConnection(deps, principal, id, 'verify');
  const ref = refOf(n);

  let previous = n.previousRouting;
  let inbound: CheckResult;
  try {
    const replaced = await withStoredCredentials(deps, record, () => parsed.adapter.configureInbound(parsed.credentials, parsed.sipConfig, ref, ingressTargets(deps, record.provider), opts));
    previous ??= replaced;
    inbound = { status: 'pass', code: 'inbound_routed', detail: 'Inbound calls to this number now reach the platform.' };
  } catch (err) {
    if (!(err instanceof RoutingRejectedError)) throw err;
    inbound = fail('inbound_routing_rejected', `${err.detail} Check the number's trunk or application assignment at the provider.`);
  }
  const outbound = await withStoredCredentials(deps, record, () => parsed.adapter.checkOutbound(parsed.credentials, parsed.sipConfig, ref, opts));

  // The calls prove what the settings suggest; with a setting already failed they could only fail too.
  let testCall: TestCallReport | null = null;
  let calls: Pick<VerificationReport['checks'], 'outbound_call' | 'inbound_call'>;
  if (!deps.testCalls.atVerification) {
    const off = { status: 'not_checked', code: 'calls_off', detail: 'Not called: this gateway verifies without test calls (TRUNKLINE_VERIFY_WITH_CALLS=false).', carrierCode: null, fix: null } as const;
    calls = { outbound_call: off, inbound_call: off };
  } else if (inbound.status === 'fail' || outbound.status === 'fail') {
    const skipped = { status: 'not_checked', code: 'not_checked', detail: 'Not called: fix the failed checks first.', carrierCode: null, fix: null } as const;
    calls = { outbound_call: skipped, inbound_call: skipped };
  } else {
    if (n.previousRouting === null && previous !== null) {
      // Recorded before the calls, so a failure after them still lets release restore the routing.
      await phoneNumbersRepository(deps.db).update(principal.organizationId, id, { previousRouting: previous, updatedAt: deps.clock.now().toISOString() });
    }
    testCall = await withStoredCredentials(deps, record, () => runTestCall(deps, principal, n, record, parsed, 'verification', opts));
    calls = testCall.checks;
  }

  const checks: VerificationReport['checks'] = { inbound_routing: inbound, outbound_authorization: outbound, ...calls };
  const failures = verificationFailures(checks);
  recordChecks('verify', record.provider, checks);
  const now = deps.clock.now().toISOString();
  const verified = failures.length === 0;
  await deps.db.transaction().execute(async (trx) => {
    await phoneNumbersRepository(trx).update(principal.organizationId, id, {
      ...(verified ? { status: 'active', voipVerificationStatus: 'verified', voipLastVerifiedAt: now } : { voipVerificationStatus: 'failed' }),
      previousRouting: previous,
      lastVerification: { at: now, checks },
      updatedAt: now,
    });
    await recordAudit(trx, deps, principal, verified ? 'phone_number.verified' : 'phone_number.verification_failed', { type: 'phone_number', id }, {
      number: n.number,
      connection_id: n.voipConnectionId,
      failed: failures.map((f) => f.code).join(',') || null,
    });
    await recordWebhookEvents(trx, deps, principal.organizationId, [phoneNumberEvent(trx, principal.organizationId, id, verified ? 'phone_number.verified' : 'phone_number.verification_failed')]);
  });
  phoneNumberChanged(deps, principal.organizationId, id, n.voipConnectionId);
  return { phoneNumber: await find(deps, principal, id), status: verified ? 'verified' : 'failed', checks, failures, testCall };
}

/**
 * A test call on demand (REST test-call, GraphQL testCall): the same two calls as verify-voip,
 * without changing the number's routing or status. The inbound call reaches Trunkline only once
 * the number is routed to it (after a verification).
 */
export async function testPhoneNumber(deps: Deps, principal: Principal, id: number, opts?: CallOptions): Promise<TestCallReport> {
  const { n, record, parsed } = await numberWithConnection(deps, principal, id, 'call');
  return withStoredCredentials(deps, record, () => runTestCall(deps, principal, n, record, parsed, 'test', opts));
}

/** One test call of the organization, or null. */
export async function findTestCall(deps: Deps, principal: Principal, testCallId: number): Promise<TestCallReport | null> {
  const call = await testCallsRepository(deps.db).find(principal.organizationId, testCallId);
  return call ? testCallReport(deps, call) : null;
}

/**
 * Releases a number: its provider routing is put back as it was before verification (the number
 * is never deleted at the provider), then it is marked `released` and may be imported again.
 * Releasing twice is harmless.
 */
export async function releasePhoneNumber(deps: Deps, principal: Principal, id: number, opts?: CallOptions): Promise<PhoneNumber> {
  const n = await find(deps, principal, id);
  if (n.status === 'released') return n;
  if (n.previousRouting && n.voipConnectionId !== null) {
    // A connection in error or with unreadable credentials cannot restore anything: release locally.
    const usable = await usableConnection(deps, principal, n.voipConnectionId).catch((err: unknown) => {
      if (err instanceof DomainError) return null;
      throw err;
    });
    if (usable) {
      const { record, parsed } = usable;
      try {
        await withStoredCredentials(deps, record, () => parsed.adapter.restoreInbound(parsed.credentials, parsed.sipConfig, refOf(n), n.previousRouting!, opts));
      } catch (err) {
        if (!(err instanceof RoutingRejectedError)) throw err;
        deps.log.warn({ phoneNumberId: id, reason: err.detail }, 'previous routing could not be restored at release');
      }
    }
  }
  const now = deps.clock.now().toISOString();
  const released = await deps.db.transaction().execute(async (trx) => {
    if (!(await phoneNumbersRepository(trx).release(principal.organizationId, id, now))) return false;
    await recordAudit(trx, deps, principal, 'phone_number.released', { type: 'phone_number', id }, { number: n.number, connection_id: n.voipConnectionId });
    await recordWebhookEvents(trx, deps, principal.organizationId, [phoneNumberEvent(trx, principal.organizationId, id, 'phone_number.released')]);
    return true;
  });
  if (released) {
    phoneNumberChanged(deps, principal.organizationId, id, n.voipConnectionId);
    if (n.voipConnectionId !== null) connectionChanged(deps, principal.organizationId, n.voipConnectionId);
  }
  return find(deps, principal, id);
}
