import { randomBytes } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { cseqOf, header, parseMessage, type SipMessage } from '../providers/sip/message';
import type { Outcome } from './outcome';

/**
 * The simulated network's side of a SIP call it delivers (a Telnyx FQDN leg, a Vonage number
 * routed to a SIP URI, a trunk DID): one INVITE over UDP from a shared socket, retransmitted at
 * T1, 2T1… until a response (RFC 3261 Timer A); no 1xx within `provisionalMs` fails the leg (as
 * Telnyx's timeout_1xx_secs does); a final is ACKed (a 2xx with a 2xx-ACK and a BYE at once: the
 * network never keeps a call up); a 302 is followed once to its Contact; a ring timeout or an
 * abort sends CANCEL after a 1xx and waits for the 487.
 */
export interface SipInvite {
  /** Where to send it (already resolved to an address). */
  host: string;
  port: number;
  requestUri: string;
  /** The From and To header values (without tags), P-Asserted-Identity and any other headers. */
  from: string;
  to: string;
  extra?: [string, string][];
  signal: AbortSignal;
  ringMs: number;
  provisionalMs: number;
  onRinging(): void;
  /** Resolves a Contact's host:port (the network's host map). */
  resolve(host: string, port: number): { host: string; port: number };
}

const T1 = 500;

interface Pending {
  onResponse(msg: SipMessage): void;
  onRequest(msg: SipMessage, reply: (text: string) => void): void;
}

export class SipUac {
  private socket?: Socket;
  private ready?: Promise<AddressInfo>;
  private readonly calls = new Map<string, Pending>();

  private open(): Promise<AddressInfo> {
    this.ready ??= new Promise((resolve) => {
      const s = createSocket('udp4');
      this.socket = s;
      s.on('message', (buf, rinfo) => {
        const msg = parseMessage(buf.toString('utf8'));
        const pending = msg && this.calls.get(header(msg, 'call-id') ?? '');
        if (!msg || !pending) return;
        if (msg.status !== undefined) pending.onResponse(msg);
        else pending.onRequest(msg, (text) => s.send(text, rinfo.port, rinfo.address));
      });
      s.on('error', () => undefined);
      s.bind(0, '127.0.0.1', () => resolve(s.address()));
    });
    return this.ready;
  }

  close(): void {
    this.socket?.close();
    this.socket = undefined;
    this.ready = undefined;
  }

