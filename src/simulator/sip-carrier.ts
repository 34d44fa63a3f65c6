import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { digestResponse, parseAuthParams, type DigestAlgorithm } from '../providers/sip/digest';
import { cseqOf, header, parseMessage, type SipMessage } from '../providers/sip/message';
import type { Network } from './network';
import type { Outcome } from './outcome';

/**
 * A SIP carrier for manual trunks, on loopback UDP (reference calls.md §5.1–5.4): it answers
 * OPTIONS freely, challenges REGISTER (401) and INVITE (407) with Digest — unless its trunk is
 * open (no username: a carrier that admits its customer by source address, which then answers
 * REGISTER 200 and never challenges) — and for an INVITE that authenticates: screens the caller ID (P-Asserted-Identity, else From) against the trunk's DIDs
 * (403), refuses an unknown destination (404), sends 100 and 180, and delivers the call through
 * the simulated network (a provider's number by its routing, a DID by its SIP route), relaying
 * how it ended (486, 603, 404, 403, 480; 200 when answered). CANCEL → 200 and 487. Every
 * non-2xx final is retransmitted (Timer G) until ACKed (Timer H). A re-INVITE that answers a 407
 * the caller never ACKed, or reuses its CSeq, is refused 400 and noted in `violations`.
 */
export interface CarrierTrunk {
  /**
   * Digest credentials. Without them the trunk is open, and must be the carrier's only trunk: on
   * loopback every caller has the same address, so nothing else could tell trunks apart.
   */
  username?: string;
  password?: string;
  /** E.164 numbers the trunk may present as caller ID (and that are its DIDs). */
  dids: string[];
}

export interface SipCarrierOptions {
  trunks: CarrierTrunk[];
  realm?: string;
  /** The Digest challenges offered, in order (RFC 8760: the preferred first). Default MD5. */
  algorithms?: DigestAlgorithm[];
  port?: number;
  /** T1 for retransmitting finals (500 ms). */
  t1Ms?: number;
  /** How long a relayed call may ring before the carrier gives up (480), unless the caller cancels first. */
  ringMs?: number;
}

export interface SipCarrier {
  host: string;
  port: number;
  realm: string;
  /** Every request received, parsed, in order. */
  requests: SipMessage[];
  /** Protocol faults of the callers (an unACKed challenge, a reused CSeq…). */
  violations: string[];
  /** Routes a DID's incoming calls to a SIP URI (the platform's ingress); null removes the route. */
  routeDid(e164: string, uri: string | null): void;
  close(): Promise<void>;
}

const REASONS: Record<number, string> = {
  100: 'Trying', 180: 'Ringing', 200: 'OK', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 407: 'Proxy Authentication Required',
  408: 'Request Timeout', 480: 'Temporarily Unavailable', 481: 'Call/Transaction Does Not Exist', 486: 'Busy Here', 487: 'Request Terminated', 488: 'Not Acceptable Here',
  500: 'Server Internal Error', 503: 'Service Unavailable', 603: 'Decline',
};

/** The E.164 number in a SIP URI's user part (+ optional; ten digits are taken as +1). */
export function numberOfUri(value: string | undefined): string | undefined {
  const user = /sips?:\+?(\d{7,15})@/.exec(value ?? '')?.[1];
  if (!user) return undefined;
  return user.length === 10 ? `+1${user}` : `+${user}`;
}

interface ServerTransaction {
  key: string;
  final?: string;
  acked: boolean;
  timer?: NodeJS.Timeout;
  abort?: AbortController;
  invite: SipMessage;
  reply(text: string): void;
}

