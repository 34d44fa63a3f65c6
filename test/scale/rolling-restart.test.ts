import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialsFor } from '../../src/simulator/accounts';
import { startSimulator, type Simulator } from '../../src/simulator/server';
import { freshDatabaseUrl } from '../support/database';
import { SECRET_KEYS } from '../support/harness';
import { cli, startInstance, type Instance } from '../support/instances';
import { waitFor } from '../support/wait';

/**
 * A rolling restart behind a real load balancer: two gateway processes on one PostgreSQL and one
 * Redis behind HAProxy (health checks on /v1/readyz, `option redispatch`, `retries`), a steady
 * stream of reads, writes and slow provider calls through it, and each instance in turn stopped
 * with SIGTERM (twice) mid-stream while slow requests are in flight on it, then started again.
 * Not one request may fail, and HAProxy must take each instance out because its readiness said
 * 503 — not because its connections were refused. Runs with `npm run test:scale`; needs haproxy
 * (`apt-get install -y -q haproxy`).
 */
const redisUrl = process.env.TEST_REDIS_URL;
const pgUrl = process.env.TEST_DATABASE_URL;
const haproxyInstalled = spawnSync('haproxy', ['-v'], { stdio: 'ignore' }).status === 0;
const skipped = !pgUrl || !redisUrl
  ? 'TEST_DATABASE_URL and TEST_REDIS_URL are not set (npm run test:scale sets them)'
  : !haproxyInstalled
    ? 'haproxy is not installed (apt-get install -y -q haproxy)'
    : undefined;
if (skipped) console.warn(`rolling restart behind HAProxy skipped: ${skipped}`);

/** Long enough that a slow request started before the SIGTERM is still in flight when the listener closes. */
const SLOW_MS = 2_500;
const GRACE_MS = 1_500;

/** A port nobody listens on now (the instances keep theirs across a restart, as HAProxy names them). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

function haproxyConfig(front: number, backends: Record<string, number>): string {
  return `global
  log stdout format raw local0 info

defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 30s
  retries 3
  option redispatch

frontend api
  bind 127.0.0.1:${front}
  default_backend gateways

backend gateways
  # Health-check results and server state changes (the test reads them).
  log global
  option log-health-checks
  balance roundrobin
  option httpchk
  http-check send meth GET uri /v1/readyz
  http-check expect status 200
  timeout check 2s
  default-server inter 200ms fall 2 rise 2
${Object.entries(backends).map(([name, port]) => `  server ${name} 127.0.0.1:${port} check`).join('\n')}
`;
}

interface Outcome {
  what: string;
  ok: boolean;
  detail: string;
}

let db: Awaited<ReturnType<typeof freshDatabaseUrl>>;
let dir: string;
let env: Record<string, string>;
let key: string;
let haproxy: ChildProcess;
const haproxyLog: string[] = [];
let lbUrl: string;
const sims: Record<string, Simulator> = {};
const ports: Record<string, number> = {};
const instances: Record<string, Instance> = {};

/** The instance's environment: its own simulator, so its slow provider calls can be seen in flight. */
function envOf(name: string): Record<string, string> {
  const sim = sims[name]!;
  return {
    ...env,
    PORT: String(ports[name]),
    TWILIO_API_BASE_URL: sim.baseUrls.twilio,
    TELNYX_API_BASE_URL: sim.baseUrls.telnyx,
    SIGNALWIRE_API_BASE_URL: sim.baseUrls.signalwire,
    VONAGE_REST_BASE_URL: sim.baseUrls.vonageRest,
    VONAGE_API_BASE_URL: sim.baseUrls.vonageApi,
  };
}

const serverLines = (name: string, state: 'UP' | 'DOWN') => haproxyLog.filter((l) => l.includes(`Server gateways/${name} is ${state}`));

