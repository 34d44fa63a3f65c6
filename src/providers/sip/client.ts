import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect, rootCertificates } from 'node:tls';
import { classifyTlsError, isRefusal, type SipConnectFailure } from './failures';
import { cseqOf, header, MAX_SIP_MESSAGE, parseMessage, splitStream, type SipMessage } from './message';

export type SipTransport = 'udp' | 'tcp' | 'tls';

export interface SipTarget {
  /** Address to connect to (already resolved and checked). */
  address: string;
  /** The domain as the customer wrote it, for the Request-URI and the TLS server name. */
  domain: string;
  port: number;
  transport: SipTransport;
  /** How long one transaction may take, retransmissions included. */
  timeoutMs: number;
  /** Extra certificate authorities for TLS trunks (PEM); the system's are trusted too. */
  tlsCa?: string[];
}

/**
 * Where a target is, as stored credentials remember it: transport, domain as written, port.
 * Two targets with the same destination are the same trunk as far as credentials go.
 */
export function sipDestination(t: Pick<SipTarget, 'domain' | 'port' | 'transport'>): string {
  return `${t.transport}:${t.domain.toLowerCase()}:${t.port}`;
}

/** The trunk did not answer (or could not be reached) within the bound. */
export class SipTimeoutError extends Error {}

/** The trunk could not be spoken to, and the transport said why (refused, a TLS failure). */
export class SipConnectError extends SipTimeoutError {
  constructor(readonly failure: SipConnectFailure) {
    super(failure.kind === 'tls' ? `TLS: ${failure.reason}` : `SIP connection ${failure.kind}`);
  }
}

/** One request of a transaction: its text, built once the local address is known. */
export interface OutgoingRequest {
  callId: string;
  seq: number;
  method: string;
  text: (local: { host: string; port: number }) => string;
}

export interface SipClient {
  /** Sends a request (UDP: retransmitting on timer A) and resolves with its final response. */
  send(request: OutgoingRequest): Promise<SipMessage>;
  close(): void;
}

const T1 = 500;
const T2 = 4_000;

/**
 * A client transport to one trunk: one UDP socket, or one TCP/TLS connection that every
 * transaction of a probe shares (RFC 3261 §18). Responses are matched to their request by
 * Call-ID and CSeq; provisional responses are passed over.
 */
export async function openSipClient(target: SipTarget): Promise<SipClient> {
  const pending = new Map<string, { callId: string; resolve: (m: SipMessage) => void; reject: (e: Error) => void }>();
  const keyOf = (seq: number, method: string) => `${seq} ${method}`;
  const deliver = (text: string) => {
    const msg = parseMessage(text);
    const cseq = msg && cseqOf(msg);
    if (!msg || msg.status === undefined || msg.status < 200 || !cseq) return;
    const waiting = pending.get(keyOf(cseq.seq, cseq.method));
    if (waiting && header(msg, 'call-id') === waiting.callId) waiting.resolve(msg);
  };
  const failAll = (reason: string | SipTimeoutError) => {
    for (const p of pending.values()) p.reject(typeof reason === 'string' ? new SipTimeoutError(reason) : reason);
  };

  const link = target.transport === 'udp' ? await openUdp(target, deliver, failAll) : await openStream(target, deliver, failAll);

  return {
    send(request) {
      return new Promise<SipMessage>((resolve, reject) => {
        const key = keyOf(request.seq, request.method);
        let retransmit: NodeJS.Timeout | undefined;
        const settle = (fn: () => void) => {
          clearTimeout(deadline);
          clearTimeout(retransmit);
          pending.delete(key);
          fn();
        };
        const deadline = setTimeout(() => settle(() => reject(new SipTimeoutError('no SIP response'))), target.timeoutMs);
        pending.set(key, { callId: request.callId, resolve: (m) => settle(() => resolve(m)), reject: (e) => settle(() => reject(e)) });
        const payload = request.text(link.local());
        if (!link.reliable) {
          let interval = T1;
          const again = () => {
            link.write(payload);
            retransmit = setTimeout(again, interval);
            interval = Math.min(interval * 2, T2);
          };
          again();
        } else link.write(payload);
      });
    },
    close: () => link.close(),
  };
}

