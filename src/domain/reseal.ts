import { connectionsRepository } from '../db/repositories/connections';
import { SealError } from '../security/sealing';
import { openCredentials, sealCredentials } from './credentials';
import type { Deps } from './deps';

/**
 * Re-seals every connection's credentials with the newest key of the ring, so that older keys
 * can then be dropped from TRUNKLINE_SECRET_KEYS. Each row is its own short transaction.
 */
export async function resealAll(deps: Deps): Promise<{ resealed: number; alreadyCurrent: number; unreadable: number[] }> {
  let resealed = 0;
  let alreadyCurrent = 0;
  const unreadable: number[] = [];
  for (const row of await connectionsRepository(deps.db).allSealed()) {
    if (row.sealed === '' || deps.keyRing.sealedWithNewest(row.sealed)) {
      alreadyCurrent++;
      continue;
    }
    let credentials: Record<string, unknown>;
    try {
      credentials = openCredentials(deps.keyRing, row.organizationId, row.id, row.provider, row.sealed);
    } catch (err) {
      if (!(err instanceof SealError)) throw err;
      // Left as it is (its key may still be needed); reported so the operator can act.
      deps.log.warn({ connectionId: row.id, reason: err.message }, 'credentials do not open; not re-sealed');
      unreadable.push(row.id);
      continue;
    }
    await connectionsRepository(deps.db).update(row.organizationId, row.id, {
      credentialsSealed: sealCredentials(deps.keyRing, row.organizationId, row.id, row.provider, credentials),
      updatedAt: deps.clock.now().toISOString(),
    });
    resealed++;
  }
  return { resealed, alreadyCurrent, unreadable };
}
