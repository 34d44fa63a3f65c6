/**
 * The ceiling: bare node:http answering the same 50 phone-number rows from SQLite with one
 * prepared statement each: /rest returns every column (what GET /v1/phone-numbers returns), /graphql
 * the five columns the GraphQL query selects.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import SQLite from 'better-sqlite3';

const db = new SQLite(process.env.BENCH_DB!, { readonly: true });
const page = 'from phone_numbers where organization_id = ? order by created_at desc, id desc limit 50';
const every = db.prepare(`select * ${page}`);
const five = db.prepare(`select id, number, status, voip_verification_status, created_at ${page}`);
const server = createServer((req, res) => {
  const body = JSON.stringify((req.url === '/rest' ? every : five).all(1));
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(`LISTENING http://127.0.0.1:${(server.address() as AddressInfo).port}`));
process.once('SIGTERM', () => process.exit(0));
