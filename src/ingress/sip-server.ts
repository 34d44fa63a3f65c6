import { randomBytes } from 'node:crypto';
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { BlockList, createServer, isIP, type AddressInfo, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { systemClock, type Clock } from '../clock';
import type { Logger } from '../logger';
import { buildResponse, cseqOf, header, headers, MAX_SIP_MESSAGE, parseMessage, splitStream, type SipMessage } from '../providers/sip/message';

/**
 * Trunkline's SIP ingress (issue 24): the first hop for numbers routed over SIP (Telnyx FQDN
 * connections, Vonage SIP routing, manual trunks). Every INVITE gets `100 Trying` at once (Telnyx
 * gives up after 3 s without a provisional), then a final from `onInvite`: a verification leg is
 * refused with `486 Busy Here` (never answered: no call is billed as connected), any other call is
 * handed to the platform with `302` and its Contact. A UAS INVITE server transaction per RFC 3261
 * §17.2.1: over UDP the final is retransmitted (Timer G) until the ACK, for at most Timer H. TLS,
 * when configured, is TCP's message handling on a port of its own (RFC 3261 §18: SIP over TLS is
 * the stream transport with TLS under it).
 */

export interface SipInvite {
  /** E.164 with +, from the From header's user part (else P-Asserted-Identity's); null when neither is a number. */
  from: string | null;
  /** E.164 with +, from the Request-URI user (else the To header's); null when it is not a number. */
  to: string | null;
  /** The Request-URI's user part as sent (percent-decoded): what a redirect addresses when `to` is null. */
  requestUser: string;
  callId: string;
  transport: SipTransport;
  source: { address: string; port: number };
}

export type SipTransport = 'sip-udp' | 'sip-tcp' | 'sip-tls';

export type SipInviteDecision = { action: 'reject' } | { action: 'redirect'; contact: string };

export interface SipIngressOptions {
  /** udpPort/tcpPort/tlsPort: 0 for any free port; a transport whose port is absent is not served. */
  listen: { host: string; udpPort?: number; tcpPort?: number; tlsPort?: number };
  /** The certificate (chain) and private key in PEM the TLS port presents; required with tlsPort. */
  tls?: { cert: string; key: string };
  /** CIDRs (or single addresses) whose INVITEs are taken: the carriers' signalling ranges. */
  trustedSources: string[];
  onInvite(invite: SipInvite): Promise<SipInviteDecision>;
  log: Pick<Logger, 'info' | 'warn' | 'error' | 'debug'>;
  /** Timers G, H, I run on this clock; the system clock by default. */
  clock?: Clock;
  /** RFC 3261 T1, 500 ms. */
  t1Ms?: number;
}

export interface SipIngress {
  udpPort: number | null;
  tcpPort: number | null;
  tlsPort: number | null;
  close(): Promise<void>;
}

const T2 = 4_000;
const T4 = 5_000;
/** Transactions held at once; beyond, INVITEs are answered 503 without state (a flood cannot grow memory). */
const MAX_TRANSACTIONS = 10_000;
const ALLOW: [string, string] = ['Allow', 'INVITE, ACK, CANCEL, OPTIONS'];

// ——— numbers ———

/**
 * A phone number in E.164 with + from a SIP or tel URI (or a name-addr holding one), whatever form
 * the carrier sent: `sip:+15551230001@…`, `sip:15551230001@…` (Telnyx's default `e164` DNIS has
 * no +), `tel:+1-555-123-0001`, `sip:0015551230001@…`. Null when the user part is not a number.
 * National forms (no country code) cannot be told apart here and come out as given, with a +.
 */
export function e164FromUri(value: string | undefined): string | null {
  if (!value) return null;
  const uri = /<([^>]*)>/.exec(value)?.[1] ?? value.trim();
  let user: string;
  const tel = /^tel:([^;?]*)/i.exec(uri);
  if (tel) user = tel[1]!;
  else {
    const sip = /^sips?:([^@;?>]*)@/i.exec(uri);
    if (!sip) return null;
    user = sip[1]!;
  }
  let text: string;
  try {
    text = decodeURIComponent(user);
  } catch {
    return null;
  }
  const digits = text.replace(/[-.()\s]/g, '');
  const m = /^(\+|00)?([1-9]\d{6,14})$/.exec(digits);
  return m ? `+${m[2]}` : null;
}

const userOf = (uri: string | undefined): string => {
  const m = /^(?:sips?|tel):([^@;?>]*)/i.exec(/<([^>]*)>/.exec(uri ?? '')?.[1] ?? uri ?? '');
  try {
    return decodeURIComponent(m?.[1] ?? '');
  } catch {
    return m?.[1] ?? '';
  }
};

// ——— trusted sources ———

/** The trusted sources as a BlockList (its `check` is our "is trusted"); throws on a malformed CIDR. */
export function trustedSourceList(cidrs: string[]): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [address = '', prefix] = cidr.trim().split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (family === 0 || !Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)) throw new Error(`not a CIDR: ${cidr}`);
    list.addSubnet(address, bits, family === 6 ? 'ipv6' : 'ipv4');
  }
  return list;
}

