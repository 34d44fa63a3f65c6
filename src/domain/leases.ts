import { jobLeasesRepository } from '../db/repositories/job-leases';
import type { Deps } from './deps';

/**
 * Claims the next run of a periodic job for this instance: the job's lease moves an interval
 * ahead if it is due, so across instances exactly one claims each run.
 */
export async function claimLease(deps: Pick<Deps, 'db' | 'clock'>, name: string, everySeconds: number): Promise<boolean> {
  const now = deps.clock.now();
  return jobLeasesRepository(deps.db).claim(name, now.toISOString(), new Date(now.getTime() + everySeconds * 1000).toISOString());
}
