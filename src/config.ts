import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseProxyEntry } from './security/proxy-entry';

/** Boolean environment flags accept the usual spellings; anything else is an error, not `false`. */
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const databaseUrl = z
  .string()
  .refine((v) => /^sqlite:.+/.test(v) || /^postgres(ql)?:\/\/.+/.test(v), {
    message: 'must be sqlite:<file>, sqlite::memory: or postgres://…',
  });

const secretKeys = z
  .string()
  .refine(
    (v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .every((entry) => /^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=]{43,44}$/.test(entry) && Buffer.from(entry.split(':')[1]!, 'base64').length === 32),
    { message: 'must be id:base64key[,id:base64key…] with 32-byte keys' },
  );

/** Exact origins (`https://app.example.com`: no path, no wildcard, never `null`), comma-separated. */
const origins = z.string().refine(
  (v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .every((o) => {
        try {
          const url = new URL(o);
          return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === o;
        } catch {
          return false;
        }
      }),
  { message: 'must be exact origins (scheme://host[:port]), comma-separated' },
);

const seconds = (def: number) => z.coerce.number().int().positive().default(def);
const millis = (def: number) => z.coerce.number().int().positive().default(def);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z.string().default('development'),
  DATABASE_URL: databaseUrl.default('sqlite:./data/trunkline.db'),
  TRUNKLINE_DEMO_DATABASE_URL: databaseUrl.default('sqlite:./data/demo.db'),
  TRUNKLINE_BOOTSTRAP_API_KEY: z
    .string()
    .regex(/^sk_live_[A-Za-z0-9_-]{16,}$/, 'must look like sk_live_ followed by at least 16 characters')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  TRUNKLINE_SECRET_KEYS: secretKeys.optional(),
  TRUNKLINE_EVIDENCE_TTL_SECONDS: seconds(600),
  TRUNKLINE_INBOUND_VOICE_URL: z.url().default('https://voice.trunkline.example/inbound'),
  /** The public origin providers reach Trunkline's HTTP ingress at (/ingress/…); unset: the listening address. */
  TRUNKLINE_INGRESS_URL: z.url().optional(),
  /** The public origin of the console, where connect links open (/connect/…); unset: the listening address. */
  TRUNKLINE_CONSOLE_URL: z.url().optional(),
  TRUNKLINE_INBOUND_SIP_URI: z
    .string()
    .regex(/^sips?:[^\s]+$/, 'must be a sip: or sips: URI')
    .default('sip:inbound.trunkline.example'),
  TRUNKLINE_ALLOW_PRIVATE_SIP: flag.default(false),
  PROVIDER_TIMEOUT_MS: millis(10_000),
  PROVIDER_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  SIP_OPTIONS_TIMEOUT_MS: millis(3_000),
  SIP_TLS_CA_FILE: z.string().optional(),
  TRUNKLINE_RECHECK_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(21_600),
  TRUNKLINE_AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).default(400),
  TRUNKLINE_MAX_NUMBERS_PER_ORG: z.coerce.number().int().min(1).default(100_000),
  REDIS_URL: z.string().regex(/^rediss?:\/\/.+/, 'must be redis://… or rediss://…').optional(),
  TWILIO_API_BASE_URL: z.url().default('https://api.twilio.com'),
  TELNYX_API_BASE_URL: z.url().default('https://api.telnyx.com'),
  SIGNALWIRE_API_BASE_URL: z
    .string()
    .refine((v) => z.url().safeParse(v.replace('{space}', 'space')).success, { message: 'must be a URL' })
    .default('https://{space}.signalwire.com'),
  VONAGE_REST_BASE_URL: z.url().default('https://rest.nexmo.com'),
  VONAGE_API_BASE_URL: z.url().default('https://api.nexmo.com'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  PROVIDER_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(60),
  AUTH_FAILURE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
  /** Unset: three times the per-key value (an organization may run a few keys at full speed, not fifty). */
  RATE_LIMIT_PER_MINUTE_PER_ORG: z.coerce.number().int().positive().optional(),
  PROVIDER_RATE_LIMIT_PER_MINUTE_PER_ORG: z.coerce.number().int().positive().optional(),
  TRUNKLINE_TRUSTED_PROXIES: z
    .string()
    .refine((v) => v.split(',').every((entry) => parseProxyEntry(entry) !== null), { message: 'must be IP addresses or CIDR blocks, comma-separated' })
    .optional(),
  TRUNKLINE_MAX_API_KEYS_PER_ORG: z.coerce.number().int().positive().default(50),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().positive().default(10),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(15),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().positive().default(2000),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(50),
  GRAPHQL_MAX_COST: z.coerce.number().int().positive().default(5000),
  TRUNKLINE_GRAPHQL_JIT: flag.default(true),
  TRUNKLINE_CORS_ORIGINS: origins.optional(),
  HTTP_REQUEST_TIMEOUT_MS: millis(30_000),
  HTTP_HEADERS_TIMEOUT_MS: millis(15_000),
  TRUNKLINE_MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(0).default(256),
  /** Unset: 5000 with NODE_ENV=production (behind a load balancer), 0 otherwise (a stop at a terminal is not kept waiting). */
  TRUNKLINE_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).optional(),
  TRUNKLINE_MAX_STREAMS_PER_KEY: z.coerce.number().int().positive().default(20),
  TRUNKLINE_MAX_OPERATIONS_PER_STREAM: z.coerce.number().int().positive().default(50),
  // Test calls (issue 24). The verification line: a number on the operator's own provider account.
  TRUNKLINE_VERIFICATION_LINE_PROVIDER: z.enum(['twilio', 'telnyx', 'signalwire', 'vonage', 'manual']).optional(),
  TRUNKLINE_VERIFICATION_LINE_NUMBER: z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number (+ and 7 to 15 digits)').optional(),
  /** JSON: the line's credentials, with the provider's credential field names (and its signing_secret). */
  TRUNKLINE_VERIFICATION_LINE_CREDENTIALS: z.string().optional(),
  /** JSON: the line's sip_config, when its provider takes one. */
  TRUNKLINE_VERIFICATION_LINE_SIP_CONFIG: z.string().optional(),
  TRUNKLINE_TEST_CALL_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(120).default(20),
  /** Whether verify-voip places its two test calls (false: it checks the settings only, as before issue 24). */
  TRUNKLINE_VERIFY_WITH_CALLS: flag.default(true),
  /** Test calls an organization may start per 15 minutes (verifications included). */
  TRUNKLINE_TEST_CALLS_PER_ORG: z.coerce.number().int().positive().default(10),
  /** host:port where the SIP ingress listens (UDP and TCP; port 0: any free port); unset: no SIP ingress. */
  TRUNKLINE_SIP_INGRESS_LISTEN: z.string().regex(/^(\[[0-9a-fA-F:.]+\]|[^\s:]+):\d{1,5}$/, 'must be host:port').optional(),
  /** The SIP URI providers reach the SIP ingress at; unset: sip:<listen host>:<port>. */
  TRUNKLINE_INGRESS_SIP_URI: z.string().regex(/^sips?:[^\s]+$/, 'must be a sip: or sips: URI').optional(),
  /** Sources (CIDR) whose INVITEs the SIP ingress takes: the carriers' signalling ranges. */
  TRUNKLINE_SIP_TRUSTED_SOURCES: z
    .string()
    .refine((v) => v.split(',').every((entry) => parseProxyEntry(entry) !== null), { message: 'must be IP addresses or CIDR blocks, comma-separated' })
    .default('127.0.0.1/32,::1/128'),
  /** Port (on the listen host; 0: any free port) where the SIP ingress also takes SIP over TLS; all three TLS settings or none. */
  TRUNKLINE_SIP_INGRESS_TLS_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  /** PEM certificate (chain) the SIP ingress presents on its TLS port. */
  TRUNKLINE_SIP_INGRESS_TLS_CERT_FILE: z.string().optional(),
  /** PEM private key of that certificate. */
  TRUNKLINE_SIP_INGRESS_TLS_KEY_FILE: z.string().optional(),
  // Webhooks (issue 25).
  /** Whether endpoints may be http://localhost / 127.0.0.1 / [::1] on any port (development). Unset: yes, except with NODE_ENV=production. */
  TRUNKLINE_WEBHOOK_ALLOW_LOCALHOST: flag.optional(),
  /** Whether endpoints may resolve to private-network addresses (an operator whose receivers live on its own network). Loopback, link-local and metadata stay refused. */
  TRUNKLINE_WEBHOOK_ALLOW_PRIVATE: flag.default(false),
  /** Ports endpoints may use beside 443 and 80, comma-separated. */
  TRUNKLINE_WEBHOOK_PORTS: z
    .string()
    .refine((v) => v === '' || v.split(',').every((p) => /^\d{1,5}$/.test(p.trim()) && Number(p) > 0 && Number(p) < 65_536), { message: 'must be port numbers, comma-separated' })
    .default(''),
  /** How long a receiver has to answer one delivery. */
  TRUNKLINE_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Deliveries one instance attempts at once (all endpoints together). */
  TRUNKLINE_WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(1_000).default(32),
  /** Webhook events (with their delivery logs) older than this are pruned once they owe nothing, once a day across instances. */
  TRUNKLINE_WEBHOOK_RETENTION_DAYS: z.coerce.number().int().positive().default(30),
  /** How often each instance looks for due deliveries (retries, other instances' writes); its own writes wake it at once. */
  TRUNKLINE_WEBHOOK_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
});

