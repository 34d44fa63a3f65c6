import { randomBytes, randomInt } from 'node:crypto';
import { isIP } from 'node:net';
import { systemClock, type Clock } from '../../clock';
import type { CallRequest, LegStatus, LegStatusEvent } from '../calls';
import { CallRefusedError } from '../calls';
import { openSipLink, SipConnectError, sipDestination, SipTimeoutError, type SipLink, type SipTarget } from './client';
import { authorizationFor, parseChallenge, pickChallenge, type DigestChallenge } from './digest';
import { cseqOf, header, headers, parseMessage, type SipMessage } from './message';
import type { SipCredentials } from './trunk-probe';

/**
 * One outbound test call through a SIP trunk (RFC 3261 UAC): an INVITE with an SDP offer that a
 * carrier accepts (reference calls.md §5.1), Digest on 401/407, provisional and final responses
 * reported as leg statuses, CANCEL before an answer, and, should the far end answer anyway, ACK
 * then BYE at once. The call never carries media: the SDP only has to pass the carrier's checks.
 */

export interface SipCallOptions {
  /** Timers run on this clock (tests move it); the system clock by default. */
  clock?: Clock;
  /** RFC 3261 T1 (round-trip estimate): 500 ms. Timers A, B, D, E, F derive from it. */
  t1Ms?: number;
  /**
   * The address written in the SDP (c=, o=) and the Contact: our public address when behind NAT.
   * Default: the local address of the socket that reaches the trunk (carriers answer 488 to a
   * private c= address, so a gateway behind NAT must set this).
   */
  publicAddress?: string;
  /** Whether the numbers in the Request-URI, To, From and PAI carry their `+` (default true; some carriers want none). */
  plusInUri?: boolean;
  /** The RTP port offered (non-zero: port 0 would disable the stream); default a random even port in 40000–49998. */
  mediaPort?: number;
}

/** A call in flight: its Call-ID, a way to cancel it, and when it is over. */
export interface SipCall {
  callId: string;
  /** CANCELs the call (after a provisional response, or as soon as one arrives). Harmless once it ended. */
  cancel(): void;
  /** The final event (also given to onStatus) once the call is over. */
  ended: Promise<LegStatusEvent>;
  /** Resolves once retransmitted responses are no longer absorbed (Timer D, BYE) and the transport is closed. */
  closed: Promise<void>;
}

const T2 = 4_000;
const E164 = /^\+[1-9]\d{6,14}$/;

/** The leg status a final SIP status means (2xx is handled apart: it is an answer). */
export function legStatusOfSip(code: number): LegStatus {
  if (code === 486 || code === 600) return 'busy';
  if (code === 603) return 'rejected';
  if (code === 408 || code === 480 || code === 487) return 'no_answer';
  return 'failed';
}

