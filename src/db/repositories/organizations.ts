import type { Kysely } from 'kysely';
import type { Database } from '../tables';

export interface Organization {
  id: number;
  name: string;
  createdAt: string;
}

export function organizationsRepository(db: Kysely<Database>) {
  return {
    async create(name: string, now: Date): Promise<Organization> {
      const row = await db
        .insertInto('organizations')
        .values({ name, created_at: now.toISOString() })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { id: row.id, name: row.name, createdAt: row.created_at };
    },
    async findById(id: number): Promise<Organization | undefined> {
      const row = await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
      return row && { id: row.id, name: row.name, createdAt: row.created_at };
    },
    async oldest(): Promise<Organization | undefined> {
      const row = await db.selectFrom('organizations').selectAll().orderBy('id').limit(1).executeTakeFirst();
      return row && { id: row.id, name: row.name, createdAt: row.created_at };
    },
    async any(): Promise<boolean> {
      const row = await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
      return row !== undefined;
    },
  };
}
