import { pruneAuditEvents } from '../domain/audit';
import type { Deps } from '../domain/deps';
import { startLeasedJob, type LeasedJob } from './leased-job';

const DAY_SECONDS = 86_400;

/**
 * Deletes audit events older than `retentionDays`, once a day across every instance (the day's
 * lease in job_leases, the same claim-by-UPDATE as the re-check leases).
 */
export function startAuditRetention(deps: Deps, retentionDays: number, tickSeconds = 600): LeasedJob {
  return startLeasedJob(deps, {
    lease: 'audit_retention',
    periodSeconds: DAY_SECONDS,
    tickSeconds,
    name: 'audit retention',
    async run() {
      const deleted = await pruneAuditEvents(deps, retentionDays);
      deps.log.info({ deleted, retentionDays }, 'audit retention: pruned');
      return deleted;
    },
  });
}
