/** The ceiling: bare node:http answering 50 rows read from SQLite with one prepared statement. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import SQLite from 'better-sqlite3';

const db = new SQLite(process.env.BENCH_DB!, { readonly: true });
const rows = db.prepare('select id, number, status, voip_verification_status, created_at from phone_numbers where organization_id = ? order by created_at desc, id desc limit 50');
const server = createServer((_req, res) => {
  const body = JSON.stringify(rows.all(1));
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(`LISTENING http://127.0.0.1:${(server.address() as AddressInfo).port}`));
process.once('SIGTERM', () => process.exit(0));
