import type { CredentialTestReport, TestFailure } from '../../domain/credential-tests';
import { suggestConnectionName, testCredentials } from '../../domain/credential-tests';
import type { CheckResult, Checks } from '../../providers/types';
import { builder } from '../builder';
import { callOptions, principalOf } from '../principal';
import { compact, CredentialsInput, fromCredentialsInput, SipConfigInput } from './credentials';
import { CheckNameEnum, CheckStatusEnum, SetupMethodEnum, TestStatusEnum } from './enums';
import { declared, resultErrors } from './errors';
import { credentialsRules, inputRules } from './input-validation';

const CheckType = builder.objectRef<CheckResult>('Check').implement({
  description: 'One check: its status, a machine code and a sentence for people.',
  fields: (t) => ({
    status: t.expose('status', { type: CheckStatusEnum, description: 'PASS, FAIL or NOT_APPLICABLE.' }),
    code: t.exposeString('code', { description: 'Machine code, e.g. `credentials_rejected`, `sip_auth_required`, `guided_setup`; explained at /docs/errors.' }),
    detail: t.exposeString('detail', { description: 'What was found, and on a failure what to fix. Safe to show.' }),
  }),
});

export const ChecksType = builder.objectRef<Checks>('Checks').implement({
  description: 'The three checks of a credential test.',
  fields: (t) => ({
    credentialsValid: t.field({ type: CheckType, description: 'The provider (or SIP trunk) accepts the credentials.', resolve: (c) => c.credentials_valid }),
    inboundReachable: t.field({ type: CheckType, description: 'Calls to the numbers can reach the platform.', resolve: (c) => c.inbound_reachable }),
    outboundAuthorized: t.field({ type: CheckType, description: 'Calls from the numbers are allowed.', resolve: (c) => c.outbound_authorized }),
  }),
});

export const TestFailureType = builder.objectRef<TestFailure>('TestFailure').implement({
  description: 'A failed check, to fix at the provider before testing again.',
  fields: (t) => ({
    check: t.expose('check', { type: CheckNameEnum, description: 'Which check failed.' }),
    code: t.exposeString('code', { description: 'Machine code of the failure; explained at /docs/errors.' }),
    detail: t.exposeString('detail', { description: 'What to fix, in a sentence.' }),
  }),
});

const CredentialTest = builder.objectRef<CredentialTestReport>('CredentialTest').implement({
  description: 'The outcome of testing credentials. On PASS it carries single-use verification evidence.',
  fields: (t) => ({
    status: t.expose('status', { type: TestStatusEnum, description: 'PASS when no check failed.' }),
    checks: t.field({ type: ChecksType, description: 'Each check with its status and detail.', resolve: (r) => r.checks }),
    failures: t.field({ type: [TestFailureType], description: 'The failed checks (empty on PASS).', resolve: (r) => r.failures }),
    suggestedConnectionName: t.exposeString('suggestedConnectionName', { description: 'A name for the connection, e.g. "Twilio: Acme Main (+15550001234)"; createConnection uses it when no name is given.' }),
    accountName: t.exposeString('accountName', { nullable: true, description: "The provider account's own name, when it has one." }),
    verificationEvidenceId: t.exposeString('verificationEvidenceId', { nullable: true, description: 'On PASS: pass it to createConnection or rotateCredentials, once, with the same credentials.' }),
    evidenceExpiresAt: t.expose('evidenceExpiresAt', { type: 'DateTime', nullable: true, description: 'When the evidence stops being accepted (10 minutes by default).' }),
  }),
});

const TestCredentialsInput = builder.inputType('TestCredentialsInput', {
  description: 'Credentials to try, exactly as createConnection will be given them.',
  validate: inputRules({ credentials: credentialsRules }),
  fields: (t) => ({
    credentials: t.field({ type: CredentialsInput, required: true, description: "One provider's credentials; the member chosen is the provider." }),
    sipConfig: t.field({ type: SipConfigInput, description: 'SIP settings: required for a SIP trunk (domain), a hint for Telnyx.' }),
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
    description: 'Probes the provider with raw credentials. Nothing is saved but, on PASS, single-use evidence for createConnection.',
    errors: resultErrors('testCredentials', 'test', 'The checks, and the evidence on PASS.'),
    args: { input: t.arg({ type: TestCredentialsInput, required: true, description: 'What to test.' }) },
    resolve: declared('testCredentials', (_r, { input }, ctx) =>
      testCredentials(ctx.deps, principalOf(ctx), { ...credentialsArgs(input), setupMethod: input.setupMethod }, callOptions(ctx)),
    ),
  }),
);

const NameSuggestion = builder.simpleObject('NameSuggestion', {
  description: 'A display name inferred from the provider account.',
  fields: (t) => ({
    suggestedName: t.string({ description: 'A name to show in a form, e.g. "Vonage: Acme (+12025550100)".' }),
    accountName: t.string({ nullable: true, description: "The provider account's own name, when it has one." }),
  }),
});

builder.mutationField('suggestConnectionName', (t) =>
  t.field({
    type: NameSuggestion,
    description: 'Asks the provider for a display name for these credentials (for the onboarding form). Issues no evidence.',
    errors: resultErrors('suggestConnectionName', 'suggestion', 'The suggested name.'),
    args: { input: t.arg({ type: TestCredentialsInput, required: true, description: 'The credentials to name.' }) },
    resolve: declared('suggestConnectionName', (_r, { input }, ctx) => suggestConnectionName(ctx.deps, principalOf(ctx), credentialsArgs(input), callOptions(ctx))),
  }),
);
