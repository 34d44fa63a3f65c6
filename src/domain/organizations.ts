import { organizationsRepository, type Organization } from '../db/repositories/organizations';
import { apiKeysRepository, type ApiKey } from '../db/repositories/api-keys';
import { generateApiKey, hashApiKey, keyPrefix, looksLikeApiKey } from '../security/api-keys';
import { looksLikeConnectLinkToken } from '../security/connect-link-tokens';
import { authenticateConnectLink } from './connect-links';
import { recordAudit, systemPrincipal } from './audit';
import type { Deps, Principal } from './deps';
import { AuthenticationError, ConflictError, InsufficientScopeError, NotFoundError, ValidationError } from './errors';
import { apiKeyRevoked } from './events';
import { checked, DisplayName } from './input-rules';
import { ALL_SCOPES, isScope, knownScopes, missingScopes, notAScope, withImplied, type Scope } from './scopes';

/** last_used_at is refreshed at most this often, so authentication is not a write per request. */
const TOUCH_INTERVAL_MS = 60_000;

export async function createOrganization(deps: Deps, name: string): Promise<{ organization: Organization; apiKey: string }> {
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const organization = await organizationsRepository(trx).create(checked(DisplayName, name, 'name'), now);
    const key = generateApiKey();
    const apiKey = await apiKeysRepository(trx).insert({ organizationId: organization.id, name: 'Default', keyPrefix: key.prefix, keyHash: key.hash, scopes: ALL_SCOPES, now });
    const system = systemPrincipal(organization.id);
    await recordAudit(trx, deps, system, 'organization.created', { type: 'organization', id: organization.id }, { name: organization.name });
    await recordAudit(trx, deps, system, 'api_key.created', { type: 'api_key', id: apiKey.id }, keyCreatedSummary(apiKey));
    return { organization, apiKey: key.secret };
  });
}

/**
 * First start: with no organization yet, create one. With a bootstrap key configured it is
 * registered (and nothing secret is printed); otherwise a new key is returned to print once.
 */
export async function ensureBootstrapOrganization(
  deps: Deps,
  bootstrapKey: string | undefined,
): Promise<{ created: false } | { created: true; organization: Organization; apiKey: string | undefined }> {
  if (await organizationsRepository(deps.db).any()) {
    if (bootstrapKey && !(await apiKeysRepository(deps.db).findByHash(hashApiKey(bootstrapKey)))) {
      deps.log.warn('TRUNKLINE_BOOTSTRAP_API_KEY is ignored: organizations already exist');
    }
    return { created: false };
  }
  if (!bootstrapKey) {
    const { organization, apiKey } = await createOrganization(deps, 'Default organization');
    return { created: true, organization, apiKey };
  }
  const organization = await deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const org = await organizationsRepository(trx).create('Default organization', now);
    const apiKey = await apiKeysRepository(trx).insert({
      organizationId: org.id,
      name: 'Bootstrap',
      keyPrefix: keyPrefix(bootstrapKey),
      keyHash: hashApiKey(bootstrapKey),
      scopes: ALL_SCOPES,
      now,
    });
    const system = systemPrincipal(org.id);
    await recordAudit(trx, deps, system, 'organization.created', { type: 'organization', id: org.id }, { name: org.name });
    await recordAudit(trx, deps, system, 'api_key.created', { type: 'api_key', id: apiKey.id }, keyCreatedSummary(apiKey));
    return org;
  });
  return { created: true, organization, apiKey: undefined };
}

/**
 * A new key for the first organization, which is created if there is none. The demo prints one
 * on every start: keys are stored hashed, so an earlier one cannot be shown again. At the cap on
 * active keys the oldest is revoked to make room, so the demo starts however often it is run.
 */
export async function freshKeyForFirstOrganization(deps: Deps, name: string, keyName: string): Promise<{ organization: Organization; apiKey: string }> {
  const organization = await organizationsRepository(deps.db).oldest();
  if (!organization) return createOrganization(deps, name);
  const { secret } = await createApiKey(deps, systemPrincipal(organization.id), keyName, { revokeOldestAtCap: true });
  return { organization, apiKey: secret };
}

/** Resolves an `Authorization` header to the organization its key (or connect link) belongs to. */
export async function authenticate(deps: Deps, authorization: string | null | undefined): Promise<Principal> {
  if (!authorization) throw new AuthenticationError('not_authenticated');
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (match && looksLikeConnectLinkToken(match[1]!)) return authenticateConnectLink(deps, match[1]!);
  if (!match || !looksLikeApiKey(match[1]!)) throw new AuthenticationError('invalid_api_key');
  const hash = hashApiKey(match[1]!);
  const repo = apiKeysRepository(deps.db);
  let key = deps.authCache.get(hash);
  if (!key) {
    const row = await repo.findActiveByHash(hash);
    if (!row) throw new AuthenticationError('invalid_api_key');
    key = { organizationId: row.organizationId, apiKeyId: row.id, keyPrefix: row.keyPrefix, lastUsedAt: row.lastUsedAt, scopes: knownScopes(row.scopes) };
    deps.authCache.set(hash, key);
  }
  const now = deps.clock.now();
  if (!key.lastUsedAt || now.getTime() - Date.parse(key.lastUsedAt) > TOUCH_INTERVAL_MS) {
    await repo.touch(key.apiKeyId, now);
    key.lastUsedAt = now.toISOString();
  }
  return { organizationId: key.organizationId, apiKeyId: key.apiKeyId, keyPrefix: key.keyPrefix, scopes: key.scopes };
}

