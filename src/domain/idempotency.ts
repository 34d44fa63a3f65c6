import { idempotencyRepository } from '../db/repositories/idempotency';
import { callerOf, type Deps, type Principal } from './deps';
import { ConflictError, DomainError, ValidationError } from './errors';

const TTL_MS = 24 * 60 * 60 * 1000;
/** The largest answer kept for a replay (an import of 1,000 numbers answers ~480 KB). */
export const MAX_REPLAY_BYTES = 64 * 1024;
/** The HKDF purpose of the request fingerprint's HMAC key (derived from the key ring, never stored). */
const FINGERPRINT_PURPOSE = 'trunkline idempotency request fingerprint';
const PURGE_BATCH = 1_000;
/** At most this many batches per purge run; what is left waits for the next run. */
const PURGE_MAX_BATCHES = 100;

export type Claim = { kind: 'new' } | { kind: 'replay'; status: number; body: string };

/** The request a key is claimed for: its route, and its body as sent. */
export interface IdempotentRequest {
  method: string;
  path: string;
  rawBody: string;
}

export class IdempotencyKeyReusedError extends DomainError {
  constructor() {
    super('idempotency_key_reused', 'This Idempotency-Key was used with a different request.');
  }
}

/**
 * Keyed fingerprints of a request, one per ring key (newest first; see KeyRing.digests). Bodies
 * carry credentials, so a plain hash would let anyone who reads the table test guesses at them:
 * the HMAC key comes from the ring, and the organization, the Idempotency-Key and the route are
 * part of what is MACed, so equal bodies never give equal fingerprints across rows. So is the
 * caller (its key, or connect link): a replay answers only the one that made the request, never
 * another key of the organization with narrower scopes, or a connect link, that sent the same.
 */
function requestFingerprints(deps: Pick<Deps, 'keyRing'>, principal: Principal, key: string, req: IdempotentRequest): string[] {
  return deps.keyRing.digests(FINGERPRINT_PURPOSE, `${JSON.stringify([principal.organizationId, callerOf(principal), key, req.method, req.path])}\n${req.rawBody}`);
}

/**
 * Claims an idempotency key for a request, atomically (the table's primary key decides among
 * racing requests). The same key and request within 24 h replays the stored response; the same
 * key with another request is refused; a request whose twin is still running is a conflict, and
 * so is one whose answer was not kept (see `settleIdempotencyKey`): the work is not done twice.
 */
export async function claimIdempotencyKey(deps: Deps, principal: Principal, key: string, req: IdempotentRequest): Promise<Claim> {
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) throw new ValidationError([{ path: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }]);
  const fingerprints = requestFingerprints(deps, principal, key, req);
  const repo = idempotencyRepository(deps.db);
  const now = deps.clock.now();
  await repo.deleteExpired(principal.organizationId, key, now.toISOString());
  if (await repo.claim(principal.organizationId, key, fingerprints[0]!, now.toISOString(), new Date(now.getTime() + TTL_MS).toISOString())) return { kind: 'new' };
  const existing = await repo.find(principal.organizationId, key);
  if (!existing) return claimIdempotencyKey(deps, principal, key, req); // released meanwhile: claim again
  if (!fingerprints.includes(existing.requestHash)) throw new IdempotencyKeyReusedError();
  switch (existing.state) {
    case 'running':
      throw new ConflictError('idempotency_request_in_progress', 'A request with this Idempotency-Key is still running.');
    case 'withheld_secret':
      throw new ConflictError(
        'idempotency_replay_unavailable',
        'The request with this Idempotency-Key succeeded, but its answer held a secret that is shown once and never stored, so it cannot be replayed. ' +
          'Find what it created in the list (revoke an API key whose secret was lost); a new Idempotency-Key makes another.',
      );
    case 'withheld_too_large':
      throw new ConflictError(
        'idempotency_replay_unavailable',
        `The request with this Idempotency-Key completed (status ${existing.responseStatus}), but its answer was larger than the ${MAX_REPLAY_BYTES / 1024} KiB kept for a replay, ` +
          'so it is not replayed (and not run again): read the result with a GET.',
      );
    case 'done':
      return { kind: 'replay', status: existing.responseStatus!, body: existing.responseBody ?? '' };
  }
}

/**
 * Settles a claim. Server-side failures (5xx) free the key so the client can retry. A success
 * whose answer carries a secret (`carriesSecret`: a new API key) is never stored — a replay must
 * not keep a secret at rest — and neither is an answer over MAX_REPLAY_BYTES; the row still
 * remembers that the request ran, so a retry with the key is refused instead of run twice.
 */
export async function settleIdempotencyKey(deps: Deps, principal: Principal, key: string, status: number, body: string, opts: { carriesSecret?: boolean } = {}): Promise<void> {
  const repo = idempotencyRepository(deps.db);
  if (status >= 500) await repo.release(principal.organizationId, key);
  else if (opts.carriesSecret && status < 300) await repo.complete(principal.organizationId, key, 'withheld_secret', status, null);
  else if (Buffer.byteLength(body, 'utf8') > MAX_REPLAY_BYTES) await repo.complete(principal.organizationId, key, 'withheld_too_large', status, null);
  else await repo.complete(principal.organizationId, key, 'done', status, body);
}

/** Deletes expired keys of every organization, in bounded batches; the count deleted. */
export async function purgeExpiredIdempotencyKeys(deps: Pick<Deps, 'db' | 'clock'>): Promise<number> {
  const repo = idempotencyRepository(deps.db);
  const now = deps.clock.now().toISOString();
  let deleted = 0;
  for (let batch = 0; batch < PURGE_MAX_BATCHES; batch++) {
    const n = await repo.deleteExpiredBatch(now, PURGE_BATCH);
    deleted += n;
    if (n < PURGE_BATCH) break;
  }
  return deleted;
}
