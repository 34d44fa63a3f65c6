import {
  createConnection,
  deleteConnection,
  retestConnection,
  updateConnection,
  type RetestResult,
} from '../../domain/connections';
import { NotFoundError } from '../../domain/errors';
import { builder } from '../builder';
import { parseId } from '../pagination';
import { callOptions, principalOf } from '../principal';
import { ConnectionRef } from './connection';
import { ChecksType, credentialsArgs, TestFailureType } from './credential-test';
import { compact, CredentialsInput, fromCredentialsInput, SipConfigInput } from './credentials';
import { SetupMethodEnum } from './enums';
import { MUTATION_ERRORS } from './errors';

function connectionId(id: string): number {
  const n = parseId(id);
  if (n === null) throw new NotFoundError('Connection');
  return n;
}

const nameField = { validate: { maxLength: [200, { message: 'must be at most 200 characters' }] as [number, { message: string }] } };

const CreateConnectionInput = builder.inputType('CreateConnectionInput', {
  fields: (t) => ({
    credentials: t.field({ type: CredentialsInput, required: true, description: 'The same credentials that were tested.' }),
    verificationEvidenceId: t.string({ description: 'From testCredentials; required.' }),
    name: t.string({ description: 'Defaults to the suggested name from the test.', ...nameField }),
    setupMethod: t.field({ type: SetupMethodEnum, description: "Defaults to the provider's first method (API_KEY; MANUAL for SIP trunks)." }),
    sipConfig: t.field({ type: SipConfigInput }),
  }),
});

builder.mutationField('createConnection', (t) =>
  t.field({
    type: ConnectionRef,
    description: 'Saves a connection from tested credentials, consuming the evidence.',
    errors: { types: MUTATION_ERRORS, result: { name: 'CreateConnectionPayload' }, union: { name: 'CreateConnectionResult' }, dataField: { name: 'connection' } },
    args: { input: t.arg({ type: CreateConnectionInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      createConnection(
        ctx.deps,
        principalOf(ctx),
        { ...credentialsArgs(input), name: input.name, setupMethod: input.setupMethod, verificationEvidenceId: input.verificationEvidenceId },
        callOptions(ctx),
      ),
  }),
);

const UpdateConnectionInput = builder.inputType('UpdateConnectionInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ description: 'A new display name (clears inferredName).', ...nameField }),
    sipConfig: t.field({ type: SipConfigInput, description: 'Merged into the current SIP settings.' }),
    credentials: t.field({ type: CredentialsInput, description: 'New credentials: needs verificationEvidenceId from a fresh test.' }),
    verificationEvidenceId: t.string(),
  }),
});

builder.mutationField('updateConnection', (t) =>
  t.field({
    type: ConnectionRef,
    description: 'Renames, changes SIP settings and/or rotates credentials, all or nothing.',
    errors: { types: MUTATION_ERRORS, result: { name: 'UpdateConnectionPayload' }, union: { name: 'UpdateConnectionResult' }, dataField: { name: 'connection' } },
    args: { input: t.arg({ type: UpdateConnectionInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      updateConnection(ctx.deps, principalOf(ctx), connectionId(input.id), {
        name: input.name,
        sipConfig: compact(input.sipConfig),
        credentials: input.credentials ? fromCredentialsInput(input.credentials).credentials : undefined,
        verificationEvidenceId: input.verificationEvidenceId,
      }, callOptions(ctx)),
  }),
);

const RotateCredentialsInput = builder.inputType('RotateCredentialsInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    credentials: t.field({ type: CredentialsInput, required: true }),
    verificationEvidenceId: t.string({ required: true, description: 'From a fresh testCredentials of the new credentials.' }),
    sipConfig: t.field({ type: SipConfigInput }),
  }),
});

builder.mutationField('rotateCredentials', (t) =>
  t.field({
    type: ConnectionRef,
    description: 'Replaces the stored credentials with freshly tested ones. The old ones stay until the new ones commit.',
    errors: { types: MUTATION_ERRORS, result: { name: 'RotateCredentialsPayload' }, union: { name: 'RotateCredentialsResult' }, dataField: { name: 'connection' } },
    args: { input: t.arg({ type: RotateCredentialsInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      updateConnection(ctx.deps, principalOf(ctx), connectionId(input.id), {
        sipConfig: compact(input.sipConfig),
        credentials: fromCredentialsInput(input.credentials).credentials,
        verificationEvidenceId: input.verificationEvidenceId,
      }, callOptions(ctx)),
  }),
);

const ConnectionIdInput = builder.inputType('ConnectionIdInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

const RetestResultType = builder.objectRef<RetestResult>('ConnectionTestResult').implement({
  description: 'The connection after a retest, and the checks that decided its status.',
  fields: (t) => ({
    connection: t.field({ type: ConnectionRef, resolve: (r) => r.connection }),
    checks: t.field({ type: ChecksType, resolve: (r) => r.checks }),
    failures: t.field({ type: [TestFailureType], resolve: (r) => r.failures }),
  }),
});

builder.mutationField('retestConnection', (t) =>
  t.field({
    type: RetestResultType,
    description: 'Tests the stored credentials again: CONNECTED, or ERROR with lastError.',
    errors: { types: MUTATION_ERRORS, result: { name: 'RetestConnectionPayload' }, union: { name: 'RetestConnectionResult' }, dataField: { name: 'result' } },
    args: { input: t.arg({ type: ConnectionIdInput, required: true }) },
    resolve: (_r, { input }, ctx) => retestConnection(ctx.deps, principalOf(ctx), connectionId(input.id), callOptions(ctx)),
  }),
);

const DeletedConnection = builder.simpleObject('DeletedConnection', {
  description: 'The id of the connection that was deleted.',
  fields: (t) => ({ id: t.id() }),
});

builder.mutationField('deleteConnection', (t) =>
  t.field({
    type: DeletedConnection,
    description: 'Deletes a connection and its sealed credentials. Its phone numbers stay, unlinked.',
    errors: { types: MUTATION_ERRORS, result: { name: 'DeleteConnectionPayload' }, union: { name: 'DeleteConnectionResult' }, dataField: { name: 'deleted' } },
    args: { input: t.arg({ type: ConnectionIdInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const id = connectionId(input.id);
      await deleteConnection(ctx.deps, principalOf(ctx), id);
      return { id: String(id) };
    },
  }),
);
