import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { digestResponse, parseAuthParams, type DigestAlgorithm } from '../providers/sip/digest';
import { buildResponse, header, MAX_SIP_MESSAGE, parseMessage, splitStream, type SipMessage } from '../providers/sip/message';

/** A trunk that authenticates: it answers requests without a valid Digest answer with a challenge. */
export interface SipAuthMode {
  realm: string;
  username: string;
  password: string;
  /** The challenges offered, in order (RFC 8760: the preferred first). Default MD5. */
  algorithms?: DigestAlgorithm[];
  /** `auth`, or null for the RFC 2069 form without qop. Default auth. */
  qop?: 'auth' | null;
  /** 401 WWW-Authenticate (a registrar, a UAS) or 407 Proxy-Authenticate (a proxy). Default 401. */
  challengeStatus?: 401 | 407;
  /**
   * What is challenged: every request (default); REGISTER only, as a registrar does (OPTIONS
   * answered freely); or INVITE only, as an IP-authenticated carrier does (OPTIONS and REGISTER
   * answered freely: give `registerStatus: 403` for one that takes no registrations). See TRUNK_KINDS.
   */
  challenges?: 'all' | 'register' | 'invite';
  /** How a wrong answer is met: a new challenge (default), 403 Forbidden, or silence (an SBC that drops failed logins). */
  wrongAnswer?: 'challenge' | 403 | 'drop';
  /** The first correct answer is met with a fresh challenge marked stale=true. */
  staleOnce?: boolean;
}

export interface SipResponderOptions {
  port?: number;
  /** Status for OPTIONS (default 200 OK). */
  status?: number;
  reason?: string;
  /** How REGISTER is answered when it needs no challenge: 200 (default), 403, 404, 405 or 501. */
  registerStatus?: number;
  auth?: SipAuthMode;
  /** Also listen for TLS on `tlsPort`, with this certificate (PEM). */
  tls?: { key: string; cert: string };
}

export interface SipResponder {
  port: number;
  /** The TLS port, when `tls` was given. */
  tlsPort?: number;
  /** Requests received, by transport. */
  received: { udp: number; tcp: number; tls: number };
  /** Every request received, parsed, in order (for assertions on what a client sent). */
  requests: SipMessage[];
  close(): Promise<void>;
}

const REASONS: Record<number, string> = {
  200: 'OK', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 407: 'Proxy Authentication Required', 486: 'Busy Here', 501: 'Not Implemented',
};

/**
 * The kinds of trunk met in the field (and in Kamailio's configurations), as responder options.
 * `proxy`: challenges every request, OPTIONS included, with 407. `registrar`: answers OPTIONS 200
 * and challenges only REGISTER, so a client that never registers is refused every call.
 * `carrier`: authenticates by source address, so it answers OPTIONS 200 and REGISTER 403, and
 * challenges only INVITE (an INVITE that answers the challenge gets 486 Busy Here: no call is made).
 */
export const TRUNK_KINDS = {
  proxy: (auth: SipAuthMode): SipResponderOptions => ({ auth: { ...auth, challengeStatus: 407, challenges: 'all' } }),
  registrar: (auth: SipAuthMode): SipResponderOptions => ({ auth: { ...auth, challenges: 'register' } }),
  carrier: (auth: SipAuthMode): SipResponderOptions => ({ registerStatus: 403, auth: { ...auth, challenges: 'invite' } }),
};

/**
 * A SIP user agent server for tests and demo mode, over UDP and TCP on one port (and TLS when
 * given a certificate): answers OPTIONS and REGISTER (and INVITE, as a carrier), echoing the
 * headers RFC 3261 §8.2.6 requires. With `auth` it is a trunk that authenticates, checking Digest answers (RFC 2617,
 * RFC 8760) against its username and password.
 */