describe.skipIf(skipped)('a rolling restart behind HAProxy', () => {
  beforeAll(async () => {
    db = await freshDatabaseUrl();
    dir = mkdtempSync(join(tmpdir(), 'trunkline-rolling-'));
    env = {
      DATABASE_URL: db.url,
      TRUNKLINE_SECRET_KEYS: SECRET_KEYS,
      REDIS_URL: redisUrl!,
      LOG_LEVEL: 'info',
      TRUNKLINE_SHUTDOWN_GRACE_MS: String(GRACE_MS),
      // Behind a load balancer every client shares its address.
      TRUNKLINE_MAX_CONNECTIONS_PER_ADDRESS: '0',
      RATE_LIMIT_PER_MINUTE: '100000',
      RATE_LIMIT_PER_MINUTE_PER_ORG: '100000',
      PROVIDER_RATE_LIMIT_PER_MINUTE: '100000',
      PROVIDER_RATE_LIMIT_PER_MINUTE_PER_ORG: '100000',
      TRUNKLINE_MAX_API_KEYS_PER_ORG: '100000',
      TRUNKLINE_RECHECK_INTERVAL_SECONDS: '0',
    };
    for (const name of ['a', 'b']) {
      sims[name] = await startSimulator({ slowMs: SLOW_MS, retryAfterSeconds: 0 });
      ports[name] = await freePort();
    }
    cli(envOf('a'), ['migrate']);
    key = (JSON.parse(cli(envOf('a'), ['orgs', 'create', 'Acme'])) as { api_key: string }).api_key;
    [instances.a, instances.b] = await Promise.all([startInstance(envOf('a')), startInstance(envOf('b'))]);
    const front = await freePort();
    const config = join(dir, 'haproxy.cfg');
    writeFileSync(config, haproxyConfig(front, ports));
    haproxy = spawn('haproxy', ['-db', '-f', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer) => haproxyLog.push(...String(chunk).split('\n').filter(Boolean));
    haproxy.stdout!.on('data', collect);
    haproxy.stderr!.on('data', collect);
    lbUrl = `http://127.0.0.1:${front}`;
    // The balancer answers before the load starts (its servers start in rotation).
    await waitFor(async () => (await fetch(`${lbUrl}/v1/readyz`).catch(() => undefined))?.status === 200, 20_000).catch(() => {
      throw new Error(`HAProxy does not answer:\n${haproxyLog.join('\n')}`);
    });
  }, 90_000);

  afterAll(async () => {
    haproxy?.kill('SIGTERM');
    await Promise.all(Object.values(instances).map((i) => new Promise<void>((resolve) => {
      if (i.child.exitCode !== null) return resolve();
      i.child.once('exit', () => resolve());
      i.child.kill('SIGTERM');
    })));
    await Promise.all(Object.values(sims).map((s) => s.close()));
    await db?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('fails no request while each instance in turn is stopped with slow requests in flight, and started again', async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    const call = async (what: string, method: string, path: string, expected: number, body?: unknown) => {
      try {
        const res = await fetch(`${lbUrl}${path}`, {
          method,
          headers: { authorization: `Bearer ${key}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await res.text();
        outcomes.push({ what, ok: res.status === expected, detail: `${res.status} ${text.slice(0, 200)}` });
      } catch (err) {
        outcomes.push({ what, ok: false, detail: String((err as Error).cause ?? err) });
      }
    };
    const loop = async (step: () => Promise<void>) => {
      while (running) await step();
    };
    const credentials = credentialsFor(sims.a!.account('vonage', 'slow'));
    let written = 0;
    const workers = [
      loop(() => call('read', 'GET', '/v1/voip-connections', 200)),
      loop(() => call('read', 'GET', '/v1/voip-connections', 200)),
      loop(() => call('write', 'POST', '/v1/developer/api-keys', 201, { name: `rolling ${written++}` })),
      ...[1, 2, 3].map(() => loop(() => call('slow', 'POST', '/v1/voip-connections/test', 200, { provider: 'vonage', credentials }))),
    ];
    const succeeded = () => outcomes.filter((o) => o.ok).length;
    try {
      for (const name of ['a', 'b']) {
        const instance = instances[name]!;
        const slow = sims[name]!.account('vonage', 'slow');
        // Mid-stream, with a slow provider call of this instance's in flight.
        const [before, slowSeen] = [succeeded(), slow.requests];
        await waitFor(() => succeeded() >= before + 20 && slow.requests > slowSeen, 30_000);
        const exited = new Promise<number | null>((resolve) => instance.child.once('exit', resolve));
        const logged = haproxyLog.length;
        instance.child.kill('SIGTERM');
        await waitFor(() => instance.log.some((l) => l.includes('draining: readiness fails')));
        // A supervisor repeating itself must not cut the drain short.
        instance.child.kill('SIGTERM');
        expect(await exited).toBe(0);
        expect(instance.log.some((l) => l.includes('already shutting down'))).toBe(true);
        expect(instance.log.some((l) => /"msg":"stopped"/.test(l))).toBe(true);
        // The balancer took it out on its readiness (HTTP 503), while it still served.
        const failedCheck = haproxyLog.slice(logged).find((l) => l.includes(`Health check for server gateways/${name} failed`));
        expect(failedCheck).toMatch(/Layer7 wrong status, code: 503/);
        expect(serverLines(name, 'DOWN').length).toBeGreaterThan(0);
        // Its slow calls were answered, not cut.
        expect(slow.abandoned).toBe(0);
        // Started again on its port, and back in rotation before the other one stops.
        const ups = serverLines(name, 'UP').length;
        instances[name] = await startInstance(envOf(name));
        await waitFor(() => serverLines(name, 'UP').length > ups, 20_000);
      }
      const after = succeeded();
      await waitFor(() => succeeded() >= after + 20, 30_000);
    } finally {
      running = false;
      await Promise.all(workers);
    }

    const failed = outcomes.filter((o) => !o.ok);
    // On a failure, what the balancer saw of its servers says why.
    const servers = haproxyLog.filter((l) => !l.startsWith('[')).join('\n');
    expect(failed.map((o) => `${o.what}: ${o.detail}`), servers).toEqual([]);
    expect(outcomes.filter((o) => o.what === 'slow').length).toBeGreaterThan(6);
  }, 180_000);
});
