import type { z } from 'zod';
import { PROVIDER_IDS, TESTED_DESTINATION, type ProviderAdapter, type ProviderId } from '../providers/types';
import type { ConnectionRecord } from '../db/repositories/connections';
import { credentialsAssociatedData, SealError, type KeyRing } from '../security/sealing';
import type { Deps } from './deps';
import { ConflictError, ValidationError, type FieldIssue } from './errors';

/** What a caller supplies to test or save a connection. */
export interface CredentialsInput {
  provider: string;
  credentials: unknown;
  sipConfig?: unknown;
}

export interface ParsedCredentials {
  adapter: ProviderAdapter;
  provider: ProviderId;
  credentials: Record<string, unknown>;
  sipConfig: Record<string, unknown>;
}

export function adapterFor(deps: Deps, provider: string): ProviderAdapter {
  if (!(PROVIDER_IDS as readonly string[]).includes(provider)) {
    throw new ValidationError([{ path: 'provider', message: `must be one of ${PROVIDER_IDS.join(', ')}` }]);
  }
  return deps.providers[provider as ProviderId];
}

function issuesOf(prefix: string, error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].join('.'), message: i.message }));
}

/** Validates credentials and sip_config with the provider's own schemas; messages never echo values. */
export function parseCredentials(deps: Deps, input: CredentialsInput): ParsedCredentials {
  const adapter = adapterFor(deps, input.provider);
  const creds = adapter.credentialsSchema.safeParse(input.credentials ?? undefined);
  const sip = adapter.sipConfigSchema.safeParse(input.sipConfig ?? {});
  const issues = [...(creds.success ? [] : issuesOf('credentials', creds.error)), ...(sip.success ? [] : issuesOf('sip_config', sip.error))];
  if (issues.length > 0) throw new ValidationError(issues);
  return { adapter, provider: adapter.id, credentials: creds.data as Record<string, unknown>, sipConfig: sip.data as Record<string, unknown> };
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/**
 * Keyed fingerprint of what a test proved: the provider and its canonical credentials, plus the
 * SIP target for a manual trunk (there the probe tests the sip_config, not an API). Bound to the
 * organization, so equal credentials in two organizations never give equal fingerprints.
 */
export function fingerprint(keyRing: KeyRing, organizationId: number, p: Pick<ParsedCredentials, 'provider' | 'credentials' | 'sipConfig'>): string {
  return keyRing.fingerprint(canonical({ organization_id: organizationId, provider: p.provider, credentials: p.credentials, ...(p.provider === 'manual' ? { sip_config: p.sipConfig } : {}) }));
}

export function sealCredentials(keyRing: KeyRing, organizationId: number, connectionId: number, provider: string, credentials: Record<string, unknown>): string {
  return keyRing.seal(JSON.stringify(credentials), credentialsAssociatedData(organizationId, connectionId, provider));
}

export function openCredentials(keyRing: KeyRing, organizationId: number, connectionId: number, provider: string, sealed: string): Record<string, unknown> {
  return JSON.parse(keyRing.open(sealed, credentialsAssociatedData(organizationId, connectionId, provider))) as Record<string, unknown>;
}

/** The stored credentials of a connection, opened and parsed, ready for its adapter. */
export function storedCredentials(deps: Deps, record: ConnectionRecord): ParsedCredentials {
  const adapter = adapterFor(deps, record.provider);
  let credentials: Record<string, unknown>;
  try {
    credentials = openCredentials(deps.keyRing, record.organizationId, record.id, record.provider, record.credentialsSealed);
  } catch (err) {
    if (!(err instanceof SealError)) throw err;
    deps.log.error({ connectionId: record.id, reason: err.message }, 'stored credentials do not open');
    throw new ConflictError('credentials_unreadable', 'The stored credentials cannot be opened: rotate them with fresh credentials.');
  }
  // Sealed before destinations were recorded: they were last set for the sip_config they sit beside.
  if (adapter.destinationOf && credentials[TESTED_DESTINATION] === undefined) credentials[TESTED_DESTINATION] = adapter.destinationOf(record.sipConfig);
  return { adapter, provider: adapter.id, credentials, sipConfig: record.sipConfig };
}

/**
 * The credentials as a connection seals them: with the destination their evidence covered, when
 * sip_config decides where they go (ProviderDefinition.destinationOf), so the adapter sends them
 * nowhere else. Sealed, so moving it takes the key ring, not only the database.
 */
export function boundCredentials(p: Pick<ParsedCredentials, 'adapter' | 'credentials' | 'sipConfig'>): Record<string, unknown> {
  const destination = p.adapter.destinationOf?.(p.sipConfig);
  return destination === undefined ? p.credentials : { ...p.credentials, [TESTED_DESTINATION]: destination };
}
