import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from './logger';

/**
 * A Redis client for state shared by instances. `purpose` names it in logs. A client that loses
 * Redis logs once (not at every reconnect attempt), keeps reconnecting, and logs again when back.
 * Commands of the command client fail at once while Redis is away (no offline queue): callers
 * decide what that means (events are logged as lost, rate limits fall back to this instance).
 */
export function createRedis(url: string, purpose: 'commands' | 'subscriber', log: Logger): Redis {
  const options: RedisOptions = purpose === 'commands'
    ? { enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 500, connectTimeout: 2_000 }
    : { maxRetriesPerRequest: null, connectTimeout: 2_000 };
  const client = new Redis(url, { ...options, retryStrategy: (times) => Math.min(times * 200, 2_000), lazyConnect: false });
  let down = false;
  client.on('error', (err: Error) => {
    if (down) return;
    down = true;
    log.warn({ redis: purpose, reason: err.message }, 'redis unreachable');
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    log.info({ redis: purpose }, 'redis reachable again');
  });
  return client;
}
