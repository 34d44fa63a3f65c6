import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { SCOPES, withImplied, type Scope } from '../domain/scopes';
import type { ApiKeyScope } from './generated/graphql';

/**
 * What the signed-in key lets the console show (issue 26): a section or control appears only when
 * the key holds the scope its operation needs, so there is no button that can only answer 403.
 *
 * The one place the console names scopes: each part, the root field it runs, and the scope that
 * field needs, by the names of src/domain/scopes.ts (plain data, safe in the browser; the
 * schema's table imports server types). test/console/scopes.test.ts checks each scope against the
 * server's table (src/schema/field-scopes.ts). `does` finishes "This key cannot …" for a part that
 * is hidden as a whole.
 */
export const PARTS = {
  // Sections, and the live events that keep them current.
  connectionList: { field: 'Query.connections', scope: 'connections:read', does: 'read connections' },
  connectionEvents: { field: 'Subscription.connectionUpdated', scope: 'connections:read', does: 'follow connections live' },
  availableNumbers: { field: 'Query.connection', scope: 'connections:read', does: 'list the numbers of a provider account' },
  numberList: { field: 'Query.phoneNumbers', scope: 'numbers:read', does: 'read phone numbers' },
  numberEvents: { field: 'Subscription.phoneNumberUpdated', scope: 'numbers:read', does: 'follow phone numbers live' },
  testCallEvents: { field: 'Subscription.testCallUpdated', scope: 'numbers:read', does: 'follow test calls live' },
  webhooks: { field: 'Query.webhookEndpoints', scope: 'webhooks:manage', does: 'manage webhooks' },
  deliveryEvents: { field: 'Subscription.webhookDeliveryUpdated', scope: 'webhooks:manage', does: 'follow webhook deliveries live' },
  connectLinks: { field: 'Query.connectLinks', scope: 'connections:read', does: 'read connect links' },
  // Controls.
  addConnection: { field: 'Mutation.createConnection', scope: 'connections:write', does: 'add connections' },
  rotateCredentials: { field: 'Mutation.rotateCredentials', scope: 'connections:write', does: 'rotate credentials' },
  retestConnection: { field: 'Mutation.retestConnection', scope: 'connections:write', does: 'retest connections' },
  deleteConnection: { field: 'Mutation.deleteConnection', scope: 'connections:write', does: 'delete connections' },
  createConnectLink: { field: 'Mutation.createConnectLink', scope: 'connections:write', does: 'create connect links' },
  revokeConnectLink: { field: 'Mutation.revokeConnectLink', scope: 'connections:write', does: 'revoke connect links' },
  importNumbers: { field: 'Mutation.importNumbers', scope: 'numbers:write', does: 'import numbers' },
  verifyNumber: { field: 'Mutation.verifyPhoneNumber', scope: 'verification:call', does: 'verify numbers' },
  testCall: { field: 'Mutation.testCall', scope: 'verification:call', does: 'place test calls' },
} as const satisfies Record<string, { field: string; scope: Scope; does: string }>;

export type Part = keyof typeof PARTS;

/** The GraphQL enum value of a scope: `connections:read` is CONNECTIONS_READ. */
const enumName = (scope: Scope) => scope.replace(':', '_').toUpperCase();

export interface Permissions {
  /** The key holds what `part` needs. */
  can: (part: Part) => boolean;
  /** "This key cannot read phone numbers (needs numbers:read)", or undefined when it can. */
  notice: (part: Part) => string | undefined;
}

/** The permissions of a key from its `viewer { scopes }` (a value this version does not know grants nothing). */
export function permissionsOf(scopes: readonly ApiKeyScope[]): Permissions {
  const held = new Set(withImplied(SCOPES.filter((s) => scopes.includes(enumName(s) as ApiKeyScope))));
  const can = (part: Part) => held.has(PARTS[part].scope);
  return {
    can,
    notice: (part) => (can(part) ? undefined : `This key cannot ${PARTS[part].does} (needs ${PARTS[part].scope}).`),
  };
}

/** Nothing allowed: what a component sees outside a signed-in console. */
export const PermissionsContext = createContext<Permissions>(permissionsOf([]));

/** The signed-in key's permissions, read once at sign-in. */
export const usePermissions = () => useContext(PermissionsContext);
