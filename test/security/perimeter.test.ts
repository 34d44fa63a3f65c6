import { connect, type Socket } from 'node:net';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { operationLabel } from '../../src/http/observability';
import { metrics } from '../../src/observability/metrics';
import { schema } from '../../src/schema/index';
import { startHarness, type Harness } from '../support/harness';
import { retry, waitFor } from '../support/wait';

/**
 * The listener's perimeter against a hostile caller, in production mode: only the exact paths of
 * the doors are served (a body sent anywhere else is never read), odd Host headers are a 400,
 * CORS allows configured origins only, slow requests and connection floods are bounded, metric
 * labels stay bounded, and an audit entry's request id is the server's own.
 */
const ALLOWED = 'https://app.example';
let h: Harness;
let port: number;
beforeAll(async () => {
  h = await startHarness({ NODE_ENV: 'production', TRUNKLINE_CORS_ORIGINS: ALLOWED });
  port = Number(new URL(h.url).port);
});
afterAll(() => h.close());

interface RawAnswer {
  /** The status line's code, once the head has arrived. */
  status: Promise<number>;
  /** Everything received, once the server has closed the connection. */
  closed: Promise<string>;
  socket: Socket;
}

/**
 * A hand-written request on a socket of its own (fetch would not send a bad Host, nor leave a
 * chunked body unfinished). `chunkedBytes` of chunked body follow the head, never terminated.
 */
function raw(head: string, options: { chunkedBytes?: number; portOf?: number } = {}): RawAnswer {
  const socket = connect(options.portOf ?? port, '127.0.0.1');
  let received = '';
  let onHead: (status: number) => void;
  const status = new Promise<number>((resolve) => (onHead = resolve));
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(received)));
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString('latin1');
    const line = /^HTTP\/1\.1 (\d{3})/.exec(received);
    if (line) onHead(Number(line[1]));
  });
  // The server may reset a connection whose body it refused to read: that is the point.
  socket.on('error', () => undefined);
  socket.write(head);
  if (options.chunkedBytes) {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    for (let sent = 0; sent < options.chunkedBytes; sent += chunk.length) socket.write(`${chunk.length.toString(16)}\r\n${chunk.toString()}\r\n`);
  }
  return { status, closed, socket };
}

const bodyOf = (answer: string) => answer.slice(answer.indexOf('\r\n\r\n') + 4);

