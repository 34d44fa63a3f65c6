import { isPhoneNumberProperty, type PhoneNumber } from '../../db/repositories/phone-numbers';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../projection';
import { importNumbers, type ImportReport, type ImportResult } from '../../domain/import-numbers';
import { AgentIdText, ImportList, Label, MAX_IMPORT } from '../../domain/input-rules';
import {
  countPhoneNumbers,
  findPhoneNumber,
  listPhoneNumbers,
  releasePhoneNumber,
  updatePhoneNumber,
  verifyPhoneNumber,
  verificationFailures,
  type VerificationReport,
} from '../../domain/phone-numbers';
import { NotFoundError } from '../../domain/errors';
import type { Capabilities, CheckResult } from '../../providers/types';
import { builder } from '../builder';
import { connectionComplexity, pageArgs, parseId, toConnection, totalOf, TOTAL_COUNT_DESCRIPTION, withTotal } from '../pagination';
import { AFTER_ARG, FIRST_ARG, pageSize } from './list-args';
import { callOptions, principalOf } from '../principal';
import { CheckStatusEnum, ImportOutcomeEnum, NumberSourceEnum, PhoneNumberStatusEnum, VerificationStatusEnum } from './enums';
import { declared, resultErrors } from './errors';
import { inputRules } from './input-validation';
import { CallCheckType, TestCallType } from './test-call';

export const CapabilitiesType = builder.objectRef<Capabilities>('Capabilities').implement({
  description: 'What a number can do.',
  fields: (t) => ({
    voice: t.exposeBoolean('voice', { description: 'Voice calls.' }),
    sms: t.exposeBoolean('sms', { description: 'SMS messages.' }),
    mms: t.exposeBoolean('mms', { description: 'MMS messages.' }),
  }),
});

