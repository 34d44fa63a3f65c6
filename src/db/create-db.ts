import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import type { Database } from './tables';
import { withPreparedStatements } from './prepared-statements';

export type Engine = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  engine: Engine;
  /** For the embedded engine, the file holding the data (undefined in memory or on Postgres). */
  sqliteFile: string | undefined;
  /** Postgres schema named by the URL's ?schema= (else the server's search path decides). */
  schema: string | undefined;
  /**
   * SQLite: a number that changes whenever another connection (the command line, another process
   * on the file) has committed since the last call; undefined on PostgreSQL, where it cannot be had
   * without a round trip.
   */
  foreignCommits: (() => number) | undefined;
  /** Connections in use and waiting (a pool on Postgres; SQLite has one connection). */
  poolStats(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

const INT8_OID = 20;

/**
 * Opens the database a URL names: `sqlite:<file>`, `sqlite::memory:` or `postgres://…`.
 * A `?schema=name` parameter on a Postgres URL sets the search path (tests use one schema a run).
 */
export function createDb(url: string): Db {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length));
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  throw new Error('DATABASE_URL must start with sqlite: or postgres://');
}

function openSqlite(file: string): Db {
  const memory = file === ':memory:';
  if (!memory) mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = FULL');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  const dataVersion = sqlite.prepare('pragma data_version').pluck();
  return {
    kysely,
    engine: 'sqlite',
    foreignCommits: () => dataVersion.get() as number,
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
    sqliteFile: memory ? undefined : file,
    schema: undefined,
    close: () => kysely.destroy(),
  };
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every query anew; preparing costs more than running these small
 * queries. Statements are reusable, so the driver gets them from a bounded cache keyed by SQL text.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (!stmt) {
        stmt = rowsAsObjects(sqlite.prepare(sql));
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}

/**
 * better-sqlite3 builds each row object natively, one property at a time, which costs more than
 * the query itself for wide rows (a 50-row page of phone numbers: about 2.5×). Rows are read as
 * arrays and built here by a function made once per statement from its column names: one object
 * literal, one V8 shape (a 51-row page: 1 µs, against 16 µs assigning the keys in a loop).
 */
function rowsAsObjects(stmt: SQLite.Statement): SqliteStatement {
  if (!stmt.reader) return stmt;
  stmt.raw(true);
  const toObject = rowBuilder(stmt.columns().map((c) => c.name));
  return {
    reader: true,
    all: (parameters) => (stmt.all(parameters) as unknown[][]).map(toObject),
    run: (parameters) => stmt.run(parameters),
    *iterate(parameters) {
      for (const values of stmt.iterate(parameters) as IterableIterator<unknown[]>) yield toObject(values);
    },
  };
}

/**
 * `values => ({ "name": values[0], … })` for these column names (quoted as JSON, so any name is a
 * plain key; a `__proto__` column is made an own property, as assignment would not).
 */
export function rowBuilder(names: readonly string[]): (values: unknown[]) => Record<string, unknown> {
  const fields = names.map((name, i) => `${name === '__proto__' ? '["__proto__"]' : JSON.stringify(name)}: values[${i}]`);
  return new Function('values', `return { ${fields.join(', ')} };`) as (values: unknown[]) => Record<string, unknown>;
}

function openPostgres(url: string): Db {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error('schema must be a plain identifier');
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: 10,
    // While the database is away a request fails within this bound instead of queueing forever.
    connectionTimeoutMillis: 5_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    // Ids and counts are int8: return them as numbers, as SQLite does (ids stay below 2^53).
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // A client whose server went away emits 'error' (idle in the pool, or checked out between two
  // queries); the pool drops it and the next query connects anew, while the query that was
  // running fails and its request answers 503. Without listeners a restart would crash the process.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: withPreparedStatements(pool) }) });
  const poolStats = () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });
  return { kysely, engine: 'postgres', foreignCommits: undefined, sqliteFile: undefined, schema: schema ?? undefined, poolStats, close: () => kysely.destroy() };
}
