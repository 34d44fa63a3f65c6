import { connectionsRepository } from '../db/repositories/connections';
import { openCredentials, sealCredentials } from './credentials';
import type { Deps } from './deps';

/**
 * Re-seals every connection's credentials with the newest key of the ring, so that older keys
 * can then be dropped from TRUNKLINE_SECRET_KEYS. Each row is its own short transaction.
 */
export async function resealAll(deps: Deps): Promise<{ resealed: number; alreadyCurrent: number }> {
  let resealed = 0;
  let alreadyCurrent = 0;
  for (const row of await connectionsRepository(deps.db).allSealed()) {
    if (row.sealed === '' || deps.keyRing.sealedWithNewest(row.sealed)) {
      alreadyCurrent++;
      continue;
    }
    const credentials = openCredentials(deps.keyRing, row.organizationId, row.id, row.provider, row.sealed);
    await connectionsRepository(deps.db).update(row.organizationId, row.id, {
      credentialsSealed: sealCredentials(deps.keyRing, row.organizationId, row.id, row.provider, credentials),
      updatedAt: deps.clock.now().toISOString(),
    });
    resealed++;
  }
  return { resealed, alreadyCurrent };
}
