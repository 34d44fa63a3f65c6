import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

/**
 * Keys whose values could be secrets, censored at any depth of anything logged, so a careless
 * `log.info({ input })` still cannot write a credential.
 */
const SECRET_KEYS = new Set([
  'authorization',
  'cookie',
  'credentials',
  'password',
  'auth_token',
  'authToken',
  'api_key',
  'apiKey',
  'api_secret',
  'apiSecret',
  'api_token',
  'apiToken',
  'api_key_secret',
  'apiKeySecret',
  'signing_secret',
  'signingSecret',
  'private_key',
  'privateKey',
  'secret',
  'token',
  'key',
]);
const CENSOR = '[redacted]';
const MAX_DEPTH = 8;

/**
 * A copy of `value` with every secret key's value censored, or `value` itself when it holds none
 * (a request's log line: six plain fields, checked in six set lookups). One walk by key name
 * instead of pino's redaction by wildcard paths, which cost more than writing the line.
 */
export function censor(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  // Deeper than anything the code logs: censored whole rather than walked without end.
  if (depth > MAX_DEPTH) return CENSOR;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = censor(value[i], depth + 1);
      if (item !== value[i]) (copy ??= [...value])[i] = item;
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  const record = value as Record<string, unknown>;
  for (const k in record) {
    const v = record[k];
    const next = SECRET_KEYS.has(k) ? CENSOR : censor(v, depth + 1);
    if (next !== v) (copy ??= value instanceof Error ? { name: value.name, message: value.message, stack: value.stack, ...record } : { ...record })[k] = next;
  }
  return copy ?? value;
}

/**
 * Standard output written without blocking: lines logged while a write is in flight go out
 * together in the next one (one write per request cost more than the request's logging). What
 * is buffered is written before the process exits; a SIGKILL can lose the last lines.
 */
function asyncStdout(): DestinationStream {
  const stream = pino.destination({ dest: 1, sync: false });
  process.once('exit', () => {
    try {
      stream.flushSync();
    } catch {
      // Not open yet, or stdout closed: nothing can be written.
    }
  });
  return stream;
}

/**
 * JSON lines, or pretty colourized ones (pino-pretty, in pino's transport worker) for people at
 * a terminal: `format` pretty, or unset with stdout a TTY. Censoring happens before either.
 */
export function createLogger(level: string, destination?: DestinationStream, format?: 'json' | 'pretty'): Logger {
  const options = {
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    // Log objects are censored whole; a child's bindings, which pino serializes once and never
    // formats, by pino's redaction of the same keys at the top level (a lookup per key, unlike
    // its wildcard paths, which run on every value of every line).
    formatters: { log: (object: Record<string, unknown>) => censor(object) as Record<string, unknown> },
    redact: { paths: [...SECRET_KEYS], censor: CENSOR },
  };
  const pretty = destination === undefined && (format ?? (process.stdout.isTTY ? 'pretty' : 'json')) === 'pretty';
  if (!pretty) return pino(options, destination ?? asyncStdout());
  return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', singleLine: true } } });
}
