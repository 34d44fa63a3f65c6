import { createHmac } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUNS } from './support/fuzz';
import { startHarness, type Harness } from './support/harness';

/**
 * The HTTP ingress door (src/ingress/http-door.ts) over HTTP: its routes, its bounds, its replies
 * in each provider's dialect, no API key and no CORS, never a 500, never a body or a signature in
 * the logs. What the domain decides (src/domain/call-ingress.ts) is tested end to end elsewhere:
 * here a call that is no test call's leg is handed on to the platform.
 */
const INGRESS = 'https://hooks.example.test';
const BROWSER = 'https://app.example.test';
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ TRUNKLINE_INGRESS_URL: INGRESS, TRUNKLINE_CORS_ORIGINS: BROWSER });
});
afterAll(() => h.close());

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

const agent = new Agent({ keepAlive: true });

/** One request through node:http (any method, any header, a body on GET, chunked when `chunked`). */
function send(method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer, chunked = false): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const length = body === undefined || chunked ? {} : { 'content-length': String(Buffer.byteLength(body)) };
    const req = httpRequest(`${h.url}${path}`, { method, headers: { ...length, ...headers }, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const b64Sha1 = (key: string, text: string) => createHmac('sha1', key).update(text).digest('base64');

/** A Twilio voice webhook for a call between two numbers no test call involves, signed over the public URL. */
function twilioVoice(marker: string) {
  // `Marker` is a field nothing reads: it can reach a log line only with the whole body.
  const params = new URLSearchParams({ CallSid: 'CA1', AccountSid: 'AC0', From: '+15005550101', To: '+15005550102', Direction: 'inbound', CallStatus: 'ringing', Marker: marker });
  const body = params.toString();
  const signed = [...params.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => k + v).join('');
  return { body, signature: b64Sha1('auth-token', `${INGRESS}/ingress/voice/twilio${signed}`) };
}

describe('voice webhooks', () => {
  it('hands a call that is no test leg on to the platform, in TwiML, without an API key', async () => {
    const { body, signature } = twilioVoice('1');
    for (const provider of ['twilio', 'signalwire']) {
      const res = await send('POST', `/ingress/voice/${provider}`, { ...FORM, 'x-twilio-signature': signature }, body);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/xml');
      expect(res.text).toBe(`${XML}<Response><Redirect method="POST">${h.config.inboundVoiceUrl}</Redirect></Response>`);
    }
  });

  it('answers a forged or unsigned webhook the same way: it proves nothing and changes nothing', async () => {
    const { body } = twilioVoice('2');
    for (const headers of [{ ...FORM, 'x-twilio-signature': 'forged=' }, FORM]) {
      const res = await send('POST', '/ingress/voice/twilio', headers, body);
      expect(res.status).toBe(200);
      expect(res.text).toContain('<Redirect method="POST">');
    }
    const get = await send('GET', `/ingress/voice/twilio?${body}`);
    expect(get.status).toBe(200);
    expect(get.text).toContain('<Redirect');
  });

  it('connects a Vonage call to the platform over SIP, the called number as the user', async () => {
    const res = await send('GET', '/ingress/voice/vonage?from=15005550101&to=15005550102&uuid=u1&conversation_uuid=CON-1');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    const sip = h.config.inboundSipUri.replace(/^sip:/, '');
    expect(JSON.parse(res.text)).toEqual([{ action: 'connect', endpoint: [{ type: 'sip', uri: `sip:+15005550102@${sip}` }] }]);
  });

  it('never answers with CORS headers, even to an allowed origin', async () => {
    const { body, signature } = twilioVoice('3');
    const res = await send('POST', '/ingress/voice/twilio', { ...FORM, origin: BROWSER, 'x-twilio-signature': signature }, body);
    expect(res.status).toBe(200);
    expect(Object.keys(res.headers).filter((k) => k.startsWith('access-control-'))).toEqual([]);
    const preflight = await send('OPTIONS', '/ingress/voice/twilio', { origin: BROWSER, 'access-control-request-method': 'POST' });
    expect(preflight.status).toBe(405);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    // The same origin is allowed on the API: the configuration is in force.
    expect((await send('GET', '/v1/healthz', { origin: BROWSER })).headers['access-control-allow-origin']).toBe(BROWSER);
  });

  it('logs neither the body nor the signature', async () => {
    const { body, signature } = twilioVoice('LOGMARKER77');
    await send('POST', '/ingress/voice/twilio', { ...FORM, 'x-twilio-signature': signature }, body);
    await send('POST', '/ingress/calls/leg-1/status', { ...FORM, 'x-twilio-signature': signature }, body);
    const logs = h.logs.join('\n');
    expect(logs).toContain('/ingress/voice/twilio');
    expect(logs).not.toContain('LOGMARKER77');
    expect(logs).not.toContain(signature);
  });
});

describe('status events and answer URLs', () => {
  it('acknowledges every status event with 200, signed or not', async () => {
    for (const [path, headers, body] of [
      ['/ingress/calls/leg-1/status', FORM, 'CallSid=CA1&CallStatus=busy&SipResponseCode=486'],
      ['/ingress/calls/leg-1/status', { 'content-type': 'application/json', authorization: 'Bearer a.b.c' }, '{"status":"busy"}'],
      ['/ingress/calls/telnyx/status', { 'content-type': 'application/json', 'telnyx-signature-ed25519': 'AAAA', 'telnyx-timestamp': '1' }, '{"data":{}}'],
      ['/ingress/calls/leg-1/status', FORM, Buffer.from([0xff, 0xfe, 0x00])],
    ] as const) {
      const res = await send('POST', path, headers, body);
      expect(res.status, path).toBe(200);
      expect(res.text).toBe('');
    }
  });

  it('answers the answer URL of an unknown leg 404, or ends it in the caller’s dialect', async () => {
    const twilio = await send('POST', '/ingress/calls/leg-404/answer', FORM, 'CallSid=CA1&CallStatus=in-progress');
    expect([200, 404]).toContain(twilio.status);
    if (twilio.status === 200) expect(twilio.text).toBe(`${XML}<Response><Hangup/></Response>`);
    const vonage = await send('GET', '/ingress/calls/leg-404/answer?uuid=u1&conversation_uuid=CON-1');
    expect([200, 404]).toContain(vonage.status);
    if (vonage.status === 200) expect(vonage.text).toBe('[]');
  });
});

describe('routes and bounds', () => {
  it('answers 404 off its routes and 405 to other methods', async () => {
    for (const path of ['/ingress/', '/ingress/voice/telnyx', '/ingress/voice/twilio/x', '/ingress/calls/leg-1', '/ingress/calls/leg-1/other', '/ingress/calls/a.b/status', `/ingress/calls/${'x'.repeat(101)}/status`]) {
      expect((await send('POST', path, FORM, 'a=1')).status, path).toBe(404);
    }
    for (const method of ['PUT', 'DELETE', 'PATCH', 'HEAD']) {
      const res = await send(method, '/ingress/voice/twilio');
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('GET, POST');
    }
  });

  it('refuses a body that is not UTF-8 on a voice webhook (400), and one over 1 MiB (413), declared or chunked', async () => {
    expect((await send('POST', '/ingress/voice/twilio', FORM, Buffer.from([0xc3, 0x28]))).status).toBe(400);
    expect((await send('POST', '/ingress/voice/twilio', FORM, 'a'.repeat(1024 * 1024 + 1))).status).toBe(413);
    // A chunked body within bounds is read (providers may send one)…
    expect((await send('POST', '/ingress/voice/twilio', { ...FORM, 'transfer-encoding': 'chunked' }, twilioVoice('4').body, true)).status).toBe(200);
    // …and one that never ends is answered 413 once it passes 1 MiB, and the connection closed.
    const port = Number(new URL(h.url).port);
    const status = await new Promise<number>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      let received = '';
      socket.on('data', (c: Buffer) => {
        received += c.toString('latin1');
        const line = /^HTTP\/1\.1 (\d{3})/.exec(received);
        if (line) resolve(Number(line[1]));
      });
      socket.on('error', () => undefined);
      socket.write('POST /ingress/voice/twilio HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n');
      const chunk = Buffer.alloc(64 * 1024, 'a');
      for (let sent = 0; sent < 1.5 * 1024 * 1024; sent += chunk.length) socket.write(`${chunk.length.toString(16)}\r\n${chunk.toString()}\r\n`);
    });
    expect(status).toBe(413);
  });

  it('never answers 500, whatever comes (fuzzed methods, paths, headers and bodies)', async () => {
    const segment = fc.string({ unit: 'grapheme-ascii', maxLength: 12 }).map((s) => encodeURIComponent(s));
    const path = fc.oneof(
      fc.constantFrom('/ingress/voice/twilio', '/ingress/voice/signalwire', '/ingress/voice/vonage', '/ingress/calls/telnyx/status', '/ingress/calls/leg-9/status', '/ingress/calls/leg-9/answer'),
      fc.array(segment, { maxLength: 4 }).map((parts) => `/ingress/${parts.join('/')}`),
      fc.tuple(fc.constantFrom('voice', 'calls'), segment, fc.constantFrom('', '/status', '/answer')).map(([a, b, c]) => `/ingress/${a}/${b}${c}`),
    );
    const query = fc.oneof(fc.constant(''), fc.array(fc.tuple(segment, segment), { maxLength: 4 }).map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`));
    const header = fc.string({ unit: fc.constantFrom(...'abcXYZ019+/=._- '), maxLength: 40 });
    const headers = fc.record(
      {
        'content-type': fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'text/plain', 'multipart/form-data; boundary=x', ''),
        'x-twilio-signature': header,
        'x-signalwire-signature': header,
        'telnyx-signature-ed25519': header,
        'telnyx-timestamp': fc.oneof(header, fc.integer().map(String)),
        authorization: fc.oneof(header, header.map((t) => `Bearer ${t}`)),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.dictionary(fc.constantFrom('From', 'To', 'CallSid', 'Direction', 'from', 'to', 'uuid'), fc.string({ maxLength: 20 })).map((d) => new URLSearchParams(d).toString()),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'), path, query, headers, fc.option(body), async (method, p, q, hs, b) => {
        const res = await send(method, `${p}${q}`, hs as Record<string, string>, b ?? undefined);
        expect(res.status, `${method} ${p}${q}`).toBeLessThan(500);
      }),
      { numRuns: RUNS * 4 },
    );
    // Still serving.
    expect((await send('POST', '/ingress/calls/leg-1/status', FORM, 'a=1')).status).toBe(200);
  });
});
