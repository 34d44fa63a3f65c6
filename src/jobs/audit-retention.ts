import { pruneAuditEvents } from '../domain/audit';
import type { Deps } from '../domain/deps';
import { claimLease } from '../domain/leases';

const LEASE = 'audit_retention';
const DAY_SECONDS = 86_400;

export interface AuditRetention {
  /** Prunes now if this instance claims today's run; the count deleted, or null when another instance has it. */
  runOnce(): Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Deletes audit events older than `retentionDays`, once a day across every instance: each
 * instance tries at start and then every `tickSeconds`, and only the one that claims the day's
 * lease (job_leases, the same claim-by-UPDATE as the re-check leases) prunes.
 */
export function startAuditRetention(deps: Deps, retentionDays: number, tickSeconds = 600): AuditRetention {
  let running: Promise<number | null> | undefined;
  const runOnce = () =>
    (running ??= (async () => {
      if (!(await claimLease(deps, LEASE, DAY_SECONDS))) return null;
      const deleted = await pruneAuditEvents(deps, retentionDays);
      deps.log.info({ deleted, retentionDays }, 'audit retention: pruned');
      return deleted;
    })().finally(() => (running = undefined)));
  const tick = () => void runOnce().catch((err: unknown) => deps.log.error({ reason: String(err) }, 'audit retention failed'));
  const first = setTimeout(tick, 1_000);
  const timer = setInterval(tick, tickSeconds * 1000);
  first.unref();
  timer.unref();
  return {
    runOnce,
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
