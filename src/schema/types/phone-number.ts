import type { PhoneNumber } from '../../db/repositories/phone-numbers';
import { importNumbers, MAX_IMPORT, type ImportReport, type ImportResult } from '../../domain/import-numbers';
import {
  countPhoneNumbers,
  findPhoneNumber,
  listPhoneNumbers,
  releasePhoneNumber,
  updatePhoneNumber,
  verifyPhoneNumber,
  type VerificationReport,
} from '../../domain/phone-numbers';
import { NotFoundError, ValidationError } from '../../domain/errors';
import type { Capabilities, CheckResult } from '../../providers/types';
import { builder } from '../builder';
import { connectionComplexity, pageArgs, parseId, toConnection, totalOf, TOTAL_COUNT_DESCRIPTION, withTotal } from '../pagination';
import { callOptions, principalOf } from '../principal';
import { CheckStatusEnum, ImportOutcomeEnum, NumberSourceEnum, PhoneNumberStatusEnum, VerificationStatusEnum } from './enums';
import { MUTATION_ERRORS } from './errors';

export const CapabilitiesType = builder.objectRef<Capabilities>('Capabilities').implement({
  description: 'What a number can do.',
  fields: (t) => ({ voice: t.exposeBoolean('voice'), sms: t.exposeBoolean('sms'), mms: t.exposeBoolean('mms') }),
});

