import { sql, type Kysely, type Selectable } from 'kysely';
import type { LegStatus } from '../../providers/calls';
import type { CheckResult, ProviderId } from '../../providers/types';
import type { CallLegEventsTable, CallLegsTable, Database, TestCallsTable } from '../tables';
import { fromJson, toJson } from '../json';

export type TestCallPurpose = 'verification' | 'test';
export type LegRole = 'outbound' | 'inbound';
export type LegPlacer = 'customer' | 'line';
export type CallCheckName = 'outbound_call' | 'inbound_call';
export type CallChecks = Record<CallCheckName, CheckResult & { carrierCode?: string | null; fix?: string | null }>;

export interface TestCall {
  id: number;
  organizationId: number;
  phoneNumberId: number;
  purpose: TestCallPurpose;
  status: 'running' | 'finished' | 'abandoned';
  checks: CallChecks | null;
  createdAt: string;
  expiresAt: string;
  finishedAt: string | null;
}

export interface CallLeg {
  id: string;
  testCallId: number;
  organizationId: number;
  role: LegRole;
  placedBy: LegPlacer;
  connectionId: number | null;
  provider: ProviderId;
  from: string;
  to: string;
  providerCallId: string | null;
  placedAt: string;
  expiresAt: string;
}

/**
 * placed (the provider took it), status (a provider status event), arrived (at Trunkline's
 * ingress, authenticated), unauthenticated (an arrival whose signature could not be checked: never
 * proof), rejected (refused before answer by the ingress), canceled (by us at the bound), refused
 * (the provider would not place it), error (the provider could not be reached).
 */
export type LegEventKind = 'placed' | 'status' | 'arrived' | 'unauthenticated' | 'rejected' | 'canceled' | 'refused' | 'error';

export interface LegEvent {
  id: number;
  legId: string;
  kind: LegEventKind;
  status: LegStatus | null;
  carrierCode: string | null;
  detail: Record<string, string | number | boolean | null>;
  sequence: number | null;
  at: string;
}

export type NewLegEvent = Omit<LegEvent, 'id'>;

const toTestCall = (r: Selectable<TestCallsTable>): TestCall => ({
  id: r.id,
  organizationId: r.organization_id,
  phoneNumberId: r.phone_number_id,
  purpose: r.purpose as TestCallPurpose,
  status: r.status as TestCall['status'],
  checks: fromJson<CallChecks>(r.checks) ?? null,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  finishedAt: r.finished_at,
});

const toLeg = (r: Selectable<CallLegsTable>): CallLeg => ({
  id: r.id,
  testCallId: r.test_call_id,
  organizationId: r.organization_id,
  role: r.role as LegRole,
  placedBy: r.placed_by as LegPlacer,
  connectionId: r.connection_id,
  provider: r.provider as ProviderId,
  from: r.from_number,
  to: r.to_number,
  providerCallId: r.provider_call_id,
  placedAt: r.placed_at,
  expiresAt: r.expires_at,
});

const toEvent = (r: Selectable<CallLegEventsTable>): LegEvent => ({
  id: r.id,
  legId: r.leg_id,
  kind: r.kind as LegEventKind,
  status: r.status as LegStatus | null,
  carrierCode: r.carrier_code,
  detail: fromJson<LegEvent['detail']>(r.detail) ?? {},
  sequence: r.sequence,
  at: r.at,
});

