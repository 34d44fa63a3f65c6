import {
  CONNECT_LINK_DEFAULT_DAYS,
  CONNECT_LINK_MAX_DAYS,
  connectSession,
  countConnectLinks,
  createConnectLink,
  findConnectLink,
  listConnectLinks,
  MAX_PENDING_CONNECT_LINKS,
  revokeConnectLink,
  type ConnectLink,
  type ConnectLinkState,
  type ConnectSession,
} from '../../domain/connect-links';
import { NotFoundError } from '../../domain/errors';
import { DisplayName } from '../../domain/input-rules';
import type { ProviderId } from '../../providers/types';
import { builder } from '../builder';
import { connectionComplexity, pageArgs, parseId, toConnection, totalOf, TOTAL_COUNT_DESCRIPTION, withTotal } from '../pagination';
import { principalOf } from '../principal';
import { ConnectionRef } from './connection';
import { ProviderEnum } from './enums';
import { declared, resultErrors } from './errors';
import { inputRules } from './input-validation';
import { AFTER_ARG, FIRST_ARG, pageSize } from './list-args';

const ConnectLinkStateEnum = builder.enumType('ConnectLinkState', {
  description: 'Where a connect link stands.',
  values: {
    PENDING: { value: 'pending', description: 'Not used yet: whoever opens it can create one connection until expiresAt.' },
    USED: { value: 'used', description: 'It created its connection (connectionId); it creates no other.' },
    EXPIRED: { value: 'expired', description: 'Its time ran out before it was used.' },
    REVOKED: { value: 'revoked', description: 'Revoked by the organization: it opens nothing.' },
  } satisfies Record<string, { value: ConnectLinkState; description: string }>,
});

const ConnectLinkRef = builder.objectRef<ConnectLink>('ConnectLink').implement({
  description: 'A single-use link that lets someone without an API key (a customer\'s IT admin) test carrier credentials and create one connection for this organization, in the console at /connect/{token}. Its token is shown once, in the URL createConnectLink returns.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The link id (the same integer as in REST).' }),
    label: t.exposeString('label', { description: 'A name to recognise it by; its opener sees it too.' }),
    provider: t.field({ type: ProviderEnum, nullable: true, description: 'The provider its connection must be at, or null: the opener chooses.', resolve: (l) => l.provider as ProviderId | null }),
    suggestedName: t.exposeString('suggestedName', { nullable: true, description: 'The connection name the console proposes to its opener.' }),
    allowAvailableNumbers: t.exposeBoolean('allowAvailableNumbers', { description: "Whether its opener may list the new connection's available numbers once it is created." }),
    state: t.expose('state', { type: ConnectLinkStateEnum, description: 'PENDING, USED, EXPIRED or REVOKED.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When it stops opening.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    usedAt: t.expose('usedAt', { type: 'DateTime', nullable: true, description: 'When it created its connection.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'When it was revoked.' }),
    connectionId: t.id({ nullable: true, description: 'The connection it created.', resolve: (l) => l.connectionId }),
  }),
});

const ConnectLinkList = builder.connectionObject(
  {
    type: ConnectLinkRef,
    name: 'ConnectLinkList',
    description: 'A page of connect links, newest first.',
    fields: (t) => ({ totalCount: t.int({ description: TOTAL_COUNT_DESCRIPTION, resolve: totalOf }) }),
  },
  { name: 'ConnectLinkListEdge', description: 'A connect link and its cursor.' },
);

builder.queryFields((t) => ({
  connectLinks: t.field({
    type: ConnectLinkList,
    description: "The organization's connect links, newest first, with their state.",
    complexity: connectionComplexity,
    args: { first: t.arg.int(FIRST_ARG), after: t.arg.string(AFTER_ARG) },
    resolve: async (_r, args, ctx) =>
      withTotal(toConnection(await listConnectLinks(ctx.deps, principalOf(ctx), pageArgs({ first: pageSize(args.first), after: args.after }))), () => countConnectLinks(ctx.deps, principalOf(ctx))),
  }),
  connectLink: t.field({
    type: ConnectLinkRef,
    nullable: true,
    description: 'One connect link, or null if this organization has none with that id.',
    args: { id: t.arg.id({ required: true, description: 'The link id.' }) },
    resolve: (_r, args, ctx) => {
      const n = parseId(args.id);
      return n === null ? null : findConnectLink(ctx.deps, principalOf(ctx), n);
    },
  }),
}));

