import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness';

/**
 * The REST door runs on node:http beside Yoga: what both put on every answer — security headers,
 * request ids, rate-limit headers, CORS — must not depend on the door a request took.
 */
const ORIGIN = 'https://app.example';
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ TRUNKLINE_CORS_ORIGINS: ORIGIN });
});
afterAll(() => h.close());

/** Headers both doors set, except those that differ by nature (ids, dates, bodies). */
const shared = (res: Response) =>
  Object.fromEntries([...res.headers].filter(([k]) => !['x-request-id', 'date', 'content-length', 'content-type', 'keep-alive', 'connection', 'x-ratelimit-remaining', 'x-ratelimit-reset'].includes(k)));

const graphql = (headers: Record<string, string>) =>
  h.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ viewer { organization { name } } }' }) });

describe('the REST door and Yoga answer alike', () => {
  it('the same security, CORS and rate-limit headers on a success', async () => {
    const auth = { authorization: `Bearer ${h.orgA.key}`, origin: ORIGIN };
    const rest = await h.fetch('/v1/voip-connections', { headers: auth });
    const gql = await graphql(auth);
    expect(rest.status).toBe(200);
    expect(gql.status).toBe(200);
    expect(shared(rest)).toEqual(shared(gql));
    expect(shared(rest)).toMatchObject({
      'access-control-allow-origin': ORIGIN,
      vary: 'Origin',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'x-ratelimit-limit': expect.any(String),
    });
    expect(rest.headers.get('content-type')).toBe('application/json');
  });

  it('the same preflight', async () => {
    const preflight = { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' };
    const rest = await h.fetch('/v1/voip-connections', { method: 'OPTIONS', headers: preflight });
    const gql = await h.fetch('/graphql', { method: 'OPTIONS', headers: preflight });
    expect(rest.status).toBe(204);
    expect(gql.status).toBe(204);
    expect(shared(rest)).toEqual(shared(gql));
    expect(rest.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
    expect(rest.headers.get('access-control-allow-credentials')).toBeNull();
    expect(await rest.text()).toBe('');
  });

  it('the same request ids: a sane one echoed, anything else replaced', async () => {
    for (const [given, echoed] of [['req-42.a_b', true], ['has spaces', false], ['x'.repeat(129), false]] as const) {
      const rest = await h.fetch('/v1/healthz', { headers: { 'x-request-id': given } });
      const gql = await graphql({ authorization: `Bearer ${h.orgA.key}`, 'x-request-id': given });
      for (const res of [rest, gql]) {
        if (echoed) expect(res.headers.get('x-request-id')).toBe(given);
        else expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      }
    }
  });

  it('the same 401 for a bad key, with its own and the budget’s headers', async () => {
    const rest = await h.fetch('/v1/voip-connections', { headers: { authorization: 'Bearer sk_live_0000000000000000000000000000000000000000000000000' } });
    expect(rest.status).toBe(401);
    expect(rest.headers.get('www-authenticate')).toBe('Bearer');
    expect(rest.headers.get('x-ratelimit-limit')).not.toBeNull();
    expect(await rest.json()).toEqual({ detail: expect.any(String), code: 'invalid_api_key' });
  });
});

describe('the REST door holds its connection', () => {
  it('refuses a chunked body over 1 MiB with 413, closes that connection, and serves the next', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${h.url}/v1/voip-connections/test`, { method: 'POST', headers: { authorization: `Bearer ${h.orgA.key}`, 'content-type': 'application/json' } }, (res) => {
        res.resume();
        expect(res.headers.connection).toBe('close');
        resolve(res.statusCode!);
      });
      req.on('error', (err) => (err.message.includes('EPIPE') || err.message.includes('ECONNRESET') ? undefined : reject(err)));
      const chunk = 'x'.repeat(64 * 1024);
      for (let i = 0; i < 24; i++) req.write(chunk);
      req.end();
    });
    expect(status).toBe(413);
    expect((await h.rest('GET', '/v1/healthz')).status).toBe(200);
  });

  it('survives a client that leaves in the middle of a body, and serves the next', async () => {
    await new Promise<void>((resolve) => {
      const socket = connect(Number(new URL(h.url).port), '127.0.0.1', () => {
        socket.write(`POST /v1/voip-connections/test HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${h.orgA.key}\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"provider":`, () => {
          socket.destroy();
          resolve();
        });
      });
    });
    expect((await h.rest('GET', '/v1/healthz')).status).toBe(200);
  });

  it('answers a request it cannot route with 404 and the same envelope', async () => {
    const res = await h.fetch('/v1/nothing/here', { headers: { authorization: `Bearer ${h.orgA.key}` } });
    expect(res.status).toBe(404);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.json()).toEqual({ detail: 'No such endpoint.', code: 'not_found' });
  });
});

describe('request targets', () => {
  const raw = (target: string) =>
    new Promise<string>((resolve) => {
      const socket = connect(Number(new URL(h.url).port), '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`));
      let text = '';
      socket.on('data', (c) => (text += c));
      socket.on('close', () => resolve(text));
      socket.on('error', () => resolve(text));
    });

  it.each([':1', ':99999', '*', 'http://elsewhere.example/v1/healthz', '//v1/healthz', '/v1/%zz', '/v1/healthz?x=%zz'])('answers %s without failing, and serves the next request', async (target) => {
    const answer = await raw(target);
    expect(answer).toMatch(/^HTTP\/1\.1 [2-4]\d\d /);
    expect((await h.rest('GET', '/v1/healthz')).status).toBe(200);
  });
});
