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

export interface Runtime {
  db: Db;
  deps: Deps;
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
    const deps: Deps = {
      db: db.kysely,
      engine: db.engine,
      clock,
      keyRing,
      providers: createProviderRegistry(config, log),
      log,
      evidenceTtlSeconds: config.evidenceTtlSeconds,
      inbound: { voiceUrl: config.inboundVoiceUrl, sipUri: config.inboundSipUri },
      recheckIntervalSeconds: config.recheckIntervalSeconds,
      maxNumbersPerOrg: config.maxNumbersPerOrg,
      maxApiKeysPerOrg: config.maxApiKeysPerOrg,
      authCache: createAuthCache(db.foreignCommits, clock),
      // ioredis is imported only when REDIS_URL names a Redis: a single instance never loads it.
      events: config.redisUrl ? (await import('./events/redis-bus')).createRedisEventBus(config.redisUrl, log) : createEventBus(log),
    };
    const redis = config.redisUrl ? (await import('./redis')).createRedis(config.redisUrl, 'commands', log) : undefined;
    observePool(db.poolStats);
    return {
      db,
      deps,
      redis,
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
