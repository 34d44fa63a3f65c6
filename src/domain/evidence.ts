import type { Kysely } from 'kysely';
import type { Database } from '../db/tables';
import { evidenceRepository, type Evidence } from '../db/repositories/evidence';
import { fingerprint, type ParsedCredentials } from './credentials';
import type { Deps, Principal } from './deps';
import { EvidenceError, ReverificationError, ValidationError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks that evidence may back these credentials, without consuming it (the consuming
 * compare-and-set happens in the write transaction, see `consumeEvidence`).
 */
export async function checkEvidence(deps: Deps, principal: Principal, evidenceId: string | null | undefined, parsed: ParsedCredentials): Promise<Evidence> {
  if (!evidenceId) throw new EvidenceError('evidence_missing');
  if (!UUID.test(evidenceId)) throw new ValidationError([{ path: 'verification_evidence_id', message: 'must be a UUID' }]);
  const evidence = await evidenceRepository(deps.db).find(principal.organizationId, evidenceId.toLowerCase());
  if (!evidence) throw new EvidenceError('evidence_missing');
  if (evidence.consumedAt) throw new EvidenceError('evidence_reused');
  if (evidence.expiresAt <= deps.clock.now().toISOString()) throw new EvidenceError('evidence_stale');
  if (evidence.provider !== parsed.provider) throw new EvidenceError('provider_mismatch');
  if (evidence.fingerprint !== fingerprint(deps.keyRing, principal.organizationId, parsed)) throw new ReverificationError();
  return evidence;
}

/** Consumes evidence inside `trx`; throws (rolling the transaction back) if another request got there first. */
export async function consumeEvidence(trx: Kysely<Database>, deps: Deps, principal: Principal, evidence: Evidence): Promise<void> {
  const now = deps.clock.now().toISOString();
  if (await evidenceRepository(trx).consume(principal.organizationId, evidence.id, now)) return;
  throw new EvidenceError(evidence.expiresAt <= now ? 'evidence_stale' : 'evidence_reused');
}