const CreatedConnectLink = builder.objectRef<{ connectLink: ConnectLink; url: string }>('CreatedConnectLink').implement({
  description: 'A new connect link and its URL, which is never shown again.',
  fields: (t) => ({
    connectLink: t.field({ type: ConnectLinkRef, description: 'The link as listed from now on.', resolve: (r) => r.connectLink }),
    url: t.exposeString('url', { description: 'The console page that opens it, /connect/{token}: send it to whoever holds the credentials. It is shown only here (only a hash of its token is stored).' }),
  }),
});

const CreateConnectLinkInput = builder.inputType('CreateConnectLinkInput', {
  description: 'A new connect link.',
  validate: inputRules({ label: DisplayName, suggestedName: DisplayName.nullish() }),
  fields: (t) => ({
    label: t.string({ required: true, description: 'A name to recognise it by, 1 to 200 characters; its opener sees it ("Acme: connect your Twilio account").' }),
    provider: t.field({ type: ProviderEnum, required: false, description: 'The provider the connection must be at; omitted: the opener chooses.' }),
    suggestedName: t.string({ required: false, description: 'A connection name for the console to propose.' }),
    expiresAt: t.field({ type: 'DateTime', required: false, description: `When it stops opening: in the future, at most ${CONNECT_LINK_MAX_DAYS} days ahead. Omitted: ${CONNECT_LINK_DEFAULT_DAYS} days from now.` }),
    allowAvailableNumbers: t.boolean({ required: false, description: "Let its opener list the new connection's available numbers once it is created (default false)." }),
  }),
});

builder.mutationField('createConnectLink', (t) =>
  t.field({
    type: CreatedConnectLink,
    description: `Creates a connect link, PENDING. Its URL (with its token) is in this answer only. An organization holds at most ${MAX_PENDING_CONNECT_LINKS} pending links: one more is a ConflictError \`connect_link_limit_reached\`.`,
    errors: resultErrors('createConnectLink', 'created', 'The link and its URL.'),
    args: { input: t.arg({ type: CreateConnectLinkInput, required: true, description: 'The new link.' }) },
    resolve: declared('createConnectLink', (_r, { input }, ctx) => createConnectLink(ctx.deps, principalOf(ctx), input)),
  }),
);

const RevokeConnectLinkInput = builder.inputType('RevokeConnectLinkInput', {
  description: 'The connect link to revoke.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The link id.' }) }),
});

builder.mutationField('revokeConnectLink', (t) =>
  t.field({
    type: ConnectLinkRef,
    description: 'Revokes a connect link at once: it opens nothing from now on (a connection it created stays). Revoking a revoked link changes nothing.',
    errors: resultErrors('revokeConnectLink', 'connectLink', 'The link, now REVOKED.'),
    args: { input: t.arg({ type: RevokeConnectLinkInput, required: true, description: 'The link to revoke.' }) },
    resolve: declared('revokeConnectLink', (_r, { input }, ctx) => {
      const id = parseId(input.id);
      if (id === null) throw new NotFoundError('Connect link');
      return revokeConnectLink(ctx.deps, principalOf(ctx), id);
    }),
  }),
);

const ConnectSessionStateEnum = builder.enumType('ConnectSessionState', {
  description: 'What the opener of a connect link can still do.',
  values: {
    PENDING: { value: 'pending', description: 'Test credentials and create the connection.' },
    USED: { value: 'used', description: 'The connection is created; the link creates no other.' },
  } satisfies Record<string, { value: ConnectSession['state']; description: string }>,
});

const ConnectSessionRef = builder.objectRef<ConnectSession>('ConnectSession').implement({
  description: 'What the opener of a connect link sees: the link, which organization asks, and the connection once created. Nothing else of the organization.',
  fields: (t) => ({
    label: t.exposeString('label', { description: "The link's label." }),
    organizationName: t.exposeString('organizationName', { description: 'The organization the connection is for.' }),
    provider: t.field({ type: ProviderEnum, nullable: true, description: 'The provider the connection must be at, or null: any.', resolve: (s) => s.provider }),
    suggestedName: t.exposeString('suggestedName', { nullable: true, description: 'A connection name to propose.' }),
    state: t.expose('state', { type: ConnectSessionStateEnum, description: 'PENDING until the connection is created, then USED.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When the link stops opening.' }),
    allowAvailableNumbers: t.exposeBoolean('allowAvailableNumbers', { description: "Whether the new connection's availableNumbers may be listed." }),
    connection: t.field({ type: ConnectionRef, nullable: true, description: 'The connection the link created (null while PENDING, or once deleted).', resolve: (s) => s.connection }),
  }),
});

builder.queryField('connectSession', (t) =>
  t.field({
    type: ConnectSessionRef,
    description: "The connect link the caller holds (its token as the Bearer credential): what the console's /connect/{token} page shows.",
    resolve: (_r, _a, ctx) => connectSession(ctx.deps, principalOf(ctx)),
  }),
);