export async function startSipResponder(opts: SipResponderOptions = {}): Promise<SipResponder> {
  const received = { udp: 0, tcp: 0, tls: 0 };
  const requests: SipMessage[] = [];
  const nonces = new Set<string>();
  let staleSent = false;
  const auth = opts.auth;

  const challenge = (request: SipMessage, stale = false): string => {
    const status = auth!.challengeStatus ?? 401;
    const name = status === 407 ? 'Proxy-Authenticate' : 'WWW-Authenticate';
    const qop = auth!.qop === undefined ? 'auth' : auth!.qop;
    const lines = (auth!.algorithms ?? ['MD5']).map((algorithm): [string, string] => {
      const nonce = randomBytes(16).toString('hex');
      nonces.add(nonce);
      return [name, `Digest realm="${auth!.realm}", nonce="${nonce}", algorithm=${algorithm}${qop ? `, qop="${qop}"` : ''}, opaque="trunk"${stale ? ', stale=TRUE' : ''}`];
    });
    return buildResponse(request, status, REASONS[status]!, lines);
  };

  /** Whether the request carries a correct Digest answer; undefined when it carries none. */
  const answered = (request: SipMessage): boolean | undefined => {
    const value = header(request, (auth!.challengeStatus ?? 401) === 407 ? 'proxy-authorization' : 'authorization');
    if (!value) return undefined;
    const p = parseAuthParams(value.replace(/^\s*Digest\s+/i, ''));
    if (p.username !== auth!.username || p.realm !== auth!.realm || !p.nonce || !nonces.has(p.nonce) || !p.uri) return false;
    const algorithm = (auth!.algorithms ?? ['MD5']).find((a) => a.toLowerCase() === (p.algorithm ?? 'MD5').toLowerCase());
    if (!algorithm) return false;
    const expected = digestResponse({
      method: request.method!, uri: p.uri, username: auth!.username, password: auth!.password, algorithm, realm: auth!.realm, nonce: p.nonce,
      qop: p.qop as 'auth' | undefined, nc: p.nc, cnonce: p.cnonce,
    });
    return expected === p.response;
  };

  const answer = (text: string): string | undefined => {
    const request = parseMessage(text);
    if (!request?.method || request.method === 'ACK') return undefined;
    requests.push(request);
    const plain = (status: number) => buildResponse(request, status, opts.reason && status === opts.status ? opts.reason : (REASONS[status] ?? 'OK'), [['Allow', 'INVITE, ACK, CANCEL, BYE, OPTIONS, REGISTER']]);
    const carrier = auth?.challenges === 'invite';
    const statusFor = request.method === 'REGISTER' ? (opts.registerStatus ?? 200) : request.method === 'OPTIONS' ? (opts.status ?? 200) : request.method === 'INVITE' && carrier ? 486 : 501;
    const challenged = auth !== undefined && (auth.challenges === 'register' ? request.method === 'REGISTER' : carrier ? request.method === 'INVITE' : true);
    if (!challenged || statusFor === 405 || statusFor === 501) return plain(statusFor);
    const verdict = answered(request);
    if (verdict === undefined) return challenge(request);
    if (!verdict) return auth!.wrongAnswer === 'drop' ? undefined : auth!.wrongAnswer === 403 ? plain(403) : challenge(request);
    if (auth!.staleOnce && !staleSent) {
      staleSent = true;
      return challenge(request, true);
    }
    return plain(request.method === 'REGISTER' ? 200 : statusFor);
  };

  const streamHandler = (transport: 'tcp' | 'tls') => (socket: Socket) => {
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      const { messages, rest } = splitStream(buffer);
      buffer = rest;
      for (const m of messages) {
        received[transport]++;
        const reply = answer(m);
        if (reply) socket.write(reply);
      }
      if (buffer.length > MAX_SIP_MESSAGE) socket.destroy();
    });
    socket.on('error', () => socket.destroy());
  };

  const tcp: Server = createServer(streamHandler('tcp'));
  await new Promise<void>((resolve) => tcp.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (tcp.address() as AddressInfo).port;

  const udp = createSocket('udp4');
  udp.on('message', (msg, rinfo) => {
    received.udp++;
    const reply = answer(msg.toString('utf8'));
    if (reply) udp.send(reply, rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => udp.bind(port, '127.0.0.1', resolve));

  let tls: Server | undefined;
  if (opts.tls) {
    tls = createTlsServer({ key: opts.tls.key, cert: opts.tls.cert }, streamHandler('tls'));
    await new Promise<void>((resolve) => tls!.listen(0, '127.0.0.1', resolve));
  }

  return {
    port,
    ...(tls && { tlsPort: (tls.address() as AddressInfo).port }),
    received,
    requests,
    close: async () => {
      udp.close();
      await Promise.all([tcp, ...(tls ? [tls] : [])].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}
