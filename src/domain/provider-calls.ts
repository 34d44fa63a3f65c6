import { connectionsRepository, type ConnectionRecord } from '../db/repositories/connections';
import { CredentialsRejectedError } from '../providers/types';
import { storedCredentials } from './credentials';
import type { Deps, Principal } from './deps';
import { ConflictError, NotFoundError, ProviderRejectedError } from './errors';
import { connectionChanged } from './events';
import { recordWebhookEvents } from './webhook-events';
import { statusChangedEvents } from './webhook-objects';

/** A stored connection ready for provider calls: its record and opened credentials. */
export async function usableConnection(deps: Deps, principal: Principal, connectionId: number, missing: () => Error = () => new NotFoundError('Connection')) {
  const record = await connectionsRepository(deps.db).find(principal.organizationId, connectionId);
  if (!record) throw missing();
  if (record.status === 'error') {
    throw new ConflictError('connection_not_ready', `The connection is in error (${record.lastError?.code ?? 'unknown'}): fix it at the provider, then retest it.`);
  }
  return { record, parsed: storedCredentials(deps, record) };
}

/**
 * Runs a provider call with a stored connection's credentials. If the provider now rejects them
 * (revoked key, suspended account), the connection is marked `error` so the UI says why, and the
 * caller gets a typed provider_rejected error.
 */
export async function withStoredCredentials<T>(deps: Deps, record: ConnectionRecord, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (!(err instanceof CredentialsRejectedError)) throw err;
    const now = deps.clock.now().toISOString();
    await deps.db.transaction().execute(async (trx) => {
      await connectionsRepository(trx).update(record.organizationId, record.id, {
        status: 'error',
        lastError: { code: 'credentials_rejected', detail: err.detail, at: now },
        updatedAt: now,
      });
      await recordWebhookEvents(trx, deps, record.organizationId, statusChangedEvents(trx, record.organizationId, record.id, record.status, 'error'));
    });
    connectionChanged(deps, record.organizationId, record.id);
    throw new ProviderRejectedError('credentials_rejected', `${err.detail} Rotate the connection's credentials.`);
  }
}

/** A provider call made with credentials that are not stored yet (setup at create or rotation). */
export async function withNewCredentials<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (!(err instanceof CredentialsRejectedError)) throw err;
    throw new ProviderRejectedError('credentials_rejected', `${err.detail} Test the credentials again.`);
  }
}
