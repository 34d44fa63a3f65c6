import type { ConnectLinkGrant } from '../domain/deps';
import type { Scope } from '../domain/scopes';

/**
 * The one table of what each GraphQL root field needs (issue 26): a scope, or null where any
 * authenticated key may call it. Nested fields need nothing more: they are reached only through
 * a root field. The REST routes run these fields (src/rest/operations/*.graphql), so they need
 * no table of their own: a route is refused by the field it runs.
 *
 * src/schema/scope-plugin.ts applies it while the schema is built, and the build fails on a root
 * field missing here or an entry naming no field, so a new field cannot be left open by mistake.
 *
 * Why null for two fields: `viewer` says which organization and scopes the key has (what a client
 * needs to know what it may do), and `providers` describes the providers and their fields, the
 * same for everyone — neither reads or changes anything of the organization's.
 */
export const FIELD_SCOPES: Readonly<Record<string, Scope | null | typeof LINK_ONLY>> = {
  'Query.viewer': null,
  'Query.providers': null,
  'Query.connectSession': 'link-only',
  'Query.connectLinks': 'connections:read',
  'Query.connectLink': 'connections:read',
  'Query.connection': 'connections:read',
  'Query.connections': 'connections:read',
  'Query.phoneNumber': 'numbers:read',
  'Query.phoneNumbers': 'numbers:read',
  'Query.apiKeys': 'keys:manage',
  'Query.auditEvents': 'audit:read',
  'Query.webhookEndpoint': 'webhooks:manage',
  'Query.webhookEndpoints': 'webhooks:manage',

  // Testing credentials calls the provider and issues the evidence a create takes: the first step of writing.
  'Mutation.testCredentials': 'connections:write',
  'Mutation.suggestConnectionName': 'connections:write',
  'Mutation.createConnection': 'connections:write',
  'Mutation.updateConnection': 'connections:write',
  'Mutation.rotateCredentials': 'connections:write',
  'Mutation.retestConnection': 'connections:write',
  'Mutation.deleteConnection': 'connections:write',
  'Mutation.importNumbers': 'numbers:write',
  'Mutation.updatePhoneNumber': 'numbers:write',
  'Mutation.releasePhoneNumber': 'numbers:write',
  // Both place real calls, which may cost money at the provider.
  'Mutation.verifyPhoneNumber': 'verification:call',
  'Mutation.testCall': 'verification:call',
  'Mutation.createApiKey': 'keys:manage',
  'Mutation.revokeApiKey': 'keys:manage',
  'Mutation.createWebhookEndpoint': 'webhooks:manage',
  'Mutation.updateWebhookEndpoint': 'webhooks:manage',
  'Mutation.deleteWebhookEndpoint': 'webhooks:manage',
  'Mutation.rotateWebhookEndpointSecret': 'webhooks:manage',
  'Mutation.retryWebhookDelivery': 'webhooks:manage',
  // A link is a way to create a connection: making or revoking one is writing connections.
  'Mutation.createConnectLink': 'connections:write',
  'Mutation.revokeConnectLink': 'connections:write',

  // An event reaches only a key that may read its object; a test call is read as part of its number.
  'Subscription.connectionUpdated': 'connections:read',
  'Subscription.phoneNumberUpdated': 'numbers:read',
  'Subscription.testCallUpdated': 'numbers:read',
  'Subscription.webhookDeliveryUpdated': 'webhooks:manage',
};

/** A field no key may call: only a connect link's token opens it. */
export const LINK_ONLY = 'link-only';

/** When a connect link may call a field: while it is `pending` (not used yet), or at `any` time until it expires. */
export type LinkAccess = 'pending' | 'any';

/**
 * The whole reach of a connect link (issue 26), which holds no scope: the fields its console page
 * needs to test credentials and create one connection, and to read its session afterwards. Any
 * other root field refuses it (403 connect_link_forbidden); a nested field reached from these is
 * guarded by the domain (a link lists available numbers only of its connection, when allowed).
 */
export const CONNECT_LINK_FIELDS: Readonly<Record<string, LinkAccess>> = {
  'Query.providers': 'any',
  'Query.connectSession': 'any',
  'Mutation.testCredentials': 'pending',
  'Mutation.suggestConnectionName': 'pending',
  'Mutation.createConnection': 'pending',
};

/** The scope a root field needs (null: none beyond a valid key; LINK_ONLY: no key), or undefined for a field not in the table. */
export function fieldScope(typeName: string, fieldName: string): Scope | null | typeof LINK_ONLY | undefined {
  const key = `${typeName}.${fieldName}`;
  return Object.hasOwn(FIELD_SCOPES, key) ? FIELD_SCOPES[key] : undefined;
}

/** When a connect link may call a root field, or undefined: never. */
export function linkAccess(typeName: string, fieldName: string): LinkAccess | undefined {
  const key = `${typeName}.${fieldName}`;
  return Object.hasOwn(CONNECT_LINK_FIELDS, key) ? CONNECT_LINK_FIELDS[key] : undefined;
}

/** Whether a link (if the caller is one) may call a field of that access now. */
export const linkMay = (link: ConnectLinkGrant | undefined, access: LinkAccess): boolean => link !== undefined && (access === 'any' || link.state === 'pending');
