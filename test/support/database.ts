import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Migrator } from 'kysely';
import { migrations } from '../../migrations/index';
import { createDb, type Db } from '../../src/db/create-db';

/**
 * A fresh, empty database for one test file: a SQLite file in a temporary folder, or — with
 * TEST_DATABASE_URL=postgres://… — a new schema of its own, dropped afterwards.
 */
export async function freshDatabaseUrl(): Promise<{ url: string; engine: 'sqlite' | 'postgres'; dispose(): Promise<void> }> {
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`create schema ${schema}`);
    await client.end();
    const url = new URL(pgUrl);
    url.searchParams.set('schema', schema);
    return {
      url: url.toString(),
      engine: 'postgres',
      async dispose() {
        const c = new pg.Client({ connectionString: pgUrl });
        await c.connect();
        await c.query(`drop schema ${schema} cascade`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'trunkline-test-'));
  return { url: `sqlite:${join(dir, 'test.db')}`, engine: 'sqlite', dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A fresh database migrated only up to `migration`, for a test of what the later migrations do to
 * rows written before them: `test` writes those rows (the tables as that migration left them) and
 * migrates on. The database is closed and dropped afterwards.
 */
export async function withDatabaseAt(migration: string, test: (db: Db) => Promise<void>): Promise<void> {
  const fresh = await freshDatabaseUrl();
  const db = createDb(fresh.url);
  try {
    const migrator = new Migrator({ db: db.kysely, provider: { getMigrations: async () => migrations }, ...(db.schema ? { migrationTableSchema: db.schema } : {}) });
    const { error } = await migrator.migrateTo(migration);
    if (error) throw error;
    await test(db);
  } finally {
    await db.close();
    await fresh.dispose();
  }
}