describe('only the exact GraphQL paths reach GraphQL (#2)', () => {
  const elsewhere = ['/x/graphql', '/foo/graphql/stream', '//graphql', '/graphql/', '/graphql/stream/', '/v2/graphql', '/docs/graphql', '/assets/graphql', '/assets/a.js/graphql', '/graphql/x', '/x/graphql?y=1'];

  it('answers 404 to a chunked body of more than 1 MiB sent anywhere else, before the body ends, and closes', async () => {
    for (const path of elsewhere) {
      const answer = raw(`POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`, { chunkedBytes: 1.5 * 1024 * 1024 });
      // The body never ends: an answer at all proves it was not read to its end.
      expect(await answer.status, path).toBe(404);
      const text = await answer.closed;
      expect(JSON.parse(bodyOf(text)), path).toEqual({ detail: expect.any(String), code: 'not_found' });
      expect(text.toLowerCase()).toContain('x-content-type-options: nosniff');
      expect(text.toLowerCase()).toContain('x-request-id: ');
    }
  });

  it('answers the exact paths 411 for a chunked body and 413 for a declared one over 1 MiB, and closes', async () => {
    for (const path of ['/graphql', '/graphql/stream']) {
      const chunked = raw(`POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`, { chunkedBytes: 1.5 * 1024 * 1024 });
      expect(await chunked.status, path).toBe(411);
      expect(JSON.parse(bodyOf(await chunked.closed)).code).toBe('length_required');
      const declared = raw(`POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${2 * 1024 * 1024}\r\n\r\n{"query":"`);
      expect(await declared.status, path).toBe(413);
      expect(JSON.parse(bodyOf(await declared.closed)).code).toBe('payload_too_large');
    }
  });

  it('answers the same 404 to other methods and to pages that do not exist, whatever their query string', async () => {
    for (const [method, path] of [['GET', '/x/graphql?query=%7B__typename%7D'], ['GET', '/assets/nope.js?x=/graphql'], ['GET', '/docs/nope.js?x=/graphql'], ['PUT', '/x/graphql/stream'], ['DELETE', '/foo/graphql/stream'], ['POST', '/']] as const) {
      const res = await h.fetch(path, { method });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
  });

  it('still serves the exact paths and the pages', async () => {
    expect((await h.gql('{ viewer { organization { name } } }')).status).toBe(200);
    expect((await h.fetch('/docs')).status).toBe(200);
    expect((await h.fetch('/docs/swagger-ui.css?v=1')).status).toBe(200);
    expect([200, 503]).toContain((await h.fetch('/')).status);
    // The stream endpoint is reached (and authenticates), not refused as an unknown path.
    expect((await h.fetch('/graphql/stream', { method: 'PUT' })).status).toBe(401);
  });
});

describe('odd Host headers (#10)', () => {
  const hosts = ['a b', '[::', 'x:99999', '%00', 'user@host', 'a/b', 'x:', ''];

  it('are a 400 problem without a stack trace on every door, in production', async () => {
    for (const host of hosts) {
      for (const head of ['GET / HTTP/1.1', 'GET /graphql HTTP/1.1', 'GET /docs HTTP/1.1', 'GET /v1/healthz HTTP/1.1', 'POST /graphql HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2']) {
        const answer = raw(`${head}\r\nHost: ${host}\r\nConnection: close\r\n\r\n${head.startsWith('POST') ? '{}' : ''}`);
        const text = await answer.closed;
        expect(await answer.status, `${head} Host: ${host}`).toBe(400);
        expect(JSON.parse(bodyOf(text))).toEqual({ detail: 'The Host header is not a valid host.', code: 'bad_request' });
        expect(text).not.toMatch(/\bat \S+ \(|node_modules|TypeError/);
      }
    }
  });

  it('serves a host with a port, an IPv4 and a bracketed IPv6 address', async () => {
    for (const host of ['localhost:4000', '127.0.0.1', '[::1]:80', 'api.example.com']) {
      const answer = raw(`GET /v1/healthz HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      expect(await answer.status, host).toBe(200);
    }
  });
});

describe('route labels of GraphQL operations are bounded (#13)', () => {
  it('names one known root field, or (multiple) or (other): never a combination', () => {
    expect(operationLabel(parse('{ viewer { organization { name } } }'))).toBe('query viewer');
    expect(operationLabel(parse('{ a: viewer { id } b: viewer { id } }'))).toBe('query viewer');
    expect(operationLabel(parse('{ viewer { id } __typename }'))).toBe('query (multiple)');
    expect(operationLabel(parse('{ __typename }'))).toBe('query (other)');
    expect(operationLabel(parse('{ notAField }'))).toBe('query (other)');
    expect(operationLabel(parse('query { ...F } fragment F on Query { viewer { id } }'))).toBe('query (other)');
    expect(operationLabel(parse('mutation { a: createApiKey(input: {}) { __typename } b: revokeApiKey(input: {}) { __typename } }'))).toBe('mutation (multiple)');
  });

  it('keeps the metric to at most the root fields plus two values per operation type, whatever clients send', async () => {
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t) => t !== null && t !== undefined);
    const fields = Object.keys(schema.getQueryType()!.getFields()).filter((f) => !['node', 'nodes'].includes(f)).slice(0, 6);
    // Every pair of root fields: before, each pair was a label of its own.
    for (let i = 0; i < fields.length; i++) for (let j = i + 1; j < fields.length; j++) await h.gql(`{ ${fields[i]} { __typename } ${fields[j]} { __typename } }`);
    await h.gql('{ __typename }');
    await h.gql('{ viewer { organization { name } } }');
    const routes = new Set((await metrics.requests.get()).values.filter((v) => v.labels.door === 'graphql').map((v) => String(v.labels.route)));
    const allowed = new Set(['invalid', 'unknown']);
    for (const root of roots) {
      const type = root === schema.getQueryType() ? 'query' : root === schema.getMutationType() ? 'mutation' : 'subscription';
      for (const field of Object.keys(root!.getFields())) allowed.add(`${type} ${field}`);
      allowed.add(`${type} (multiple)`).add(`${type} (other)`);
    }
    expect([...routes].filter((r) => !allowed.has(r))).toEqual([]);
    expect(routes).toContain('query viewer');
    expect(routes).toContain('query (multiple)');
  });
});

describe('CORS (#14)', () => {
  it('is configured with exact origins only', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ TRUNKLINE_CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).corsOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
    for (const bad of ['*', 'null', 'https://a.example/', 'https://a.example/app', 'a.example', 'file://x', 'https://a.example,*']) {
      expect(() => loadConfig({ TRUNKLINE_CORS_ORIGINS: bad }), bad).toThrow(/TRUNKLINE_CORS_ORIGINS/);
    }
  });

  const preflight = (origin: string) => ({ origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' });
  const calls = (headers: Record<string, string>) => [
    h.fetch('/v1/healthz', { headers }),
    h.fetch('/graphql', { method: 'POST', headers: { ...headers, 'content-type': 'application/json', authorization: `Bearer ${h.orgA.key}` }, body: JSON.stringify({ query: '{ viewer { organization { name } } }' }) }),
    h.fetch('/v1/voip-connections', { method: 'OPTIONS', headers: { ...headers, ...preflight(headers.origin!) } }),
    h.fetch('/graphql', { method: 'OPTIONS', headers: { ...headers, ...preflight(headers.origin!) } }),
  ];

  it('allows no other origin, not even null, on either door', async () => {
    for (const origin of ['null', 'https://evil.example', 'https://app.example.evil.example', 'http://app.example']) {
      for (const res of await Promise.all(calls({ origin }))) {
        expect(res.headers.get('access-control-allow-origin'), origin).toBeNull();
        expect(res.headers.get('access-control-allow-credentials')).toBeNull();
        expect(res.headers.get('access-control-allow-headers')).toBeNull();
      }
    }
  });

  it('allows a configured origin, without credentials, on both doors', async () => {
    for (const res of await Promise.all(calls({ origin: ALLOWED }))) {
      expect(res.status).toBeLessThan(300);
      expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      expect(res.headers.get('vary')).toContain('Origin');
    }
  });
});

describe('the audit trail records the server’s request id, not the caller’s (#17)', () => {
  it('echoes a sane caller id and logs both, but audits its own', async () => {
    const given = 'forged-audit-id.1'; // a form the old rule echoed and audited too
    const made = [];
    for (let i = 0; i < 2; i++) {
      const res = await h.rest('POST', '/v1/developer/api-keys', { name: `perimeter ${i}` }, { headers: { 'x-request-id': given } });
      expect(res.status).toBe(201);
      expect(res.headers.get('x-request-id')).toBe(given);
      made.push(String(res.body.id));
    }
    const trail = (await h.rest('GET', '/v1/audit-events?action=api_key.created&limit=50')).body.items as { target_id: string; request_id: string }[];
    const entries = made.map((id) => trail.find((e) => e.target_id === id)!);
    for (const entry of entries) {
      expect(entry.request_id).not.toBe(given);
      expect(entry.request_id).toMatch(/^[0-9a-f-]{32,36}$/);
      // The log line ties the caller's id to the audited one.
      await waitFor(() => h.logs.some((l) => l.includes(`"requestId":"${entry.request_id}"`) && l.includes(`"clientRequestId":"${given}"`)));
    }
    expect(entries[0]!.request_id).not.toBe(entries[1]!.request_id);
  });

  it('replaces an id outside the safe alphabet or length', async () => {
    for (const given of ['has spaces', 'x'.repeat(129), 'a"b', 'a\tb']) {
      const res = await h.rest('GET', '/v1/healthz', undefined, { key: null, headers: { 'x-request-id': given } });
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{32,36}$/);
    }
  });
});

describe('slow requests and connection floods (#15)', () => {
  const CAP = 4;
  let slow: Harness;
  let slowPort: number;
  beforeAll(async () => {
    slow = await startHarness({ HTTP_REQUEST_TIMEOUT_MS: '400', HTTP_HEADERS_TIMEOUT_MS: '300', TRUNKLINE_MAX_CONNECTIONS_PER_ADDRESS: String(CAP) });
    slowPort = Number(new URL(slow.url).port);
  });
  afterAll(() => slow.close());

  const healthz = 'GET /v1/healthz HTTP/1.1\r\nHost: localhost\r\n\r\n';

  /**
   * A raw request to this harness, sent again while the server turns its connection away at the
   * per-address cap (closed with nothing said): it may still be letting go of another test's.
   */
  const admitted = async (head: string): Promise<RawAnswer> => {
    const answer = await retry(
      async () => {
        const attempt = raw(head, { portOf: slowPort });
        const turnedAway = await Promise.race([attempt.status.then(() => false), attempt.closed.then((text) => text === '')]);
        return turnedAway ? undefined : attempt;
      },
      (attempt) => attempt !== undefined,
    );
    if (!answer) throw new Error('every connection was turned away');
    return answer;
  };

  it('are configured, 30 s / 15 s and 256 by default', () => {
    expect(loadConfig({}).http).toEqual({ requestTimeoutMs: 30_000, headersTimeoutMs: 15_000, maxConnectionsPerAddress: 256 });
    expect(() => loadConfig({ HTTP_REQUEST_TIMEOUT_MS: '1000', HTTP_HEADERS_TIMEOUT_MS: '2000' })).toThrow(/HTTP_HEADERS_TIMEOUT_MS/);
  });

  it('answers 408 and disconnects a body that never finishes, and headers that never end', async () => {
    const body = await admitted(`POST /v1/voip-connections HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${slow.orgA.key}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"provider":`);
    expect(await body.status).toBe(408);
    await body.closed;
    const headers = await admitted('GET /v1/healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: 1\r\n');
    expect(await headers.status).toBe(408);
    await headers.closed;
  });

  it('allows no cross-origin access by default', async () => {
    const answer = await admitted(`GET /v1/healthz HTTP/1.1\r\nHost: localhost\r\nOrigin: ${ALLOWED}\r\nConnection: close\r\n\r\n`);
    expect(await answer.status).toBe(200);
    expect((await answer.closed).toLowerCase()).not.toContain('access-control-allow-origin');
  });

  it('closes a connection over the per-address cap as it is accepted, and takes one again once another closes', async () => {
    // CAP connections served and kept alive (retried until the server has let go of the
    // connections of earlier tests, which it may still be closing).
    const held = await retry(
      async () => {
        const opened = Array.from({ length: CAP }, () => raw(healthz, { portOf: slowPort }));
        const served = await Promise.all(opened.map((a) => Promise.race([a.status.then(() => true), a.closed.then(() => false)])));
        if (served.every(Boolean)) return opened;
        for (const a of opened) a.socket.destroy();
        return [];
      },
      (opened) => opened.length === CAP,
    );
    expect(held).toHaveLength(CAP);
    const over = raw(healthz, { portOf: slowPort });
    expect(await over.closed).toBe('');
    held[0]!.socket.destroy();
    // Once the server has seen that close, a new connection is served (retried until it is).
    const served = await retry(
      async () => {
        const again = raw(healthz, { portOf: slowPort });
        const answered = await Promise.race([again.status.then(() => true), again.closed.then(() => false)]);
        again.socket.destroy();
        return answered;
      },
      (answered) => answered,
    );
    expect(served).toBe(true);
    for (const answer of held) answer.socket.destroy();
  });
});