export type Config = Readonly<{
  port: number;
  host: string;
  production: boolean;
  databaseUrl: string;
  /** `npm run demo` keeps to this database, never DATABASE_URL: simulated connections stay apart from real ones. */
  demoDatabaseUrl: string;
  bootstrapApiKey: string | undefined;
  logLevel: string;
  /** pretty (colourized lines) or json; unset: pretty when stdout is a terminal. */
  logFormat: 'json' | 'pretty' | undefined;
  /** Where GET /metrics is served (METRICS_PORT, METRICS_HOST); unset: nowhere. */
  metrics: { port: number; host: string } | undefined;
  secretKeys: string | undefined;
  evidenceTtlSeconds: number;
  /** The platform's voice URL and SIP URI: where Trunkline's ingress hands every call that is not a test call. */
  inboundVoiceUrl: string;
  inboundSipUri: string;
  /**
   * TRUNKLINE_INGRESS_URL: the public origin of the HTTP ingress, as providers call it (behind a
   * proxy, the proxy's). Webhook signatures cover this URL, so the ingress checks them against it,
   * never against the Host header. Unset: the address the server listens at.
   */
  ingressUrl: string | undefined;
  /** TRUNKLINE_CONSOLE_URL: the public origin of the console, which connect links' URLs start with. Unset: the address the server listens at. */
  consoleUrl: string | undefined;
  testCalls: {
    timeoutSeconds: number;
    perOrgPer15Minutes: number;
    atVerification: boolean;
    /** The operator's verification line, as configured (credentials still JSON text: the runtime validates and seals them). */
    line: { provider: string; number: string; credentialsJson: string; sipConfigJson: string | undefined } | undefined;
    sipIngress: {
      host: string;
      port: number;
      publicUri: string | undefined;
      trustedSources: string[];
      /** SIP over TLS on a port of its own; cert and key are PEM text (the key is a secret: never logged). */
      tls?: { port: number; cert: string; key: string };
    } | undefined;
  };
  allowPrivateSip: boolean;
  webhooks: Readonly<{
    allowLocalhost: boolean;
    allowPrivate: boolean;
    extraPorts: number[];
    timeoutMs: number;
    concurrency: number;
    pollMs: number;
    retentionDays: number;
  }>;
  providerTimeoutMs: number;
  providerRetries: number;
  sipOptionsTimeoutMs: number;
  /** Extra certificate authorities (PEM) trusted for TLS trunks, beside the system's. */
  sipTlsCa: string | undefined;
  /** Shared by instances: events, rate limits. Unset: both stay in this process. */
  redisUrl: string | undefined;
  recheckIntervalSeconds: number;
  /** Audit events older than this are pruned, once a day across instances (TRUNKLINE_AUDIT_RETENTION_DAYS). */
  auditRetentionDays: number;
  /** Phone-number rows an organization may hold, released ones included (TRUNKLINE_MAX_NUMBERS_PER_ORG). */
  maxNumbersPerOrg: number;
  rateLimits: Readonly<{
    /** Every request, per key (and per client address when anonymous). */
    perMinute: number;
    /** Every request, per organization: all its keys together. */
    perOrgPerMinute: number;
    /** Requests that reach a provider, per key. */
    providerPerMinute: number;
    /** Requests that reach a provider, per organization. */
    providerPerOrgPerMinute: number;
    /** Failed authentications, per client address. */
    authFailuresPerMinute: number;
    /** TRUNKLINE_TRUSTED_PROXIES: peers whose X-Forwarded-For names the client; empty: none. */
    trustedProxies: readonly string[];
  }>;
  /** Active API keys an organization may hold (TRUNKLINE_MAX_API_KEYS_PER_ORG). */
  maxApiKeysPerOrg: number;
  graphqlLimits: Readonly<{ depth: number; aliases: number; tokens: number; directives: number; cost: number }>;
  /** Queries and mutations run compiled by graphql-jit (TRUNKLINE_GRAPHQL_JIT; off: graphql-js's interpreter). */
  graphqlJit: boolean;
  /** Browser origins allowed to call the API cross-origin (TRUNKLINE_CORS_ORIGINS); empty: none. */
  corsOrigins: readonly string[];
  /** The public listener's bounds on slow requests and on connections per client address (0: no cap). */
  http: Readonly<{ requestTimeoutMs: number; headersTimeoutMs: number; maxConnectionsPerAddress: number }>;
  /** On shutdown, how long readiness fails while the instance still serves, before it stops accepting (TRUNKLINE_SHUTDOWN_GRACE_MS). */
  shutdownGraceMs: number;
  /** Event streams open at once per API key on this instance (distinct subscriptions and single-connection streams), and operations per single-connection stream. */
  streamLimits: Readonly<{ perKey: number; operationsPerStream: number }>;
  baseUrls: Readonly<{
    twilio: string;
    telnyx: string;
    signalwire: string;
    vonageRest: string;
    vonageApi: string;
  }>;
}>;

