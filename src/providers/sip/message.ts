/**
 * SIP messages as text (RFC 3261 §7): building requests, and parsing requests and responses
 * with their headers, including compact header names and several values of one header.
 */

export interface SipMessage {
  /** Set on requests. */
  method?: string;
  requestUri?: string;
  /** Set on responses. */
  status?: number;
  reason?: string;
  /** Lowercased long header names → every value, in order. */
  headers: Map<string, string[]>;
  body: string;
}

const COMPACT: Record<string, string> = {
  v: 'via', f: 'from', t: 'to', i: 'call-id', m: 'contact', l: 'content-length', c: 'content-type', k: 'supported', s: 'subject', e: 'content-encoding',
};

/** The largest message either side accepts (RFC 3261 §18.1.1 keeps UDP under the path MTU). */
export const MAX_SIP_MESSAGE = 65_536;

export function header(msg: SipMessage, name: string): string | undefined {
  return msg.headers.get(name.toLowerCase())?.[0];
}

export function headers(msg: SipMessage, name: string): string[] {
  return msg.headers.get(name.toLowerCase()) ?? [];
}

/** Parses the header block and body of one message; undefined when it is not SIP. */
export function parseMessage(text: string): SipMessage | undefined {
  const end = text.indexOf('\r\n\r\n');
  const head = end === -1 ? text : text.slice(0, end);
  const [start = '', ...lines] = head.split('\r\n');
  const msg: SipMessage = { headers: new Map(), body: end === -1 ? '' : text.slice(end + 4) };
  const response = /^SIP\/2\.0 (\d{3}) ?(.*)$/.exec(start);
  const request = /^([A-Z]+) (\S+) SIP\/2\.0$/.exec(start);
  if (response) {
    msg.status = Number(response[1]);
    msg.reason = response[2]!.slice(0, 100);
  } else if (request) {
    msg.method = request[1];
    msg.requestUri = request[2];
  } else return undefined;
  let last: string[] | undefined;
  for (const line of lines) {
    if (/^[ \t]/.test(line) && last) {
      last[last.length - 1] += ` ${line.trim()}`; // folded continuation of the previous header
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const raw = line.slice(0, colon).trim().toLowerCase();
    const name = COMPACT[raw] ?? raw;
    const values = msg.headers.get(name) ?? [];
    // Authentication headers hold commas inside one value; the others may list several values.
    const value = line.slice(colon + 1).trim();
    values.push(value);
    msg.headers.set(name, (last = values));
  }
  return msg;
}

/** The CSeq number and method of a message. */
export function cseqOf(msg: SipMessage): { seq: number; method: string } | undefined {
  const m = /^(\d+)\s+([A-Z]+)$/.exec(header(msg, 'cseq') ?? '');
  return m ? { seq: Number(m[1]), method: m[2]! } : undefined;
}

/** A request's text; Content-Length is added (no bodies are sent). */
export function buildRequest(method: string, requestUri: string, fields: [string, string][]): string {
  return [`${method} ${requestUri} SIP/2.0`, ...fields.map(([k, v]) => `${k}: ${v}`), 'Content-Length: 0', '', ''].join('\r\n');
}

/** A response to `request`, echoing the headers RFC 3261 §8.2.6.2 requires. */
export function buildResponse(request: SipMessage, status: number, reason: string, extra: [string, string][] = [], toTag = 'responder'): string {
  const to = header(request, 'to') ?? '';
  return [
    `SIP/2.0 ${status} ${reason}`,
    ...headers(request, 'via').map((v) => `Via: ${v}`),
    `From: ${header(request, 'from') ?? ''}`,
    `To: ${/;tag=/.test(to) ? to : `${to};tag=${toTag}`}`,
    `Call-ID: ${header(request, 'call-id') ?? ''}`,
    `CSeq: ${header(request, 'cseq') ?? ''}`,
    ...extra.map(([k, v]) => `${k}: ${v}`),
    'Content-Length: 0',
    '',
    '',
  ].join('\r\n');
}

/**
 * Splits a stream (TCP, TLS) into whole messages by Content-Length (RFC 3261 §18.3).
 * Returns the messages found and what is left of the buffer.
 */
export function splitStream(buffer: string): { messages: string[]; rest: string } {
  const messages: string[] = [];
  let rest = buffer.replace(/^(\r\n)+/, ''); // keep-alive CRLFs between messages
  for (;;) {
    const end = rest.indexOf('\r\n\r\n');
    if (end === -1) break;
    const length = Number(/\r\n(?:content-length|l)[ \t]*:[ \t]*(\d+)/i.exec(rest.slice(0, end + 2))?.[1] ?? 0);
    const total = end + 4 + length;
    if (rest.length < total) break;
    messages.push(rest.slice(0, total));
    rest = rest.slice(total).replace(/^(\r\n)+/, '');
  }
  return { messages, rest };
}
