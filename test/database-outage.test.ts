import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createOrganization } from '../src/domain/organizations';
import { createLogger } from '../src/logger';
import { openRuntime, type Runtime } from '../src/runtime';
import { freshDatabaseUrl } from './support/database';
import { SECRET_KEYS } from './support/harness';
import { checkAgainstDocument } from './support/openapi-check';
import { captureLogs } from './support/providers';
import { retry } from './support/wait';

/**
 * The database going away under a running gateway (PostgreSQL, behind a TCP hop the test can cut):
 * every request answers 503 database_unavailable with Retry-After at once — never a hang, never a
 * 500, never a crash — readyz says 503, and service resumes when the database is back.
 */
const pgUrl = process.env.TEST_DATABASE_URL;

let hop: Server | undefined;
let hopPort = 0;
const sockets = new Set<Socket>();
function openHop(target: URL): Promise<void> {
  hop = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) => hop!.listen(hopPort, '127.0.0.1', () => {
    hopPort = (hop!.address() as { port: number }).port;
    resolve();
  }));
}
async function cutHop(): Promise<void> {
  await new Promise((resolve) => {
    hop!.close(resolve);
    for (const s of sockets) s.destroy();
  });
}

describe.skipIf(!pgUrl)('when the database goes away', () => {
  let db: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let runtime: Runtime;
  let server: HttpServer;
  let base: string;
  let key: string;

  beforeAll(async () => {
    db = await freshDatabaseUrl();
    const target = new URL(db.url);
    await openHop(target);
    const viaHop = new URL(db.url);
    viaHop.host = `127.0.0.1:${hopPort}`;
    const config = loadConfig({ DATABASE_URL: viaHop.toString(), TRUNKLINE_SECRET_KEYS: SECRET_KEYS });
    runtime = await openRuntime(config, createLogger('debug', captureLogs().stream));
    server = createHttpServer(createApp(runtime.deps, config).listener);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    key = (await createOrganization(runtime.deps, 'Outage')).apiKey;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    server?.close();
    await runtime?.close();
    await cutHop().catch(() => undefined);
    await db?.dispose();
  });

  const rest = async (path: string) => {
    const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${key}` } });
    const body = await res.json();
    checkAgainstDocument('GET', path, res.status, body);
    return { status: res.status, headers: res.headers, body };
  };

  it('answers 503 database_unavailable at once, then serves again when it is back', async () => {
    expect((await rest('/v1/voip-connections')).status).toBe(200);
    await cutHop();

    for (const path of ['/v1/voip-connections', '/v1/phone-numbers', '/v1/readyz']) {
      const res = await rest(path);
      expect(res.status, path).toBe(503);
      if (path !== '/v1/readyz') {
        expect(res.body).toMatchObject({ code: 'database_unavailable' });
        expect(res.headers.get('retry-after')).toBe('1');
      }
    }
    const body = JSON.stringify({ query: '{ connections { edges { node { id } } } }' });
    const gql = await fetch(`${base}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'content-length': String(body.length) }, body });
    expect(gql.status).toBe(503);

    await openHop(new URL(db.url));
    // Served again once the pool has a connection: the first 200 is the signal.
    const back = await retry(() => rest('/v1/voip-connections'), (res) => res.status === 200, 500);
    expect(back.status).toBe(200);
  });
});
