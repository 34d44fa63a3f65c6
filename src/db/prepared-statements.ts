import type pg from 'pg';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/** At most this many distinct statements are prepared (per connection, on the server); others run unnamed. */
const MAX_NAMED = 500;
/** Longer texts (a multi-row insert of hundreds of rows) are rare enough not to be worth a server-side statement. */
const MAX_NAMED_LENGTH = 8_000;

/**
 * Kysely's PostgreSQL driver sends every query unnamed, so the server parses and plans each one
 * anew: for the small indexed reads a request makes, that is as much work as running them, on a
 * server that shares the machine's cores with the gateway. A query with parameters gets a name
 * here instead, the same for the same text: `pg` parses a named statement once per connection and
 * then only binds and executes it (PostgreSQL plans it generically once that is no dearer).
 *
 * A prepared `select *` or `returning *` fails with "cached plan must not change result type"
 * once a migration (another instance's, in a rolling deploy) changes its table's columns. That
 * text then runs unnamed on that connection, and the query is retried when no transaction was
 * open (in a transaction the error has already aborted it, and the transaction fails as any would).
 */
export function withPreparedStatements(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < MAX_NAMED && text.length <= MAX_NAMED_LENGTH) names.set(text, (name = `trunkline_${names.size}`));
    return name;
  };
  const clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let wrapped = clients.get(client);
      if (!wrapped) clients.set(client, (wrapped = preparingClient(client, nameOf)));
      return wrapped;
    },
    end: () => pool.end(),
  };
}

function preparingClient(client: pg.PoolClient, nameOf: (text: string) => string | undefined): PostgresPoolClient {
  /** Texts whose prepared statement this connection's server can no longer run. */
  const stale = new Set<string>();
  const run = (query: pg.QueryConfig) => client.query(query) as unknown as Promise<PostgresQueryResult<unknown>>;
  // Only the (sql, parameters) form: Kysely passes a cursor only when its dialect is given one, and this one is not.
  const wrapped = {
    async query(text: string, parameters: ReadonlyArray<unknown>) {
      const values = [...parameters];
      const name = values.length > 0 && !stale.has(text) ? nameOf(text) : undefined;
      if (name === undefined) return run({ text, values });
      try {
        return await run({ name, text, values });
      } catch (err) {
        if (!resultTypeChanged(err)) throw err;
        stale.add(text);
        if (client.getTransactionStatus() !== 'I') throw err;
        return run({ text, values });
      }
    },
    release: (destroy?: boolean) => client.release(destroy),
  };
  return wrapped as unknown as PostgresPoolClient;
}

/** PostgreSQL's answer to a prepared statement whose columns a DDL statement changed since. */
function resultTypeChanged(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e.code === '0A000' && /cached plan must not change result type/.test(e.message ?? '');
}