export const PhoneNumberRef = builder.objectRef<PhoneNumber>('PhoneNumber').implement({
  description: 'A phone number of the organization. Imported numbers start PROVISIONING until verify-voip passes.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The phone number id (the same integer as in REST).' }),
    number: t.exposeString('number', { description: 'The number, in E.164 (+14155550100).' }),
    source: t.expose('source', { type: NumberSourceEnum, description: 'Where it came from: VOIP for imported numbers.' }),
    status: t.expose('status', { type: PhoneNumberStatusEnum, description: 'PROVISIONING until verification passes, then ACTIVE.' }),
    voipConnectionId: t.id({ nullable: true, description: 'The connection it was imported through; null once that is deleted.', resolve: (n) => n.voipConnectionId }),
    voipVerificationStatus: t.expose('voipVerificationStatus', { type: VerificationStatusEnum, description: 'Result of the last verification.' }),
    voipLastVerifiedAt: t.expose('voipLastVerifiedAt', { type: 'DateTime', nullable: true, description: 'When verification last passed.' }),
    verificationFailures: t.field({
      type: [VerificationFailure],
      description: 'What failed in the last verification, to fix before verifying again (empty before the first and once it passes).',
      resolve: (n) => verificationFailures(n.lastVerification?.checks),
    }),
    inboundAgentId: t.id({ nullable: true, description: 'The agent that answers inbound calls, if assigned.', resolve: (n) => n.inboundAgentId }),
    outboundAgentId: t.id({ nullable: true, description: 'The agent that places outbound calls, if assigned.', resolve: (n) => n.outboundAgentId }),
    label: t.exposeString('label', { nullable: true, description: 'Your own label for the number.' }),
    friendlyName: t.exposeString('friendlyName', { nullable: true, description: "The provider's name for the number." }),
    country: t.exposeString('country', { nullable: true, description: 'ISO 3166 alpha-2 country, e.g. US.' }),
    capabilities: t.field({ type: CapabilitiesType, description: 'What the number can do.', resolve: (n) => n.capabilities }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was imported.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

const PhoneNumberList = builder.connectionObject(
  {
    type: PhoneNumberRef,
    name: 'PhoneNumberList',
    description: 'A page of phone numbers, newest first.',
    fields: (t) => ({ totalCount: t.int({ description: TOTAL_COUNT_DESCRIPTION, resolve: totalOf }) }),
  },
  { name: 'PhoneNumberListEdge', description: 'A phone number and its cursor.' },
);

/** Fields whose resolver reads a property of another name. */
const PROPERTY_OF_FIELD: Record<string, keyof PhoneNumber> = { verificationFailures: 'lastVerification' };

/**
 * The PhoneNumber properties a list's selection reads, or undefined (read every column) when a
 * selected field is not one property: a new field is read whole until it is mapped here.
 */
function propertiesSelected(info: GraphQLResolveInfo): Set<keyof PhoneNumber> | undefined {
  const out = new Set<keyof PhoneNumber>();
  for (const path of [['edges', 'node'], ['nodes']]) {
    const fields = selectedFields(info, path);
    if (!fields) return undefined;
    for (const field of fields) {
      const property = PROPERTY_OF_FIELD[field] ?? field;
      if (!isPhoneNumberProperty(property)) return undefined;
      out.add(property);
    }
  }
  return out;
}

const id = (value: string) => {
  const n = parseId(value);
  if (n === null) throw new NotFoundError('Phone number');
  return n;
};

builder.queryFields((t) => ({
  phoneNumbers: t.field({
    type: PhoneNumberList,
    description: "The organization's phone numbers, newest first.",
    complexity: connectionComplexity,
    args: {
      first: t.arg.int(FIRST_ARG),
      after: t.arg.string(AFTER_ARG),
      connectionId: t.arg.id({ description: 'Only numbers imported through this connection.' }),
      status: t.arg({ type: PhoneNumberStatusEnum, description: 'Only numbers with this status.' }),
    },
    resolve: async (_r, args, ctx, info) => {
      const connectionId = args.connectionId == null ? undefined : parseId(args.connectionId) ?? -1;
      const filter = { connectionId, status: args.status ?? undefined };
      const page = toConnection(await listPhoneNumbers(ctx.deps, principalOf(ctx), pageArgs({ first: pageSize(args.first), after: args.after }), filter, propertiesSelected(info)));
      return withTotal(page, () => countPhoneNumbers(ctx.deps, principalOf(ctx), filter));
    },
  }),
  phoneNumber: t.field({
    type: PhoneNumberRef,
    nullable: true,
    description: 'One phone number, or null if this organization has none with that id.',
    args: { id: t.arg.id({ required: true, description: 'The phone number id.' }) },
    resolve: (_r, args, ctx) => {
      const n = parseId(args.id);
      return n === null ? null : findPhoneNumber(ctx.deps, principalOf(ctx), n);
    },
  }),
}));

const ImportResultType = builder.objectRef<ImportResult>('ImportNumberResult').implement({
  description: 'What happened to one number of an import.',
  fields: (t) => ({
    number: t.exposeString('number', { description: 'The number as given (E.164 when valid).' }),
    outcome: t.expose('outcome', { type: ImportOutcomeEnum, description: 'What happened to it.' }),
    code: t.exposeString('code', {
      nullable: true,
      description:
        "Why it failed: `invalid_number`; `not_in_account` (the provider account does not list it, or another organization has proven it: one answer for both); `number_limit_reached` (the organization holds its limit of numbers).",
    }),
    phoneNumber: t.field({ type: PhoneNumberRef, nullable: true, description: 'The phone number, unless it failed.', resolve: (r) => r.phoneNumber }),
  }),
});

const ImportReportType = builder.objectRef<ImportReport>('ImportNumbersReport').implement({
  description: 'One result per distinct number, and the counts.',
  fields: (t) => ({
    results: t.field({ type: [ImportResultType], description: 'One result per distinct number, in the order given.', resolve: (r) => r.results }),
    imported: t.exposeInt('imported', { description: 'How many were imported now.' }),
    alreadyImported: t.exposeInt('alreadyImported', { description: 'How many this organization already held.' }),
    failed: t.exposeInt('failed', { description: 'How many could not be imported.' }),
  }),
});

const ImportNumbersInput = builder.inputType('ImportNumbersInput', {
  description: 'Numbers to import through a connection.',
  validate: inputRules({ numbers: ImportList }),
  fields: (t) => ({
    connectionId: t.id({ required: true, description: 'The connection whose provider account holds them.' }),
    numbers: t.stringList({
      required: true,
      description: `E.164 numbers, 1 to ${MAX_IMPORT}; for a connection with an inventory, numbers from availableNumbers.`,
    }),
  }),
});

builder.mutationField('importNumbers', (t) =>
  t.field({
    type: ImportReportType,
    description: 'Imports numbers from the connection’s provider account as PROVISIONING phone numbers.',
    errors: resultErrors('importNumbers', 'report', 'One result per number, and the counts.'),
    args: { input: t.arg({ type: ImportNumbersInput, required: true, description: 'What to import.' }) },
    resolve: declared('importNumbers', (_r, { input }, ctx) => {
      const connectionId = parseId(input.connectionId);
      if (connectionId === null) throw new NotFoundError('Connection');
      return importNumbers(ctx.deps, principalOf(ctx), connectionId, input.numbers, callOptions(ctx));
    }),
  }),
);

const VerificationCheckType = builder.objectRef<CheckResult>('VerificationCheck').implement({
  description: 'One check of a verification.',
  fields: (t) => ({
    status: t.expose('status', { type: CheckStatusEnum, description: 'PASS, FAIL, NOT_APPLICABLE or NOT_CHECKED.' }),
    code: t.exposeString('code', { description: 'Machine code, e.g. `inbound_routed` or `inbound_routing_rejected`; explained at /docs/errors.' }),
    detail: t.exposeString('detail', { description: 'What was found, and on a failure what to fix.' }),
  }),
});

const VerificationFailure = builder.objectRef<VerificationReport['failures'][number]>('VerificationFailure').implement({
  description: 'A failed check of a verification, to fix before verifying again.',
  fields: (t) => ({
    check: t.exposeString('check', { description: 'Which check: `inbound_routing`, `outbound_authorization`, `outbound_call` or `inbound_call`.' }),
    code: t.exposeString('code', { description: 'Machine code of the failure; explained at /docs/errors.' }),
    detail: t.exposeString('detail', { description: 'What to fix, in a sentence.' }),
  }),
});

const VerificationReportType = builder.objectRef<VerificationReport>('PhoneNumberVerification').implement({
  description: 'The outcome of verify-voip: inbound routing and outbound authorization, then a real call from the number and one to it.',
  fields: (t) => ({
    phoneNumber: t.field({ type: PhoneNumberRef, description: 'The number after verification: ACTIVE when it passed.', resolve: (r) => r.phoneNumber }),
    status: t.expose('status', { type: VerificationStatusEnum, description: 'VERIFIED or FAILED.' }),
    inboundRouting: t.field({ type: VerificationCheckType, description: 'Inbound calls to the number reach the platform.', resolve: (r) => r.checks.inbound_routing }),
    outboundAuthorization: t.field({ type: VerificationCheckType, description: 'Calls from the number are allowed.', resolve: (r) => r.checks.outbound_authorization }),
    outboundCall: t.field({ type: CallCheckType, description: 'A real call from the number arrived (NOT_CHECKED when nothing could be called).', resolve: (r) => r.checks.outbound_call }),
    inboundCall: t.field({ type: CallCheckType, description: 'A real call to the number reached Trunkline’s ingress (NOT_CHECKED when nothing could call it).', resolve: (r) => r.checks.inbound_call }),
    testCall: t.field({ type: TestCallType, nullable: true, description: 'The calls placed, with their timelines; null when none was placed.', resolve: (r) => r.testCall }),
    failures: t.field({ type: [VerificationFailure], description: 'The failed checks (empty when VERIFIED).', resolve: (r) => r.failures }),
  }),
});

const PhoneNumberIdInput = builder.inputType('PhoneNumberIdInput', {
  description: 'A phone number, by id.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The phone number id.' }) }),
});

