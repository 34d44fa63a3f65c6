import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import { createDb, type Db } from './db/create-db';
import { migrateToLatest } from './db/migrate';
import type { Deps } from './domain/deps';
import type { Logger } from './logger';
import { createProviderRegistry } from './providers/registry';
import { loadKeyRing } from './security/key-ring-loader';
import { createEventBus } from './events/bus';
import { createRedisEventBus } from './events/redis-bus';

export interface Runtime {
  db: Db;
  deps: Deps;
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
      events: config.redisUrl ? createRedisEventBus(config.redisUrl, log) : createEventBus(log),
    };
    return {
      db,
      deps,
      close: async () => {
        await deps.events.close();
        await db.close();
      },
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}
