import { randomBytes } from 'node:crypto';
import http, { type IncomingHttpHeaders } from 'node:http';
import { networkInterfaces } from 'node:os';
import tls from 'node:tls';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { postWebhook } from '../../src/outbound/webhook-post';
import { webhookHeaders } from '../../src/outbound/webhook-signature';
import type { LookupAll, TargetPolicy } from '../../src/outbound/webhook-target';
import { waitFor } from '../support/wait';

/**
 * Issue 25: the outbound side of webhook delivery against real receivers on 127.0.0.1 — what a
 * receiver gets (Standard Webhooks signatures verified by the reference library), and what the
 * POST does with slow, redirecting, chatty, TLS-failing and closed receivers. No internet: names
 * resolve through an injected lookup. The address checks alone are in ssrf.test.ts.
 */
const DEV: TargetPolicy = { allowLocalhost: true, allowPrivate: false, extraPorts: [] };
const secret = () => `whsec_${randomBytes(24).toString('base64')}`;

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}
interface Receiver {
  url: string;
  port: number;
  requests: Received[];
  /** Connections the receiver saw closed (by the client or itself). */
  closed: number;
  close(): Promise<void>;
}

const open: Receiver[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

/** A receiver on 127.0.0.1 (or another loopback address) that hands each request (its body read) to `answer`. */
async function receiver(answer: (res: http.ServerResponse, req: Received) => void, host = '127.0.0.1'): Promise<Receiver> {
  const requests: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const received = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(received);
      answer(res, received);
    });
  });
  const r: Receiver = {
    url: '',
    port: 0,
    requests,
    closed: 0,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  server.on('connection', (socket) => socket.on('close', () => r.closed++));
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  r.port = (server.address() as { port: number }).port;
  r.url = `http://${host}:${r.port}`;
  open.push(r);
  return r;
}