builder.mutationField('verifyPhoneNumber', (t) =>
  t.field({
    type: VerificationReportType,
    description: "Verifies a number (REST verify-voip): routes its inbound calls to Trunkline's ingress (which hands every call but its test calls on to the platform), checks outbound authorization, then places two real calls that are refused before answer — one from the number, one to it. Every check that ran passes: ACTIVE. One fails: the failures say what to fix, and it can be verified again.",
    errors: resultErrors('verifyPhoneNumber', 'verification', 'The checks and the number after them.'),
    args: { input: t.arg({ type: PhoneNumberIdInput, required: true, description: 'The number to verify.' }) },
    resolve: declared('verifyPhoneNumber', (_r, { input }, ctx) => verifyPhoneNumber(ctx.deps, principalOf(ctx), id(input.id), callOptions(ctx))),
  }),
);

const UpdatePhoneNumberInput = builder.inputType('UpdatePhoneNumberInput', {
  description: 'What to change on a phone number; fields left out stay as they are.',
  validate: inputRules({ inboundAgentId: AgentIdText.nullish(), outboundAgentId: AgentIdText.nullish(), label: Label.nullish() }),
  fields: (t) => ({
    id: t.id({ required: true, description: 'The phone number id.' }),
    inboundAgentId: t.id({ description: 'Agent answering inbound calls; null unassigns.' }),
    outboundAgentId: t.id({ description: 'Agent placing outbound calls; null unassigns.' }),
    label: t.string({ description: 'Your own label, up to 200 characters; null clears it.' }),
  }),
});

/** An agent id the input's rules passed, as a number; null (unassign) and undefined (unchanged) kept. */
const agentId = (value: string | null | undefined) => (value == null ? value : Number(value));

builder.mutationField('updatePhoneNumber', (t) =>
  t.field({
    type: PhoneNumberRef,
    description: 'Assigns inbound/outbound agents and a label.',
    errors: resultErrors('updatePhoneNumber', 'phoneNumber', 'The number after the change.'),
    args: { input: t.arg({ type: UpdatePhoneNumberInput, required: true, description: 'What to change.' }) },
    resolve: declared('updatePhoneNumber', (_r, { input }, ctx) =>
      updatePhoneNumber(ctx.deps, principalOf(ctx), id(input.id), {
        inboundAgentId: agentId(input.inboundAgentId),
        outboundAgentId: agentId(input.outboundAgentId),
        label: input.label,
      }),
    ),
  }),
);

builder.mutationField('releasePhoneNumber', (t) =>
  t.field({
    type: PhoneNumberRef,
    description: 'Releases a number: restores its previous provider routing (never deletes it there).',
    errors: resultErrors('releasePhoneNumber', 'phoneNumber', 'The number, now RELEASED.'),
    args: { input: t.arg({ type: PhoneNumberIdInput, required: true, description: 'The number to release.' }) },
    resolve: declared('releasePhoneNumber', (_r, { input }, ctx) => releasePhoneNumber(ctx.deps, principalOf(ctx), id(input.id), callOptions(ctx))),
  }),
);
