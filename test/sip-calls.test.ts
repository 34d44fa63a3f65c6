import { createSocket } from 'node:dgram';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock';
import type { CallRequest, LegStatusEvent } from '../src/providers/calls';
import { CallRefusedError } from '../src/providers/calls';
import { manualAdapter } from '../src/providers/manual';
import { legStatusOfSip, placeSipCall, type SipCallOptions } from '../src/providers/sip/call';
import { sipDestination, type SipTarget } from '../src/providers/sip/client';
import { digestResponse, parseAuthParams } from '../src/providers/sip/digest';
import { buildResponse, cseqOf, header, parseMessage, splitStream, type SipMessage } from '../src/providers/sip/message';
import { TESTED_DESTINATION } from '../src/providers/types';
import { waitFor } from './support/wait';

/**
 * Outbound test calls through a SIP trunk (issue 24, reference calls.md §5.1–5.2), against a small
 * trunk written here over loopback UDP and TCP: what the INVITE carries, Digest after 401/407 (the
 * 4xx ACKed on its branch, a new branch and CSeq 2), statuses from provisional and final responses,
 * CANCEL only after a provisional, the 2xx → ACK + BYE path, and the RFC 3261 timers on a manual clock.
 */

type Reply = (status: number, reason: string, extra?: [string, string][]) => void;
/** What the trunk does with each request it receives (ACKs included); `raw` lets it send anything. */
type Script = (req: SipMessage, reply: Reply, raw: (text: string) => void) => void;

interface Trunk {
  port: number;
  transport: 'udp' | 'tcp' | 'tls';
  /** Every request received, in order. */
  requests: SipMessage[];
  close(): Promise<void>;
}

const trunks: Trunk[] = [];
afterAll(async () => {
  await Promise.all(trunks.map((t) => t.close()));
});

