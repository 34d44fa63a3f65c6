import {
  createConnection,
  deleteConnection,
  retestConnection,
  updateConnection,
  type RetestResult,
} from '../../domain/connections';
import { NotFoundError } from '../../domain/errors';
import { DisplayName } from '../../domain/input-rules';
import { builder } from '../builder';
import { parseId } from '../pagination';
import { callOptions, principalOf } from '../principal';
import { ConnectionRef } from './connection';
import { ChecksType, credentialsArgs, TestFailureType } from './credential-test';
import { compact, CredentialsInput, fromCredentialsInput, SipConfigInput } from './credentials';
import { SetupMethodEnum } from './enums';
import { declared, resultErrors } from './errors';
import { credentialsRules, inputRules } from './input-validation';

function connectionId(id: string): number {
  const n = parseId(id);
  if (n === null) throw new NotFoundError('Connection');
  return n;
}

const EVIDENCE = 'The verificationEvidenceId of a passing testCredentials of these same credentials (single use, 10 minutes).';

const CreateConnectionInput = builder.inputType('CreateConnectionInput', {
  description: 'A connection to save, from credentials that passed testCredentials.',
  validate: inputRules({ credentials: credentialsRules, name: DisplayName.nullish() }),
  fields: (t) => ({
    credentials: t.field({ type: CredentialsInput, required: true, description: 'The same credentials that were tested.' }),
    verificationEvidenceId: t.string({ description: `${EVIDENCE} Required.` }),
    name: t.string({ description: 'Display name, up to 200 characters; defaults to the suggested name from the test.' }),
    setupMethod: t.field({ type: SetupMethodEnum, description: "Defaults to the provider's first method (API_KEY; MANUAL for SIP trunks)." }),
    sipConfig: t.field({ type: SipConfigInput, description: 'The SIP settings that were tested (a SIP trunk needs its domain).' }),
  }),
});

builder.mutationField('createConnection', (t) =>
  t.field({
    type: ConnectionRef,
    description: 'Saves a connection from tested credentials, consuming the evidence. Status CONNECTED. For Telnyx without a connectionId, sets routing up at Telnyx first.',
    errors: resultErrors('createConnection', 'connection', 'The saved connection.'),
    args: { input: t.arg({ type: CreateConnectionInput, required: true, description: 'The connection to save.' }) },
    resolve: declared('createConnection', (_r, { input }, ctx) =>
      createConnection(
        ctx.deps,
        principalOf(ctx),
        { ...credentialsArgs(input), name: input.name, setupMethod: input.setupMethod, verificationEvidenceId: input.verificationEvidenceId },
        callOptions(ctx),
      ),
    ),
  }),
);

const UpdateConnectionInput = builder.inputType('UpdateConnectionInput', {
  description: 'What to change on a connection; fields left out stay as they are.',
  validate: inputRules({ name: DisplayName.nullish(), credentials: credentialsRules.nullish() }),
  fields: (t) => ({
    id: t.id({ required: true, description: 'The connection id.' }),
    name: t.string({ description: 'A new display name (clears inferredName).' }),
    sipConfig: t.field({
      type: SipConfigInput,
      description: "Merged into the current SIP settings. Changing where a SIP trunk's stored credentials are sent (domain, port or transport) needs the credentials again, with verificationEvidenceId from a test against the new settings: without them, a ValidationError on `credentials`.",
    }),
    credentials: t.field({ type: CredentialsInput, description: 'New credentials: needs verificationEvidenceId from a fresh test.' }),
    verificationEvidenceId: t.string({ description: `${EVIDENCE} Only with credentials.` }),
  }),
});

builder.mutationField('updateConnection', (t) =>
  t.field({
    type: ConnectionRef,
    description: 'Renames, changes SIP settings and/or rotates credentials, all or nothing.',
    errors: resultErrors('updateConnection', 'connection', 'The connection after the change.'),
    args: { input: t.arg({ type: UpdateConnectionInput, required: true, description: 'What to change.' }) },
    resolve: declared('updateConnection', (_r, { input }, ctx) =>
      updateConnection(ctx.deps, principalOf(ctx), connectionId(input.id), {
        name: input.name,
        sipConfig: compact(input.sipConfig),
        credentials: input.credentials ? fromCredentialsInput(input.credentials).credentials : undefined,
        verificationEvidenceId: input.verificationEvidenceId,
      }, callOptions(ctx)),
    ),
  }),
);

