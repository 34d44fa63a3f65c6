import type { LastError } from '../../db/repositories/connections';
import type { ConnectionView } from '../../domain/connection-view';
import { findConnection, listConnections } from '../../domain/connections';
import { builder } from '../builder';
import { connectionComplexity, pageArgs, parseId, toConnection } from '../pagination';
import { AFTER_ARG, FIRST_ARG, pageSize } from './list-args';
import { principalOf } from '../principal';
import { ConnectionStatusEnum, ProviderEnum, SetupMethodEnum, SipTransportEnum } from './enums';

const LastErrorType = builder.objectRef<LastError>('ConnectionError').implement({
  description: 'Why the last test of a connection failed.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Machine code, e.g. `credentials_rejected`; explained at /docs/errors.' }),
    detail: t.exposeString('detail', { description: 'What was found and what to fix.' }),
    at: t.expose('at', { type: 'DateTime', description: 'When it was found.' }),
  }),
});

const text = (v: unknown) => (typeof v === 'string' ? v : null);

/** sip_config, typed: the fields the providers use; redacted before it gets here. */
const SipConfigType = builder.objectRef<Record<string, unknown>>('SipConfig').implement({
  description: "A connection's SIP settings, redacted: no secret ever appears here. Each provider uses some fields; the others are null.",
  fields: (t) => ({
    domain: t.string({ nullable: true, description: "SIP trunk: the trunk's host. Telnyx: the domain hint you gave.", resolve: (s) => text(s.domain) }),
    port: t.int({ nullable: true, description: "SIP trunk: the trunk's port.", resolve: (s) => (typeof s.port === 'number' ? s.port : null) }),
    transport: t.field({ type: SipTransportEnum, nullable: true, description: "SIP trunk: the trunk's transport.", resolve: (s) => (text(s.transport) as 'udp' | 'tcp' | 'tls' | null) }),
    fqdnConnectionId: t.string({ nullable: true, description: 'Telnyx, set up by Trunkline (read-only): the FQDN connection numbers are routed to.', resolve: (s) => text(s.fqdn_connection_id) }),
    outboundVoiceProfileId: t.string({ nullable: true, description: 'Telnyx, set up by Trunkline (read-only): the outbound voice profile of that connection.', resolve: (s) => text(s.outbound_voice_profile_id) }),
  }),
});

/** A saved link to a provider account. Credentials are write-only and never appear here. */
export const ConnectionRef = builder.objectRef<ConnectionView>('Connection');
ConnectionRef.implement({
  description: "A connection to an organization's own telephony provider account. Its credentials are write-only: never returned once saved.",
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The connection id (the same integer as in REST).' }),
    name: t.exposeString('name', { description: 'Display name.' }),
    provider: t.expose('provider', { type: ProviderEnum, description: 'Which provider the account is at.' }),
    setupMethod: t.expose('setupMethod', { type: SetupMethodEnum, description: 'How the connection was set up.' }),
    status: t.expose('status', { type: ConnectionStatusEnum, description: 'Where the connection stands; ERROR comes with lastError.' }),
    inferredName: t.exposeBoolean('inferredName', { description: 'True when the name was suggested by the provider, not chosen.' }),
    sipConfig: t.field({ type: SipConfigType, description: 'SIP settings, redacted.', resolve: (c) => c.sipConfig }),
    hasCredentials: t.exposeBoolean('hasCredentials', { description: 'Whether sealed credentials are on file.' }),
    lastTestedAt: t.expose('lastTestedAt', { type: 'DateTime', nullable: true, description: 'Last successful credential test.' }),
    lastError: t.expose('lastError', { type: LastErrorType, nullable: true, description: 'Set when the last test failed (status ERROR).' }),
    numbersImported: t.exposeInt('numbersImported', { description: 'Phone numbers imported through this connection (not released).' }),
    nextCheckAt: t.expose('nextCheckAt', { type: 'DateTime', nullable: true, description: 'When Trunkline next re-tests the stored credentials by itself (null when re-checks are off or not due).' }),
    credentialsRotatedAt: t.expose('credentialsRotatedAt', { type: 'DateTime', nullable: true, description: 'When the credentials were last rotated, if ever.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the connection was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the connection last changed.' }),
  }),
});

const ConnectionList = builder.connectionObject(
  { type: ConnectionRef, name: 'ConnectionList', description: 'A page of connections, newest first.' },
  { name: 'ConnectionListEdge', description: 'A connection and its cursor.' },
);

builder.queryFields((t) => ({
  connections: t.field({
    type: ConnectionList,
    description: "The organization's connections, newest first.",
    complexity: connectionComplexity,
    args: {
      first: t.arg.int(FIRST_ARG),
      after: t.arg.string(AFTER_ARG),
      provider: t.arg({ type: ProviderEnum, description: 'Only connections to this provider.' }),
    },
    resolve: async (_r, args, ctx) => toConnection(await listConnections(ctx.deps, principalOf(ctx), pageArgs({ first: pageSize(args.first), after: args.after }), args.provider ?? undefined)),
  }),
  connection: t.field({
    type: ConnectionRef,
    nullable: true,
    description: 'One connection, or null if this organization has none with that id.',
    args: { id: t.arg.id({ required: true, description: 'The connection id.' }) },
    resolve: (_r, { id }, ctx) => {
      const n = parseId(id);
      return n === null ? null : findConnection(ctx.deps, principalOf(ctx), n);
    },
  }),
}));
