import type { Organization } from '../../db/repositories/organizations';
import { getOrganization } from '../../domain/organizations';
import { builder } from '../builder';
import { principalOf } from '../principal';

const OrganizationType = builder.objectRef<Organization>('Organization').implement({
  description: 'The organization an API key belongs to.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const Viewer = builder.objectRef<{ organizationId: number }>('Viewer').implement({
  description: 'Who is calling: the API key and its organization.',
  fields: (t) => ({
    organization: t.field({
      type: OrganizationType,
      resolve: (_v, _a, ctx) => getOrganization(ctx.deps, principalOf(ctx)),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({ type: Viewer, description: 'The caller.', resolve: (_r, _a, ctx) => ({ organizationId: principalOf(ctx).organizationId }) }),
);