export class ConfigError extends Error {}

/**
 * Reads the environment into a typed config. A bad value throws a ConfigError whose message is
 * one line naming the variable (never its value: it may be a secret).
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid configuration: ${String(issue.path[0])} ${issue.message}`);
  }
  const e = parsed.data;
  let sipTlsCa: string | undefined;
  if (e.SIP_TLS_CA_FILE) {
    try {
      sipTlsCa = readFileSync(e.SIP_TLS_CA_FILE, 'utf8');
    } catch {
      throw new ConfigError('Invalid configuration: SIP_TLS_CA_FILE cannot be read');
    }
  }
  const sipIngressTls = sipIngressTlsOf(e);
  // Node refuses a headers timeout longer than the whole request's.
  if (e.HTTP_HEADERS_TIMEOUT_MS > e.HTTP_REQUEST_TIMEOUT_MS) throw new ConfigError('Invalid configuration: HTTP_HEADERS_TIMEOUT_MS must not exceed HTTP_REQUEST_TIMEOUT_MS');
  return {
    port: e.PORT,
    host: e.HOST,
    production: e.NODE_ENV === 'production',
    databaseUrl: e.DATABASE_URL,
    demoDatabaseUrl: e.TRUNKLINE_DEMO_DATABASE_URL,
    bootstrapApiKey: e.TRUNKLINE_BOOTSTRAP_API_KEY,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    metrics: e.METRICS_PORT === undefined ? undefined : { port: e.METRICS_PORT, host: e.METRICS_HOST },
    secretKeys: e.TRUNKLINE_SECRET_KEYS,
    evidenceTtlSeconds: e.TRUNKLINE_EVIDENCE_TTL_SECONDS,
    inboundVoiceUrl: e.TRUNKLINE_INBOUND_VOICE_URL,
    inboundSipUri: e.TRUNKLINE_INBOUND_SIP_URI,
    ingressUrl: e.TRUNKLINE_INGRESS_URL,
    consoleUrl: e.TRUNKLINE_CONSOLE_URL,
    testCalls: {
      timeoutSeconds: e.TRUNKLINE_TEST_CALL_TIMEOUT_SECONDS,
      atVerification: e.TRUNKLINE_VERIFY_WITH_CALLS,
      perOrgPer15Minutes: e.TRUNKLINE_TEST_CALLS_PER_ORG,
      line: verificationLine(e),
      sipIngress: e.TRUNKLINE_SIP_INGRESS_LISTEN === undefined ? undefined : {
        host: e.TRUNKLINE_SIP_INGRESS_LISTEN.slice(0, e.TRUNKLINE_SIP_INGRESS_LISTEN.lastIndexOf(':')).replace(/^\[|\]$/g, ''),
        port: Number(e.TRUNKLINE_SIP_INGRESS_LISTEN.slice(e.TRUNKLINE_SIP_INGRESS_LISTEN.lastIndexOf(':') + 1)),
        publicUri: e.TRUNKLINE_INGRESS_SIP_URI,
        trustedSources: e.TRUNKLINE_SIP_TRUSTED_SOURCES.split(',').map((s) => s.trim()),
        tls: sipIngressTls,
      },
    },
    allowPrivateSip: e.TRUNKLINE_ALLOW_PRIVATE_SIP,
    webhooks: {
      allowLocalhost: e.TRUNKLINE_WEBHOOK_ALLOW_LOCALHOST ?? e.NODE_ENV !== 'production',
      allowPrivate: e.TRUNKLINE_WEBHOOK_ALLOW_PRIVATE,
      extraPorts: e.TRUNKLINE_WEBHOOK_PORTS === '' ? [] : e.TRUNKLINE_WEBHOOK_PORTS.split(',').map((p) => Number(p.trim())),
      timeoutMs: e.TRUNKLINE_WEBHOOK_TIMEOUT_MS,
      concurrency: e.TRUNKLINE_WEBHOOK_CONCURRENCY,
      pollMs: e.TRUNKLINE_WEBHOOK_POLL_MS,
      retentionDays: e.TRUNKLINE_WEBHOOK_RETENTION_DAYS,
    },
    providerTimeoutMs: e.PROVIDER_TIMEOUT_MS,
    providerRetries: e.PROVIDER_RETRIES,
    sipOptionsTimeoutMs: e.SIP_OPTIONS_TIMEOUT_MS,
    sipTlsCa,
    redisUrl: e.REDIS_URL,
    recheckIntervalSeconds: e.TRUNKLINE_RECHECK_INTERVAL_SECONDS,
    auditRetentionDays: e.TRUNKLINE_AUDIT_RETENTION_DAYS,
    maxNumbersPerOrg: e.TRUNKLINE_MAX_NUMBERS_PER_ORG,
    rateLimits: {
      perMinute: e.RATE_LIMIT_PER_MINUTE,
      perOrgPerMinute: e.RATE_LIMIT_PER_MINUTE_PER_ORG ?? 3 * e.RATE_LIMIT_PER_MINUTE,
      providerPerMinute: e.PROVIDER_RATE_LIMIT_PER_MINUTE,
      providerPerOrgPerMinute: e.PROVIDER_RATE_LIMIT_PER_MINUTE_PER_ORG ?? 3 * e.PROVIDER_RATE_LIMIT_PER_MINUTE,
      authFailuresPerMinute: e.AUTH_FAILURE_LIMIT_PER_MINUTE,
      trustedProxies: e.TRUNKLINE_TRUSTED_PROXIES ? e.TRUNKLINE_TRUSTED_PROXIES.split(',').map((s) => s.trim()) : [],
    },
    maxApiKeysPerOrg: e.TRUNKLINE_MAX_API_KEYS_PER_ORG,
    corsOrigins: e.TRUNKLINE_CORS_ORIGINS ? e.TRUNKLINE_CORS_ORIGINS.split(',').map((o) => o.trim()) : [],
    http: { requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS, headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS, maxConnectionsPerAddress: e.TRUNKLINE_MAX_CONNECTIONS_PER_ADDRESS },
    shutdownGraceMs: e.TRUNKLINE_SHUTDOWN_GRACE_MS ?? (e.NODE_ENV === 'production' ? 5_000 : 0),
    graphqlLimits: { depth: e.GRAPHQL_MAX_DEPTH, aliases: e.GRAPHQL_MAX_ALIASES, tokens: e.GRAPHQL_MAX_TOKENS, directives: e.GRAPHQL_MAX_DIRECTIVES, cost: e.GRAPHQL_MAX_COST },
    graphqlJit: e.TRUNKLINE_GRAPHQL_JIT,
    streamLimits: { perKey: e.TRUNKLINE_MAX_STREAMS_PER_KEY, operationsPerStream: e.TRUNKLINE_MAX_OPERATIONS_PER_STREAM },
    baseUrls: {
      twilio: e.TWILIO_API_BASE_URL,
      telnyx: e.TELNYX_API_BASE_URL,
      signalwire: e.SIGNALWIRE_API_BASE_URL,
      vonageRest: e.VONAGE_REST_BASE_URL,
      vonageApi: e.VONAGE_API_BASE_URL,
    },
  };
}

/** The verification line's settings: all three of provider, number and credentials, or none. */
function verificationLine(e: z.infer<typeof envSchema>): Config['testCalls']['line'] {
  const given = [e.TRUNKLINE_VERIFICATION_LINE_PROVIDER, e.TRUNKLINE_VERIFICATION_LINE_NUMBER, e.TRUNKLINE_VERIFICATION_LINE_CREDENTIALS];
  if (given.every((v) => v === undefined)) return undefined;
  if (given.some((v) => v === undefined)) {
    throw new ConfigError('Invalid configuration: TRUNKLINE_VERIFICATION_LINE_PROVIDER, _NUMBER and _CREDENTIALS go together');
  }
  return {
    provider: e.TRUNKLINE_VERIFICATION_LINE_PROVIDER!,
    number: e.TRUNKLINE_VERIFICATION_LINE_NUMBER!,
    credentialsJson: e.TRUNKLINE_VERIFICATION_LINE_CREDENTIALS!,
    sipConfigJson: e.TRUNKLINE_VERIFICATION_LINE_SIP_CONFIG,
  };
}