  async invite(inv: SipInvite, followRedirect = true): Promise<Outcome> {
    const local = await this.open();
    const socket = this.socket!;
    const callId = `${randomBytes(10).toString('hex')}@sim.network`;
    const fromTag = randomBytes(4).toString('hex');
    const branch = `z9hG4bK${randomBytes(8).toString('hex')}`;
    const via = `SIP/2.0/UDP ${local.address}:${local.port};branch=${branch};rport`;
    const sdp = [
      'v=0', `o=- ${Date.now()} 1 IN IP4 192.0.2.10`, 's=-', 'c=IN IP4 192.0.2.10', 't=0 0',
      'm=audio 40000 RTP/AVP 0 8 101', 'a=rtpmap:0 PCMU/8000', 'a=rtpmap:8 PCMA/8000', 'a=rtpmap:101 telephone-event/8000', 'a=fmtp:101 0-15', 'a=ptime:20', 'a=sendrecv', '',
    ].join('\r\n');
    const fromHeader = `${inv.from};tag=${fromTag}`;
    const request = (method: string, seq: number, body = '', extra: [string, string][] = [], to = inv.to, viaValue = via) =>
      [
        `${method} ${inv.requestUri} SIP/2.0`, `Via: ${viaValue}`, 'Max-Forwards: 70', `From: ${fromHeader}`, `To: ${to}`, `Call-ID: ${callId}`, `CSeq: ${seq} ${method}`,
        ...extra.map(([k, v]) => `${k}: ${v}`), ...(body ? ['Content-Type: application/sdp'] : []), `Content-Length: ${Buffer.byteLength(body)}`, '', body,
      ].join('\r\n');
    const send = (text: string) => {
      try {
        socket.send(text, inv.port, inv.host);
      } catch {
        // The simulator is closing: nothing more goes out.
      }
    };
    const inviteText = request('INVITE', 1, sdp, [
      ['Contact', `<sip:network@${local.address}:${local.port}>`], ['Allow', 'INVITE, ACK, BYE, CANCEL, OPTIONS'], ...(inv.extra ?? []),
    ]);

    return new Promise<Outcome>((resolve) => {
      let provisional = false;
      let finalSeen: SipMessage | undefined;
      let cancelled: 'abort' | 'timeout' | undefined;
      const timers: NodeJS.Timeout[] = [];
      const later = (ms: number, fn: () => void) => timers.push(setTimeout(fn, ms));
      // Timer A: retransmit the INVITE until any response.
      let interval = T1;
      const retransmit = () => {
        if (provisional || finalSeen) return;
        send(inviteText);
        later((interval *= 2), retransmit);
      };
      const finish = (o: Outcome) => {
        timers.forEach(clearTimeout);
        inv.signal.removeEventListener('abort', onAbort);
        // Keep answering retransmitted finals with ACK a moment longer, then forget the call.
        setTimeout(() => this.calls.delete(callId), 2_000).unref();
        resolve(o);
      };
      const cancel = (why: 'abort' | 'timeout') => {
        if (finalSeen || cancelled) return;
        cancelled = why;
        if (!provisional) return finish(why === 'abort' ? { kind: 'canceled', sip: 487 } : { kind: 'no_answer', sip: 408 });
        const cancelText = request('CANCEL', 1);
        send(cancelText);
        // No final within 64×T1 after CANCEL: consider it cancelled (RFC 3261 §9.1); shortened to the ring bound.
        later(Math.min(64 * T1, Math.max(inv.ringMs, 1_000)), () => finish(why === 'abort' ? { kind: 'canceled', sip: 487 } : { kind: 'no_answer', sip: 487 }));
      };
      const onAbort = () => cancel('abort');
      inv.signal.addEventListener('abort', onAbort, { once: true });

      const ackFor = (res: SipMessage) => request('ACK', 1, '', [], header(res, 'to') ?? inv.to);
      this.calls.set(callId, {
        onRequest: (msg, reply) => {
          // A BYE or anything else in the dialog: acknowledge it; the network never keeps a call.
          if (msg.method === 'ACK') return;
          reply([`SIP/2.0 200 OK`, ...(msg.headers.get('via') ?? []).map((v) => `Via: ${v}`), `From: ${header(msg, 'from')}`, `To: ${header(msg, 'to')}`, `Call-ID: ${callId}`, `CSeq: ${header(msg, 'cseq')}`, 'Content-Length: 0', '', ''].join('\r\n'));
        },
        onResponse: (res) => {
          const cseq = cseqOf(res);
          if (cseq?.method !== 'INVITE') return; // 200 to our CANCEL or BYE
          const status = res.status!;
          if (status < 200) {
            if (!provisional) {
              provisional = true;
              later(inv.ringMs, () => cancel('timeout'));
            }
            if (status === 180 || status === 183) inv.onRinging();
            return;
          }
          if (finalSeen) {
            // A retransmitted final: our ACK was lost; send it again.
            if (status >= 300) send(ackFor(res));
            return;
          }
          finalSeen = res;
          if (status < 300) {
            // 2xx: the ACK is a new transaction (new branch, CSeq 1 ACK), then BYE at once.
            const to = header(res, 'to') ?? inv.to;
            send(request('ACK', 1, '', [], to, `SIP/2.0/UDP ${local.address}:${local.port};branch=z9hG4bK${randomBytes(8).toString('hex')};rport`));
            send(request('BYE', 2, '', [], to, `SIP/2.0/UDP ${local.address}:${local.port};branch=z9hG4bK${randomBytes(8).toString('hex')};rport`));
            return finish(cancelled === 'abort' ? { kind: 'canceled', sip: 487 } : { kind: 'answered' });
          }
          send(ackFor(res));
          if (status === 302 && followRedirect) {
            const contact = /<?sip:(?:([^@>;]+)@)?([^:;>]+)(?::(\d+))?/.exec(header(res, 'contact') ?? '');
            if (contact) {
              const target = inv.resolve(contact[2]!, Number(contact[3] ?? 5060));
              const uri = /<([^>]+)>/.exec(header(res, 'contact')!)?.[1] ?? `sip:${contact[1]}@${contact[2]}`;
              timers.forEach(clearTimeout);
              inv.signal.removeEventListener('abort', onAbort);
              this.calls.delete(callId);
              void this.invite({ ...inv, ...target, requestUri: uri, to: `<${uri}>` }, false).then(resolve);
              return;
            }
          }
          finish(outcomeOf(status, cancelled));
        },
      });
      retransmit();
      // No provisional response in time: the leg fails (Telnyx's timeout_1xx_secs).
      later(inv.provisionalMs, () => {
        if (!provisional && !finalSeen) finish({ kind: 'failed', sip: 408 });
      });
    });
  }
}

/** What a final SIP status means for the calling leg. */
export function outcomeOf(status: number, cancelled?: 'abort' | 'timeout'): Outcome {
  if (status === 486 || status === 600) return { kind: 'busy', sip: status };
  if (status === 603) return { kind: 'rejected', sip: status };
  if (status === 487) return cancelled === 'timeout' ? { kind: 'no_answer', sip: 487 } : { kind: 'canceled', sip: 487 };
  if (status === 408 || status === 480) return { kind: 'no_answer', sip: status };
  return { kind: 'failed', sip: status };
}
