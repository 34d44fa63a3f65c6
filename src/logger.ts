import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Anything that could carry a secret is censored by path, so a careless
 * `log.info({ input })` still cannot write a credential.
 */
const SECRET_KEYS = [
  'authorization',
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
  'secret',
  'token',
  'key',
];

const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  ...SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]),
];

/**
 * JSON lines, or pretty colourized ones (pino-pretty, in pino's transport worker) for people at
 * a terminal: `format` pretty, or unset with stdout a TTY. Redaction happens before either.
 */
export function createLogger(level: string, destination?: DestinationStream, format?: 'json' | 'pretty'): Logger {
  const options = {
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: redactPaths, censor: '[redacted]' },
  };
  const pretty = destination === undefined && (format ?? (process.stdout.isTTY ? 'pretty' : 'json')) === 'pretty';
  if (!pretty) return pino(options, destination);
  return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', singleLine: true } } });
}
