import { Agent, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ManualClock } from '../../src/clock';
import { createApp, startSipIngressFor, type App } from '../../src/app';
import { createHttpServer } from '../../src/http/http-server';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createOrganization } from '../../src/domain/organizations';
import { openRuntime, type Runtime } from '../../src/runtime';
import { startWebhookWorker, type WebhookWorker } from '../../src/jobs/webhook-worker';
import { KeyRing } from '../../src/security/sealing';
import { startSimulator, type Simulator } from '../../src/simulator/server';
import { startSipResponder, type SipResponder } from '../../src/simulator/sip-responder';
import { captureLogs } from './providers';
import { freshDatabaseUrl } from './database';
import { checkAgainstDocument } from './openapi-check';

export interface Harness {
  app: App;
  /** The app listening on loopback, as `trunkline serve` runs it (the REST door is node:http's). */
  url: string;
  /** A request to the listening app: `path` is relative to its URL. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  runtime: Runtime;
  sim: Simulator;
  /** A SIP trunk on loopback (UDP and TCP) for manual connections. */
  sip: SipResponder;
  clock: ManualClock;
  /** The webhook delivery worker, running as in `trunkline serve`; runOnce() after moving the clock. */
  webhooks: WebhookWorker;
  config: Config;
  logs: string[];
  /** Every response body this harness has seen, for secret scans. */
  bodies: string[];
  orgA: { id: number; key: string };
  orgB: { id: number; key: string };
  /** GraphQL as organization A (or with `key`). */
  gql<T = any>(query: string, variables?: Record<string, unknown>, key?: string): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] } }>;
  /** A typed operation from test/operations as organization A (or with `key`); fails the test on GraphQL errors. */
  op<TData, TVars>(document: TypedDocumentNode<TData, TVars>, variables: TVars, key?: string): Promise<TData>;
  /** REST as organization A (or with `key`, or `null` for none). */
  rest(method: string, path: string, body?: unknown, opts?: { key?: string | null; headers?: Record<string, string>; raw?: string }): Promise<{ status: number; headers: Headers; body: any }>;
  close(): Promise<void>;
}

export const SECRET_KEYS = `test1:${Buffer.alloc(32, 7).toString('base64')}`;

/**
 * A gateway on a fresh database (SQLite, or PostgreSQL with TEST_DATABASE_URL), its providers
 * pointed at a fresh simulator (and a SIP responder for trunks), two organizations with keys, a settable clock and captured logs.
 */
export async function startHarness(env: Record<string, string> | ((sim: Simulator) => Record<string, string>) = {}): Promise<Harness> {
  const sim = await startSimulator({ slowMs: 2_000, retryAfterSeconds: 0 });
  const extra = typeof env === 'function' ? env(sim) : env;
  const sip = await startSipResponder();
  const db = await freshDatabaseUrl();
  const config = loadConfig({
    DATABASE_URL: db.url,
    TRUNKLINE_SECRET_KEYS: SECRET_KEYS,
    TWILIO_API_BASE_URL: sim.baseUrls.twilio,
    TELNYX_API_BASE_URL: sim.baseUrls.telnyx,
    SIGNALWIRE_API_BASE_URL: sim.baseUrls.signalwire,
    VONAGE_REST_BASE_URL: sim.baseUrls.vonageRest,
    VONAGE_API_BASE_URL: sim.baseUrls.vonageApi,
    PROVIDER_TIMEOUT_MS: '1000',
    TRUNKLINE_ALLOW_PRIVATE_SIP: 'true',
    SIP_OPTIONS_TIMEOUT_MS: '700',
    // Generous budgets: the rate-limit tests set their own.
    RATE_LIMIT_PER_MINUTE: '1000000',
    PROVIDER_RATE_LIMIT_PER_MINUTE: '1000000',
    // verify-voip checks settings only, unless a test turns its calls on (test/test-calls.test.ts).
    TRUNKLINE_VERIFY_WITH_CALLS: 'false',
    ...extra,
  });
  const captured = captureLogs();
  const log = createLogger('debug', captured.stream);
  const clock = new ManualClock(new Date());
  const runtime = await openRuntime(config, log, clock);
  const app = createApp(runtime.deps, config, runtime.redis);
  const webhooks = startWebhookWorker(runtime.deps, { concurrency: config.webhooks.concurrency, pollMs: config.webhooks.pollMs });
  const server = await listen(app, config);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  runtime.listening({ origin: url });
  const sipIngress = await startSipIngressFor(runtime.deps, config, (where) => runtime.listening(where));
  const fetchApp = (path: string, init?: RequestInit) => fetch(`${url}${path}`, init);
  const a = await createOrganization(runtime.deps, 'Acme');
  const b = await createOrganization(runtime.deps, 'Globex');
  const bodies: string[] = [];

  const h: Harness = {
    app,
    url,
    fetch: fetchApp,
    runtime,
    sim,
    sip,
    clock,
    webhooks,
    config,
    logs: captured.lines,
    bodies,
    orgA: { id: a.organization.id, key: a.apiKey },
    orgB: { id: b.organization.id, key: b.apiKey },
    async gql(query, variables, key = a.apiKey) {
      const body = JSON.stringify({ query, variables });
      const res = await fetchApp('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), authorization: `Bearer ${key}` },
        body,
      });
      const text = await res.text();
      bodies.push(text);
      return { status: res.status, body: JSON.parse(text) };
    },
    async op(document, variables, key) {
      const res = await h.gql(print(document), variables as Record<string, unknown>, key);
      if (res.body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.body.errors)}`);
      return res.body.data as never;
    },
    async rest(method, path, body, opts = {}) {
      const key = opts.key === undefined ? a.apiKey : opts.key;
      const headers: Record<string, string> = { ...(key ? { authorization: `Bearer ${key}` } : {}), ...opts.headers };
      let payload: string | undefined = opts.raw;
      if (body !== undefined) {
        payload = JSON.stringify(body);
        headers['content-type'] ??= 'application/json';
      }
      const res = await send(url, method, path, headers, payload);
      const text = res.text;
      bodies.push(text);
      const parsed = text ? JSON.parse(text) : undefined;
      checkAgainstDocument(method, path, res.status, parsed);
      return { status: res.status, headers: res.headers, body: parsed };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await sipIngress?.close();
      await webhooks.stop();
      await runtime.close();
      await sim.close();
      await sip.close();
      await db.dispose();
    },
  };
  return h;
}

const agent = new Agent({ keepAlive: true });

/**
 * One request through node's HTTP client rather than fetch, which refuses what a client may
 * still send (a body on GET, as the fuzzer does).
 */
function send(base: string, method: string, path: string, headers: Record<string, string>, body: string | undefined): Promise<{ status: number; headers: Headers; text: string }> {
  return new Promise((resolve, reject) => {
    const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
    const req = httpRequest(`${base}${path}`, { method, headers: { ...length, ...headers }, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(', ') : v);
        resolve({ status: res.statusCode!, headers: h, text: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The listener as `trunkline serve` makes it: the same timeouts and per-address connection cap. */
function listen(app: App, config: Config): Promise<Server> {
  const server = createHttpServer(app.listener, config.http);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A new key ring entry, for rotation tests. */
export const newKeyEntry = (id: string) => KeyRing.generateEntry(id);
