import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import { createDb, type Db } from './db/create-db';
import { migrateToLatest } from './db/migrate';
import type { Deps } from './domain/deps';
import type { Logger } from './logger';
import { createProviderRegistry } from './providers/registry';
import { loadKeyRing } from './security/key-ring-loader';
import { createEventBus } from './events/bus';
import type { Redis } from 'ioredis';
import { observePool } from './observability/metrics';
import { createAuthCache } from './domain/auth-cache';
import { verificationLine } from './domain/verification-line';
import { RateLimiter } from './security/rate-limiter';
import { WebhookWakeup } from './domain/webhook-wakeup';

export interface Runtime {
  db: Db;
  deps: Deps;
  /**
   * Tells the runtime where it is reached once it listens: the HTTP origin (used for the ingress
   * when TRUNKLINE_INGRESS_URL is unset) and the SIP ingress's URI.
   */
  listening(where: { origin?: string; sipUri?: string }): void;
  /** Commands client for state shared by instances (rate limits), when REDIS_URL is set. */
  redis: Redis | undefined;
  close(): Promise<void>;
}

/** The composition root: database (migrated), key ring, provider adapters, clock. */
export async function openRuntime(config: Config, log: Logger, clock: Clock = systemClock): Promise<Runtime> {
  const db = createDb(config.databaseUrl);
  try {
    await migrateToLatest(db);
    const keyRing = loadKeyRing({ secretKeys: config.secretKeys, sqliteFile: db.sqliteFile, engine: db.engine, log });
    const providers = createProviderRegistry(config, log);
    const reached: { origin?: string; sipUri?: string } = {};
    // Validated (and sealed) before anything opens a connection that a refusal would leave open.
    const line = verificationLine(config.testCalls.line, providers, keyRing);
    const redis = config.redisUrl ? (await import('./redis')).createRedis(config.redisUrl, 'commands', log) : undefined;
    // Shared by the instances with Redis, like the request budgets.
    const localBudget = new RateLimiter(config.testCalls.perOrgPer15Minutes, clock, 15 * 60_000);
    const testCallBudget = redis ? new (await import('./security/redis-rate-limiter')).RedisRateLimiter(redis, 'test-calls', localBudget, log) : localBudget;
    const deps: Deps = {
      db: db.kysely,
      engine: db.engine,
      clock,
      keyRing,
      providers,
      log,
      evidenceTtlSeconds: config.evidenceTtlSeconds,
      inbound: { voiceUrl: config.inboundVoiceUrl, sipUri: config.inboundSipUri },
      testCalls: {
        ingressOrigin: () => {
          const origin = config.ingressUrl ?? reached.origin;
          if (!origin) throw new Error('the ingress origin is not known before the server listens');
          return origin.replace(/\/$/, '');
        },
        ingressSipUri: () => config.testCalls.sipIngress?.publicUri ?? reached.sipUri ?? null,
        line,
        atVerification: config.testCalls.atVerification,
        timeoutMs: config.testCalls.timeoutSeconds * 1000,
        budget: testCallBudget,
      },
      webhooks: {
        targets: { allowLocalhost: config.webhooks.allowLocalhost, allowPrivate: config.webhooks.allowPrivate, extraPorts: config.webhooks.extraPorts },
        timeoutMs: config.webhooks.timeoutMs,
        wakeup: new WebhookWakeup(),
      },
      recheckIntervalSeconds: config.recheckIntervalSeconds,
      maxNumbersPerOrg: config.maxNumbersPerOrg,
      maxApiKeysPerOrg: config.maxApiKeysPerOrg,
      consoleOrigin: () => {
        const origin = config.consoleUrl ?? reached.origin;
        if (!origin) throw new Error('the console origin is not known before the server listens');
        return origin.replace(/\/$/, '');
      },
      authCache: createAuthCache(db.foreignCommits, clock),
      // ioredis is imported only when REDIS_URL names a Redis: a single instance never loads it.
      events: config.redisUrl ? (await import('./events/redis-bus')).createRedisEventBus(config.redisUrl, log) : createEventBus(log),
    };
    observePool(db.poolStats);
    return {
      db,
      deps,
      redis,
      listening: (where) => Object.assign(reached, where),
      close: async () => {
        await deps.events.close();
        redis?.disconnect();
        await db.close();
      },
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}
