import type { Organization } from '../../db/repositories/organizations';
import { getOrganization } from '../../domain/organizations';
import { builder } from '../builder';
import { principalOf } from '../principal';
import { ApiKeyScopeEnum } from './scope';

const OrganizationType = builder.objectRef<Organization>('Organization').implement({
  description: 'The organization an API key belongs to.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The organization id.' }),
    name: t.exposeString('name', { description: 'The organization name.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the organization was created.' }),
  }),
});

const Viewer = builder.objectRef<{ organizationId: number }>('Viewer').implement({
  description: 'Who is calling.',
  fields: (t) => ({
    organization: t.field({
      type: OrganizationType,
      description: 'The organization the API key belongs to; everything is scoped to it.',
      resolve: (_v, _a, ctx) => getOrganization(ctx.deps, principalOf(ctx)),
    }),
    scopes: t.field({
      type: [ApiKeyScopeEnum],
      description: 'What the calling key may do: a client (the console) shows only what these allow.',
      resolve: (_v, _a, ctx) => principalOf(ctx).scopes,
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({ type: Viewer, description: 'Who is calling: the organization of the API key, and its scopes.', resolve: (_r, _a, ctx) => ({ organizationId: principalOf(ctx).organizationId }) }),
);