export const PhoneNumberRef = builder.objectRef<PhoneNumber>('PhoneNumber').implement({
  description: 'A phone number of the organization. Imported numbers start PROVISIONING until verify-voip passes.',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number', { description: 'E.164.' }),
    source: t.expose('source', { type: NumberSourceEnum }),
    status: t.expose('status', { type: PhoneNumberStatusEnum }),
    voipConnectionId: t.id({ nullable: true, description: 'The connection it was imported through; null once that is deleted.', resolve: (n) => n.voipConnectionId }),
    voipVerificationStatus: t.expose('voipVerificationStatus', { type: VerificationStatusEnum }),
    voipLastVerifiedAt: t.expose('voipLastVerifiedAt', { type: 'DateTime', nullable: true }),
    inboundAgentId: t.id({ nullable: true, resolve: (n) => n.inboundAgentId }),
    outboundAgentId: t.id({ nullable: true, resolve: (n) => n.outboundAgentId }),
    label: t.exposeString('label', { nullable: true }),
    friendlyName: t.exposeString('friendlyName', { nullable: true }),
    country: t.exposeString('country', { nullable: true, description: 'ISO 3166 alpha-2.' }),
    capabilities: t.field({ type: CapabilitiesType, resolve: (n) => n.capabilities }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const id = (value: string) => {
  const n = parseId(value);
  if (n === null) throw new NotFoundError('Phone number');
  return n;
};

builder.queryFields((t) => ({
  phoneNumbers: t.connection(
    {
      type: PhoneNumberRef,
      description: 'Phone numbers, newest first.',
      complexity: connectionComplexity,
      args: {
        connectionId: t.arg.id({ description: 'Only numbers imported through this connection.' }),
        status: t.arg({ type: PhoneNumberStatusEnum }),
      },
      resolve: async (_r, args, ctx) => {
        const connectionId = args.connectionId == null ? undefined : parseId(args.connectionId) ?? -1;
        const filter = { connectionId, status: args.status ?? undefined };
        const page = toConnection(await listPhoneNumbers(ctx.deps, principalOf(ctx), pageArgs(args), filter));
        return withTotal(page, () => countPhoneNumbers(ctx.deps, principalOf(ctx), filter));
      },
    },
    {
      name: 'PhoneNumberList',
      description: 'A page of phone numbers.',
      fields: (t) => ({ totalCount: t.int({ description: TOTAL_COUNT_DESCRIPTION, resolve: totalOf }) }),
    },
    { name: 'PhoneNumberListEdge' },
  ),
  phoneNumber: t.field({
    type: PhoneNumberRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => {
      const n = parseId(args.id);
      return n === null ? null : findPhoneNumber(ctx.deps, principalOf(ctx), n);
    },
  }),
}));

const ImportResultType = builder.objectRef<ImportResult>('ImportNumberResult').implement({
  description: 'What happened to one number of an import.',
  fields: (t) => ({
    number: t.exposeString('number'),
    outcome: t.expose('outcome', { type: ImportOutcomeEnum }),
    code: t.exposeString('code', { nullable: true, description: 'Why it failed: invalid_number, not_in_account, number_in_other_org.' }),
    phoneNumber: t.field({ type: PhoneNumberRef, nullable: true, resolve: (r) => r.phoneNumber }),
  }),
});

const ImportReportType = builder.objectRef<ImportReport>('ImportNumbersReport').implement({
  description: 'One result per distinct number, and the counts.',
  fields: (t) => ({
    results: t.field({ type: [ImportResultType], resolve: (r) => r.results }),
    imported: t.exposeInt('imported'),
    alreadyImported: t.exposeInt('alreadyImported'),
    failed: t.exposeInt('failed'),
  }),
});

const ImportNumbersInput = builder.inputType('ImportNumbersInput', {
  fields: (t) => ({
    connectionId: t.id({ required: true }),
    numbers: t.stringList({
      required: true,
      description: `E.164 numbers, up to ${MAX_IMPORT}.`,
      validate: { minLength: [1, { message: `must list 1 to ${MAX_IMPORT} numbers` }], maxLength: [MAX_IMPORT, { message: `must list 1 to ${MAX_IMPORT} numbers` }], items: { maxLength: 32 } },
    }),
  }),
});

builder.mutationField('importNumbers', (t) =>
  t.field({
    type: ImportReportType,
    description: 'Imports numbers from the connection’s provider account as PROVISIONING phone numbers.',
    errors: { types: MUTATION_ERRORS, result: { name: 'ImportNumbersPayload' }, union: { name: 'ImportNumbersResult' }, dataField: { name: 'report' } },
    args: { input: t.arg({ type: ImportNumbersInput, required: true }) },
    resolve: (_r, { input }, ctx) => {
      const connectionId = parseId(input.connectionId);
      if (connectionId === null) throw new NotFoundError('Connection');
      return importNumbers(ctx.deps, principalOf(ctx), connectionId, input.numbers, callOptions(ctx));
    },
  }),
);

const VerificationCheckType = builder.objectRef<CheckResult>('VerificationCheck').implement({
  fields: (t) => ({ status: t.expose('status', { type: CheckStatusEnum }), code: t.exposeString('code'), detail: t.exposeString('detail') }),
});

const VerificationFailure = builder.objectRef<VerificationReport['failures'][number]>('VerificationFailure').implement({
  fields: (t) => ({ check: t.exposeString('check', { description: 'inbound_routing or outbound_authorization.' }), code: t.exposeString('code'), detail: t.exposeString('detail') }),
});

const VerificationReportType = builder.objectRef<VerificationReport>('PhoneNumberVerification').implement({
  description: 'The outcome of verify-voip: inbound routing and outbound authorization.',
  fields: (t) => ({
    phoneNumber: t.field({ type: PhoneNumberRef, resolve: (r) => r.phoneNumber }),
    status: t.expose('status', { type: VerificationStatusEnum }),
    inboundRouting: t.field({ type: VerificationCheckType, resolve: (r) => r.checks.inbound_routing }),
    outboundAuthorization: t.field({ type: VerificationCheckType, resolve: (r) => r.checks.outbound_authorization }),
    failures: t.field({ type: [VerificationFailure], resolve: (r) => r.failures }),
  }),
});

const PhoneNumberIdInput = builder.inputType('PhoneNumberIdInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

builder.mutationField('verifyPhoneNumber', (t) =>
  t.field({
    type: VerificationReportType,
    description: 'verify-voip: route inbound calls to the platform and check outbound authorization.',
    errors: { types: MUTATION_ERRORS, result: { name: 'VerifyPhoneNumberPayload' }, union: { name: 'VerifyPhoneNumberResult' }, dataField: { name: 'verification' } },
    args: { input: t.arg({ type: PhoneNumberIdInput, required: true }) },
    resolve: (_r, { input }, ctx) => verifyPhoneNumber(ctx.deps, principalOf(ctx), id(input.id), callOptions(ctx)),
  }),
);

const UpdatePhoneNumberInput = builder.inputType('UpdatePhoneNumberInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    inboundAgentId: t.id({ description: 'Agent answering inbound calls; null unassigns.' }),
    outboundAgentId: t.id({ description: 'Agent placing outbound calls; null unassigns.' }),
    label: t.string({ validate: { maxLength: 200 } }),
  }),
});

/** Distinguishes "not given" (undefined) from "unassign" (null) for agent ids. */
function agentId(value: string | null | undefined, path: string): number | null | undefined {
  if (value === undefined || value === null) return value;
  const n = parseId(value);
  if (n === null) throw new ValidationError([{ path, message: 'must be a positive integer' }]);
  return n;
}

builder.mutationField('updatePhoneNumber', (t) =>
  t.field({
    type: PhoneNumberRef,
    description: 'Assigns inbound/outbound agents and a label.',
    errors: { types: MUTATION_ERRORS, result: { name: 'UpdatePhoneNumberPayload' }, union: { name: 'UpdatePhoneNumberResult' }, dataField: { name: 'phoneNumber' } },
    args: { input: t.arg({ type: UpdatePhoneNumberInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      updatePhoneNumber(ctx.deps, principalOf(ctx), id(input.id), {
        inboundAgentId: agentId(input.inboundAgentId, 'inbound_agent_id'),
        outboundAgentId: agentId(input.outboundAgentId, 'outbound_agent_id'),
        label: input.label,
      }),
  }),
);

builder.mutationField('releasePhoneNumber', (t) =>
  t.field({
    type: PhoneNumberRef,
    description: 'Releases a number: restores its previous provider routing (never deletes it there).',
    errors: { types: MUTATION_ERRORS, result: { name: 'ReleasePhoneNumberPayload' }, union: { name: 'ReleasePhoneNumberResult' }, dataField: { name: 'phoneNumber' } },
    args: { input: t.arg({ type: PhoneNumberIdInput, required: true }) },
    resolve: (_r, { input }, ctx) => releasePhoneNumber(ctx.deps, principalOf(ctx), id(input.id), callOptions(ctx)),
  }),
);