const SIP_INGRESS_TLS = ['TRUNKLINE_SIP_INGRESS_TLS_PORT', 'TRUNKLINE_SIP_INGRESS_TLS_CERT_FILE', 'TRUNKLINE_SIP_INGRESS_TLS_KEY_FILE'] as const;

/**
 * The SIP ingress's TLS settings: all three or none (a port without a certificate, or a
 * certificate nobody serves, is a mistake to stop at, not to guess around). The files are read
 * here so that a wrong path stops the start with one line naming the variable.
 */
function sipIngressTlsOf(e: z.infer<typeof envSchema>): { port: number; cert: string; key: string } | undefined {
  const missing = SIP_INGRESS_TLS.filter((name) => e[name] === undefined);
  if (missing.length === SIP_INGRESS_TLS.length) return undefined;
  if (missing.length > 0) throw new ConfigError(`Invalid configuration: ${missing[0]} must be set with ${SIP_INGRESS_TLS.filter((n) => !missing.includes(n)).join(' and ')}`);
  if (e.TRUNKLINE_SIP_INGRESS_LISTEN === undefined) throw new ConfigError('Invalid configuration: TRUNKLINE_SIP_INGRESS_LISTEN must be set for the SIP ingress to serve TLS');
  const read = (name: 'TRUNKLINE_SIP_INGRESS_TLS_CERT_FILE' | 'TRUNKLINE_SIP_INGRESS_TLS_KEY_FILE') => {
    try {
      return readFileSync(e[name]!, 'utf8');
    } catch {
      throw new ConfigError(`Invalid configuration: ${name} cannot be read`);
    }
  };
  return { port: e.TRUNKLINE_SIP_INGRESS_TLS_PORT!, cert: read('TRUNKLINE_SIP_INGRESS_TLS_CERT_FILE'), key: read('TRUNKLINE_SIP_INGRESS_TLS_KEY_FILE') };
}
