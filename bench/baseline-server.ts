/**
 * The ceiling: bare node:http answering the same 50 phone-number rows with one prepared
 * statement each — better-sqlite3, or raw `pg` when DATABASE_URL is PostgreSQL: /rest returns
 * every column (what GET /v1/phone-numbers returns), /graphql the five the GraphQL query selects.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { pgConnection } from './support';

const page = 'from phone_numbers where organization_id = 1 order by created_at desc, id desc limit 50';
const queries = { rest: `select * ${page}`, graphql: `select id, number, status, voip_verification_status, created_at ${page}` };
let read: (which: keyof typeof queries) => Promise<unknown[]> | unknown[];
const url = process.env.DATABASE_URL ?? '';
if (url.startsWith('postgres')) {
  const pool = new pg.Pool({ ...pgConnection(url), max: 10 });
  read = async (which) => (await pool.query({ name: which, text: queries[which] })).rows;
} else {
  const db = new SQLite(process.env.BENCH_DB!, { readonly: true });
  const statements = { rest: db.prepare(queries.rest), graphql: db.prepare(queries.graphql) };
  read = (which) => statements[which].all();
}
const server = createServer(async (req, res) => {
  const body = JSON.stringify(await read(req.url === '/rest' ? 'rest' : 'graphql'));
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(`LISTENING http://127.0.0.1:${(server.address() as AddressInfo).port}`));
process.once('SIGTERM', () => process.exit(0));