/** Test calls, their legs and what happened to each leg. */
export function testCallsRepository(db: Kysely<Database>) {
  return {
    /**
     * Starts a test call of a number, or returns null while another one of it is running. A
     * running one past its expiry (its instance died) is marked abandoned first.
     */
    async start(organizationId: number, phoneNumberId: number, purpose: TestCallPurpose, now: string, expiresAt: string): Promise<TestCall | null> {
      await db.updateTable('test_calls').set({ status: 'abandoned', finished_at: now }).where('phone_number_id', '=', phoneNumberId).where('status', '=', 'running').where('expires_at', '<=', now).execute();
      const row = await db
        .insertInto('test_calls')
        .values({ organization_id: organizationId, phone_number_id: phoneNumberId, purpose, status: 'running', checks: null, created_at: now, expires_at: expiresAt, finished_at: null })
        // The literal, not a parameter: the conflict target must name the partial index's own predicate.
        .onConflict((oc) => oc.column('phone_number_id').where('status', '=', sql.lit('running')).doNothing())
        .returningAll()
        .executeTakeFirst();
      return row ? toTestCall(row) : null;
    },

    async finish(id: number, checks: CallChecks, now: string): Promise<void> {
      await db.updateTable('test_calls').set({ status: 'finished', checks: toJson(checks), finished_at: now }).where('id', '=', id).execute();
    },

    /** Whether a test call of the number is running (and not past its expiry). */
    async running(phoneNumberId: number, now: string): Promise<boolean> {
      const row = await db.selectFrom('test_calls').select('id').where('phone_number_id', '=', phoneNumberId).where('status', '=', 'running').where('expires_at', '>', now).executeTakeFirst();
      return row !== undefined;
    },

    /** A running test call that could not finish (an error on its way): its number is free again. */
    async abandon(id: number, now: string): Promise<void> {
      await db.updateTable('test_calls').set({ status: 'abandoned', finished_at: now }).where('id', '=', id).where('status', '=', 'running').execute();
    },

    async find(organizationId: number, id: number): Promise<TestCall | undefined> {
      const row = await db.selectFrom('test_calls').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
      return row && toTestCall(row);
    },

    async addLeg(leg: CallLeg): Promise<void> {
      await db
        .insertInto('call_legs')
        .values({
          id: leg.id,
          test_call_id: leg.testCallId,
          organization_id: leg.organizationId,
          role: leg.role,
          placed_by: leg.placedBy,
          connection_id: leg.connectionId,
          provider: leg.provider,
          from_number: leg.from,
          to_number: leg.to,
          provider_call_id: leg.providerCallId,
          placed_at: leg.placedAt,
          expires_at: leg.expiresAt,
        })
        .execute();
    },

    async setProviderCallId(legId: string, providerCallId: string): Promise<void> {
      await db.updateTable('call_legs').set({ provider_call_id: providerCallId }).where('id', '=', legId).execute();
    },

    async leg(legId: string): Promise<CallLeg | undefined> {
      const row = await db.selectFrom('call_legs').selectAll().where('id', '=', legId).executeTakeFirst();
      return row && toLeg(row);
    },

    async legByProviderCallId(provider: string, providerCallId: string): Promise<CallLeg | undefined> {
      const row = await db.selectFrom('call_legs').selectAll().where('provider', '=', provider).where('provider_call_id', '=', providerCallId).executeTakeFirst();
      return row && toLeg(row);
    },

    async legsOf(testCallId: number): Promise<CallLeg[]> {
      const rows = await db.selectFrom('call_legs').selectAll().where('test_call_id', '=', testCallId).orderBy('placed_at').orderBy('id').execute();
      return rows.map(toLeg);
    },

    /**
     * The legs still waiting for a call to `to`, most recent first: the caller is matched by the
     * domain, as carriers render it in several forms (E.164, national).
     */
    async waitingLegsTo(to: string, now: string): Promise<CallLeg[]> {
      const rows = await db
        .selectFrom('call_legs')
        .selectAll()
        .where('to_number', '=', to)
        .where('expires_at', '>', now)
        .where('placed_at', '<=', now)
        .where((eb) => eb.not(eb.exists(eb.selectFrom('call_leg_events').select('id').whereRef('call_leg_events.leg_id', '=', 'call_legs.id').where('kind', '=', 'arrived'))))
        .orderBy('placed_at', 'desc')
        .limit(20)
        .execute();
      return rows.map(toLeg);
    },

    async addEvent(e: NewLegEvent): Promise<void> {
      await db
        .insertInto('call_leg_events')
        .values({ leg_id: e.legId, kind: e.kind, status: e.status, carrier_code: e.carrierCode, detail: toJson(e.detail), sequence: e.sequence, at: e.at })
        .execute();
    },

    async eventsOf(legIds: readonly string[]): Promise<LegEvent[]> {
      if (legIds.length === 0) return [];
      const rows = await db.selectFrom('call_leg_events').selectAll().where('leg_id', 'in', legIds).orderBy('id').execute();
      return rows.map(toEvent);
    },
  };
}
