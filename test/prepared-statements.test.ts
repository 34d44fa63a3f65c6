import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../src/db/create-db';
import { freshDatabaseUrl } from './support/database';

/**
 * On PostgreSQL every query with parameters runs as a named statement, parsed once per connection
 * (src/db/prepared-statements.ts). What that must not change: a query still sees the columns a
 * migration adds while the gateway runs (another instance's, in a rolling deploy).
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('prepared statements on PostgreSQL', () => {
  let fresh: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let db: Db;
  const one = (id: number) => sql<Record<string, unknown>>`select * from things where id = ${id}`.execute(db.kysely).then((r) => r.rows[0]);

  beforeEach(async () => {
    fresh = await freshDatabaseUrl();
    db = createDb(fresh.url);
    await sql`create table things (id integer primary key, name text not null)`.execute(db.kysely);
    await sql`insert into things values (1, 'one'), (2, 'two')`.execute(db.kysely);
  });

  afterEach(async () => {
    await db.close();
    await fresh.dispose();
  });

  it('prepares a query once per connection and runs it by name after', async () => {
    const prepared = await db.kysely.transaction().execute(async (trx) => {
      for (const id of [1, 2, 1]) await sql`select name from things where id = ${id}`.execute(trx);
      return (await sql<{ statement: string }>`select statement from pg_prepared_statements where statement like ${'select name from things%'}`.execute(trx)).rows;
    });
    expect(prepared).toEqual([{ statement: 'select name from things where id = $1' }]);
  });

  it('answers with the new columns after a migration changes a prepared select *', async () => {
    expect(await one(1)).toEqual({ id: 1, name: 'one' });
    await sql`alter table things add column label text not null default 'new'`.execute(db.kysely);
    // The connection that prepared the statement is the pool's most recently used: the next query gets it.
    expect(await one(1)).toEqual({ id: 1, name: 'one', label: 'new' });
    const all = await Promise.all(Array.from({ length: 20 }, (_, i) => one((i % 2) + 1)));
    expect(all.map((row) => row!.label)).toEqual(Array(20).fill('new'));
  });

  it('fails a transaction whose prepared select * a migration changed, and runs the query again after', async () => {
    await db.kysely.transaction().execute(async (trx) => {
      await sql`select * from things where id = ${1}`.execute(trx);
    });
    await sql`alter table things add column label text`.execute(db.kysely);
    // The statement error aborts the transaction, as any failed statement does: it is not retried inside it.
    await expect(db.kysely.transaction().execute((trx) => sql`select * from things where id = ${1}`.execute(trx))).rejects.toThrow(/cached plan must not change result type/);
    expect(await one(1)).toEqual({ id: 1, name: 'one', label: null });
  });
});