export async function getOrganization(deps: Deps, principal: Principal): Promise<Organization> {
  const org = await organizationsRepository(deps.db).findById(principal.organizationId);
  if (!org) throw new NotFoundError('Organization');
  return org;
}

/** What the audit trail records of a new key: its name, prefix and scopes (space-separated), never the key. */
const keyCreatedSummary = (k: ApiKey) => ({ name: k.name, key_prefix: k.keyPrefix, scopes: knownScopes(k.scopes).join(' ') });

/**
 * The scopes a new key asks for, with what they imply (src/domain/scopes.ts); none given: every
 * scope, as keys made before scopes existed. An unknown name is a validation error naming it; a
 * scope the creating key does not hold itself is refused (403, naming what it lacks), so no key
 * mints a broader one — a narrow key names the scopes of the keys it makes.
 */
function scopesForNewKey(principal: Principal, requested: readonly string[] | undefined): Scope[] {
  if (requested === undefined) requested = ALL_SCOPES;
  const unknown = requested.flatMap((s, i) => (isScope(s) ? [] : [{ path: `scopes.${i}`, message: notAScope(s) }]));
  if (unknown.length > 0) throw new ValidationError(unknown);
  if (requested.length === 0) throw new ValidationError([{ path: 'scopes', message: 'must name at least one scope (omit it for every scope)' }]);
  const scopes = withImplied(requested as Scope[]);
  const missing = missingScopes(principal.scopes, scopes);
  if (missing.length > 0) throw new InsufficientScopeError(missing);
  return scopes;
}

/**
 * A new key for the caller's organization. Keys cost nothing to make, and every budget is also
 * held per organization, but each active key is a credential to keep track of (and a bucket):
 * an organization holds at most `deps.maxApiKeysPerOrg` active ones; revoked keys do not count.
 */
export async function createApiKey(
  deps: Deps,
  principal: Principal,
  name: string,
  opts: { revokeOldestAtCap?: boolean; scopes?: readonly string[] } = {},
): Promise<{ apiKey: ApiKey; secret: string }> {
  const checkedName = checked(DisplayName, name, 'name');
  const scopes = scopesForNewKey(principal, opts.scopes);
  const key = generateApiKey();
  let evicted: number | undefined;
  const apiKey = await deps.db.transaction().execute(async (trx) => {
    const repo = apiKeysRepository(trx);
    if ((await repo.countActive(principal.organizationId, deps.engine === 'postgres')) >= deps.maxApiKeysPerOrg) {
      const oldest = opts.revokeOldestAtCap ? await repo.oldestActive(principal.organizationId) : undefined;
      if (!oldest) {
        throw new ConflictError(
          'api_key_limit_reached',
          `This organization already has ${deps.maxApiKeysPerOrg} active API keys, the most it may hold: revoke one it no longer uses first.`,
        );
      }
      await repo.revoke(principal.organizationId, oldest.id, deps.clock.now());
      await recordAudit(trx, deps, principal, 'api_key.revoked', { type: 'api_key', id: oldest.id }, { name: oldest.name, key_prefix: oldest.keyPrefix });
      evicted = oldest.id;
    }
    const created = await repo.insert({
      organizationId: principal.organizationId,
      name: checkedName,
      keyPrefix: key.prefix,
      keyHash: key.hash,
      scopes,
      now: deps.clock.now(),
    });
    await recordAudit(trx, deps, principal, 'api_key.created', { type: 'api_key', id: created.id }, keyCreatedSummary(created));
    return created;
  });
  if (evicted !== undefined) deps.authCache.forget(evicted);
  return { apiKey, secret: key.secret };
}

export function listApiKeys(deps: Deps, principal: Principal): Promise<ApiKey[]> {
  return apiKeysRepository(deps.db).list(principal.organizationId);
}

/** Whether the caller's key still works: a live stream asks before each event it delivers. */
export async function apiKeyStillActive(deps: Deps, principal: Principal): Promise<boolean> {
  const key = await apiKeysRepository(deps.db).find(principal.organizationId, principal.apiKeyId);
  return key?.isActive === true;
}

export async function revokeApiKey(deps: Deps, principal: Principal, id: number): Promise<ApiKey> {
  const key = await deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const target = await apiKeysRepository(trx).find(principal.organizationId, id);
    if (!target) return undefined;
    // As with creating: a key revokes only keys whose scopes it holds itself, so a key that
    // manages keys cannot lock the organization's broader keys out (403, naming what it lacks).
    const missing = missingScopes(principal.scopes, knownScopes(target.scopes));
    if (missing.length > 0) throw new InsufficientScopeError(missing);
    const revoked = await apiKeysRepository(trx).revoke(principal.organizationId, id, now);
    // Revoking an already revoked key changes nothing, and records nothing.
    if (revoked?.revokedAt === now.toISOString()) await recordAudit(trx, deps, principal, 'api_key.revoked', { type: 'api_key', id }, { name: revoked.name, key_prefix: revoked.keyPrefix });
    return revoked;
  });
  if (!key) throw new NotFoundError('API key');
  deps.authCache.forget(id);
  apiKeyRevoked(deps, principal.organizationId, id);
  return key;
}
