import { connectionsRepository } from '../db/repositories/connections';
import { SealError } from '../security/sealing';
import { webhookEndpointsRepository } from '../db/repositories/webhook-endpoints';
import { openCredentials, sealCredentials } from './credentials';
import type { Deps } from './deps';
import { openWebhookSecret, sealWebhookSecret } from './webhook-secrets';

export interface ResealReport {
  resealed: number;
  alreadyCurrent: number;
  /** Connections whose credentials do not open. */
  unreadable: number[];
  /** The same for webhook endpoints' signing secrets (current and, within 24 h of a rotation, previous). */
  webhookSecrets: { resealed: number; alreadyCurrent: number; unreadable: number[] };
}

/**
 * Re-seals every connection's credentials and every webhook endpoint's signing secrets with the
 * newest key of the ring, so that older keys can then be dropped from TRUNKLINE_SECRET_KEYS. Each
 * row is its own short transaction.
 */
export async function resealAll(deps: Deps): Promise<ResealReport> {
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
  return { resealed, alreadyCurrent, unreadable, webhookSecrets: await resealWebhookSecrets(deps) };
}

async function resealWebhookSecrets(deps: Deps): Promise<ResealReport['webhookSecrets']> {
  const report: ResealReport['webhookSecrets'] = { resealed: 0, alreadyCurrent: 0, unreadable: [] };
  const repo = webhookEndpointsRepository(deps.db);
  for (const row of await repo.allSealed()) {
    const sealed = [row.secretSealed, row.previousSecretSealed].filter((s): s is string => s !== null);
    if (sealed.every((s) => deps.keyRing.sealedWithNewest(s))) {
      report.alreadyCurrent++;
      continue;
    }
    const reseal = (s: string) => sealWebhookSecret(deps.keyRing, row.organizationId, row.id, openWebhookSecret(deps.keyRing, row.organizationId, row.id, s));
    let secretSealed: string;
    let previousSecretSealed: string | null;
    try {
      secretSealed = reseal(row.secretSealed);
      previousSecretSealed = row.previousSecretSealed === null ? null : reseal(row.previousSecretSealed);
    } catch (err) {
      if (!(err instanceof SealError)) throw err;
      deps.log.warn({ webhookEndpointId: row.id, reason: err.message }, 'webhook secret does not open; not re-sealed');
      report.unreadable.push(row.id);
      continue;
    }
    await repo.update(row.organizationId, row.id, { secretSealed, previousSecretSealed, updatedAt: deps.clock.now().toISOString() });
    report.resealed++;
  }
  return report;
}
