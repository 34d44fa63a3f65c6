import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger';
import { createRedis } from '../redis';
import { createEventBus, type EventBus } from './bus';

/**
 * The bus across instances: Redis pub/sub, so a subscriber on any instance sees a change made on
 * any other. While Redis is away, publishing fails at once and each lost event is logged (the
 * write stands); the subscriber reconnects and resubscribes by itself.
 */
export function createRedisEventBus(url: string, log: Logger): EventBus {
  const publisher = createRedis(url, 'commands', log);
  const subscriber = createRedis(url, 'subscriber', log);
  const publishClient = {
    publish: (channel: string, message: string) =>
      publisher.publish(channel, message).catch((err: Error) => log.warn({ channel: channel.replace(/:\d+$/, ''), reason: err.message }, 'event lost')),
  } as unknown as Redis;
  const target = createRedisEventTarget({ publishClient, subscribeClient: subscriber });
  return createEventBus(log, target as never, async () => {
    publisher.disconnect();
    subscriber.disconnect();
  });
}
