import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock';
import { e164FromUri, startSipIngress, trustedSourceList, type SipIngress, type SipIngressOptions, type SipInvite, type SipInviteDecision } from '../src/ingress/sip-server';
import type { LegStatusEvent } from '../src/providers/calls';
import { placeSipCall } from '../src/providers/sip/call';
import { header, MAX_SIP_MESSAGE, parseMessage, type SipMessage } from '../src/providers/sip/message';
import { waitFor } from './support/wait';

/**
 * Trunkline's SIP ingress (issue 24, reference calls.md §5.3): 100 Trying at once, then 486 Busy
 * Here for a verification leg (never 200) or 302 to the platform; 403 to an untrusted source;
 * the final retransmitted over UDP until the ACK (Timers G, H); CANCEL → 200 + 487. Driven by a
 * real SIP peer (SIPp, Debian's sip-tester), by our own placeSipCall, and by raw datagrams.
 */

const SIPP = ['/usr/bin/sipp', '/usr/local/bin/sipp'].find((p) => existsSync(p));
const FIXTURES = join(import.meta.dirname, 'fixtures', 'sipp');
const silent = { info() {}, warn() {}, error() {}, debug() {} };

const ingresses: SipIngress[] = [];
afterAll(async () => {
  await Promise.all(ingresses.map((i) => i.close()));
});

interface Started {
  ingress: SipIngress;
  invites: SipInvite[];
}

/** An ingress on loopback (UDP and TCP), deciding with `decide`; records every invite it was asked about. */
async function start(decide: (invite: SipInvite) => Promise<SipInviteDecision> = async () => ({ action: 'reject' }), over: Partial<SipIngressOptions> = {}): Promise<Started> {
  const invites: SipInvite[] = [];
  const ingress = await startSipIngress({
    listen: { host: '127.0.0.1', udpPort: 0, tcpPort: 0 },
    trustedSources: ['127.0.0.0/8'],
    onInvite: (invite) => {
      invites.push(invite);
      return decide(invite);
    },
    log: silent,
    ...over,
  });
  ingresses.push(ingress);
  return { ingress, invites };
}

describe('numbers as carriers send them', () => {
  it('normalises sip:+E164, Telnyx e164 without +, tel:, 00 and separators to E.164 with +', () => {
    expect(e164FromUri('sip:+15551230002@ingress.example')).toBe('+15551230002');
    expect(e164FromUri('sip:15551230002@ingress.example;user=phone')).toBe('+15551230002');
    expect(e164FromUri('"15551230001"<sip:15551230001@sip.telnyx.com>;tag=abc')).toBe('+15551230001');
    expect(e164FromUri('<tel:+1-555-123-0001;phone-context=example.com>')).toBe('+15551230001');
    expect(e164FromUri('sip:004930123456@gw.example')).toBe('+4930123456');
    expect(e164FromUri('sip:%2B447700900123@gw.example')).toBe('+447700900123');
    expect(e164FromUri('sips:+15551230002@ingress.example:5061')).toBe('+15551230002');
    for (const bad of ['sip:anonymous@anonymous.invalid', 'sip:ingress.example', 'sip:+0123@x', 'sip:%zz@x', 'http://x', '', undefined, 'sip:1234567890123456@x']) {
      expect(e164FromUri(bad)).toBeNull();
    }
  });

  it('reads trusted sources as CIDRs or addresses, IPv4-mapped IPv6 included, and refuses malformed ones', () => {
    const list = trustedSourceList(['192.0.2.0/24', '2001:db8::/32', '198.51.100.7']);
    expect(list.check('192.0.2.200', 'ipv4')).toBe(true);
    expect(list.check('198.51.100.7', 'ipv4')).toBe(true);
    expect(list.check('198.51.100.8', 'ipv4')).toBe(false);
    expect(list.check('2001:db8::1', 'ipv6')).toBe(true);
    for (const bad of ['192.0.2.0/33', 'example.com/8', '10.0.0.0/x']) expect(() => trustedSourceList([bad])).toThrow(/not a CIDR/);
  });
});