export async function startSipCarrier(network: Network, opts: SipCarrierOptions): Promise<SipCarrier> {
  const realm = opts.realm ?? 'carrier.sim';
  const algorithms = opts.algorithms ?? ['MD5'];
  const open = opts.trunks.find((t) => t.username === undefined);
  if (open && opts.trunks.length > 1) throw new Error('an open trunk (no username) must be the carrier\'s only trunk');
  const t1 = opts.t1Ms ?? 500;
  const requests: SipMessage[] = [];
  const violations: string[] = [];
  const nonces = new Set<string>();
  /** Challenges sent, by Call-ID: the CSeq challenged and whether its ACK came. */
  const challenges = new Map<string, { seq: number; acked: boolean }>();
  const transactions = new Map<string, ServerTransaction>();
  const toTag = () => randomBytes(4).toString('hex');

  const response = (req: SipMessage, status: number, extra: [string, string][] = [], body = '', tag?: string) => {
    const to = header(req, 'to') ?? '';
    return [
      `SIP/2.0 ${status} ${REASONS[status] ?? 'Unknown'}`,
      ...(req.headers.get('via') ?? []).map((v) => `Via: ${v}`),
      `From: ${header(req, 'from') ?? ''}`,
      `To: ${/;tag=/.test(to) || status === 100 ? to : `${to};tag=${tag ?? toTag()}`}`,
      `Call-ID: ${header(req, 'call-id') ?? ''}`,
      `CSeq: ${header(req, 'cseq') ?? ''}`,
      ...extra.map(([k, v]) => `${k}: ${v}`),
      ...(body ? ['Content-Type: application/sdp'] : []),
      `Content-Length: ${Buffer.byteLength(body)}`,
      '',
      body,
    ].join('\r\n');
  };

  /** Sends a final and, if it is not a 2xx, retransmits it at T1, 2T1… (capped at 4 s) until ACK or 64×T1. */
  const sendFinal = (tx: ServerTransaction, text: string) => {
    tx.final = text;
    tx.reply(text);
    if (/^SIP\/2\.0 2/.test(text)) return;
    let interval = t1;
    let elapsed = 0;
    const again = () => {
      if (tx.acked || elapsed >= 64 * t1) return;
      tx.reply(text);
      elapsed += interval;
      interval = Math.min(interval * 2, 4_000);
      tx.timer = setTimeout(again, interval);
    };
    tx.timer = setTimeout(again, interval);
  };

  const challenge = (req: SipMessage, status: 401 | 407) => {
    const name = status === 407 ? 'Proxy-Authenticate' : 'WWW-Authenticate';
    return response(req, status, algorithms.map((algorithm): [string, string] => {
      const nonce = randomBytes(16).toString('hex');
      nonces.add(nonce);
      return [name, `Digest realm="${realm}", nonce="${nonce}", algorithm=${algorithm}, qop="auth"`];
    }));
  };

  /**
   * The trunk whose credentials answer the challenge (or the open trunk, which needs none); null
   * when they are wrong; undefined when there is no answer and no open trunk.
   */
  const authenticated = (req: SipMessage, name: string): CarrierTrunk | null | undefined => {
    const value = header(req, name);
    if (!value) return open;
    const p = parseAuthParams(value.replace(/^\s*Digest\s+/i, ''));
    const trunk = opts.trunks.find((t) => t.username !== undefined && t.username === p.username);
    const algorithm = algorithms.find((a) => a.toLowerCase() === (p.algorithm ?? 'MD5').toLowerCase());
    if (!trunk || !algorithm || p.realm !== realm || !p.nonce || !nonces.has(p.nonce) || !p.uri) return null;
    const expected = digestResponse({ method: req.method!, uri: p.uri, username: trunk.username!, password: trunk.password!, algorithm, realm, nonce: p.nonce, qop: p.qop as 'auth' | undefined, nc: p.nc, cnonce: p.cnonce });
    return expected === p.response ? trunk : null;
  };

  const relayStatus = (o: Outcome): number => {
    switch (o.kind) {
      case 'answered':
        return 200;
      case 'busy':
        return 486;
      case 'rejected':
        return 603;
      case 'no_answer':
        return 480;
      case 'canceled':
        return 487;
      case 'failed':
        return REASONS[o.sip] ? o.sip : 503;
    }
  };

  const invite = (req: SipMessage, reply: (text: string) => void) => {
    const callId = header(req, 'call-id') ?? '';
    const seq = cseqOf(req)?.seq ?? 0;
    const key = `${callId}|${seq}`;
    const existing = transactions.get(key);
    if (existing) {
      // A retransmitted INVITE: repeat the last response.
      if (existing.final) reply(existing.final);
      return;
    }
    const tx: ServerTransaction = { key, acked: false, invite: req, reply };
    transactions.set(key, tx);
    const trunk = authenticated(req, 'proxy-authorization');
    if (trunk === undefined) {
      challenges.set(callId, { seq, acked: false });
      return sendFinal(tx, challenge(req, 407));
    }
    const earlier = challenges.get(callId);
    if (earlier && !earlier.acked) {
      violations.push(`${callId}: re-INVITE before the 407 was ACKed`);
      return sendFinal(tx, response(req, 400));
    }
    if (earlier && seq <= earlier.seq) {
      violations.push(`${callId}: re-INVITE reuses CSeq ${seq}`);
      return sendFinal(tx, response(req, 400));
    }
    if (trunk === null) return sendFinal(tx, response(req, 403));
    const caller = numberOfUri(header(req, 'p-asserted-identity')) ?? numberOfUri(header(req, 'from'));
    const mode = caller ? network.failures.get(caller) : undefined;
    if (!caller || !trunk.dids.includes(caller) || mode === 'caller_id_refused' || mode === 'trunk_forbidden') {
      return sendFinal(tx, response(req, 403, [['Reason', 'SIP;cause=403;text="Caller ID not allowed on this trunk"']]));
    }
    const to = numberOfUri(req.requestUri);
    if (!to || (!network.owner(to) && !network.didRoutes.has(to))) return sendFinal(tx, response(req, 404));
    const tag = toTag();
    reply(response(req, 100));
    reply(response(req, 180, [], '', tag));
    tx.abort = new AbortController();
    void network.deliver({ from: caller, to, signal: tx.abort.signal, ringMs: opts.ringMs ?? 120_000, onRinging: () => undefined }).then((o) => {
      const status = relayStatus(o);
      const sdp = status === 200 ? ['v=0', 'o=- 1 1 IN IP4 192.0.2.20', 's=-', 'c=IN IP4 192.0.2.20', 't=0 0', 'm=audio 41000 RTP/AVP 0', 'a=rtpmap:0 PCMU/8000', ''].join('\r\n') : '';
      sendFinal(tx, response(req, status, status === 200 ? [['Contact', `<sip:carrier@127.0.0.1:${port}>`]] : [], sdp, tag));
    });
  };

  const handle = (text: string, reply: (text: string) => void) => {
    const req = parseMessage(text);
    if (!req?.method) return;
    requests.push(req);
    const callId = header(req, 'call-id') ?? '';
    const seq = cseqOf(req)?.seq ?? 0;
    switch (req.method) {
      case 'ACK': {
        const tx = transactions.get(`${callId}|${seq}`);
        if (tx) {
          tx.acked = true;
          clearTimeout(tx.timer);
        }
        const c = challenges.get(callId);
        if (c && c.seq === seq) c.acked = true;
        return;
      }
      case 'INVITE':
        return invite(req, reply);
      case 'CANCEL': {
        const tx = transactions.get(`${callId}|${seq}`);
        if (!tx) return reply(response(req, 481));
        reply(response(req, 200));
        tx.abort?.abort();
        return;
      }
      case 'REGISTER': {
        const trunk = authenticated(req, 'authorization');
        return reply(trunk ? response(req, 200) : trunk === null ? response(req, 403) : challenge(req, 401));
      }
      default:
        // OPTIONS, BYE and the rest: accepted.
        return reply(response(req, 200, [['Allow', 'INVITE, ACK, CANCEL, BYE, OPTIONS, REGISTER']]));
    }
  };

  const udp = createSocket('udp4');
  udp.on('message', (msg, rinfo) => handle(msg.toString('utf8'), (text) => udp.send(text, rinfo.port, rinfo.address)));
  await new Promise<void>((resolve) => udp.bind(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (udp.address() as AddressInfo).port;

  return {
    host: '127.0.0.1',
    port,
    realm,
    requests,
    violations,
    routeDid(e164, uri) {
      if (uri === null) network.didRoutes.delete(e164);
      else network.didRoutes.set(e164, uri);
    },
    close: async () => {
      for (const tx of transactions.values()) {
        clearTimeout(tx.timer);
        tx.abort?.abort();
      }
      await new Promise<void>((resolve) => udp.close(() => resolve()));
    },
  };
}
