import { PROVIDER_DEFINITIONS } from '../../providers/definitions';
import type { FieldSpec, ProviderDefinition } from '../../providers/types';
import { builder } from '../builder';
import { ProviderEnum, SetupMethodEnum } from './enums';

const FieldSpecType = builder.objectRef<FieldSpec>('ProviderField').implement({
  description: 'One field of a provider form.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The snake_case name the REST API uses.' }),
    graphqlName: t.string({ description: 'The camelCase name in GraphQL inputs.', resolve: (f) => f.name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()) }),
    label: t.exposeString('label', { description: 'The label to show, as the provider names it (e.g. Account SID).' }),
    required: t.exposeBoolean('required', { description: 'Whether the form must have it.' }),
    secret: t.exposeBoolean('secret', { description: 'A secret: use a password input, and never put the value back into the page. Write-only once saved.' }),
    description: t.exposeString('description', { description: 'Help text for the field.' }),
  }),
});

const ProviderInfo = builder.objectRef<ProviderDefinition>('ProviderInfo').implement({
  description: 'A provider, its setup methods and the fields its form needs.',
  fields: (t) => ({
    id: t.expose('id', { type: ProviderEnum, description: 'The provider.' }),
    displayName: t.exposeString('displayName', { description: 'Its name, to show (e.g. SIP trunk).' }),
    setupMethods: t.field({ type: [SetupMethodEnum], description: 'How it can be set up; the first is the default.', resolve: (p) => [...p.setupMethods] }),
    credentialFields: t.field({ type: [FieldSpecType], description: 'The credential fields its form needs, in order.', resolve: (p) => [...p.credentialFields] }),
    sipConfigFields: t.field({ type: [FieldSpecType], description: 'The SIP settings its form can have, in order.', resolve: (p) => [...p.sipConfigFields] }),
  }),
});

builder.queryField('providers', (t) =>
  t.field({ type: [ProviderInfo], description: 'Every supported provider, to draw connection forms.', resolve: () => Object.values(PROVIDER_DEFINITIONS) }),
);
