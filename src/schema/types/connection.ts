import type { LastError } from '../../db/repositories/connections';
import type { ConnectionView } from '../../domain/connection-view';
import { findConnection, listConnections } from '../../domain/connections';
import { builder } from '../builder';
import { connectionComplexity, pageArgs, parseId, toConnection } from '../pagination';
import { principalOf } from '../principal';
import { ConnectionStatusEnum, ProviderEnum, SetupMethodEnum } from './enums';

const LastErrorType = builder.objectRef<LastError>('ConnectionError').implement({
  description: 'Why the last test of a connection failed.',
  fields: (t) => ({
    code: t.exposeString('code'),
    detail: t.exposeString('detail'),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

/** A saved link to a provider account. Credentials are write-only and never appear here. */
export const ConnectionRef = builder.objectRef<ConnectionView>('Connection');
ConnectionRef.implement({
  description: "A connection to an organization's own telephony provider account.",
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: 'Display name.' }),
    provider: t.expose('provider', { type: ProviderEnum }),
    setupMethod: t.expose('setupMethod', { type: SetupMethodEnum }),
    status: t.expose('status', { type: ConnectionStatusEnum }),
    inferredName: t.exposeBoolean('inferredName', { description: 'True when the name was suggested by the provider, not chosen.' }),
    sipConfig: t.expose('sipConfig', { type: 'JSON', description: 'Provider-specific SIP settings, redacted: no secrets, usernames masked, has_credentials.' }),
    hasCredentials: t.exposeBoolean('hasCredentials', { description: 'Whether sealed credentials are on file.' }),
    lastTestedAt: t.expose('lastTestedAt', { type: 'DateTime', nullable: true, description: 'Last successful credential test.' }),
    lastError: t.expose('lastError', { type: LastErrorType, nullable: true, description: 'Set when the last test failed (status ERROR).' }),
    numbersImported: t.exposeInt('numbersImported', { description: 'Phone numbers imported through this connection (not released).' }),
    credentialsRotatedAt: t.expose('credentialsRotatedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  connections: t.connection(
    {
      type: ConnectionRef,
      description: 'Connections, newest first.',
      complexity: connectionComplexity,
      args: { provider: t.arg({ type: ProviderEnum, description: 'Only this provider.' }) },
      resolve: async (_r, args, ctx) =>
        toConnection(await listConnections(ctx.deps, principalOf(ctx), pageArgs(args), args.provider ?? undefined)),
    },
    { name: 'ConnectionList', description: 'A page of connections.' },
    { name: 'ConnectionListEdge' },
  ),
  connection: t.field({
    type: ConnectionRef,
    nullable: true,
    description: 'One connection, or null if this organization has none with that id.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => {
      const n = parseId(id);
      return n === null ? null : findConnection(ctx.deps, principalOf(ctx), n);
    },
  }),
}));