/** Runs SIPp with one scenario against the ingress; its exit code (0: every call went as scripted) and output. */
function sipp(scenario: string, port: number, transport: 'u1' | 't1'): Promise<{ code: number; output: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'sipp-'));
  const args = [`127.0.0.1:${port}`, '-sf', join(FIXTURES, scenario), '-m', '1', '-t', transport, '-i', '127.0.0.1',
    '-key', 'from', '+15551230001', '-key', 'to', '15551230002', '-timeout', '20s', '-timeout_error', '-nostdin', '-trace_err'];
  return new Promise((resolve) => {
    execFile(SIPP!, args, { cwd, timeout: 30_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, output: `${stdout}\n${stderr}`.slice(-3_000) });
    });
  });
}

describe.skipIf(!SIPP)(`the ingress against SIPp (a real SIP peer)${SIPP ? '' : ': SKIPPED, sipp is not installed (apt-get install -y sip-tester)'}`, () => {
  it.each([['UDP', 'u1'], ['TCP', 't1']] as const)('a verification leg over %s: 100 Trying, 486 Busy Here, ACK', async (name, transport) => {
    const clock = new ManualClock();
    const { ingress, invites } = await start(undefined, { clock });
    const run = await sipp('invite-busy.xml', transport === 'u1' ? ingress.udpPort! : ingress.tcpPort!, transport);
    expect(run.code, run.output).toBe(0);
    // SIPp's ACK matched the transaction: Timers G and H stopped; over UDP only Timer I (absorbing ACKs) is left.
    await waitFor(() => clock.pendingTimers() === (transport === 'u1' ? 1 : 0));
    expect(invites).toHaveLength(1);
    expect(invites[0]).toMatchObject({ from: '+15551230001', to: '+15551230002', requestUser: '15551230002', transport: `sip-${name.toLowerCase()}`, source: { address: '127.0.0.1' } });
  });

  it('any other call: 302 to the platform', async () => {
    const { ingress } = await start(async (i) => ({ action: 'redirect', contact: `sip:${i.to}@platform.example` }));
    const run = await sipp('invite-redirect.xml', ingress.udpPort!, 'u1');
    expect(run.code, run.output).toBe(0);
  });

  it('an untrusted source: 403, and onInvite is never asked', async () => {
    const { ingress, invites } = await start(undefined, { trustedSources: ['192.0.2.0/24'] });
    const run = await sipp('invite-forbidden.xml', ingress.tcpPort!, 't1');
    expect(run.code, run.output).toBe(0);
    expect(invites).toEqual([]);
  });
});

describe('our own placeSipCall against our own ingress', () => {
  const place = async (port: number, transport: 'udp' | 'tcp') => {
    const clock = new ManualClock();
    const events: LegStatusEvent[] = [];
    const call = await placeSipCall({ address: '127.0.0.1', domain: '127.0.0.1', port, transport, timeoutMs: 2_000 }, null,
      { from: '+15551230001', to: '+15551230002', legId: 'leg', statusUrl: 'http://127.0.0.1/s', ringSeconds: 20, onStatus: (e) => events.push(e) },
      { clock, publicAddress: '203.0.113.7' });
    return { call, events, clock, statuses: () => events.map((e) => `${e.status}:${e.carrierCode}`) };
  };

  it.each(['udp', 'tcp'] as const)('a verification leg ends busy 486 after placed 100 (%s)', async (transport) => {
    const { ingress, invites } = await start();
    const { call, statuses, clock } = await place(transport === 'udp' ? ingress.udpPort! : ingress.tcpPort!, transport);
    await call.ended;
    expect(statuses()).toEqual(['placed:100', 'busy:486']);
    expect(invites[0]).toMatchObject({ from: '+15551230001', to: '+15551230002', callId: call.callId, transport: `sip-${transport}` });
    clock.advance(32_000);
    await call.closed;
  });

  it('a redirected call ends failed 302; an untrusted source failed 403', async () => {
    const redirect = await start(async () => ({ action: 'redirect', contact: 'sip:+15551230002@platform.example' }));
    const a = await place(redirect.ingress.udpPort!, 'udp');
    expect(await a.call.ended).toMatchObject({ status: 'failed', carrierCode: '302' });
    const untrusted = await start(undefined, { trustedSources: ['192.0.2.0/24'] });
    const b = await place(untrusted.ingress.udpPort!, 'udp');
    expect(await b.call.ended).toMatchObject({ status: 'failed', carrierCode: '403' });
    expect(untrusted.invites).toEqual([]);
    for (const c of [a, b]) {
      c.clock.advance(32_000);
      await c.call.closed;
    }
  });

  it.each(['udp', 'tcp'] as const)('a CANCEL while the ingress decides: 200, then 487, and the late decision sends nothing (%s)', async (transport) => {
    let decide: ((d: SipInviteDecision) => void) | undefined;
    const { ingress } = await start(() => new Promise((resolve) => (decide = resolve)));
    const { call, events, statuses, clock } = await place(transport === 'udp' ? ingress.udpPort! : ingress.tcpPort!, transport);
    await waitFor(() => events.length === 1 && decide !== undefined);
    call.cancel();
    await call.ended;
    decide!({ action: 'reject' });
    expect(statuses()).toEqual(['placed:100', 'no_answer:487']);
    clock.advance(32_000);
    await call.closed;
  });
});

