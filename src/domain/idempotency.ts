import { createHash } from 'node:crypto';
import { idempotencyRepository } from '../db/repositories/idempotency';
import type { Deps, Principal } from './deps';
import { ConflictError, DomainError, ValidationError } from './errors';

const TTL_MS = 24 * 60 * 60 * 1000;

export type Claim = { kind: 'new' } | { kind: 'replay'; status: number; body: string };

export class IdempotencyKeyReusedError extends DomainError {
  constructor() {
    super('idempotency_key_reused', 'This Idempotency-Key was used with a different request.');
  }
}

export function requestFingerprint(method: string, path: string, rawBody: string): string {
  return createHash('sha256').update(`${method} ${path}\n${rawBody}`).digest('hex');
}

/**
 * Claims an idempotency key for a request, atomically (the table's primary key decides among
 * racing requests). The same key and request within 24 h replays the stored response; the same
 * key with another request is refused; a request whose twin is still running is a conflict.
 */
export async function claimIdempotencyKey(deps: Deps, principal: Principal, key: string, fingerprint: string): Promise<Claim> {
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) throw new ValidationError([{ path: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }]);
  const repo = idempotencyRepository(deps.db);
  const now = deps.clock.now();
  await repo.deleteExpired(principal.organizationId, key, now.toISOString());
  if (await repo.claim(principal.organizationId, key, fingerprint, now.toISOString(), new Date(now.getTime() + TTL_MS).toISOString())) return { kind: 'new' };
  const existing = await repo.find(principal.organizationId, key);
  if (!existing) return claimIdempotencyKey(deps, principal, key, fingerprint); // released meanwhile: claim again
  if (existing.requestHash !== fingerprint) throw new IdempotencyKeyReusedError();
  if (existing.state === 'running') throw new ConflictError('idempotency_request_in_progress', 'A request with this Idempotency-Key is still running.');
  return { kind: 'replay', status: existing.responseStatus!, body: existing.responseBody ?? '' };
}

/** Stores the response to replay. Server-side failures (5xx) free the key so the client can retry. */
export async function settleIdempotencyKey(deps: Deps, principal: Principal, key: string, status: number, body: string): Promise<void> {
  const repo = idempotencyRepository(deps.db);
  if (status >= 500) await repo.release(principal.organizationId, key);
  else await repo.complete(principal.organizationId, key, status, body);
}
