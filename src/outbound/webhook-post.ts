import http, { type ClientRequest, type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { performance } from 'node:perf_hooks';
import { resolveWebhookTarget, TargetUnresolvedError, TargetRefusedError, webhookUrlProblem, type LookupAll, type TargetPolicy } from './webhook-target';

/**
 * One webhook POST to a customer's receiver, made safe to point anywhere: the URL is checked
 * again (the policy may have changed since the endpoint was saved), the host resolved once and
 * every address checked, and the connection made to the address checked (a `lookup` that answers
 * with it), so a second DNS answer cannot move the request into our network. TLS still verifies
 * the certificate against the host name. Redirects are never followed (a 3xx is an answer like
 * any other); at most `maxResponseBytes` of the answer are read; one deadline bounds the whole
 * exchange, DNS included. It never throws: whatever happens is an outcome to record.
 *
 * Each POST opens its own connection (`agent: false`: a fresh agent without keep-alive, which
 * sends `Connection: close`). Deliveries to one endpoint are seconds to hours apart, the socket
 * is destroyed once the excerpt is read, and a pooled socket would be keyed by host name and
 * could outlive the address check it was opened under.
 */
export interface PostOutcome {
  /** The answer's HTTP status, or null when there was no answer. */
  statusCode: number | null;
  /** From the start of the attempt (DNS included) to the answer read, or to the failure. */
  latencyMs: number;
  /** The first ≤ maxResponseBytes of the answer as UTF-8 ('' for an empty body), or null when there was no answer. */
  excerpt: string | null;
  /** null when an answer came (whatever its status), else a code of the delivery surface in the error catalog. */
  error: string | null;
}

export interface PostOptions {
  policy: TargetPolicy;
  timeoutMs: number;
  maxResponseBytes?: number;
  lookup?: LookupAll;
}

export const WEBHOOK_USER_AGENT = 'Trunkline-Webhooks/1';
const DEFAULT_MAX_RESPONSE_BYTES = 1024;

/** The delivery error codes (the `delivery` surface of src/domain/error-catalog.ts). */
type DeliveryError = 'address_refused' | 'timeout' | 'connection_failed' | 'tls_failed' | 'dns_failed';
/** An error column value: the code, then for a refusal why (`address_refused: resolves to a loopback address`). */
const deliveryError = (code: DeliveryError, reason?: string) => (reason ? `${code}: ${reason}` : code);

class DeadlineError extends Error {}

/** Certificate and handshake failures, by the codes Node and OpenSSL give them. */
const TLS_CODE = /^(?:ERR_TLS_|ERR_SSL_)|CERT|SELF_SIGNED|UNABLE_TO_(?:GET|VERIFY)|HOSTNAME_MISMATCH/;

export async function postWebhook(url: string, headers: Record<string, string>, body: string, opts: PostOptions): Promise<PostOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const failed = (error: string): PostOutcome => ({ statusCode: null, latencyMs: elapsed(), excerpt: null, error });

  const problem = webhookUrlProblem(url, opts.policy);
  if (problem) return failed(deliveryError('address_refused', problem));
  const target = new URL(url);

  let deadline: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    deadline = setTimeout(() => reject(new DeadlineError()), opts.timeoutMs);
  });
  expired.catch(() => {}); // observed below; this keeps an unobserved expiry from being reported as unhandled
  try {
    let pinned: { address: string; family: 4 | 6 };
    try {
      pinned = await Promise.race([resolveWebhookTarget(target, opts.policy, opts.lookup), expired]);
    } catch (err) {
      if (err instanceof DeadlineError) return failed(deliveryError('timeout'));
      if (err instanceof TargetUnresolvedError) return failed(deliveryError('dns_failed'));
      if (err instanceof TargetRefusedError) return failed(deliveryError('address_refused', err.message));
      return failed(deliveryError('dns_failed'));
    }
    return await exchange(target, pinned, headers, body, opts.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, expired, elapsed);
  } finally {
    clearTimeout(deadline);
  }
}

/** The POST itself, to the pinned address; settles on the answer read, a failure or the deadline. */
function exchange(
  target: URL,
  pinned: { address: string; family: 4 | 6 },
  headers: Record<string, string>,
  body: string,
  maxBytes: number,
  expired: Promise<never>,
  elapsed: () => number,
): Promise<PostOutcome> {
  const secure = target.protocol === 'https:';
  const hostname = target.hostname.startsWith('[') ? target.hostname.slice(1, -1) : target.hostname;
  // The only answer this request's DNS gets: the address resolveWebhookTarget checked.
  const lookup: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  };
  return new Promise<PostOutcome>((resolve) => {
    let req: ClientRequest | undefined;
    let res: IncomingMessage | undefined;
    /** Settles with the answer read so far: set once the answer's head came. */
    let answered: (() => void) | undefined;
    let connected = false;
    let secured = false;
    let settled = false;
    const settle = (outcome: Omit<PostOutcome, 'latencyMs'>) => {
      if (settled) return;
      settled = true;
      resolve({ ...outcome, latencyMs: elapsed() });
      // Nothing more is read or sent: close the connection whatever it was doing.
      res?.destroy();
      req?.destroy();
    };
    const noAnswer = (error: string) => settle({ statusCode: null, excerpt: null, error });
    // The deadline after the answer's head: the receiver answered, only its body was slow.
    expired.catch(() => (answered ? answered() : noAnswer(deliveryError('timeout'))));

    try {
      req = (secure ? https : http).request({
        method: 'POST',
        hostname,
        port: target.port === '' ? undefined : Number(target.port),
        path: `${target.pathname}${target.search}`,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': WEBHOOK_USER_AGENT,
        },
        lookup,
        agent: false,
        // Certificate checked against the name the customer wrote, not the address we dialled.
        ...(secure && isIP(hostname) === 0 ? { servername: hostname } : {}),
      });
    } catch {
      noAnswer(deliveryError('connection_failed'));
      return;
    }
    req.on('socket', (socket) => {
      socket.once('connect', () => (connected = true));
      socket.once('secureConnect', () => (secured = true));
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      const code = err.code ?? '';
      // A TLS socket that connected but failed before the answer failed in the handshake.
      const tls = secure && (TLS_CODE.test(code) || code === 'EPROTO' || (connected && !secured));
      noAnswer(tls ? deliveryError('tls_failed') : deliveryError('connection_failed'));
    });
    req.on('response', (answer) => {
      res = answer;
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => settle({ statusCode: answer.statusCode ?? null, excerpt: excerptOf(Buffer.concat(chunks), maxBytes), error: null });
      answered = done;
      answer.on('data', (chunk: Buffer) => {
        if (size < maxBytes) chunks.push(chunk.subarray(0, maxBytes - size));
        size += chunk.length;
        if (size >= maxBytes) done();
      });
      answer.on('end', done);
      // The answer's head came, then the connection broke: what was read is the answer.
      answer.on('error', done);
      answer.on('close', done);
    });
    req.end(body);
  });
}

/**
 * The answer's first bytes as text for the delivery log: at most maxBytes of UTF-8 once encoded
 * again (a character cut at the bound is dropped, invalid bytes become U+FFFD), and no NUL
 * (PostgreSQL text refuses it).
 */
function excerptOf(bytes: Buffer, maxBytes: number): string {
  let text = new TextDecoder('utf-8').decode(bytes.subarray(0, maxBytes), { stream: true }).replace(/\u0000/g, '\uFFFD');
  while (Buffer.byteLength(text) > maxBytes) text = text.slice(0, -1);
  // A lone high surrogate left by the slice above would not survive storage either.
  return text.replace(/[\uD800-\uDBFF]$/, '');
}