const RotateCredentialsInput = builder.inputType('RotateCredentialsInput', {
  description: 'New credentials for a connection, freshly tested.',
  validate: inputRules({ credentials: credentialsRules }),
  fields: (t) => ({
    id: t.id({ required: true, description: 'The connection id.' }),
    credentials: t.field({ type: CredentialsInput, required: true, description: "The new credentials, of the connection's provider." }),
    verificationEvidenceId: t.string({ required: true, description: EVIDENCE }),
    sipConfig: t.field({ type: SipConfigInput, description: 'The SIP settings that were tested with them, if they change.' }),
  }),
});

builder.mutationField('rotateCredentials', (t) =>
  t.field({
    type: ConnectionRef,
    description: 'Replaces the stored credentials with freshly tested ones. The old ones stay until the new ones commit; a failed rotation changes nothing.',
    errors: resultErrors('rotateCredentials', 'connection', 'The connection with its new credentials.'),
    args: { input: t.arg({ type: RotateCredentialsInput, required: true, description: 'The new credentials.' }) },
    resolve: declared('rotateCredentials', (_r, { input }, ctx) =>
      updateConnection(ctx.deps, principalOf(ctx), connectionId(input.id), {
        sipConfig: compact(input.sipConfig),
        credentials: fromCredentialsInput(input.credentials).credentials,
        verificationEvidenceId: input.verificationEvidenceId,
      }, callOptions(ctx)),
    ),
  }),
);

const ConnectionIdInput = builder.inputType('ConnectionIdInput', {
  description: 'A connection, by id.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The connection id.' }) }),
});

const RetestResultType = builder.objectRef<RetestResult>('ConnectionTestResult').implement({
  description: 'The connection after a retest, and the checks that decided its status.',
  fields: (t) => ({
    connection: t.field({ type: ConnectionRef, description: 'The connection, CONNECTED or ERROR.', resolve: (r) => r.connection }),
    checks: t.field({ type: ChecksType, description: 'Each check of the retest.', resolve: (r) => r.checks }),
    failures: t.field({ type: [TestFailureType], description: 'The failed checks (empty when CONNECTED).', resolve: (r) => r.failures }),
  }),
});

builder.mutationField('retestConnection', (t) =>
  t.field({
    type: RetestResultType,
    description: 'Tests the stored credentials again: CONNECTED, or ERROR with lastError. A provider that cannot be reached changes nothing.',
    errors: resultErrors('retestConnection', 'result', 'The connection and the checks.'),
    args: { input: t.arg({ type: ConnectionIdInput, required: true, description: 'The connection to retest.' }) },
    resolve: declared('retestConnection', (_r, { input }, ctx) => retestConnection(ctx.deps, principalOf(ctx), connectionId(input.id), callOptions(ctx))),
  }),
);

const DeletedConnection = builder.simpleObject('DeletedConnection', {
  description: 'The id of the connection that was deleted.',
  fields: (t) => ({ id: t.id({ description: 'The id the connection had.' }) }),
});

builder.mutationField('deleteConnection', (t) =>
  t.field({
    type: DeletedConnection,
    description: 'Deletes a connection and its sealed credentials. Its phone numbers stay in the organization, unlinked; nothing is released at the provider.',
    errors: resultErrors('deleteConnection', 'deleted', 'Which connection was deleted.'),
    args: { input: t.arg({ type: ConnectionIdInput, required: true, description: 'The connection to delete.' }) },
    resolve: declared('deleteConnection', async (_r, { input }, ctx) => {
      const id = connectionId(input.id);
      await deleteConnection(ctx.deps, principalOf(ctx), id);
      return { id: String(id) };
    }),
  }),
);