/** A bare transport to one trunk: a connected UDP socket, or one TCP/TLS connection. */
export interface SipLink {
  reliable: boolean;
  local(): { host: string; port: number };
  write(text: string): void;
  close(): void;
}

/**
 * A transport to one trunk for callers that run their own transactions (an INVITE and its
 * CANCEL/ACK/BYE: call.ts): every message that arrives goes to `deliver`; `fail` hears why the
 * transport broke once it was open. Rejects with SipConnectError/SipTimeoutError when it cannot open.
 */
export function openSipLink(target: SipTarget, deliver: (text: string) => void, fail: (reason: string | SipTimeoutError) => void): Promise<SipLink> {
  return target.transport === 'udp' ? openUdp(target, deliver, fail) : openStream(target, deliver, fail);
}

function openUdp(target: SipTarget, deliver: (text: string) => void, failAll: (reason: string | SipTimeoutError) => void): Promise<SipLink> {
  return new Promise((resolve, reject) => {
    const socket: UdpSocket = createSocket(target.address.includes(':') ? 'udp6' : 'udp4');
    let open = false;
    socket.on('message', (buf) => {
      if (buf.length <= MAX_SIP_MESSAGE) deliver(buf.toString('utf8'));
    });
    socket.on('error', (err) => {
      // On a connected UDP socket an ICMP port unreachable comes back as ECONNREFUSED: nothing listens there.
      const error = isRefusal(err) ? new SipConnectError({ kind: 'refused' }) : new SipTimeoutError('SIP socket error');
      if (!open) return reject(error);
      failAll(error);
    });
    socket.connect(target.port, target.address, () => {
      open = true;
      const address = socket.address();
      resolve({
        reliable: false,
        local: () => ({ host: address.address, port: address.port }),
        write: (text) => socket.send(Buffer.from(text)),
        close: () => socket.close(),
      });
    });
  });
}

function openStream(target: SipTarget, deliver: (text: string) => void, failAll: (reason: string | SipTimeoutError) => void): Promise<SipLink> {
  return new Promise((resolve, reject) => {
    const socket: Socket =
      target.transport === 'tls'
        ? tlsConnect({ host: target.address, port: target.port, servername: isIp(target.domain) ? undefined : target.domain, ...(target.tlsCa && { ca: [...rootCertificates, ...target.tlsCa] }) })
        : tcpConnect({ host: target.address, port: target.port });
    let open = false;
    /** The TCP connection is up (for TLS: the handshake may still fail). */
    let connected = false;
    let lastError: unknown;
    let buffer = '';
    const timer = setTimeout(() => socket.destroy(new Error(connected ? 'no answer to the TLS handshake' : 'connect timed out')), target.timeoutMs);
    socket.once('connect', () => (connected = true));
    socket.once(target.transport === 'tls' ? 'secureConnect' : 'connect', () => {
      open = true;
      clearTimeout(timer);
      resolve({
        reliable: true,
        local: () => ({ host: socket.localAddress ?? '0.0.0.0', port: socket.localPort ?? 0 }),
        write: (text) => socket.write(text),
        close: () => socket.destroy(),
      });
    });
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      const { messages, rest } = splitStream(buffer);
      buffer = rest;
      for (const m of messages) deliver(m);
      if (buffer.length > MAX_SIP_MESSAGE) {
        socket.destroy();
        failAll('oversized SIP response');
      }
    });
    socket.on('error', (err) => (lastError ??= err));
    socket.on('close', () => {
      clearTimeout(timer);
      if (open) return failAll('SIP connection closed');
      // Why the connection never opened: a TLS failure once TCP was up, a refusal, or nothing at all.
      if (target.transport === 'tls' && connected) reject(new SipConnectError(classifyTlsError(lastError)));
      else reject(isRefusal(lastError) ? new SipConnectError({ kind: 'refused' }) : new SipTimeoutError('SIP connection failed'));
    });
  });
}

const isIp = (host: string) => /^[\d.]+$/.test(host) || host.includes(':');