/** A bare UDP peer: sends what the test writes, keeps every message it receives. */
async function udpPeer(port: number) {
  const socket = createSocket('udp4');
  const received: SipMessage[] = [];
  socket.on('message', (buf) => {
    const m = parseMessage(buf.toString('utf8'));
    if (m) received.push(m);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    received,
    local: socket.address().port,
    send: (text: string | Buffer) => new Promise<void>((resolve) => socket.send(text, port, '127.0.0.1', () => resolve())),
    statuses: () => received.map((m) => m.status),
    close: () => socket.close(),
  };
}

function request(method: string, o: { local: number; branch: string; callId: string; seq?: number; cseqMethod?: string; toTag?: string; body?: string }): string {
  return [
    `${method} sip:15551230002@127.0.0.1 SIP/2.0`,
    `Via: SIP/2.0/UDP 127.0.0.1:${o.local};branch=${o.branch};rport`,
    'From: <sip:+15551230001@carrier.example>;tag=peer',
    `To: <sip:15551230002@127.0.0.1>${o.toTag ? `;tag=${o.toTag}` : ''}`,
    `Call-ID: ${o.callId}`,
    `CSeq: ${o.seq ?? 1} ${o.cseqMethod ?? method}`,
    'Max-Forwards: 70',
    `Content-Length: ${Buffer.byteLength(o.body ?? '')}`,
    '',
    o.body ?? '',
  ].join('\r\n');
}

describe('the UDP server transaction (RFC 3261 §17.2.1)', () => {
  it('retransmits the 486 on Timer G until the ACK, and absorbs a retransmitted INVITE', async () => {
    const clock = new ManualClock();
    const { ingress, invites } = await start(undefined, { clock });
    const peer = await udpPeer(ingress.udpPort!);
    const o = { local: peer.local, branch: 'z9hG4bKone', callId: 'call-g@peer' };
    await peer.send(request('INVITE', o));
    await waitFor(() => peer.statuses().join() === '100,486');
    const final = peer.received[1]!;
    expect(header(final, 'via')).toBe(`SIP/2.0/UDP 127.0.0.1:${peer.local};branch=z9hG4bKone;rport=${peer.local};received=127.0.0.1`);
    expect(header(final, 'to')).toMatch(/;tag=\w+$/);
    expect(header(peer.received[0]!, 'to')).toBe(header(final, 'to')); // one To tag for the transaction
    await peer.send(request('INVITE', o)); // a retransmission: answered with the last response, onInvite not asked again
    await waitFor(() => peer.statuses().join() === '100,486,486');
    clock.advance(500);
    await waitFor(() => peer.statuses().length === 4);
    clock.advance(1_000);
    await waitFor(() => peer.statuses().length === 5);
    await peer.send(request('ACK', { ...o, toTag: /tag=(\w+)/.exec(header(final, 'to')!)![1] }));
    // The ACK stops Timer G: an OPTIONS sent after it is answered, and no 486 came in between.
    await waitFor(() => ingressHeardAck(clock));
    await peer.send(request('OPTIONS', { ...o, branch: 'z9hG4bKopt' }));
    await waitFor(() => peer.statuses().at(-1) === 200);
    expect(peer.statuses()).toEqual([100, 486, 486, 486, 486, 200]);
    expect(invites).toHaveLength(1);
    peer.close();
  });

  it('takes the caller from P-Asserted-Identity when From is anonymous', async () => {
    const { ingress, invites } = await start();
    const peer = await udpPeer(ingress.udpPort!);
    const text = request('INVITE', { local: peer.local, branch: 'z9hG4bKanon', callId: 'anon@peer' })
      .replace(/^From: .*$/m, 'From: "Anonymous" <sip:anonymous@anonymous.invalid>;tag=peer\r\nP-Asserted-Identity: <sip:+15551230001@carrier.example>');
    await peer.send(text);
    await waitFor(() => invites.length === 1);
    expect(invites[0]).toMatchObject({ from: '+15551230001', to: '+15551230002' });
    peer.close();
  });

  it('gives up on Timer H without an ACK, then takes a new INVITE as new', async () => {
    const clock = new ManualClock();
    const { ingress, invites } = await start(undefined, { clock });
    const peer = await udpPeer(ingress.udpPort!);
    const o = { local: peer.local, branch: 'z9hG4bKtwo', callId: 'call-h@peer' };
    await peer.send(request('INVITE', o));
    await waitFor(() => peer.statuses().join() === '100,486');
    clock.advance(32_000);
    await waitFor(() => clock.pendingTimers() === 0);
    await peer.send(request('INVITE', o));
    await waitFor(() => invites.length === 2);
    peer.close();
  });

  it('answers OPTIONS 200, other methods 405, an unknown CANCEL 481, a request missing headers 400, and drops responses', async () => {
    const { ingress, invites } = await start();
    const peer = await udpPeer(ingress.udpPort!);
    const o = { local: peer.local, branch: 'z9hG4bKm', callId: 'm@peer' };
    for (const [method, status] of [['OPTIONS', 200], ['BYE', 405], ['REGISTER', 405], ['CANCEL', 481]] as const) {
      await peer.send(request(method, { ...o, branch: `z9hG4bK${method}` }));
      await waitFor(() => peer.statuses().at(-1) === status);
    }
    expect(header(peer.received[0]!, 'allow')).toBe('INVITE, ACK, CANCEL, OPTIONS');
    await peer.send(request('INVITE', o).replace(/^Call-ID:.*\r\n/m, ''));
    await waitFor(() => peer.statuses().at(-1) === 400);
    await peer.send('SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 127.0.0.1\r\nCall-ID: x\r\nCSeq: 1 INVITE\r\n\r\n');
    await peer.send(request('OPTIONS', { ...o, branch: 'z9hG4bKlast' }));
    await waitFor(() => peer.statuses().length === 6);
    expect(peer.statuses()).toEqual([200, 405, 405, 481, 400, 200]);
    expect(invites).toEqual([]);
    peer.close();
  });
});

/** The ingress has stopped Timer G and H and is only absorbing ACKs (Timer I): one timer left. */
const ingressHeardAck = (clock: ManualClock) => clock.pendingTimers() === 1;

describe('garbage never takes the ingress down', () => {
  const VALID = (local: number, i: number) => request('INVITE', { local, branch: `z9hG4bKfuzz${i}`, callId: `fuzz-${i}@peer`, body: 'v=0\r\n' });

  /** A valid message broken one way or another (deterministic for a seed). */
  function mangle(text: string, i: number): Buffer {
    const bytes = Buffer.from(text);
    switch (i % 10) {
      case 0: return randomBytes(1 + (i * 37) % 1_400);
      case 1: return bytes.subarray(0, (i * 13) % bytes.length);
      case 2: return Buffer.from(text.replace(/CSeq: .*/, `CSeq: ${'9'.repeat(i % 40)} INVITE`));
      case 3: return Buffer.from(text.replace(/\r\n/g, i % 2 ? '\n' : '\r'));
      case 4: return Buffer.from(text.replace(/Content-Length: \d+/, `Content-Length: ${-i}`));
      case 5: return Buffer.from(text.replace(/^INVITE \S+/, `INVITE ${'%'.repeat(i % 50)}`));
      case 6: return Buffer.from(text.replace(/Via: .*/, `Via: ${'a,'.repeat(2_000)}`));
      case 7: {
        const copy = Buffer.from(bytes);
        for (let k = 0; k < 20; k++) copy[(i * 31 + k * 97) % copy.length] = (i + k * 7) % 256;
        return copy;
      }
      case 8: return Buffer.from(text.replace(/From: .*/, `From: <sip:${'\u00ff'.repeat(i % 30)}@x>;tag=${'t'.repeat(i)}`));
      default: return Buffer.from(`${text}\r\n\r\n${'x'.repeat(i * 50)}`);
    }
  }

  it('survives a few hundred malformed datagrams and answers OPTIONS afterwards', async () => {
    const { ingress, invites } = await start();
    const peer = await udpPeer(ingress.udpPort!);
    // In batches, each followed by an OPTIONS that must be answered: the server is alive throughout,
    // and the socket's receive buffer is never overrun (which would drop the probe, not crash anything).
    for (let batch = 0; batch < 20; batch++) {
      for (let i = batch * 20; i < (batch + 1) * 20; i++) await peer.send(mangle(VALID(peer.local, i), i));
      const callId = `alive-${batch}@peer`;
      await peer.send(request('OPTIONS', { local: peer.local, branch: `z9hG4bKalive${batch}`, callId }));
      await waitFor(() => peer.received.some((m) => header(m, 'call-id') === callId && m.status === 200));
    }
    // Whatever parsed as an INVITE was decided like any other; nothing crashed.
    expect(invites.every((i) => typeof i.callId === 'string')).toBe(true);
    peer.close();
  });

  it('closes a TCP connection that sends more than a SIP message may hold, and serves the next one', async () => {
    const { ingress } = await start();
    const closed = await new Promise<boolean>((resolve) => {
      const socket = connect(ingress.tcpPort!, '127.0.0.1', () => socket.write(`INVITE sip:x@y SIP/2.0\r\nX: ${'a'.repeat(MAX_SIP_MESSAGE + 10)}`));
      socket.on('close', () => resolve(true));
      socket.on('error', () => {});
    });
    expect(closed).toBe(true);
    const answer = await new Promise<string>((resolve) => {
      let text = '';
      const socket = connect(ingress.tcpPort!, '127.0.0.1', () => socket.write(`\r\n\r\n${randomBytes(300).toString('latin1')}\r\n\r\n${request('OPTIONS', { local: 1, branch: 'z9hG4bKtcp', callId: 'tcp@peer' }).replace('UDP', 'TCP')}`));
      socket.on('data', (chunk) => {
        text += chunk.toString('utf8');
        if (text.includes('tcp@peer')) {
          socket.destroy();
          resolve(text);
        }
      });
    });
    expect(answer).toMatch(/SIP\/2\.0 200 OK/);
  });
});

/** A self-signed certificate for the ingress's TLS port (as test/sip-calls.test.ts makes one); undefined (TLS cases skipped) without openssl. */
function makeCertificate(): { key: string; cert: string } | undefined {
  try {
    const dir = mkdtempSync(join(tmpdir(), 'sip-ingress-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      '-days', '1', '-subj', '/CN=ingress.example', '-addext', 'subjectAltName=DNS:ingress.example'], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch {
    return undefined;
  }
}

describe('SIP over TLS, when configured', () => {
  const cert = makeCertificate();
  const startTls = (decide?: (invite: SipInvite) => Promise<SipInviteDecision>, over: Partial<SipIngressOptions> = {}) =>
    start(decide, { listen: { host: '127.0.0.1', udpPort: 0, tcpPort: 0, tlsPort: 0 }, tls: cert, ...over });
  const placeTls = async (port: number) => {
    const clock = new ManualClock();
    const events: LegStatusEvent[] = [];
    const call = await placeSipCall({ address: '127.0.0.1', domain: 'ingress.example', port, transport: 'tls', timeoutMs: 2_000, tlsCa: [cert!.cert] }, null,
      { from: '+15551230001', to: '+15551230002', legId: 'leg', statusUrl: 'http://127.0.0.1/s', ringSeconds: 20, onStatus: (e) => events.push(e) },
      { clock, publicAddress: '203.0.113.7' });
    return { call, clock, statuses: () => events.map((e) => `${e.status}:${e.carrierCode}`) };
  };

  it.skipIf(!cert)('a verification leg over TLS ends busy 486 after placed 100, and onInvite hears sip-tls', async () => {
    const { ingress, invites } = await startTls();
    expect(ingress.tlsPort).toEqual(expect.any(Number));
    expect(ingress.tlsPort).not.toBe(ingress.tcpPort);
    const { call, statuses, clock } = await placeTls(ingress.tlsPort!);
    await call.ended;
    expect(statuses()).toEqual(['placed:100', 'busy:486']);
    expect(invites[0]).toMatchObject({ from: '+15551230001', to: '+15551230002', callId: call.callId, transport: 'sip-tls' });
    clock.advance(32_000);
    await call.closed;
  });

  it.skipIf(!cert)('a redirected call over TLS ends failed 302; an untrusted source failed 403', async () => {
    const redirect = await startTls(async () => ({ action: 'redirect', contact: 'sip:+15551230002@platform.example' }));
    const a = await placeTls(redirect.ingress.tlsPort!);
    expect(await a.call.ended).toMatchObject({ status: 'failed', carrierCode: '302' });
    const untrusted = await startTls(undefined, { trustedSources: ['192.0.2.0/24'] });
    const b = await placeTls(untrusted.ingress.tlsPort!);
    expect(await b.call.ended).toMatchObject({ status: 'failed', carrierCode: '403' });
    expect(untrusted.invites).toEqual([]);
    for (const c of [a, b]) {
      c.clock.advance(32_000);
      await c.call.closed;
    }
  });

  it.skipIf(!cert)('a plain-TCP peer on the TLS port is disconnected, and TLS and TCP are served afterwards', async () => {
    const { ingress, invites } = await startTls();
    const closed = await new Promise<boolean>((resolve) => {
      const socket = connect(ingress.tlsPort!, '127.0.0.1', () => socket.write(request('OPTIONS', { local: 1, branch: 'z9hG4bKplain', callId: 'plain@peer' }).replace('UDP', 'TCP')));
      socket.on('close', () => resolve(true));
      socket.on('error', () => {});
    });
    expect(closed).toBe(true);
    const { call, statuses, clock } = await placeTls(ingress.tlsPort!);
    await call.ended;
    expect(statuses()).toEqual(['placed:100', 'busy:486']);
    expect(invites.map((i) => i.transport)).toEqual(['sip-tls']);
    clock.advance(32_000);
    await call.closed;
  });

  it.skipIf(!cert)('close() ends TLS connections, a half-open handshake included, and frees the port', async () => {
    const { ingress } = await startTls();
    const port = ingress.tlsPort!;
    let connected = false;
    const dropped = new Promise<boolean>((resolve) => {
      // Connects and says nothing: its handshake never starts, and only close() ends it (not Node's 120 s).
      const socket = connect(port, '127.0.0.1', () => (connected = true));
      socket.on('close', () => resolve(true));
      socket.on('error', () => {});
    });
    await waitFor(() => connected);
    await ingress.close();
    expect(await dropped).toBe(true);
    const again = await startSipIngress({ listen: { host: '127.0.0.1', tlsPort: port }, tls: cert, trustedSources: ['127.0.0.0/8'], onInvite: async () => ({ action: 'reject' }), log: silent });
    expect(again.tlsPort).toBe(port);
    await again.close();
  });

  it('refuses a TLS port without a certificate', async () => {
    await expect(startSipIngress({ listen: { host: '127.0.0.1', tlsPort: 0 }, trustedSources: [], onInvite: async () => ({ action: 'reject' }), log: silent })).rejects.toThrow(/certificate/);
  });
});
