import type { CallChecks } from '../../db/repositories/test-calls';
import { testPhoneNumber } from '../../domain/phone-numbers';
import type { LegView, TestCallReport } from '../../domain/test-calls';
import { NotFoundError } from '../../domain/errors';
import { builder } from '../builder';
import { parseId } from '../pagination';
import { callOptions, principalOf } from '../principal';
import { CallLegEventKindEnum, CallLegPlacerEnum, CallLegRoleEnum, CallLegStatusEnum, CheckStatusEnum, ProviderEnum, TestCallPurposeEnum, TestCallStatusEnum } from './enums';
import { declared, resultErrors } from './errors';

type CallCheck = CallChecks['outbound_call'];

export const CallCheckType = builder.objectRef<CallCheck>('CallCheck').implement({
  description: 'One check proven (or not) by a real call: outboundCall or inboundCall.',
  fields: (t) => ({
    status: t.expose('status', { type: CheckStatusEnum, description: 'PASS, FAIL or NOT_CHECKED (with why).' }),
    code: t.exposeString('code', { description: 'Machine code, e.g. `call_arrived`, `caller_id_not_allowed`, `call_not_arrived`; explained at /docs/errors.' }),
    detail: t.exposeString('detail', { description: 'What happened, in a sentence.' }),
    carrierCode: t.string({ nullable: true, description: "The carrier's own code, where there is one: Twilio 21210, Telnyx D53, SIP 403…", resolve: (c) => c.carrierCode ?? null }),
    fix: t.string({ nullable: true, description: 'What to change at the provider, on a failure.', resolve: (c) => c.fix ?? null }),
  }),
});

type TimelineEvent = LegView['timeline'][number];

const CallLegEventType = builder.objectRef<TimelineEvent>('CallLegEvent').implement({
  description: 'One step of a call, in order.',
  fields: (t) => ({
    kind: t.expose('kind', { type: CallLegEventKindEnum, description: 'What happened.' }),
    status: t.field({ type: CallLegStatusEnum, nullable: true, description: 'The call’s progress, for PLACED, STATUS, CANCELED and REFUSED.', resolve: (e) => e.status }),
    providerStatus: t.string({ nullable: true, description: "The provider's own word for it (Twilio `no-answer`, Telnyx `user_busy`, SIP `486`).", resolve: (e) => (typeof e.detail.provider_status === 'string' ? e.detail.provider_status : null) }),
    carrierCode: t.exposeString('carrierCode', { nullable: true, description: "The carrier's code, where there is one." }),
    transport: t.string({ nullable: true, description: 'How it arrived: `http`, `sip-udp`, `sip-tcp` or `sip-tls`.', resolve: (e) => (typeof e.detail.transport === 'string' ? e.detail.transport : null) }),
    ms: t.exposeInt('ms', { description: 'Milliseconds since the test call started.' }),
    at: t.exposeString('at', { description: 'When (ISO-8601).' }),
  }),
});

const CallLegType = builder.objectRef<LegView>('CallLeg').implement({
  description: 'One real call of a test call: never answered.',
  fields: (t) => ({
    role: t.expose('role', { type: CallLegRoleEnum, description: 'OUTBOUND (from the number) or INBOUND (to it).' }),
    placedBy: t.expose('placedBy', { type: CallLegPlacerEnum, description: "CUSTOMER (the number's connection) or LINE (the operator's verification line)." }),
    provider: t.expose('provider', { type: ProviderEnum, description: 'The provider that placed it.' }),
    from: t.exposeString('from', { description: 'Caller, E.164.' }),
    to: t.exposeString('to', { description: 'Destination, E.164.' }),
    timeline: t.field({ type: [CallLegEventType], description: 'What happened to it, in order.', resolve: (l) => l.timeline }),
  }),
});

export const TestCallType = builder.objectRef<TestCallReport>('TestCall').implement({
  description: 'Two real, never-answered calls that prove a number: one from it (outboundCall), one to it (inboundCall).',
  fields: (t) => ({
    id: t.id({ description: 'The test call id.', resolve: (r) => r.testCall.id }),
    phoneNumberId: t.id({ description: 'The number tested.', resolve: (r) => r.testCall.phoneNumberId }),
    purpose: t.field({ type: TestCallPurposeEnum, description: 'VERIFICATION or TEST.', resolve: (r) => r.testCall.purpose }),
    status: t.field({ type: TestCallStatusEnum, description: 'RUNNING, FINISHED or ABANDONED.', resolve: (r) => r.testCall.status }),
    outboundCall: t.field({ type: CallCheckType, description: 'The number can call out with itself as caller ID.', resolve: (r) => r.checks.outbound_call }),
    inboundCall: t.field({ type: CallCheckType, description: 'Calls to the number reach the platform.', resolve: (r) => r.checks.inbound_call }),
    legs: t.field({ type: [CallLegType], description: 'The calls placed, with their timelines.', resolve: (r) => r.legs }),
    createdAt: t.string({ description: 'When it started (ISO-8601).', resolve: (r) => r.testCall.createdAt }),
    finishedAt: t.string({ nullable: true, description: 'When it finished.', resolve: (r) => r.testCall.finishedAt }),
  }),
});

const TestCallInput = builder.inputType('TestCallInput', {
  description: 'A phone number to call, by id.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The phone number id.' }) }),
});

builder.mutationField('testCall', (t) =>
  t.field({
    type: TestCallType,
    description:
      "Places the two calls of a verification on demand (REST test-call): one from the number, one to it, each refused before answer at Trunkline's ingress and cancelled after the bound if it never arrives. Changes nothing on the number. One at a time per number; an organization may start a few per 15 minutes (429 past it). Progress arrives over testCallUpdated.",
    errors: resultErrors('testCall', 'testCall', 'The checks and the calls.'),
    args: { input: t.arg({ type: TestCallInput, required: true, description: 'The number to call.' }) },
    resolve: declared('testCall', (_r, { input }, ctx) => {
      const id = parseId(input.id);
      if (id === null) throw new NotFoundError('Phone number');
      return testPhoneNumber(ctx.deps, principalOf(ctx), id, callOptions(ctx));
    }),
  }),
);
