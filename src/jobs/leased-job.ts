import type { Deps } from '../domain/deps';
import { claimLease } from '../domain/leases';

export interface LeasedJob {
  /** Runs now if this instance claims the period's lease; the count it reports, or null when another instance has it. */
  runOnce(): Promise<number | null>;
  stop(): Promise<void>;
}

export interface LeasedJobSpec {
  /** The job_leases row: one claim-by-UPDATE per period across every instance. */
  lease: string;
  /** How long a claim holds: the job runs at most once per period, on one instance. */
  periodSeconds: number;
  /** How often each instance tries to claim (it also tries a second after start). */
  tickSeconds: number;
  run(): Promise<number>;
  /** What the log line says when a run fails. */
  name: string;
}

/**
 * Periodic work shared by every instance: each tries at start and every `tickSeconds`, and only
 * the one whose UPDATE claims the period's lease runs it. Runs never overlap within an instance.
 */
export function startLeasedJob(deps: Deps, spec: LeasedJobSpec): LeasedJob {
  let running: Promise<number | null> | undefined;
  const runOnce = () =>
    (running ??= (async () => {
      if (await claimLease(deps, spec.lease, spec.periodSeconds)) return spec.run();
      deps.log.debug({ job: spec.name }, 'lease held by another instance');
      return null;
    })().finally(() => (running = undefined)));
  const tick = () => void runOnce().catch((err: unknown) => deps.log.error({ reason: String(err) }, `${spec.name} failed`));
  const first = setTimeout(tick, 1_000);
  const timer = setInterval(tick, spec.tickSeconds * 1000);
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