/** A self-signed certificate for the TLS trunk; undefined (TLS case skipped) without openssl. */
function makeCertificate(): { key: string; cert: string } | undefined {
  try {
    const dir = mkdtempSync(join(tmpdir(), 'sip-call-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      '-days', '1', '-subj', '/CN=trunk.example', '-addext', 'subjectAltName=DNS:trunk.example'], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch {
    return undefined;
  }
}
const cert = makeCertificate();

async function startTrunk(transport: 'udp' | 'tcp' | 'tls', script: Script): Promise<Trunk> {
  const requests: SipMessage[] = [];
  const handle = (text: string, send: (text: string) => void) => {
    const req = parseMessage(text);
    if (!req?.method) return;
    requests.push(req);
    script(req, (status, reason, extra = []) => send(buildResponse(req, status, reason, extra, 'trunk-tag')), send);
  };
  let trunk: Trunk;
  if (transport === 'udp') {
    const socket = createSocket('udp4');
    socket.on('message', (buf, rinfo) => handle(buf.toString('utf8'), (text) => socket.send(text, rinfo.port, rinfo.address)));
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    let open = true;
    const close = async () => {
      if (open) socket.close();
      open = false;
    };
    trunk = { port: socket.address().port, transport, requests, close };
  } else {
    const connections = new Set<Socket>();
    const serve = (conn: Socket) => {
      connections.add(conn);
      let buffer = '';
      conn.on('data', (chunk) => {
        buffer += chunk.toString('utf8');
        const { messages, rest } = splitStream(buffer);
        buffer = rest;
        for (const m of messages) handle(m, (text) => conn.write(text));
      });
      conn.on('error', () => conn.destroy());
    };
    const server: Server = transport === 'tls' ? createTlsServer({ key: cert!.key, cert: cert!.cert }, serve) : createServer(serve);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    trunk = {
      port: (server.address() as AddressInfo).port,
      transport,
      requests,
      close: () => new Promise<void>((resolve) => {
        for (const c of connections) c.destroy();
        server.close(() => resolve());
      }),
    };
  }
  trunks.push(trunk);
  return trunk;
}

const target = (t: Trunk): SipTarget => ({ address: '127.0.0.1', domain: 'trunk.example', port: t.port, transport: t.transport, timeoutMs: 2_000, tlsCa: cert && [cert.cert] });
const byMethod = (t: Trunk, method: string) => t.requests.filter((r) => r.method === method);

function request(events: LegStatusEvent[], over: Partial<CallRequest> = {}): CallRequest {
  return { from: '+15551230001', to: '+15551230002', legId: 'leg-1', statusUrl: 'http://127.0.0.1/ingress/calls/leg-1/status', ringSeconds: 20, onStatus: (e) => events.push(e), ...over };
}

/** Places a call on a manual clock (no timer runs unless the test moves it); returns what it needs. */
async function place(t: Trunk, credentials: Parameters<typeof placeSipCall>[1] = null, options: SipCallOptions = {}, over: Partial<CallRequest> = {}) {
  const clock = new ManualClock();
  const events: LegStatusEvent[] = [];
  const call = await placeSipCall(target(t), credentials, request(events, over), { clock, publicAddress: '203.0.113.7', ...options });
  /** Runs out Timer D so the transport closes: the positive end of every test. */
  const settle = async () => {
    clock.advance(64 * 500);
    await call.closed;
  };
  return { clock, events, call, settle, statuses: () => events.map((e) => `${e.status}:${e.carrierCode}`) };
}

/** A CANCEL's 200, then the 487 that ends its INVITE (the same headers, CSeq method INVITE). */
function answerCancel(req: SipMessage, reply: Reply, raw: (text: string) => void): void {
  reply(200, 'OK');
  const invite = { ...req, headers: new Map(req.headers) };
  invite.headers.set('cseq', [header(req, 'cseq')!.replace('CANCEL', 'INVITE')]);
  raw(buildResponse(invite, 487, 'Request Terminated', [], 'trunk-tag'));
}

const CREDS = { username: 'acme', password: 'call-canary-Pa55' };

describe('placeSipCall: the INVITE a carrier accepts (reference §5.1)', () => {
  it('sends the Request-URI, From/PAI caller ID, Contact and an SDP offer with PCMU/PCMA/telephone-event on a public address', async () => {
    const t = await startTrunk('udp', (req, reply) => req.method === 'INVITE' && reply(486, 'Busy Here'));
    const { call, settle } = await place(t);
    await call.ended;
    const invite = byMethod(t, 'INVITE')[0]!;
    expect(invite.requestUri).toBe(`sip:+15551230002@trunk.example:${t.port}`);
    expect(header(invite, 'from')).toMatch(/^<sip:\+15551230001@trunk\.example>;tag=\w+$/);
    expect(header(invite, 'to')).toBe('<sip:+15551230002@trunk.example>');
    expect(header(invite, 'p-asserted-identity')).toBe('<sip:+15551230001@trunk.example>');
    expect(header(invite, 'contact')).toMatch(/^<sip:trunkline@203\.0\.113\.7:\d+>$/);
    expect(header(invite, 'via')).toMatch(/^SIP\/2\.0\/UDP 127\.0\.0\.1:\d+;branch=z9hG4bK\w+;rport$/);
    expect(header(invite, 'max-forwards')).toBe('70');
    expect(header(invite, 'cseq')).toBe('1 INVITE');
    expect(header(invite, 'call-id')).toBe(call.callId);
    expect(header(invite, 'content-type')).toBe('application/sdp');
    expect(Number(header(invite, 'content-length'))).toBe(Buffer.byteLength(invite.body));
    expect(invite.body).toContain('c=IN IP4 203.0.113.7\r\n');
    const port = Number(/^m=audio (\d+) RTP\/AVP 0 8 101\r$/m.exec(invite.body)?.[1]);
    expect(port).toBeGreaterThan(0);
    expect(port % 2).toBe(0);
    for (const line of ['a=rtpmap:0 PCMU/8000', 'a=rtpmap:8 PCMA/8000', 'a=rtpmap:101 telephone-event/8000', 'a=fmtp:101 0-15']) expect(invite.body).toContain(line);
    await settle();
  });

  it('can leave the + out of the numbers, and defaults the SDP address to the socket\'s own', async () => {
    const t = await startTrunk('tcp', (req, reply) => req.method === 'INVITE' && reply(486, 'Busy Here'));
    const { call, settle } = await place(t, null, { plusInUri: false, publicAddress: undefined });
    await call.ended;
    const invite = byMethod(t, 'INVITE')[0]!;
    expect(invite.requestUri).toBe(`sip:15551230002@trunk.example:${t.port};transport=tcp`);
    expect(header(invite, 'p-asserted-identity')).toBe('<sip:15551230001@trunk.example>');
    expect(invite.body).toContain('c=IN IP4 127.0.0.1\r\n');
    await settle();
  });

  it.skipIf(!cert)('places the call over TLS too (sip: URI with transport=tls, the trunk\'s certificate checked)', async () => {
    const t = await startTrunk('tls', (req, reply) => req.method === 'INVITE' && reply(486, 'Busy Here'));
    const { call, settle, statuses } = await place(t);
    await call.ended;
    expect(byMethod(t, 'INVITE')[0]!.requestUri).toBe(`sip:+15551230002@trunk.example:${t.port};transport=tls`);
    expect(header(byMethod(t, 'INVITE')[0]!, 'via')).toMatch(/^SIP\/2\.0\/TLS /);
    expect(statuses()).toEqual(['busy:486']);
    await settle();
  });

  it('refuses numbers that are not E.164 before sending anything (nothing reaches a header unchecked)', async () => {
    const t = await startTrunk('udp', () => {});
    const events: LegStatusEvent[] = [];
    await expect(placeSipCall(target(t), null, request(events, { to: '+1555\r\nX: y' }), { clock: new ManualClock() })).rejects.toBeInstanceOf(CallRefusedError);
    expect(t.requests).toEqual([]);
  });

  it('reports a UDP trunk where nothing listens (ICMP port unreachable) as failed, without a carrier code', async () => {
    const t = await startTrunk('udp', () => {});
    await t.close();
    const { call, settle } = await place(t);
    expect(await call.ended).toMatchObject({ status: 'failed', providerStatus: 'transport_error', carrierCode: null });
    await settle();
  });

  it('a challenge to a call cancelled before any provisional is not answered: the call ends cancelled', async () => {
    const t = await startTrunk('udp', (req, reply) => req.method === 'INVITE' && reply(407, 'Proxy Authentication Required', [['Proxy-Authenticate', 'Digest realm="r", nonce="n"']]));
    const clock = new ManualClock();
    const events: LegStatusEvent[] = [];
    // The INVITE goes out before cancel() can run only if the trunk is slow; here cancel() comes first, synchronously after placing.
    const call = await placeSipCall(target(t), { ...CREDS, destination: `udp:trunk.example:${t.port}` }, request(events), { clock });
    call.cancel();
    expect(await call.ended).toMatchObject({ status: 'canceled', carrierCode: null });
    expect(byMethod(t, 'INVITE')).toHaveLength(1);
    clock.advance(32_000);
    await call.closed;
  });

  it('throws CallRefusedError sip_unreachable when the TCP connection is refused', async () => {
    const t = await startTrunk('tcp', () => {});
    await t.close();
    const err = await placeSipCall(target(t), null, request([]), { clock: new ManualClock() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CallRefusedError);
    expect((err as CallRefusedError).code).toBe('sip_unreachable');
  });
});

describe('placeSipCall: Digest (reference §5.2)', () => {
  const challengeScript = (status: 401 | 407, final: number): Script => (req, reply) => {
    if (req.method !== 'INVITE') return;
    const auth = header(req, status === 407 ? 'proxy-authorization' : 'authorization');
    if (!auth) return reply(status, status === 407 ? 'Proxy Authentication Required' : 'Unauthorized', [
      [status === 407 ? 'Proxy-Authenticate' : 'WWW-Authenticate', 'Digest realm="trunk.example", nonce="n0nce1", algorithm=MD5, qop="auth"'],
    ]);
    reply(100, 'Trying');
    reply(180, 'Ringing');
    reply(final, final === 486 ? 'Busy Here' : 'Final');
  };

  it.each(['udp', 'tcp'] as const)('ACKs the 407 on its branch, re-INVITEs with a new branch, CSeq 2 and a valid answer (%s)', async (transport) => {
    const t = await startTrunk(transport, challengeScript(407, 486));
    const { call, events, settle, statuses } = await place(t, { ...CREDS, destination: sipDestination({ domain: 'trunk.example', port: t.port, transport }) });
    await call.ended;
    await waitFor(() => byMethod(t, 'ACK').length === 2);
    const [first, second] = byMethod(t, 'INVITE');
    const [ack407, ack486] = byMethod(t, 'ACK');
    const branch = (m: SipMessage) => /branch=(\w+)/.exec(header(m, 'via')!)![1];
    expect(header(ack407!, 'cseq')).toBe('1 ACK');
    expect(branch(ack407!)).toBe(branch(first!));
    expect(ack407!.requestUri).toBe(first!.requestUri);
    expect(header(ack407!, 'to')).toMatch(/;tag=trunk-tag$/);
    expect(header(second!, 'cseq')).toBe('2 INVITE');
    expect(branch(second!)).not.toBe(branch(first!));
    expect(header(second!, 'call-id')).toBe(header(first!, 'call-id'));
    expect(header(second!, 'from')).toBe(header(first!, 'from'));
    const p = parseAuthParams(header(second!, 'proxy-authorization')!.replace(/^Digest /, ''));
    expect(p.response).toBe(digestResponse({ method: 'INVITE', uri: p.uri!, username: 'acme', password: CREDS.password, algorithm: 'MD5', realm: 'trunk.example', nonce: 'n0nce1', qop: 'auth', nc: p.nc, cnonce: p.cnonce }));
    expect(p.uri).toBe(second!.requestUri);
    expect(header(ack486!, 'cseq')).toBe('2 ACK');
    expect(branch(ack486!)).toBe(branch(second!));
    expect(statuses()).toEqual(['placed:100', 'ringing:180', 'busy:486']);
    expect(events.every((e) => e.providerCallId === call.callId)).toBe(true);
    expect(JSON.stringify(t.requests.map((r) => [...r.headers.values()]))).not.toContain(CREDS.password);
    await settle();
  });

  it('answers a 401 with Authorization', async () => {
    const t = await startTrunk('udp', challengeScript(401, 603));
    const { call, settle, statuses } = await place(t, { ...CREDS, destination: `udp:trunk.example:${t.port}` });
    await call.ended;
    expect(header(byMethod(t, 'INVITE')[1]!, 'authorization')).toMatch(/^Digest username="acme"/);
    expect(statuses()).toEqual(['placed:100', 'ringing:180', 'rejected:603']);
    await settle();
  });

  it('never answers a challenge from a destination the credentials were not tested against', async () => {
    const t = await startTrunk('udp', challengeScript(407, 486));
    const { call, events, settle } = await place(t, { ...CREDS, destination: 'udp:other.example:5060' });
    const end = await call.ended;
    expect(byMethod(t, 'INVITE')).toHaveLength(1);
    await waitFor(() => byMethod(t, 'ACK').length === 1);
    expect(end).toMatchObject({ status: 'failed', carrierCode: '407', providerStatus: 'auth_untested_destination' });
    expect(events).toHaveLength(1);
    await settle();
  });

  it('reports a challenge without credentials as failed 401, and a second challenge as rejected credentials', async () => {
    const none = await startTrunk('udp', challengeScript(401, 486));
    const a = await place(none);
    expect(await a.call.ended).toMatchObject({ status: 'failed', carrierCode: '401', providerStatus: 'auth_required' });
    await a.settle();

    const always = await startTrunk('udp', (req, reply) => req.method === 'INVITE' && reply(401, 'Unauthorized', [['WWW-Authenticate', `Digest realm="r", nonce="n${cseqOf(req)!.seq}", qop="auth"`]]));
    const b = await place(always, { ...CREDS, destination: `udp:trunk.example:${always.port}` });
    expect(await b.call.ended).toMatchObject({ status: 'failed', carrierCode: '401', providerStatus: 'auth_rejected' });
    expect(byMethod(always, 'INVITE')).toHaveLength(2);
    await waitFor(() => byMethod(always, 'ACK').length === 2);
    await b.settle();
  });
});

describe('placeSipCall: responses and statuses', () => {
  it('maps final statuses (486/600 busy, 603 rejected, 408/480/487 no answer, others failed)', () => {
    expect([486, 600, 603, 408, 480, 487, 403, 404, 484, 488, 503, 302].map(legStatusOfSip)).toEqual([
      'busy', 'busy', 'rejected', 'no_answer', 'no_answer', 'no_answer', 'failed', 'failed', 'failed', 'failed', 'failed', 'failed',
    ]);
  });

  it.each([[403, 'failed'], [404, 'failed'], [480, 'no_answer'], [600, 'busy'], [503, 'failed']] as const)('reports %i as %s with the code, and ACKs it', async (code, status) => {
    const t = await startTrunk('tcp', (req, reply) => {
      if (req.method !== 'INVITE') return;
      reply(183, 'Session Progress');
      reply(code, 'Final');
    });
    const { call, settle, statuses } = await place(t);
    await call.ended;
    expect(statuses()).toEqual(['ringing:183', `${status}:${code}`]);
    await waitFor(() => byMethod(t, 'ACK').length === 1);
    await settle();
  });

  it('ACKs every retransmission of a final over UDP (Timer D), then closes', async () => {
    const t = await startTrunk('udp', (req, reply) => {
      if (req.method !== 'INVITE') return;
      reply(486, 'Busy Here');
      reply(486, 'Busy Here');
      reply(486, 'Busy Here');
    });
    const { call, settle, events } = await place(t);
    await call.ended;
    await waitFor(() => byMethod(t, 'ACK').length === 3);
    expect(events).toHaveLength(1);
    await settle();
  });

  it('on a 2xx sends the ACK, then a BYE to the Contact at once, and reports answered then completed', async () => {
    const t = await startTrunk('udp', (req, reply) => {
      if (req.method === 'INVITE') {
        reply(180, 'Ringing');
        reply(200, 'OK', [['Contact', '<sip:far@127.0.0.1:5999>'], ['Record-Route', '<sip:p1.example;lr>, <sip:p2.example;lr>']]);
      }
      if (req.method === 'BYE') reply(200, 'OK');
    });
    const { call, settle, statuses } = await place(t);
    await call.ended;
    const [ack] = byMethod(t, 'ACK');
    const [bye] = byMethod(t, 'BYE');
    expect(ack!.requestUri).toBe('sip:far@127.0.0.1:5999');
    expect(header(ack!, 'cseq')).toBe('1 ACK');
    expect(header(ack!, 'to')).toMatch(/;tag=trunk-tag$/);
    expect(ack!.headers.get('route')).toEqual(['<sip:p2.example;lr>', '<sip:p1.example;lr>']);
    expect(bye!.requestUri).toBe('sip:far@127.0.0.1:5999');
    expect(header(bye!, 'cseq')).toBe('2 BYE');
    expect(statuses()).toEqual(['ringing:180', 'answered:200', 'completed:200']);
    await settle();
  });

  it('fails with 408 when the trunk never answers (Timer B), retransmitting at T1, 2T1, 4T1… over UDP (Timer A)', async () => {
    const t = await startTrunk('udp', () => {});
    const { call, clock, settle } = await place(t);
    await waitFor(() => byMethod(t, 'INVITE').length === 1);
    clock.advance(500);
    await waitFor(() => byMethod(t, 'INVITE').length === 2);
    clock.advance(1_000); // 2T1 after the first retransmission
    await waitFor(() => byMethod(t, 'INVITE').length === 3);
    clock.advance(2_000);
    await waitFor(() => byMethod(t, 'INVITE').length === 4);
    clock.advance(32_000 - 3_500);
    expect(await call.ended).toMatchObject({ status: 'failed', carrierCode: '408', providerStatus: 'timeout' });
    await settle();
  });

  it('stops retransmitting once a provisional response arrives', async () => {
    const t = await startTrunk('udp', (req, reply) => req.method === 'INVITE' && reply(100, 'Trying'));
    const { call, clock, events, settle } = await place(t, null, {}, { ringSeconds: 1_000 });
    await waitFor(() => events.length === 1);
    clock.advance(8_000);
    call.cancel();
    await waitFor(() => byMethod(t, 'CANCEL').length === 1);
    expect(byMethod(t, 'INVITE')).toHaveLength(1);
    clock.advance(32_000); // no final to the INVITE after the CANCEL: taken as cancelled
    expect(await call.ended).toMatchObject({ status: 'canceled', carrierCode: null });
    await settle();
  });
});

describe('placeSipCall: CANCEL (RFC 3261 §9.1)', () => {
  /** A trunk that rings and, on CANCEL, answers 200 then 487. */
  const ringing = (first: number): Script => (req, reply, raw) => {
    if (req.method === 'INVITE') reply(first, first === 100 ? 'Trying' : 'Ringing');
    if (req.method === 'CANCEL') answerCancel(req, reply, raw);
  };

  it.each(['udp', 'tcp'] as const)('after a provisional: CANCEL on the INVITE\'s branch, 200 then 487, ACK (%s)', async (transport) => {
    const t = await startTrunk(transport, ringing(180));
    const { call, events, settle, statuses } = await place(t);
    await waitFor(() => events.length === 1);
    call.cancel();
    call.cancel(); // twice: one CANCEL
    await call.ended;
    await waitFor(() => byMethod(t, 'ACK').length === 1);
    const [invite] = byMethod(t, 'INVITE');
    const [cancel] = byMethod(t, 'CANCEL');
    expect(byMethod(t, 'CANCEL')).toHaveLength(1);
    expect(cancel!.requestUri).toBe(invite!.requestUri);
    expect(header(cancel!, 'via')).toBe(header(invite!, 'via'));
    expect(header(cancel!, 'cseq')).toBe('1 CANCEL');
    expect(header(cancel!, 'to')).toBe(header(invite!, 'to'));
    expect(header(cancel!, 'from')).toBe(header(invite!, 'from'));
    expect(header(byMethod(t, 'ACK')[0]!, 'cseq')).toBe('1 ACK');
    expect(statuses()).toEqual(['ringing:180', 'no_answer:487']);
    await settle();
  });

  it('before any provisional: waits, and sends the CANCEL when the first one arrives', async () => {
    let release: (() => void) | undefined;
    const t = await startTrunk('udp', (req, reply, raw) => {
      if (req.method === 'INVITE' && !release) release = () => reply(100, 'Trying');
      else ringing(100)(req, reply, raw);
    });
    const { call, settle, statuses } = await place(t);
    await waitFor(() => release !== undefined);
    call.cancel();
    expect(byMethod(t, 'CANCEL')).toHaveLength(0);
    release!();
    await call.ended;
    expect(byMethod(t, 'CANCEL')).toHaveLength(1);
    expect(statuses()).toEqual(['placed:100', 'no_answer:487']);
    await settle();
  });

  it('cancels by itself after ringSeconds', async () => {
    const t = await startTrunk('udp', ringing(180));
    const { call, clock, events, settle, statuses } = await place(t, null, {}, { ringSeconds: 20 });
    await waitFor(() => events.length === 1);
    clock.advance(20_000);
    await call.ended;
    expect(statuses()).toEqual(['ringing:180', 'no_answer:487']);
    await settle();
  });
});

describe('the SIP trunk adapter places and ends calls', () => {
  it('placeCall INVITEs through the trunk with the stored credentials; endCall CANCELs it', async () => {
    const t = await startTrunk('udp', (req, reply, raw) => {
      if (req.method !== 'INVITE' || header(req, 'proxy-authorization')) return CANCEL_SCRIPT(req, reply, raw);
      reply(407, 'Proxy Authentication Required', [['Proxy-Authenticate', 'Digest realm="trunk.example", nonce="abc", qop="auth"']]);
    });
    const clock = new ManualClock();
    const adapter = manualAdapter({ allowPrivate: true, timeoutMs: 2_000, calls: { publicAddress: '203.0.113.9', clock } });
    const sip = adapter.sipConfigSchema.parse({ domain: '127.0.0.1', port: t.port, transport: 'udp' });
    const events: LegStatusEvent[] = [];
    const credentials = { ...CREDS, [TESTED_DESTINATION]: `udp:127.0.0.1:${t.port}` };
    const placed = await adapter.placeCall(credentials, sip, request(events));
    await waitFor(() => events.some((e) => e.status === 'ringing'));
    expect(placed.providerCallId).toBe(header(byMethod(t, 'INVITE')[0]!, 'call-id'));
    await adapter.endCall(credentials, sip, placed.providerCallId);
    await waitFor(() => events.some((e) => e.status === 'no_answer'));
    expect(events.map((e) => `${e.status}:${e.carrierCode}`)).toEqual(['ringing:180', 'no_answer:487']);
    // Over, or never ours: harmless.
    await adapter.endCall(credentials, sip, placed.providerCallId);
    await adapter.endCall(credentials, sip, 'unknown@elsewhere');
    expect(byMethod(t, 'INVITE').map((m) => m.body.includes('c=IN IP4 203.0.113.9'))).toEqual([true, true]);
    clock.advance(64 * 500); // Timer D: the transport closes
  });
});

/** Rings, and answers a CANCEL with 200 then 487. */
const CANCEL_SCRIPT: Script = (req, reply, raw) => {
  if (req.method === 'INVITE') reply(180, 'Ringing');
  if (req.method === 'CANCEL') answerCancel(req, reply, raw);
};
