import type { Logger } from '../logger';
import { ProviderUnavailableError } from '../kernel/errors';
import { metrics } from '../observability/metrics';
import { inSpan, SpanKind, SpanStatusCode } from '../observability/tracing';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  /**
   * The call's path template, fixed by the adapter (`/v2/connections/{id}`): the metric label
   * and span attribute. Never derived from the URL, which holds ids a client typed.
   */
  template?: string;
  headers?: Record<string, string>;
  /** JSON body. */
  json?: unknown;
  /** application/x-www-form-urlencoded body (Twilio, SignalWire and Vonage writes). */
  form?: Record<string, string> | URLSearchParams;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty body. */
  body: unknown;
}

export interface HttpClientOptions {
  /** The whole call, retries included, must finish within this bound. */
  timeoutMs: number;
  /** Extra attempts for reads on 429 and 5xx. Writes are never retried. */
  retries: number;
  log: Logger;
  /** Backoff base and cap for full-jitter retries. */
  backoffBaseMs?: number;
  backoffCapMs?: number;
  /** Largest provider response accepted. */
  maxBodyBytes?: number;
  /** How the client pauses before a retry (a timer by default; tests record the pauses instead). */
  pause?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface CallOptions {
  /** Aborted when the client of our own request goes away. */
  signal?: AbortSignal;
  /** Runs before the call reaches the provider; throwing stops it (the caller's provider budget). */
  beforeProviderCall?: () => void | Promise<void>;
}

export type HttpClient = (provider: string, req: HttpRequest, opts?: CallOptions) => Promise<HttpResponse>;

const RETRYABLE = (status: number) => status === 429 || status >= 500;
/** The label of a call made without a template: still a fixed value. */
const UNNAMED = '{unnamed}';

/**
 * The one way adapters reach a provider. Timeouts, retries with full-jitter backoff (reads only,
 * honouring Retry-After), and failure mapping: 429 and 5xx that outlast the retries, timeouts,
 * resets and malformed bodies all become `provider_unavailable`. 2xx and 4xx responses are
 * returned to the adapter, which knows what a 401 or 404 means for its provider.
 * Logs carry method, host, path and status: never a query string (Vonage puts keys there),
 * a header or a body.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = options.backoffBaseMs ?? 100;
  const cap = options.backoffCapMs ?? 2_000;
  const maxBody = options.maxBodyBytes ?? 16 * 1024 * 1024;
  const pause = options.pause ?? sleep;

  return async function call(provider, req, callOpts = {}) {
    await callOpts.beforeProviderCall?.();
    const url = new URL(req.url);
    const name = provider.toLowerCase();
    const template = req.template ?? UNNAMED;
    const operation = `${req.method} ${template}`;
    const started = performance.now();
    // One client span per call, retries included: the host, method and path template, never the
    // query string (Vonage keys travel there) nor a header.
    const attributes = { 'trunkline.provider': name, 'server.address': url.hostname, 'http.request.method': req.method, 'url.template': template };
    return inSpan(`${req.method} ${provider}`, SpanKind.CLIENT, attributes, async (span) => {
      try {
        const res = await attempts(provider, req, url, callOpts, (status) => span.setAttribute('http.response.status_code', status));
        metrics.providerCalls.observe({ provider: name, operation, outcome: res.status >= 400 ? 'rejected' : 'ok' }, (performance.now() - started) / 1000);
        if (res.status >= 400) span.setStatus({ code: SpanStatusCode.ERROR, message: `HTTP ${res.status}` });
        return res;
      } catch (err) {
        const reason = err instanceof ProviderUnavailableError ? err.reason : '';
        const outcome = reason === 'timed out' ? 'timeout' : reason === 'request cancelled' ? 'cancelled' : 'unavailable';
        if (outcome === 'timeout') metrics.providerTimeouts.inc({ provider: name });
        metrics.providerCalls.observe({ provider: name, operation, outcome }, (performance.now() - started) / 1000);
        throw err;
      }
    });
  };

  async function attempts(provider: string, req: HttpRequest, url: URL, callOpts: CallOptions, onStatus: (status: number) => void): Promise<HttpResponse> {
    const deadline = Date.now() + options.timeoutMs;
    const canRetry = req.method === 'GET';
    const where = `${url.host}${url.pathname}`;
    for (let attempt = 0; ; attempt++) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new ProviderUnavailableError(provider, 'timed out');
      const started = Date.now();
      let res: Response;
      let text: string;
      try {
        const signals = [AbortSignal.timeout(remaining)];
        if (callOpts.signal) signals.push(callOpts.signal);
        const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
        let body: string | undefined;
        if (req.json !== undefined) {
          headers['content-type'] = 'application/json';
          body = JSON.stringify(req.json);
        } else if (req.form) {
          headers['content-type'] = 'application/x-www-form-urlencoded';
          body = new URLSearchParams(req.form).toString();
        }
        res = await fetch(url, { method: req.method, headers, body, signal: AbortSignal.any(signals), redirect: 'error' });
        text = await readCapped(res, maxBody);
      } catch (err) {
        const reason = callOpts.signal?.aborted ? 'request cancelled' : isTimeout(err) ? 'timed out' : 'connection failed';
        options.log.warn({ provider, method: req.method, where, ms: Date.now() - started, reason }, 'provider call failed');
        throw new ProviderUnavailableError(provider, reason);
      }
      options.log.debug({ provider, method: req.method, where, status: res.status, ms: Date.now() - started }, 'provider call');
      onStatus(res.status);

      if (RETRYABLE(res.status)) {
        const wait = backoff(attempt, base, cap, res.headers.get('retry-after'));
        if (canRetry && attempt < options.retries && Date.now() + wait < deadline) {
          metrics.providerRetries.inc({ provider: provider.toLowerCase(), reason: res.status === 429 ? '429' : '5xx' });
          await pause(wait, callOpts.signal);
          continue;
        }
        throw new ProviderUnavailableError(provider, res.status === 429 ? 'rate limited' : `HTTP ${res.status}`);
      }
      let parsed: unknown;
      if (text.trim() !== '') {
        try {
          parsed = JSON.parse(text);
        } catch {
          throw new ProviderUnavailableError(provider, 'malformed response');
        }
      }
      return { status: res.status, headers: res.headers, body: parsed };
    }
  }
}

function backoff(attempt: number, base: number, cap: number, retryAfter: string | null): number {
  const seconds = retryAfter === null ? NaN : Number(retryAfter);
  // The provider's own Retry-After wins; if it outlasts our bound, the caller gives up at once.
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  return Math.random() * Math.min(cap, base * 2 ** attempt);
}

async function readCapped(res: Response, max: number): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > max) throw new Error('response too large');
  const reader = res.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new Error('response too large');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function isTimeout(err: unknown): boolean {
  return err instanceof Error && (err.name === 'TimeoutError' || (err.cause as Error | undefined)?.name === 'TimeoutError');
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(new ProviderUnavailableError('provider', 'request cancelled'));
    }, { once: true });
  });
}
