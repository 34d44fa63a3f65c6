import type { CredentialTestReport, TestFailure } from '../../domain/credential-tests';
import { suggestConnectionName, testCredentials } from '../../domain/credential-tests';
import type { CheckResult, Checks } from '../../providers/types';
import { builder } from '../builder';
import { callOptions, principalOf } from '../principal';
import { compact, CredentialsInput, fromCredentialsInput, SipConfigInput } from './credentials';
import { CheckNameEnum, CheckStatusEnum, SetupMethodEnum, TestStatusEnum } from './enums';
import { MUTATION_ERRORS } from './errors';

const CheckType = builder.objectRef<CheckResult>('Check').implement({
  description: 'One check: its status, a machine code and a sentence for people.',
  fields: (t) => ({
    status: t.expose('status', { type: CheckStatusEnum }),
    code: t.exposeString('code'),
    detail: t.exposeString('detail'),
  }),
});

export const ChecksType = builder.objectRef<Checks>('Checks').implement({
  description: 'The three checks of a credential test.',
  fields: (t) => ({
    credentialsValid: t.field({ type: CheckType, resolve: (c) => c.credentials_valid }),
    inboundReachable: t.field({ type: CheckType, resolve: (c) => c.inbound_reachable }),
    outboundAuthorized: t.field({ type: CheckType, resolve: (c) => c.outbound_authorized }),
  }),
});

export const TestFailureType = builder.objectRef<TestFailure>('TestFailure').implement({
  description: 'A failed check, to fix at the provider before testing again.',
  fields: (t) => ({
    check: t.expose('check', { type: CheckNameEnum }),
    code: t.exposeString('code'),
    detail: t.exposeString('detail'),
  }),
});

const CredentialTest = builder.objectRef<CredentialTestReport>('CredentialTest').implement({
  description: 'The outcome of testing credentials. On PASS it carries single-use verification evidence.',
  fields: (t) => ({
    status: t.expose('status', { type: TestStatusEnum }),
    checks: t.field({ type: ChecksType, resolve: (r) => r.checks }),
    failures: t.field({ type: [TestFailureType], resolve: (r) => r.failures }),
    suggestedConnectionName: t.exposeString('suggestedConnectionName'),
    accountName: t.exposeString('accountName', { nullable: true }),
    verificationEvidenceId: t.exposeString('verificationEvidenceId', { nullable: true, description: 'Pass it to createConnection or rotateCredentials.' }),
    evidenceExpiresAt: t.expose('evidenceExpiresAt', { type: 'DateTime', nullable: true }),
  }),
});

const TestCredentialsInput = builder.inputType('TestCredentialsInput', {
  fields: (t) => ({
    credentials: t.field({ type: CredentialsInput, required: true }),
    sipConfig: t.field({ type: SipConfigInput }),
    setupMethod: t.field({ type: SetupMethodEnum, description: 'The setup method createConnection will be given; the same rules apply to both.' }),
  }),
});

export function credentialsArgs(input: { credentials: unknown; sipConfig?: unknown }) {
  const { provider, credentials } = fromCredentialsInput(input.credentials);
  return { provider, credentials, sipConfig: compact(input.sipConfig) };
}

builder.mutationField('testCredentials', (t) =>
  t.field({
    type: CredentialTest,
    description: 'Probes the provider with raw credentials. Nothing is saved but the evidence.',
    errors: { types: MUTATION_ERRORS, result: { name: 'TestCredentialsPayload' }, union: { name: 'TestCredentialsResult' }, dataField: { name: 'test' } },
    args: { input: t.arg({ type: TestCredentialsInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      testCredentials(ctx.deps, principalOf(ctx), { ...credentialsArgs(input), setupMethod: input.setupMethod }, callOptions(ctx)),
  }),
);

const NameSuggestion = builder.simpleObject('NameSuggestion', {
  description: 'A display name inferred from the provider account.',
  fields: (t) => ({
    suggestedName: t.string(),
    accountName: t.string({ nullable: true }),
  }),
});

builder.mutationField('suggestConnectionName', (t) =>
  t.field({
    type: NameSuggestion,
    description: 'Asks the provider for a display name for these credentials.',
    errors: { types: MUTATION_ERRORS, result: { name: 'SuggestConnectionNamePayload' }, union: { name: 'SuggestConnectionNameResult' }, dataField: { name: 'suggestion' } },
    args: { input: t.arg({ type: TestCredentialsInput, required: true }) },
    resolve: (_r, { input }, ctx) => suggestConnectionName(ctx.deps, credentialsArgs(input), callOptions(ctx)),
  }),
);
