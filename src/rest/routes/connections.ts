import { z } from 'zod';
import {
  CreateConnectionDocument,
  DeleteConnectionDocument,
  GetConnectionDocument,
  ListConnectionsDocument,
  SuggestConnectionNameDocument,
  TestCredentialsDocument,
  UpdateConnectionDocument,
  type CredentialsInput,
  type SetupMethod,
  type SipConfigInput,
} from '../generated/graphql';
import { camelKeys, checksJson, connectionJson, lower, upper } from '../presenters';
import { allNodes, bodyOf, payloadOf, RestProblem, type Route, type RouteContext } from '../route';
import { problem } from '../../http/problem';
import { createExamples, testExamples, updateExamples } from '../examples';
import { Connection, ConnectionList, CreateConnectionBody, CredentialTest, NameSuggestion, TestCredentialsBody, UpdateConnectionBody } from '../schemas';

const PATH = '/v1/voip-connections';
const notFound = () => new RestProblem(problem(404, 'not_found', 'Connection not found.'));

/** The REST credentials object under its provider's member of the GraphQL one-of input. */
const credentialsInput = (provider: string, credentials: Record<string, unknown>) => ({ [provider]: camelKeys(credentials) }) as CredentialsInput;
const sipConfigInput = (sip: z.output<typeof CreateConnectionBody>['sip_config']) =>
  sip && ({ ...sip, transport: sip.transport && upper(sip.transport) } as SipConfigInput);
const setupMethodInput = (m: string | undefined) => (m ? (upper(m) as SetupMethod) : undefined);

async function getConnection({ run }: RouteContext, id: string) {
  const { connection } = await run(GetConnectionDocument, { id });
  if (!connection) throw notFound();
  return connection;
}

function testInput(body: z.output<typeof TestCredentialsBody>) {
  return {
    credentials: credentialsInput(body.provider, body.credentials),
    sipConfig: sipConfigInput(body.sip_config),
    setupMethod: setupMethodInput(body.setup_method),
  };
}

