import type { Deps } from '../domain/deps';
import { purgeExpiredIdempotencyKeys } from '../domain/idempotency';
import { startLeasedJob, type LeasedJob } from './leased-job';

/**
 * Deletes expired Idempotency-Key rows (their answers can be hundreds of KB) once per
 * `everySeconds` across every instance. Without it a row would go only when its key was reused.
 */
export function startIdempotencyPurge(deps: Deps, everySeconds = 600): LeasedJob {
  return startLeasedJob(deps, {
    lease: 'idempotency_purge',
    periodSeconds: everySeconds,
    tickSeconds: everySeconds,
    name: 'idempotency purge',
    async run() {
      const deleted = await purgeExpiredIdempotencyKeys(deps);
      if (deleted > 0) deps.log.info({ deleted }, 'idempotency keys: purged the expired');
      return deleted;
    },
  });
}
