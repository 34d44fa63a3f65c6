import type { Deps } from '../domain/deps';
import { purgeExpiredIdempotencyKeys } from '../domain/idempotency';
import { claimLease } from '../domain/leases';

const LEASE = 'idempotency_purge';

export interface IdempotencyPurge {
  /** Purges now if this instance claims the period's run; the count deleted, or null when another instance has it. */
  runOnce(): Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Deletes expired Idempotency-Key rows (their answers can be hundreds of KB) once per
 * `everySeconds` across every instance: each instance tries at start and then every
 * `everySeconds`, and only the one that claims the period's lease (job_leases, as the audit
 * retention does) purges. Without it a row would go only when its key was reused.
 */
export function startIdempotencyPurge(deps: Deps, everySeconds = 600): IdempotencyPurge {
  let running: Promise<number | null> | undefined;
  const runOnce = () =>
    (running ??= (async () => {
      if (!(await claimLease(deps, LEASE, everySeconds))) return null;
      const deleted = await purgeExpiredIdempotencyKeys(deps);
      if (deleted > 0) deps.log.info({ deleted }, 'idempotency keys: purged the expired');
      return deleted;
    })().finally(() => (running = undefined)));
  const tick = () => void runOnce().catch((err: unknown) => deps.log.error({ reason: String(err) }, 'idempotency purge failed'));
  const first = setTimeout(tick, 1_000);
  const timer = setInterval(tick, everySeconds * 1000);
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