const isTrusted = (list: BlockList, address: string): boolean => {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (v4) return list.check(v4, 'ipv4');
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
};

// ——— transactions ———

/** Where a message came from and how to answer it: a UDP source, or the TCP or TLS connection it came on. */
interface Peer {
  transport: SipTransport;
  address: string;
  port: number;
  send(text: string): void;
}

interface ServerTransaction {
  key: string;
  request: SipMessage;
  peer: Peer;
  toTag: string;
  /** The last response sent: what a retransmitted INVITE is answered with. */
  last: string;
  state: 'proceeding' | 'completed' | 'confirmed' | 'terminated';
  stopTimers: () => void;
}

/** The top Via's branch, when it is an RFC 3261 one; the transaction key names the peer too. */
function transactionKey(msg: SipMessage, peer: Peer): string | undefined {
  const top = (header(msg, 'via') ?? '').split(',')[0]!;
  const branch = /;\s*branch=(z9hG4bK[^;,\s]+)/i.exec(top)?.[1];
  const cseq = cseqOf(msg);
  const tag = /;\s*tag=([^;\s]+)/i.exec(header(msg, 'from') ?? '')?.[1] ?? '';
  // RFC 2543 peers (no magic cookie): Call-ID, CSeq number and From tag name the transaction.
  const id = branch ?? (cseq ? `${header(msg, 'call-id')}|${cseq.seq}|${tag}` : undefined);
  return id && `${peer.transport}|${peer.address}|${peer.port}|${id}`;
}

/** The request with `received` and `rport` set on its top Via (RFC 3261 §18.2.1, RFC 3581), for the responses. */
function stamped(msg: SipMessage, peer: Peer): SipMessage {
  const vias = headers(msg, 'via');
  if (vias.length === 0) return msg;
  const [top = '', ...more] = vias[0]!.split(',');
  const withPort = /;\s*rport(?=;|$|\s)/i.test(top) ? top.replace(/;\s*rport(?=;|$|\s)/i, `;rport=${peer.port}`) : top;
  const withReceived = /;\s*received=/i.test(withPort) ? withPort : `${withPort};received=${peer.address}`;
  const copy = new Map(msg.headers);
  copy.set('via', [[withReceived, ...more].join(','), ...vias.slice(1)]);
  return { ...msg, headers: copy };
}

const REQUIRED = ['via', 'from', 'to', 'call-id', 'cseq'];
/** A TLS peer that has not finished its handshake by then is dropped (Node's default is 120 s). */
const TLS_HANDSHAKE_TIMEOUT_MS = 10_000;

/**
 * Starts the ingress on UDP, TCP and/or TLS. It never throws on what arrives: garbage is dropped, a
 * request missing a mandatory header gets 400, an oversized message is dropped (UDP) or closes the
 * connection (TCP, TLS); a failed TLS handshake closes the connection.
 */
