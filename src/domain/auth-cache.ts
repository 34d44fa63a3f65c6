import type { Clock } from '../clock';
import type { Scope } from './scopes';

/** What authentication needs of an active key. */
export interface CachedKey {
  organizationId: number;
  apiKeyId: number;
  keyPrefix: string;
  lastUsedAt: string | null;
  /** Fixed at creation, so a cached entry never holds stale scopes. */
  scopes: readonly Scope[];
}

/**
 * Active API keys by hash, so that a request need not read `api_keys`. Only where a revocation
 * is seen by the next request of every process: an entry is trusted only while the database
 * reports no commit from another connection since it was cached (SQLite's `data_version`: the
 * command line, another process on the file), and this process forgets a key it revokes.
 * Without such a counter (PostgreSQL, where other instances and the command line write through
 * their own connections) nothing is cached: an invalidation message could arrive after the next
 * request, and a strict check costs the same round trip as the indexed read it would replace.
 */
export interface AuthCache {
  get(hash: string): CachedKey | undefined;
  set(hash: string, key: CachedKey): void;
  /** After this process revoked a key (its own commits do not move the counter). */
  forget(apiKeyId: number): void;
}

const MAX_ENTRIES = 10_000;
/** Belt and braces: an entry is re-read at least this often whatever the counter says. */
const MAX_AGE_MS = 60_000;

export function createAuthCache(foreignCommits: (() => number) | undefined, clock: Clock): AuthCache {
  if (!foreignCommits) return { get: () => undefined, set: () => undefined, forget: () => undefined };
  const entries = new Map<string, { key: CachedKey; cachedAt: number }>();
  let seen = foreignCommits();
  return {
    get(hash) {
      const now = foreignCommits();
      if (now !== seen) {
        entries.clear();
        seen = now;
        return undefined;
      }
      const entry = entries.get(hash);
      if (!entry) return undefined;
      if (clock.now().getTime() - entry.cachedAt > MAX_AGE_MS) {
        entries.delete(hash);
        return undefined;
      }
      return entry.key;
    },
    set(hash, key) {
      // The key was read after the last get checked the counter: a commit since moves it, and the next get empties the cache.
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entries.set(hash, { key, cachedAt: clock.now().getTime() });
    },
    forget(apiKeyId) {
      for (const [hash, entry] of entries) if (entry.key.apiKeyId === apiKeyId) entries.delete(hash);
    },
  };
}
