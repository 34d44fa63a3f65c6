import type { Deps } from '../domain/deps';
import { pruneWebhookEvents } from '../domain/webhook-events';
import { startLeasedJob, type LeasedJob } from './leased-job';

const DAY_SECONDS = 86_400;

/**
 * Deletes webhook events older than `retentionDays` that owe no more deliveries, with their
 * delivery logs, once a day across every instance (the day's lease, as the audit retention).
 */
export function startWebhookRetention(deps: Deps, retentionDays: number, tickSeconds = 600): LeasedJob {
  return startLeasedJob(deps, {
    lease: 'webhook_retention',
    periodSeconds: DAY_SECONDS,
    tickSeconds,
    name: 'webhook retention',
    async run() {
      const deleted = await pruneWebhookEvents(deps, retentionDays);
      deps.log.info({ deleted, retentionDays }, 'webhook retention: pruned');
      return deleted;
    },
  });
}
