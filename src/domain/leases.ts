import type { Deps } from './deps';

/**
 * Claims the next run of a periodic job for this instance: one UPDATE moves the job's
 * next_run_at an interval ahead if it is due, so across instances exactly one claims each run
 * (on PostgreSQL the row lock makes the others re-read a next_run_at that is no longer due).
 */
export async function claimLease(deps: Pick<Deps, 'db' | 'clock'>, name: string, everySeconds: number): Promise<boolean> {
  const now = deps.clock.now();
  await deps.db.insertInto('job_leases').values({ name, next_run_at: now.toISOString() }).onConflict((oc) => oc.column('name').doNothing()).execute();
  const res = await deps.db
    .updateTable('job_leases')
    .set({ next_run_at: new Date(now.getTime() + everySeconds * 1000).toISOString() })
    .where('name', '=', name)
    .where('next_run_at', '<=', now.toISOString())
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
