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

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: redactPaths, censor: '[redacted]' },
    },
    destination,
  );
}
