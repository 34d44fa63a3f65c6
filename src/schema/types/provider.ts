import { PROVIDER_DEFINITIONS } from '../../providers/definitions';
import type { FieldSpec, ProviderDefinition } from '../../providers/types';
import { builder } from '../builder';
import { ProviderEnum, SetupMethodEnum } from './enums';

const FieldSpecType = builder.objectRef<FieldSpec>('ProviderField').implement({
  description: 'One field of a provider form.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The snake_case name the REST API uses.' }),
    graphqlName: t.string({ description: 'The camelCase name in GraphQL inputs.', resolve: (f) => f.name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()) }),
    label: t.exposeString('label'),
    required: t.exposeBoolean('required'),
    secret: t.exposeBoolean('secret', { description: 'Write-only: never returned once saved.' }),
    description: t.exposeString('description'),
  }),
});

const ProviderInfo = builder.objectRef<ProviderDefinition>('ProviderInfo').implement({
  description: 'A provider, its setup methods and the fields its form needs.',
  fields: (t) => ({
    id: t.expose('id', { type: ProviderEnum }),
    displayName: t.exposeString('displayName'),
    setupMethods: t.field({ type: [SetupMethodEnum], resolve: (p) => [...p.setupMethods] }),
    credentialFields: t.field({ type: [FieldSpecType], resolve: (p) => [...p.credentialFields] }),
    sipConfigFields: t.field({ type: [FieldSpecType], resolve: (p) => [...p.sipConfigFields] }),
  }),
});

builder.queryField('providers', (t) =>
  t.field({ type: [ProviderInfo], description: 'Every supported provider, to draw connection forms.', resolve: () => Object.values(PROVIDER_DEFINITIONS) }),
);
