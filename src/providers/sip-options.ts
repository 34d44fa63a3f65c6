import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

export type SipTransport = 'udp' | 'tcp' | 'tls';

export interface SipOptionsTarget {
  /** Address to connect to (already resolved and checked). */
  address: string;
  /** The domain as the customer wrote it, for the Request-URI and TLS server name. */
  domain: string;
  port: number;
  transport: SipTransport;
  timeoutMs: number;
}

export interface SipReply {
  status: number;
  reason: string;
}

export class SipTimeoutError extends Error {}

/**
 * Sends one SIP OPTIONS request (RFC 3261 §11) and resolves with the first final response's
 * status line. Any response at all proves the trunk is reachable. UDP retransmits on timer A.
 */
export function sipOptions(target: SipOptionsTarget): Promise<SipReply> {
  const callId = `${randomBytes(8).toString('hex')}@trunkline`;
  const message = (localHost: string, localPort: number) =>
    [
      `OPTIONS sip:${target.domain}:${target.port}${target.transport === 'udp' ? '' : `;transport=${target.transport}`} SIP/2.0`,
      `Via: SIP/2.0/${target.transport.toUpperCase()} ${localHost}:${localPort};branch=z9hG4bK${randomBytes(6).toString('hex')};rport`,
      'Max-Forwards: 70',
      `From: <sip:trunkline@${localHost}>;tag=${randomBytes(4).toString('hex')}`,
      `To: <sip:${target.domain}>`,
      `Call-ID: ${callId}`,
      'CSeq: 1 OPTIONS',
      `Contact: <sip:trunkline@${localHost}:${localPort}>`,
      'Accept: application/sdp',
      'User-Agent: Trunkline',
      'Content-Length: 0',
      '',
      '',
    ].join('\r\n');
  return target.transport === 'udp' ? overUdp(target, message, callId) : overStream(target, message, callId);
}

function parseReply(text: string, callId: string): SipReply | undefined {
  const m = /^SIP\/2\.0 (\d{3}) ?([^\r\n]*)/.exec(text);
  if (!m || !text.includes(callId)) return undefined;
  const status = Number(m[1]);
  return status >= 200 ? { status, reason: m[2]!.slice(0, 100) } : undefined;
}

function overUdp(target: SipOptionsTarget, message: (h: string, p: number) => string, callId: string): Promise<SipReply> {
  return new Promise((resolve, reject) => {
    const socket = createSocket(target.address.includes(':') ? 'udp6' : 'udp4');
    let interval = 500;
    let retransmit: NodeJS.Timeout | undefined;
    const done = (fn: () => void) => {
      clearTimeout(deadline);
      clearTimeout(retransmit);
      socket.close();
      fn();
    };
    const deadline = setTimeout(() => done(() => reject(new SipTimeoutError('no SIP response'))), target.timeoutMs);
    socket.on('message', (buf) => {
      const reply = parseReply(buf.toString('utf8'), callId);
      if (reply) done(() => resolve(reply));
    });
    socket.on('error', () => done(() => reject(new SipTimeoutError('SIP socket error'))));
    socket.connect(target.port, target.address, () => {
      const local = socket.address();
      const payload = Buffer.from(message(local.address, local.port));
      const send = () => {
        socket.send(payload);
        retransmit = setTimeout(send, interval);
        interval = Math.min(interval * 2, 4000);
      };
      send();
    });
  });
}

function overStream(target: SipOptionsTarget, message: (h: string, p: number) => string, callId: string): Promise<SipReply> {
  return new Promise((resolve, reject) => {
    const socket: Socket =
      target.transport === 'tls'
        ? tlsConnect({ host: target.address, port: target.port, servername: target.domain })
        : tcpConnect({ host: target.address, port: target.port });
    let received = '';
    const done = (fn: () => void) => {
      clearTimeout(deadline);
      socket.destroy();
      fn();
    };
    const deadline = setTimeout(() => done(() => reject(new SipTimeoutError('no SIP response'))), target.timeoutMs);
    socket.once(target.transport === 'tls' ? 'secureConnect' : 'connect', () => {
      socket.write(message(socket.localAddress ?? '0.0.0.0', socket.localPort ?? 0));
    });
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
      if (received.length > 65_536) return done(() => reject(new SipTimeoutError('oversized SIP response')));
      const reply = parseReply(received, callId);
      if (reply) done(() => resolve(reply));
    });
    socket.on('error', () => done(() => reject(new SipTimeoutError('SIP connection failed'))));
  });
}