export async function startSipIngress(opts: SipIngressOptions): Promise<SipIngress> {
  const { listen, log } = opts;
  if (listen.udpPort === undefined && listen.tcpPort === undefined && listen.tlsPort === undefined) throw new Error('the SIP ingress needs a UDP, a TCP or a TLS port');
  if (listen.tlsPort !== undefined && !opts.tls) throw new Error('the SIP ingress needs a certificate and key for its TLS port');
  const trusted = trustedSourceList(opts.trustedSources);
  const clock = opts.clock ?? systemClock;
  const t1 = opts.t1Ms ?? 500;
  const transactions = new Map<string, ServerTransaction>();
  const timers = new Set<AbortController>();
  let closed = false;

  const after = (ms: number, fn: () => void): (() => void) => {
    const controller = new AbortController();
    timers.add(controller);
    clock.after(ms, controller.signal).then(
      () => {
        timers.delete(controller);
        if (!closed) fn();
      },
      () => timers.delete(controller),
    );
    return () => {
      timers.delete(controller);
      controller.abort();
    };
  };

  const drop = (tx: ServerTransaction) => {
    tx.state = 'terminated';
    tx.stopTimers();
    if (transactions.get(tx.key) === tx) transactions.delete(tx.key);
  };

  /** Sends the final response; over UDP retransmits it (Timer G) until the ACK, for at most Timer H. */
  const sendFinal = (tx: ServerTransaction, status: number, reason: string, extra: [string, string][] = []) => {
    if (tx.state !== 'proceeding') return;
    tx.state = 'completed';
    tx.last = buildResponse(tx.request, status, reason, extra, tx.toTag);
    tx.peer.send(tx.last);
    const stops: (() => void)[] = [];
    if (tx.peer.transport === 'sip-udp') {
      const again = (interval: number) => stops.push(after(interval, () => {
        if (tx.state !== 'completed') return;
        tx.peer.send(tx.last);
        again(Math.min(interval * 2, T2));
      }));
      again(t1);
    }
    stops.push(after(64 * t1, () => {
      if (tx.state !== 'completed') return;
      log.warn({ callId: header(tx.request, 'call-id'), status }, 'SIP ingress: no ACK for the final response (Timer H)');
      drop(tx);
    }));
    tx.stopTimers = () => stops.forEach((s) => s());
  };

  const onInvite = (request: SipMessage, peer: Peer) => {
    const key = transactionKey(request, peer);
    if (!key) return peer.send(buildResponse(request, 400, 'Bad Request'));
    const existing = transactions.get(key);
    if (existing) return peer.send(existing.last); // a retransmission: the last response again
    const callId = header(request, 'call-id')!;
    if (!isTrusted(trusted, peer.address)) {
      // Once, without state or retransmission: a spoofed UDP source must not turn us into a reflector.
      log.info({ callId, source: peer.address, transport: peer.transport }, 'SIP ingress: INVITE from an untrusted source refused (403)');
      return peer.send(buildResponse(stamped(request, peer), 403, 'Forbidden'));
    }
    if (transactions.size >= MAX_TRANSACTIONS) return peer.send(buildResponse(stamped(request, peer), 503, 'Service Unavailable', [['Retry-After', '5']]));
    const stampedRequest = stamped(request, peer);
    const tx: ServerTransaction = { key, request: stampedRequest, peer, toTag: randomBytes(6).toString('hex'), last: '', state: 'proceeding', stopTimers: () => {} };
    tx.last = buildResponse(stampedRequest, 100, 'Trying', [], tx.toTag);
    transactions.set(key, tx);
    peer.send(tx.last);
    // Bounded even if onInvite never settles or no CANCEL comes: the transaction cannot outlive Timer H twice.
    const guard = after(128 * t1, () => tx.state === 'proceeding' && drop(tx));
    tx.stopTimers = guard;
    const invite: SipInvite = {
      // A caller who withholds the number sends From anonymous; the carrier's asserted identity still names it.
      from: e164FromUri(header(request, 'from')) ?? e164FromUri(header(request, 'p-asserted-identity')),
      to: e164FromUri(request.requestUri) ?? e164FromUri(header(request, 'to')),
      requestUser: userOf(request.requestUri),
      callId,
      transport: peer.transport,
      source: { address: peer.address, port: peer.port },
    };
    opts.onInvite(invite).then(
      (decision) => {
        if (tx.state !== 'proceeding') return; // cancelled meanwhile: 487 was sent
        guard();
        if (decision.action === 'redirect' && !/[\r\n<>]/.test(decision.contact) && /^sips?:/i.test(decision.contact)) {
          log.info({ callId, from: invite.from, to: invite.to, transport: peer.transport }, 'SIP ingress: call handed to the platform (302)');
          sendFinal(tx, 302, 'Moved Temporarily', [['Contact', `<${decision.contact}>`]]);
        } else if (decision.action === 'redirect') {
          log.error({ callId }, 'SIP ingress: the redirect Contact is not a SIP URI; refused (500)');
          sendFinal(tx, 500, 'Server Internal Error');
        } else {
          log.info({ callId, from: invite.from, to: invite.to, transport: peer.transport }, 'SIP ingress: call refused before answer (486)');
          sendFinal(tx, 486, 'Busy Here');
        }
      },
      (err: unknown) => {
        if (tx.state !== 'proceeding') return;
        guard();
        log.error({ callId, err: err instanceof Error ? err.message : String(err) }, 'SIP ingress: deciding on an INVITE failed (500)');
        sendFinal(tx, 500, 'Server Internal Error');
      },
    );
  };

  const onAck = (request: SipMessage, peer: Peer) => {
    const key = transactionKey(request, peer);
    const tx = key ? transactions.get(key) : undefined;
    if (!tx || tx.state !== 'completed') return;
    tx.state = 'confirmed';
    tx.stopTimers();
    // Timer I: absorb ACK retransmissions for T4 over UDP; over TCP the transaction ends now.
    if (peer.transport === 'sip-udp') tx.stopTimers = after(T4, () => drop(tx));
    else drop(tx);
  };

  const onCancel = (request: SipMessage, peer: Peer) => {
    const key = transactionKey(request, peer);
    const tx = key ? transactions.get(key) : undefined;
    if (!tx) return peer.send(buildResponse(stamped(request, peer), 481, 'Call/Transaction Does Not Exist'));
    peer.send(buildResponse(stamped(request, peer), 200, 'OK', [], tx.toTag));
    if (tx.state === 'proceeding') {
      tx.stopTimers();
      sendFinal(tx, 487, 'Request Terminated');
    }
  };

  const handle = (text: string, peer: Peer) => {
    const msg = parseMessage(text);
    if (!msg?.method) return; // not SIP, or a response: nothing to answer
    if (REQUIRED.some((h) => !header(msg, h)) || !cseqOf(msg)) {
      if (msg.method !== 'ACK' && header(msg, 'via')) peer.send(buildResponse(msg, 400, 'Bad Request'));
      return;
    }
    switch (msg.method) {
      case 'INVITE':
        return onInvite(msg, peer);
      case 'ACK':
        return onAck(msg, peer);
      case 'CANCEL':
        return onCancel(msg, peer);
      case 'OPTIONS':
        return peer.send(buildResponse(stamped(msg, peer), 200, 'OK', [ALLOW, ['Accept', 'application/sdp']]));
      default:
        return peer.send(buildResponse(stamped(msg, peer), 405, 'Method Not Allowed', [ALLOW]));
    }
  };

  /** Never lets what a peer sent take the process down. */
  const safely = (text: string, peer: Peer) => {
    try {
      handle(text, peer);
    } catch (err) {
      log.warn({ err: err instanceof Error ? err.message : String(err), source: peer.address }, 'SIP ingress: a message could not be handled');
    }
  };

  let udp: UdpSocket | undefined;
  const streams: { transport: 'sip-tcp' | 'sip-tls'; server: Server }[] = [];
  /** Raw sockets of TCP and TLS peers (TLS ones from before their handshake on): close() ends them all. */
  const connections = new Set<Socket>();

  /** Takes SIP messages off a stream connection (TCP, or TLS once decrypted): RFC 3261 §18.3 framing. */
  const serveStream = (socket: Socket, transport: 'sip-tcp' | 'sip-tls') => {
    let buffer = '';
    const peer: Peer = {
      transport,
      address: socket.remoteAddress ?? '',
      port: socket.remotePort ?? 0,
      send: (reply) => {
        if (!socket.destroyed) socket.write(reply);
      },
    };
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const { messages, rest } = splitStream(buffer);
      buffer = rest;
      for (const m of messages) if (m.length <= MAX_SIP_MESSAGE) safely(m, peer);
      if (buffer.length > MAX_SIP_MESSAGE) socket.destroy();
    });
    socket.on('error', () => socket.destroy());
  };

  /** Listens with a stream server; a failure closes what was bound before it (a failed start leaves nothing behind). */
  const listenStream = async (transport: 'sip-tcp' | 'sip-tls', server: Server, port: number) => {
    server.on('connection', (raw: Socket) => {
      connections.add(raw);
      raw.on('close', () => connections.delete(raw));
    });
    server.on('error', (err) => log.warn({ err: err.message, transport }, 'SIP ingress: stream server error'));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, listen.host, () => {
        server.off('error', reject);
        resolve();
      });
    }).catch(async (err: unknown) => {
      closed = true;
      udp?.close();
      await Promise.all(streams.map((s) => new Promise<void>((resolve) => s.server.close(() => resolve()))));
      throw err;
    });
    streams.push({ transport, server });
  };

  if (listen.udpPort !== undefined) {
    const socket = createSocket(isIP(listen.host) === 6 ? 'udp6' : 'udp4');
    socket.on('message', (buf, rinfo) => {
      if (buf.length > MAX_SIP_MESSAGE) return;
      const peer: Peer = {
        transport: 'sip-udp',
        address: rinfo.address,
        port: rinfo.port,
        send: (reply) => {
          if (!closed) socket.send(reply, rinfo.port, rinfo.address, () => {});
        },
      };
      safely(buf.toString('utf8'), peer);
    });
    socket.on('error', (err) => log.warn({ err: err.message }, 'SIP ingress: UDP socket error'));
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(listen.udpPort, listen.host, () => {
        socket.off('error', reject);
        resolve();
      });
    });
    udp = socket;
  }

  if (listen.tcpPort !== undefined) {
    await listenStream('sip-tcp', createServer((socket) => serveStream(socket, 'sip-tcp')), listen.tcpPort);
  }

  if (listen.tlsPort !== undefined) {
    const server = createTlsServer({ cert: opts.tls!.cert, key: opts.tls!.key, handshakeTimeout: TLS_HANDSHAKE_TIMEOUT_MS }, (socket) => serveStream(socket, 'sip-tls'));
    // A peer speaking plain SIP (or anything else) to the TLS port: its connection is closed, nothing more.
    server.on('tlsClientError', (err, socket) => {
      log.debug({ err: err.message, source: socket.remoteAddress }, 'SIP ingress: TLS handshake failed');
      socket.destroy();
    });
    await listenStream('sip-tls', server, listen.tlsPort);
  }

  const portOf = (transport: 'sip-tcp' | 'sip-tls') => {
    const server = streams.find((s) => s.transport === transport)?.server;
    return server ? (server.address() as AddressInfo).port : null;
  };

  let closing: Promise<void> | undefined;
  return {
    udpPort: udp ? udp.address().port : null,
    tcpPort: portOf('sip-tcp'),
    tlsPort: portOf('sip-tls'),
    // Idempotent: a second close() (a test's, then its cleanup's) waits for the first.
    close: () => (closing ??= (async () => {
      closed = true;
      for (const t of timers) t.abort();
      timers.clear();
      transactions.clear();
      udp?.close();
      for (const c of connections) c.destroy();
      await Promise.all(streams.map((s) => new Promise<void>((resolve) => s.server.close(() => resolve()))));
    })()),
  };
}
