/**
 * What an API key may do (issue 26). A key holds a set of scopes, fixed when it is created; every
 * GraphQL root field needs one of them or none (src/schema/field-scopes.ts), and the REST routes
 * run those fields, so this list and that table are the whole of it.
 *
 * Plain data with no imports: the domain, the schema and (later) the console read it.
 */
export const SCOPES = [
  'connections:read',
  'connections:write',
  'numbers:read',
  'numbers:write',
  'verification:call',
  'webhooks:manage',
  'keys:manage',
  'audit:read',
] as const;

export type Scope = (typeof SCOPES)[number];

export const SCOPE_DESCRIPTIONS: Record<Scope, string> = {
  'connections:read': "Read the organization's connections, and the numbers their provider accounts hold (available numbers).",
  'connections:write': 'Test credentials, create, rename, retest, rotate and delete connections (implies connections:read).',
  'numbers:read': "Read the organization's phone numbers and their test calls.",
  'numbers:write': 'Import numbers, change their label and agents, release them (implies numbers:read).',
  'verification:call': 'Verify numbers and place test calls: real calls that may cost money at the provider (implies numbers:read).',
  'webhooks:manage':
    'Create, read, change and delete webhook endpoints, read their delivery logs and retry deliveries. An endpoint receives the connections, numbers and test calls its events are about, so this implies connections:read and numbers:read.',
  'keys:manage': 'List, create and revoke API keys; a key only creates keys with scopes it holds itself.',
  'audit:read': "Read the organization's audit trail.",
};

/**
 * Scopes that come with another, because holding the first already shows the second: a write
 * answers with the object it wrote, a verification with the number, and a webhook endpoint
 * receives the objects of its events. A key's stored scopes always include what they imply, so
 * its `scopes` say exactly what it can do, and a REST route that reads before it writes (PATCH of
 * a connection's credentials) works with the write scope alone.
 */
const IMPLIES: Partial<Record<Scope, readonly Scope[]>> = {
  'connections:write': ['connections:read'],
  'numbers:write': ['numbers:read'],
  'verification:call': ['numbers:read'],
  'webhooks:manage': ['connections:read', 'numbers:read'],
};

export const isScope = (name: string): name is Scope => (SCOPES as readonly string[]).includes(name);

/** The scopes with everything they imply, in the order of SCOPES (so equal sets read the same). */
export function withImplied(scopes: Iterable<Scope>): Scope[] {
  const held = new Set<Scope>();
  for (const s of scopes) {
    held.add(s);
    for (const implied of IMPLIES[s] ?? []) held.add(implied);
  }
  return SCOPES.filter((s) => held.has(s));
}

/** The scopes of `wanted` (with what they imply) that `held` lacks, in the order of SCOPES. */
export function missingScopes(held: readonly Scope[], wanted: readonly Scope[]): Scope[] {
  return withImplied(wanted).filter((s) => !held.includes(s));
}

/**
 * Why a name is not a scope, for the 400 that refuses it: the name is repeated only when it is
 * shaped like a scope (`numbers:delete`), never arbitrary input.
 */
export function notAScope(name: unknown): string {
  const shown = typeof name === 'string' && /^[a-z_]{1,20}:[a-z_]{1,20}$/.test(name) ? `"${name}"` : 'this';
  return `${shown} is not a scope (the scopes are ${SCOPES.join(', ')})`;
}

/** Every scope: the default of a new key, and what the command line and the bootstrap key hold. */
export const ALL_SCOPES: readonly Scope[] = SCOPES;

/** Stored scope names as scopes; a name this version does not know (a newer version wrote it) grants nothing here. */
export const knownScopes = (names: readonly string[]): Scope[] => withImplied(names.filter(isScope));