const hostPort = (host: string, port: number) => `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
const newBranch = () => `z9hG4bK${randomBytes(8).toString('hex')}`;
const topBranch = (msg: SipMessage) => /;\s*branch=([^;,\s]+)/i.exec((header(msg, 'via') ?? '').split(',')[0]!)?.[1];
const tagOf = (value: string | undefined) => /;\s*tag=([^;\s]+)/i.exec(value ?? '')?.[1];

/** A request's text with its body (Content-Length counts bytes). */
function requestText(method: string, uri: string, fields: [string, string][], body = ''): string {
  return [`${method} ${uri} SIP/2.0`, ...fields.map(([k, v]) => `${k}: ${v}`), `Content-Length: ${Buffer.byteLength(body)}`, '', body].join('\r\n');
}

/** The SDP offer: PCMU, PCMA and telephone-event on a non-zero port, at `address` (RFC 8866, 3264, 4733). */
function sdpOffer(address: string, port: number): string {
  const family = isIP(address) === 6 ? 'IP6' : 'IP4';
  const session = randomInt(1, 2 ** 31);
  return [
    'v=0', `o=- ${session} 1 IN ${family} ${address}`, 's=-', `c=IN ${family} ${address}`, 't=0 0',
    `m=audio ${port} RTP/AVP 0 8 101`, 'a=rtpmap:0 PCMU/8000', 'a=rtpmap:8 PCMA/8000', 'a=rtpmap:101 telephone-event/8000',
    'a=fmtp:101 0-15', 'a=ptime:20', 'a=sendrecv', '',
  ].join('\r\n');
}

/**
 * Places a call through the trunk at `target` (already resolved and checked by the caller) and
 * resolves as soon as the INVITE is on its way; how it goes arrives through `call.onStatus`:
 * 100 → placed, 180/183 → ringing, then one final status (carrierCode = the SIP status; `408`
 * when the trunk never answered, Timer B). A refusal by the trunk is a status, never a throw: this
 * only throws when the numbers are not E.164 or the TCP/TLS connection cannot be opened
 * (CallRefusedError). A 401/407 is answered with the credentials only when they were tested
 * against this very destination (SipCredentials.destination), as trunk-probe.ts does. The call is
 * cancelled by itself after `call.ringSeconds`.
 */
export async function placeSipCall(target: SipTarget, credentials: SipCredentials | null, call: CallRequest, opts: SipCallOptions = {}): Promise<SipCall> {
  for (const [name, number] of [['from', call.from], ['to', call.to]] as const) {
    if (!E164.test(number)) throw new CallRefusedError('invalid_number', null, `The ${name} number ${JSON.stringify(number.slice(0, 20))} is not in E.164 form.`, 'Give numbers as + and up to 15 digits.');
  }
  const session = new SipCallSession(target, credentials, call, opts);
  let link: SipLink;
  try {
    link = await openSipLink(target, (text) => session.receive(text), (reason) => session.transportFailed(reason));
  } catch (err) {
    if (!(err instanceof SipTimeoutError)) throw err;
    const where = `${target.domain}:${target.port} over ${target.transport.toUpperCase()}`;
    const refused = err instanceof SipConnectError && err.failure.kind === 'refused';
    throw new CallRefusedError('sip_unreachable', null, `${where} ${refused ? 'refused the connection' : 'could not be reached'}: the call was not placed.`,
      "Check the trunk's domain, port and transport, and that its firewall admits Trunkline's addresses.");
  }
  session.start(link);
  return { callId: session.callId, cancel: () => session.cancel(), ended: session.ended, closed: session.closed };
}

/** One INVITE client transaction (a new one after a challenge: new branch, next CSeq). */
interface InviteTransaction {
  seq: number;
  branch: string;
  text: string;
  /** The Authorization/Proxy-Authorization it carried, which the 2xx ACK repeats (RFC 3261 §13.2.2.4). */
  auth?: [string, string];
  state: 'calling' | 'proceeding' | 'completed';
  /** The ACK sent for its final response, sent again for each retransmission of that final. */
  ack?: string;
  stopTimers: () => void;
}

/** One non-INVITE client transaction (CANCEL, BYE): retransmitted on Timer E until a final or Timer F. */
interface Transaction {
  method: 'CANCEL' | 'BYE';
  seq: number;
  branch: string;
  done: boolean;
  stop: () => void;
}

class SipCallSession {
  readonly callId = `${randomBytes(10).toString('hex')}@trunkline`;
  readonly ended: Promise<LegStatusEvent>;
  readonly closed: Promise<void>;
  private resolveEnded!: (e: LegStatusEvent) => void;
  private resolveClosed!: () => void;

  private readonly clock: Clock;
  private readonly t1: number;
  private readonly fromTag = randomBytes(6).toString('hex');
  private readonly requestUri: string;
  private readonly fromUri: string;
  private readonly toUri: string;
  private link?: SipLink;
  private local = { host: '0.0.0.0', port: 0 };
  private contactHost = '0.0.0.0';
  private sdp = '';

  private invite?: InviteTransaction;
  /** Earlier INVITE transactions (the challenged ones), by branch: their finals may be retransmitted. */
  private readonly earlier = new Map<string, InviteTransaction>();
  private cancelTx?: Transaction;
  private byeTx?: Transaction;
  private authAnswers = 0;
  private cancelWanted = false;
  private finished = false;
  private closing = false;
  private sequence = 0;
  private readonly reported = new Set<string>();
  private readonly timers = new Set<AbortController>();

  constructor(
    private readonly target: SipTarget,
    private readonly credentials: SipCredentials | null,
    private readonly call: CallRequest,
    private readonly opts: SipCallOptions,
  ) {
    this.clock = opts.clock ?? systemClock;
    this.t1 = opts.t1Ms ?? 500;
    this.ended = new Promise((r) => (this.resolveEnded = r));
    this.closed = new Promise((r) => (this.resolveClosed = r));
    const user = (n: string) => (opts.plusInUri === false ? n.slice(1) : n);
    const t = target;
    const defaultPort = t.transport === 'tls' ? 5061 : 5060;
    this.requestUri = `sip:${user(call.to)}@${t.domain}${t.port === defaultPort ? '' : `:${t.port}`}${t.transport === 'udp' ? '' : `;transport=${t.transport}`}`;
    this.fromUri = `sip:${user(call.from)}@${t.domain}`;
    this.toUri = `sip:${user(call.to)}@${t.domain}`;
  }

  start(link: SipLink): void {
    this.link = link;
    this.local = link.local();
    // The address the far end should see: the configured public one, else the socket's own.
    const address = this.opts.publicAddress ?? this.local.host;
    this.contactHost = address;
    this.sdp = sdpOffer(address, this.opts.mediaPort ?? 40_000 + 2 * randomInt(0, 5_000));
    this.sendInvite(1);
    // Our own bound on ringing: the trunk would let the far end ring for as long as it likes.
    this.after(this.call.ringSeconds * 1_000, () => this.cancel());
  }

  // ——— timers ———

  /** Runs `fn` after `ms` of the clock; returns a canceller. */
  private after(ms: number, fn: () => void): () => void {
    const controller = new AbortController();
    this.timers.add(controller);
    this.clock.after(ms, controller.signal).then(
      () => {
        this.timers.delete(controller);
        if (!this.closing) fn();
      },
      () => this.timers.delete(controller),
    );
    return () => {
      this.timers.delete(controller);
      controller.abort();
    };
  }

  private write(text: string): void {
    if (this.closing || !this.link) return;
    try {
      this.link.write(text);
    } catch {
      // The socket went away under us (closed, an ICMP error): transportFailed says so.
    }
  }

  // ——— requests ———

  private via(branch: string): [string, string] {
    return ['Via', `SIP/2.0/${this.target.transport.toUpperCase()} ${hostPort(this.local.host, this.local.port)};branch=${branch};rport`];
  }

  private common(seq: number, method: string, toTag?: string): [string, string][] {
    return [
      ['Max-Forwards', '70'],
      ['From', `<${this.fromUri}>;tag=${this.fromTag}`],
      ['To', `<${this.toUri}>${toTag ? `;tag=${toTag}` : ''}`],
      ['Call-ID', this.callId],
      ['CSeq', `${seq} ${method}`],
    ];
  }

  private sendInvite(seq: number, auth?: [string, string]): void {
    const branch = newBranch();
    const t = this.target;
    const text = requestText('INVITE', this.requestUri, [
      this.via(branch),
      ...this.common(seq, 'INVITE'),
      ['Contact', `<sip:trunkline@${hostPort(this.contactHost, this.local.port)}${t.transport === 'udp' ? '' : `;transport=${t.transport}`}>`],
      // Carriers screen the caller ID from PAI before From (reference §5.1): the same DID in both.
      ['P-Asserted-Identity', `<${this.fromUri}>`],
      ['Allow', 'INVITE, ACK, CANCEL, BYE, OPTIONS'],
      ['User-Agent', 'Trunkline'],
      ...(auth ? [auth] : []),
      ['Content-Type', 'application/sdp'],
    ], this.sdp);
    const tx: InviteTransaction = { seq, branch, text, auth, state: 'calling', stopTimers: () => {} };
    if (this.invite) this.earlier.set(this.invite.branch, this.invite);
    this.invite = tx;
    this.write(text);
    const stops: (() => void)[] = [];
    // Timer A: UDP retransmits at T1, 2T1, 4T1… until any response (RFC 3261 §17.1.1.2).
    if (!this.link!.reliable) {
      const again = (interval: number) => stops.push(this.after(interval, () => {
        if (tx.state !== 'calling') return;
        this.write(text);
        again(interval * 2);
      }));
      again(this.t1);
    }
    // Timer B: no response at all within 64×T1 is a failure, reported as a 408.
    stops.push(this.after(64 * this.t1, () => {
      if (tx.state !== 'calling' || this.invite !== tx) return;
      tx.state = 'completed';
      this.finish('failed', 'timeout', '408');
    }));
    tx.stopTimers = () => stops.forEach((s) => s());
  }

  /** The ACK of a non-2xx final: same branch, Request-URI and CSeq number as the INVITE, To from the response (§17.1.1.3). */
  private ackNon2xx(tx: InviteTransaction, response: SipMessage): string {
    return requestText('ACK', this.requestUri, [
      this.via(tx.branch),
      ['Max-Forwards', '70'],
      ['From', `<${this.fromUri}>;tag=${this.fromTag}`],
      ['To', header(response, 'to') ?? `<${this.toUri}>`],
      ['Call-ID', this.callId],
      ['CSeq', `${tx.seq} ACK`],
    ]);
  }

  /** A non-INVITE transaction: Timer E retransmits over UDP (T1 doubling to T2), Timer F ends it. */
  private sendNonInvite(method: 'CANCEL' | 'BYE', seq: number, branch: string, text: string, onTimeout: () => void): Transaction {
    const tx: Transaction = { method, seq, branch, done: false, stop: () => {} };
    const stops: (() => void)[] = [];
    this.write(text);
    if (!this.link!.reliable) {
      const again = (interval: number) => stops.push(this.after(interval, () => {
        if (tx.done) return;
        this.write(text);
        again(Math.min(interval * 2, T2));
      }));
      again(this.t1);
    }
    stops.push(this.after(64 * this.t1, () => {
      if (tx.done) return;
      tx.done = true;
      onTimeout();
    }));
    tx.stop = () => stops.forEach((s) => s());
    return tx;
  }

  /** CANCEL: the INVITE's Request-URI, Call-ID, From, To (no tag), CSeq number and top Via (RFC 3261 §9.1). */
  private sendCancel(): void {
    const inv = this.invite!;
    this.cancelWanted = false;
    const text = requestText('CANCEL', this.requestUri, [this.via(inv.branch), ...this.common(inv.seq, 'CANCEL'), ['User-Agent', 'Trunkline']]);
    // No final to the INVITE within 64×T1 of the CANCEL: the call is taken as cancelled.
    this.cancelTx = this.sendNonInvite('CANCEL', inv.seq, inv.branch, text, () => {});
    this.after(64 * this.t1, () => {
      if (!this.finished) this.finish('canceled', 'canceled', null);
    });
  }

  cancel(): void {
    if (this.finished || this.cancelTx || !this.invite) return;
    // A CANCEL may only follow a provisional response; until one arrives, it waits (Timer B still runs).
    if (this.invite.state === 'proceeding') this.sendCancel();
    else if (this.invite.state === 'calling') this.cancelWanted = true;
  }

  // ——— responses ———

  receive(text: string): void {
    if (this.closing) return;
    const msg = parseMessage(text);
    if (!msg || header(msg, 'call-id') !== this.callId) return;
    const cseq = cseqOf(msg);
    if (!cseq) return;
    if (msg.method !== undefined) return this.receiveRequest(msg, cseq.method);
    if (cseq.method === 'INVITE') this.inviteResponse(msg, cseq.seq);
    else if (cseq.method === 'CANCEL' && this.cancelTx?.seq === cseq.seq) this.nonInviteResponse(this.cancelTx, msg);
    else if (cseq.method === 'BYE' && this.byeTx?.seq === cseq.seq) this.byeResponse(msg);
  }

  /** The far end's own requests in our dialog: a BYE (it hung up first) is acknowledged; nothing else is taken. */
  private receiveRequest(msg: SipMessage, method: string): void {
    if (method === 'ACK') return;
    const status = method === 'BYE' ? '200 OK' : '405 Method Not Allowed';
    this.write([`SIP/2.0 ${status}`, ...headers(msg, 'via').map((v) => `Via: ${v}`), `From: ${header(msg, 'from')}`, `To: ${header(msg, 'to')}`,
      `Call-ID: ${this.callId}`, `CSeq: ${header(msg, 'cseq')}`, 'Content-Length: 0', '', ''].join('\r\n'));
  }

  private inviteResponse(msg: SipMessage, seq: number): void {
    const status = msg.status!;
    const branch = topBranch(msg);
    const current = this.invite;
    const tx = current && current.seq === seq && (!branch || branch === current.branch) ? current : [...this.earlier.values()].find((t) => t.seq === seq);
    if (!tx) return;
    if (status >= 200 && status < 300) return this.answered(tx, msg);
    if (tx.state === 'completed') {
      // A retransmitted final (our ACK was lost): ACK it again (Timer D keeps us listening).
      if (status >= 300 && tx.ack) this.write(tx.ack);
      return;
    }
    if (status < 200) {
      tx.state = 'proceeding';
      tx.stopTimers();
      if (tx !== this.invite) return;
      if (status === 100) this.report('placed', '100', '100');
      else if (status === 180 || status === 183) this.report('ringing', String(status), String(status));
      if (this.cancelWanted && !this.cancelTx) this.sendCancel();
      return;
    }
    tx.state = 'completed';
    tx.stopTimers();
    tx.ack = this.ackNon2xx(tx, msg);
    this.write(tx.ack);
    if (tx !== this.invite || this.finished) return;
    // Cancelled before the trunk even rang: a challenge is not answered, and the call ends as cancelled.
    if ((status === 401 || status === 407) && this.cancelWanted) return this.finish('canceled', 'canceled', null);
    if ((status === 401 || status === 407) && this.challenge(msg)) return;
    this.finish(legStatusOfSip(status), this.authWord(status) ?? String(status), String(status));
  }

  /** Why a 401/407 ended the call, when it did; set by challenge(). */
  private authFailure?: string;
  private authWord(status: number): string | undefined {
    return status === 401 || status === 407 ? this.authFailure : undefined;
  }

  /** Answers a challenge with a new INVITE (new branch, next CSeq); false when it cannot or must not be answered. */
  private challenge(response: SipMessage): boolean {
    const c = this.credentials;
    if (!c) return (this.authFailure = 'auth_required'), false;
    // Never a Digest answer to a destination the credentials were not tested against (trunk-probe.ts).
    if (c.destination !== sipDestination(this.target)) return (this.authFailure = 'auth_untested_destination'), false;
    const offered: DigestChallenge[] = headers(response, response.status === 407 ? 'proxy-authenticate' : 'www-authenticate').flatMap((h) => parseChallenge(h) ?? []);
    const picked = pickChallenge(offered);
    if (!picked) return (this.authFailure = 'auth_unsupported'), false;
    // One answer; a second only when the trunk said our nonce was stale (RFC 7616 §3.3).
    if (this.authAnswers >= 2 || (this.authAnswers === 1 && !offered.some((o) => o.stale))) return (this.authFailure = 'auth_rejected'), false;
    this.authAnswers++;
    const name = response.status === 407 ? 'Proxy-Authorization' : 'Authorization';
    this.sendInvite(this.invite!.seq + 1, [name, authorizationFor(picked, { method: 'INVITE', uri: this.requestUri }, c)]);
    return true;
  }

  /** A 2xx: the far end answered (or won a race with our CANCEL). ACK it, then hang up at once (§13.2.2.4). */
  private answered(tx: InviteTransaction, msg: SipMessage): void {
    if (tx.ack) {
      this.write(tx.ack); // a retransmitted 2xx: the same ACK again
      return;
    }
    tx.state = 'completed';
    tx.stopTimers();
    const toTag = tagOf(header(msg, 'to'));
    const contact = /<(sips?:[^>\s]+)>/i.exec(header(msg, 'contact') ?? '')?.[1] ?? /^(sips?:[^;\s]+)/i.exec(header(msg, 'contact') ?? '')?.[1];
    const remote = contact ?? this.requestUri;
    // The route set, as the UAC sees it: the Record-Routes in reverse (§12.1.2).
    const routes = headers(msg, 'record-route').flatMap((h) => h.split(/,(?=\s*<)/)).map((r) => r.trim()).filter(Boolean).reverse();
    const inDialog = (method: string, seq: number, branch: string, extra: [string, string][] = []) => requestText(method, remote, [
      this.via(branch), ...this.common(seq, method, toTag), ...routes.map((r): [string, string] => ['Route', r]), ...extra,
    ]);
    tx.ack = inDialog('ACK', tx.seq, newBranch(), tx.auth ? [tx.auth] : []);
    this.write(tx.ack);
    this.report('answered', String(msg.status), String(msg.status));
    this.cancelTx?.stop();
    this.answerCode = String(msg.status);
    this.bye = (seq, auth) => {
      const branch = newBranch();
      this.byeTx = this.sendNonInvite('BYE', seq, branch, inDialog('BYE', seq, branch, auth ? [auth] : []), () => this.finish('completed', 'bye_timeout', this.answerCode));
    };
    this.byeUri = remote;
    this.bye(tx.seq + 1);
  }

  /** Sends a BYE in the answered dialog (set once answered). */
  private bye?: (seq: number, auth?: [string, string]) => void;
  private byeUri = '';
  private answerCode = '200';
  private byeChallenged = false;

  private byeResponse(msg: SipMessage): void {
    const tx = this.byeTx!;
    if (tx.done || msg.status! < 200) return;
    tx.done = true;
    tx.stop();
    const status = msg.status!;
    const c = this.credentials;
    // A trunk may challenge the BYE as it did the INVITE: one answer, under the same rule.
    if ((status === 401 || status === 407) && !this.byeChallenged && c && c.destination === sipDestination(this.target)) {
      const picked = pickChallenge(headers(msg, status === 407 ? 'proxy-authenticate' : 'www-authenticate').flatMap((h) => parseChallenge(h) ?? []));
      if (picked) {
        this.byeChallenged = true;
        const name = status === 407 ? 'Proxy-Authorization' : 'Authorization';
        this.bye!(tx.seq + 1, [name, authorizationFor(picked, { method: 'BYE', uri: this.byeUri }, c)]);
        return;
      }
    }
    this.finish('completed', 'bye', this.answerCode);
  }

  private nonInviteResponse(tx: Transaction, msg: SipMessage): void {
    if (msg.status! < 200 || tx.done) return;
    tx.done = true;
    tx.stop();
  }

  transportFailed(_reason: string | SipTimeoutError): void {
    if (!this.finished) this.finish('failed', 'transport_error', null);
    else this.close();
  }

  // ——— reporting and the end ———

  private report(status: LegStatus, providerStatus: string, carrierCode: string | null): LegStatusEvent | undefined {
    if (this.reported.has(status)) return undefined;
    this.reported.add(status);
    const event: LegStatusEvent = { providerCallId: this.callId, status, providerStatus, carrierCode, sequence: ++this.sequence };
    try {
      this.call.onStatus?.(event);
    } catch {
      // A listener's failure must not stop the transaction (the ACK, the BYE still go out).
    }
    return event;
  }

  /** Reports the final status, then keeps listening for Timer D (UDP) to ACK retransmitted finals, and closes. */
  private finish(status: LegStatus, providerStatus: string, carrierCode: string | null): void {
    if (this.finished) return;
    this.finished = true;
    this.cancelWanted = false;
    this.invite?.stopTimers();
    this.cancelTx?.stop();
    const event = this.report(status, providerStatus, carrierCode) ?? { providerCallId: this.callId, status, providerStatus, carrierCode, sequence: this.sequence };
    this.resolveEnded(event);
    if (this.link && !this.link.reliable && providerStatus !== 'transport_error') this.after(64 * this.t1, () => this.close());
    else this.close();
  }

  private close(): void {
    if (this.closing) return;
    this.closing = true;
    for (const t of this.timers) t.abort();
    this.timers.clear();
    try {
      this.link?.close();
    } catch {
      // already closed
    }
    this.resolveClosed();
  }
}