/** A lookup answering `answers[i]` to its i-th call (the last one after that), counting calls. */
function scriptedLookup(...answers: string[][]): { lookup: LookupAll; calls: string[] } {
  const calls: string[] = [];
  const lookup: LookupAll = async (host) => {
    calls.push(host);
    const addresses = answers[Math.min(calls.length, answers.length) - 1]!;
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { lookup, calls };
}

const payload = (id: string) => JSON.stringify({ id, type: 'phone_number.verified', created_at: new Date().toISOString(), data: { id: 7, phone_number: '+14155550100' } });

describe('a delivery as the receiver sees it', () => {
  it('is a POST of the exact body, signed so that the standardwebhooks library verifies it', async () => {
    const r = await receiver((res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'));
    const key = secret();
    const body = payload('msg_signed1');
    const headers = webhookHeaders('msg_signed1', new Date(), body, [key]);

    const outcome = await postWebhook(`${r.url}/hooks/trunkline?tenant=1`, headers, body, { policy: DEV, timeoutMs: 5000 });

    expect(outcome).toMatchObject({ statusCode: 200, excerpt: 'ok', error: null });
    expect(outcome.latencyMs).toBeGreaterThanOrEqual(0);
    const [got] = r.requests;
    expect(got).toMatchObject({ method: 'POST', url: '/hooks/trunkline?tenant=1', body });
    expect(got!.headers).toMatchObject({ 'content-type': 'application/json', 'user-agent': 'Trunkline-Webhooks/1', 'webhook-id': 'msg_signed1' });
    expect(got!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(key).verify(got!.body, got!.headers as Record<string, string>)).toEqual(JSON.parse(body));
    // Another secret, or a changed body, does not verify.
    expect(() => new Webhook(secret()).verify(got!.body, got!.headers as Record<string, string>)).toThrow();
    expect(() => new Webhook(key).verify(got!.body.replace('7', '8'), got!.headers as Record<string, string>)).toThrow();
  });

  it('carries one signature per secret during a rotation, and a receiver holding either verifies', async () => {
    const r = await receiver((res) => res.writeHead(204).end());
    const [current, previous] = [secret(), secret()];
    const at = new Date();
    const body = payload('msg_rotating');
    const outcome = await postWebhook(r.url, webhookHeaders('msg_rotating', at, body, [current, previous]), body, { policy: DEV, timeoutMs: 5000 });

    expect(outcome).toMatchObject({ statusCode: 204, excerpt: '', error: null });
    const headers = r.requests[0]!.headers as Record<string, string>;
    expect(headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(headers['webhook-timestamp']).toBe(String(Math.floor(at.getTime() / 1000)));
    for (const key of [current, previous]) expect(new Webhook(key).verify(r.requests[0]!.body, headers)).toEqual(JSON.parse(body));
  });
});

describe('what the POST does with a receiver', () => {
  it('gives up at the timeout on a receiver that never answers, and closes the connection', async () => {
    const r = await receiver(() => {});
    const outcome = await postWebhook(r.url, {}, '{}', { policy: DEV, timeoutMs: 200 });
    expect(outcome).toMatchObject({ statusCode: null, excerpt: null, error: 'timeout' });
    expect(r.requests).toHaveLength(1);
    await waitFor(() => r.closed === 1);
  });

  it('takes an answer whose body stalls at the deadline as answered: the status counts, the body read so far is the excerpt', async () => {
    const r = await receiver((res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
    });
    expect(await postWebhook(r.url, {}, '{}', { policy: DEV, timeoutMs: 200 })).toMatchObject({ statusCode: 200, excerpt: 'partial', error: null });
    await waitFor(() => r.closed === 1);
  });

  it('counts a name that does not resolve within the timeout as a timeout too', async () => {
    const never: LookupAll = () => new Promise(() => {});
    expect(await postWebhook('http://localhost:9/', {}, '{}', { policy: DEV, timeoutMs: 100, lookup: never })).toMatchObject({ statusCode: null, error: 'timeout' });
  });

  it('never follows a redirect: a 302 is the answer, and its Location hears nothing', async () => {
    const elsewhere = await receiver((res) => res.writeHead(200).end('followed'));
    const r = await receiver((res) => res.writeHead(302, { location: `${elsewhere.url}/stolen` }).end('moved'));
    const outcome = await postWebhook(r.url, {}, '{}', { policy: DEV, timeoutMs: 5000 });
    expect(outcome).toMatchObject({ statusCode: 302, excerpt: 'moved', error: null });
    expect(elsewhere.requests).toEqual([]);
  });

  it('does not follow a redirect to a private or metadata address either', async () => {
    for (const location of ['http://10.0.0.1/', 'http://169.254.169.254/latest/meta-data/', 'http://[::ffff:127.0.0.1]/']) {
      const r = await receiver((res) => res.writeHead(307, { location }).end());
      expect(await postWebhook(r.url, {}, '{}', { policy: DEV, timeoutMs: 5000 }), location).toMatchObject({ statusCode: 307, error: null });
    }
  });

  it('reads at most 1 KiB of a 1 MB answer', async () => {
    const MiB = Buffer.alloc(1024 * 1024, 'a');
    MiB.write('first bytes ');
    const r = await receiver((res) => res.writeHead(500, { 'content-type': 'text/plain' }).end(MiB));
    const outcome = await postWebhook(r.url, {}, '{}', { policy: DEV, timeoutMs: 5000 });
    expect(outcome).toMatchObject({ statusCode: 500, error: null, excerpt: MiB.subarray(0, 1024).toString() });
    await waitFor(() => r.closed === 1);
  });

  it('stops reading an endless answer at the bound', async () => {
    const r = await receiver((res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const more = () => {
        while (!res.destroyed && res.write(Buffer.alloc(16 * 1024, 'z')));
      };
      res.on('drain', more);
      more();
    });
    // A deadline beyond the test's own 30 s: a POST that read on would fail the test, not time out.
    const outcome = await postWebhook(r.url, {}, '{}', { policy: DEV, timeoutMs: 60_000, maxResponseBytes: 100 });
    expect(outcome).toMatchObject({ statusCode: 200, error: null, excerpt: 'z'.repeat(100) });
    await waitFor(() => r.closed === 1);
  });

  it('keeps the excerpt within the bound in UTF-8, without a cut character or a NUL', async () => {
    const r = await receiver((res) => res.writeHead(400).end(`\u0000${'é'.repeat(2000)}`));
    const outcome = await postWebhook(r.url, {}, '{}', { policy: DEV, timeoutMs: 5000 });
    expect(outcome.statusCode).toBe(400);
    expect(Buffer.byteLength(outcome.excerpt!)).toBeLessThanOrEqual(1024);
    expect(outcome.excerpt).toMatch(/^\uFFFDé+$/);
  });

  it('reports a closed port as connection_failed and a refused lookup as dns_failed', async () => {
    const r = await receiver(() => {});
    const url = r.url;
    await r.close();
    expect(await postWebhook(url, {}, '{}', { policy: DEV, timeoutMs: 5000 })).toMatchObject({ statusCode: null, excerpt: null, error: 'connection_failed' });

    const failing: LookupAll = () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }));
    expect(await postWebhook('https://hooks.example.com/', {}, '{}', { policy: DEV, timeoutMs: 5000, lookup: failing })).toMatchObject({ error: 'dns_failed' });
    expect(await postWebhook('https://hooks.example.com/', {}, '{}', { policy: DEV, timeoutMs: 5000, lookup: async () => [] })).toMatchObject({ error: 'dns_failed' });
  });

  it('reports a receiver that does not speak TLS behind https:// as tls_failed', async () => {
    const r = await receiver((res) => res.end('plain'));
    expect(await postWebhook(`https://127.0.0.1:${r.port}/`, {}, '{}', { policy: DEV, timeoutMs: 5000 })).toMatchObject({ statusCode: null, error: 'tls_failed' });
  });
});

/** A TLS listener that records the server name each handshake asks for, then fails it (it holds no certificate). */
async function tlsListener(host: string): Promise<{ port: number; names: string[]; close(): Promise<void> }> {
  const names: string[] = [];
  const server = tls.createServer({
    SNICallback: (name, callback) => {
      names.push(name);
      callback(new Error('no certificate here'), undefined);
    },
  });
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { port: (server.address() as { port: number }).port, names, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('the address connected to is the one checked', () => {
  // The receiver listens on 127.0.0.2, which only the injected lookup's first answer names: the
  // system resolver (localhost → 127.0.0.1) or a second answer would miss it.
  it('asks DNS once per POST and connects to that answer, not a later one (DNS rebinding)', async () => {
    const r = await receiver((res) => res.end('ok'), '127.0.0.2');
    const { lookup, calls } = scriptedLookup(['127.0.0.2'], ['127.0.0.1']);
    const outcome = await postWebhook(`http://localhost:${r.port}/`, {}, '{}', { policy: DEV, timeoutMs: 5000, lookup });
    expect(outcome).toMatchObject({ statusCode: 200, error: null });
    expect(calls).toEqual(['localhost']);
    expect(r.requests).toHaveLength(1);
  });

  // A name no resolver knows (.invalid) answered by the injected lookup with this machine's
  // network address, then with loopback: reaching the listener at all proves the connection used
  // the address checked, and the TLS server name is still the host name of the URL.
  const nic = Object.values(networkInterfaces()).flat().find((a) => a && !a.internal && a.family === 'IPv4');
  it.skipIf(!nic)('pins the checked address for a public name, with TLS verified against the name', async () => {
    const listener = await tlsListener(nic!.address);
    try {
      const { lookup, calls } = scriptedLookup([nic!.address], ['127.0.0.1']);
      const policy: TargetPolicy = { allowLocalhost: false, allowPrivate: true, extraPorts: [listener.port] };
      const outcome = await postWebhook(`https://rebind.invalid:${listener.port}/`, {}, '{}', { policy, timeoutMs: 5000, lookup });
      expect(outcome).toMatchObject({ statusCode: null, error: 'tls_failed' });
      expect(calls).toEqual(['rebind.invalid']);
      expect(listener.names).toEqual(['rebind.invalid']);
    } finally {
      await listener.close();
    }
  });

  it('sends the development name as the TLS server name too', async () => {
    const listener = await tlsListener('127.0.0.1');
    try {
      const { lookup } = scriptedLookup(['127.0.0.1']);
      const outcome = await postWebhook(`https://localhost:${listener.port}/`, {}, '{}', { policy: DEV, timeoutMs: 5000, lookup });
      expect(outcome).toMatchObject({ statusCode: null, error: 'tls_failed' });
      expect(listener.names).toEqual(['localhost']);
    } finally {
      await listener.close();
    }
  });
});
