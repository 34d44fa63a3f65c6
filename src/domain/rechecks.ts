import { connectionsRepository, type ConnectionRecord } from '../db/repositories/connections';
import type { CallOptions } from '../providers/http-client';
import { runChecks } from './credential-tests';
import { storedCredentials } from './credentials';
import { metrics } from '../observability/metrics';
import { recordAudit, systemPrincipal } from './audit';
import { recordWebhookEvents } from './webhook-events';
import { statusChangedEvents } from './webhook-objects';
import type { Deps } from './deps';
import { DomainError, ProviderUnavailableError } from './errors';
import { connectionChanged } from './events';

/** A connection due for its periodic re-check. */
export interface DueConnection {
  id: number;
  organizationId: number;
}

/** The next re-check, one interval away, spread by ±10% so connections made together drift apart. */
export function nextCheckAt(deps: Pick<Deps, 'clock' | 'recheckIntervalSeconds'>, afterSeconds = deps.recheckIntervalSeconds): string | null {
  if (deps.recheckIntervalSeconds <= 0) return null;
  const jitter = 0.9 + Math.random() * 0.2;
  return new Date(deps.clock.now().getTime() + afterSeconds * 1000 * jitter).toISOString();
}

/**
 * Takes the lease on up to `limit` due connections, an interval ahead: each instance re-checks
 * what it claimed, and a connection whose instance died is claimed again an interval later.
 */
export async function claimDueConnections(deps: Deps, limit: number): Promise<DueConnection[]> {
  const now = deps.clock.now();
  const lease = new Date(now.getTime() + deps.recheckIntervalSeconds * 1000).toISOString();
  return connectionsRepository(deps.db).claimDue(now.toISOString(), lease, limit, deps.engine === 'postgres');
}

export type RecheckOutcome = 'connected' | 'error' | 'provider_unavailable' | 'postponed' | 'skipped';

/**
 * Re-tests one connection with its stored credentials, as the system. Passing checks make it
 * CONNECTED; failed ones (a revoked token) ERROR with last_error; either is published. A provider
 * that cannot be reached changes nothing but the next try, which backs off. A request the
 * provider budget refuses (or another expected failure) is tried again at the next interval.
 */
export async function recheckConnection(deps: Deps, due: DueConnection, opts?: CallOptions): Promise<RecheckOutcome> {
  const repo = connectionsRepository(deps.db);
  const record = await repo.find(due.organizationId, due.id);
  if (!record || (record.status !== 'connected' && record.status !== 'error')) return 'skipped';
  const outcome = await recheck(deps, due, record, opts);
  metrics.rechecks.inc({ provider: record.provider, result: outcome });
  return outcome;
}

async function recheck(deps: Deps, due: DueConnection, record: ConnectionRecord, opts?: CallOptions): Promise<RecheckOutcome> {
  const repo = connectionsRepository(deps.db);
  try {
    const { failures } = await runChecks(storedCredentials(deps, record), opts, 'recheck');
    const now = deps.clock.now().toISOString();
    const first = failures[0];
    await deps.db.transaction().execute(async (trx) => {
      await connectionsRepository(trx).update(due.organizationId, due.id, {
        ...(first ? { status: 'error', lastError: { code: first.code, detail: first.detail, at: now } } : { status: 'connected', lastTestedAt: now, lastError: null }),
        nextCheckAt: nextCheckAt(deps),
        recheckFailures: 0,
        updatedAt: now,
      });
      await recordAudit(trx, deps, systemPrincipal(due.organizationId), 'connection.rechecked', { type: 'connection', id: due.id }, {
        provider: record.provider,
        status: first ? 'error' : 'connected',
        code: first?.code ?? null,
      });
      await recordWebhookEvents(trx, deps, due.organizationId, statusChangedEvents(trx, due.organizationId, due.id, record.status, first ? 'error' : 'connected'));
    });
    connectionChanged(deps, due.organizationId, due.id);
    return first ? 'error' : 'connected';
  } catch (err) {
    if (err instanceof ProviderUnavailableError) {
      const failures = record.recheckFailures + 1;
      const backoff = Math.min(deps.recheckIntervalSeconds, 30 * 2 ** (failures - 1));
      await repo.update(due.organizationId, due.id, { nextCheckAt: nextCheckAt(deps, backoff), recheckFailures: failures, updatedAt: record.updatedAt });
      return 'provider_unavailable';
    }
    // The provider budget (BudgetExceededError) or another expected failure: wait for the next interval.
    if (err instanceof DomainError) {
      deps.log.warn({ connectionId: due.id, reason: err.message }, 're-check postponed');
      return 'postponed';
    }
    throw err;
  }
}
