import { sql, type Kysely } from 'kysely';

const TABLES = ['organizations', 'api_keys', 'voip_connections', 'verification_evidence', 'phone_numbers', 'idempotency_keys'];

/** Every row of every table, in a stable order: to prove a rejected request changed nothing. */
export async function snapshot(db: Kysely<any>): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    const rows = (await sql`select * from ${sql.table(table)}`.execute(db)).rows.map((r) => JSON.stringify(r)).sort();
    parts.push(`${table}:${rows.join('\n')}`);
  }
  return parts.join('\n\n');
}
