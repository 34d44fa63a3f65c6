import type { Kysely } from 'kysely';
import type { Database } from '../tables';

export function jobLeasesRepository(db: Kysely<Database>) {
  return {
    /**
     * Moves the job's next_run_at to `until` if it is due at `now`; true when this call did. One
     * UPDATE, so across instances exactly one claims each run (on PostgreSQL the row lock makes
     * the others re-read a next_run_at that is no longer due).
     */
    async claim(name: string, now: string, until: string): Promise<boolean> {
      await db.insertInto('job_leases').values({ name, next_run_at: now }).onConflict((oc) => oc.column('name').doNothing()).execute();
      const res = await db.updateTable('job_leases').set({ next_run_at: until }).where('name', '=', name).where('next_run_at', '<=', now).executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
  };
}