export const connectionRoutes: Route[] = [
  {
    method: 'GET',
    path: PATH,
    operationId: 'listVoipConnections',
    description: 'Every connection of the organization, newest first, as a plain array.',
    summary: 'List connections',
    tag: 'VoIP connections',
    response: ConnectionList,
    statuses: { 200: 'Connections, newest first', 401: 'No valid key' },
    async handle({ run }) {
      const nodes = await allNodes(async (after) => (await run(ListConnectionsDocument, { first: 100, after })).connections);
      return { status: 200, body: nodes.map(connectionJson) };
    },
  },
  {
    method: 'POST',
    path: PATH,
    operationId: 'createVoipConnection',
    description: 'Creates a connection from credentials that passed POST /v1/voip-connections/test, with the verification_evidence_id that test returned (single use, so the provider is not asked twice). For Telnyx without a connection_id, Trunkline sets routing up at Telnyx first. Answers 201 with status connected. A connect link (its token as the Bearer credential) may call this once: the link is spent with the connection.',
    summary: 'Create a connection from tested credentials',
    tag: 'VoIP connections',
    body: CreateConnectionBody,
    examples: createExamples,
    response: Connection,
    statuses: {
      201: 'Created',
      400: 'Invalid input; evidence missing, reused, stale, or for another provider',
      401: 'No valid key',
      409: 'Called with a connect link that already created its connection (connect_link_used)',
      422: 'Credentials failed re-verification (differ from the tested ones)',
      502: 'Provider unavailable (guided setup)',
    },
    async handle({ run }, req) {
      const body = bodyOf(req, CreateConnectionBody);
      const result = await run(CreateConnectionDocument, {
        input: {
          credentials: credentialsInput(body.provider, body.credentials),
          sipConfig: sipConfigInput(body.sip_config),
          setupMethod: setupMethodInput(body.setup_method),
          name: body.name,
          verificationEvidenceId: body.verification_evidence_id,
        },
      });
      return { status: 201, body: connectionJson(payloadOf(result.createConnection, 'connection')) };
    },
  },
  {
    method: 'GET',
    path: `${PATH}/{connection_id}`,
    operationId: 'getVoipConnection',
    description: 'One connection. Its credentials are never returned; sip_config is redacted.',
    summary: 'Retrieve a connection',
    tag: 'VoIP connections',
    response: Connection,
    statuses: { 200: 'The connection', 401: 'No valid key', 404: 'No such connection in this organization' },
    async handle(ctx, req) {
      return { status: 200, body: connectionJson(await getConnection(ctx, req.params.connection_id!)) };
    },
  },
  {
    method: 'PATCH',
    path: `${PATH}/{connection_id}`,
    operationId: 'updateVoipConnection',
    description: "Renames, changes sip_config and/or rotates credentials, all or nothing. Rotation needs a fresh verification_evidence_id for the new credentials; the old ones stay until the new ones are saved. sip_config is merged into the current settings; changing where a SIP trunk's stored credentials are sent (domain, port or transport) needs the credentials again with a verification_evidence_id from a test against the new settings, else 400 on field `credentials`.",
    summary: 'Update credentials / name',
    tag: 'VoIP connections',
    body: UpdateConnectionBody,
    examples: updateExamples,
    response: Connection,
    statuses: {
      200: 'Updated',
      400: 'Invalid input; evidence missing, reused, stale, or for another provider',
      401: 'No valid key',
      404: 'No such connection in this organization',
      422: 'Credentials failed re-verification',
    },
    async handle(ctx, req) {
      const body = bodyOf(req, UpdateConnectionBody);
      const id = req.params.connection_id!;
      // The credentials object is the provider's: the connection says which provider that is.
      const provider = body.credentials ? lower((await getConnection(ctx, id)).provider) : undefined;
      const result = await ctx.run(UpdateConnectionDocument, {
        input: {
          id,
          name: body.name,
          sipConfig: sipConfigInput(body.sip_config),
          credentials: body.credentials && credentialsInput(provider!, body.credentials),
          verificationEvidenceId: body.verification_evidence_id,
        },
      });
      return { status: 200, body: connectionJson(payloadOf(result.updateConnection, 'connection')) };
    },
  },
  {
    method: 'DELETE',
    path: `${PATH}/{connection_id}`,
    operationId: 'deleteVoipConnection',
    description: 'Deletes a connection and its sealed credentials. Its phone numbers stay in the organization with voip_connection_id cleared; nothing is released at the provider.',
    summary: 'Remove a connection (its phone numbers stay, unlinked)',
    tag: 'VoIP connections',
    statuses: { 204: 'Deleted', 401: 'No valid key', 404: 'No such connection in this organization' },
    async handle({ run }, req) {
      payloadOf((await run(DeleteConnectionDocument, { input: { id: req.params.connection_id! } })).deleteConnection, 'deleted');
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    path: `${PATH}/test`,
    operationId: 'testVoipCredentials',
    description: 'Probes the provider with raw credentials: credentials_valid, inbound_reachable, outbound_authorized. On pass, returns a single-use verification_evidence_id for create or PATCH. A provider that cannot be reached is a 502, not a fail. Nothing else is saved.',
    summary: 'Test raw credentials (no persisted connection)',
    tag: 'VoIP connections',
    body: TestCredentialsBody,
    examples: testExamples,
    response: CredentialTest,
    statuses: { 200: 'Tested: status pass (with evidence) or fail (with failures)', 400: 'Invalid input', 401: 'No valid key', 502: 'Provider unavailable' },
    async handle({ run }, req) {
      const test = payloadOf((await run(TestCredentialsDocument, { input: testInput(bodyOf(req, TestCredentialsBody)) })).testCredentials, 'test');
      return {
        status: 200,
        body: {
          status: lower(test.status),
          verification_evidence_id: test.verificationEvidenceId ?? null,
          evidence_expires_at: test.evidenceExpiresAt ?? null,
          suggested_connection_name: test.suggestedConnectionName,
          checks: checksJson(test.checks),
          failures: test.failures.map((f) => ({ check: lower(f.check), code: f.code, detail: f.detail })),
        },
      };
    },
  },
  {
    method: 'POST',
    path: `${PATH}/suggest-name`,
    operationId: 'suggestVoipConnectionName',
    description: 'Asks the provider for a display name for these credentials, for the onboarding form. Issues no evidence.',
    summary: 'Infer a display name from credentials',
    tag: 'VoIP connections',
    body: TestCredentialsBody,
    examples: testExamples,
    response: NameSuggestion,
    statuses: { 200: 'A suggested name', 400: 'Invalid input', 401: 'No valid key', 502: 'Provider unavailable' },
    async handle({ run }, req) {
      const s = payloadOf((await run(SuggestConnectionNameDocument, { input: testInput(bodyOf(req, TestCredentialsBody)) })).suggestConnectionName, 'suggestion');
      return { status: 200, body: { suggested_connection_name: s.suggestedName, account_name: s.accountName ?? null } };
    },
  },
];
