import type { Redis } from 'ioredis';
import type { Logger } from '../logger';
import { decision, type Limiter, type RateDecision, type RateLimiter } from './rate-limiter';

/**
 * The token bucket of rate-limiter.ts, kept in Redis so every instance takes from one bucket.
 * One Lua script per take reads, refills and takes atomically, on Redis's own clock (instances'
 * clocks may differ). The bucket expires once it would be full again.
 */
const TAKE = `
local capacity = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local b = redis.call('HMGET', KEYS[1], 'tokens', 'updated')
local tokens = tonumber(b[1]) or capacity
local updated = tonumber(b[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - updated) * per_ms)
local allowed = 0
if tokens >= cost then
  tokens = tokens - cost
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', now)
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / per_ms) + 1000)
return { allowed, tostring(tokens) }
`;

/**
 * When Redis cannot answer (down, slow past the client's command timeout), the take falls back
 * to this instance's own bucket: limits still hold per instance rather than not at all (fail
 * open to the local limit), and a warning is logged once per outage.
 */
export class RedisRateLimiter implements Limiter {
  private degraded = false;

  constructor(
    private readonly redis: Redis,
    private readonly name: string,
    private readonly fallback: RateLimiter,
    private readonly log: Logger,
  ) {}

  get capacity(): number {
    return this.fallback.capacity;
  }

  async take(key: string, cost = 1): Promise<RateDecision> {
    try {
      const [allowed, tokens] = (await this.redis.eval(TAKE, 1, `trunkline:rl:${this.name}:${key}`, this.capacity, this.fallback.perMs, cost)) as [number, string];
      if (this.degraded) {
        this.degraded = false;
        this.log.info({ budget: this.name }, 'shared rate limits restored');
      }
      return decision(allowed === 1, this.capacity, Number(tokens), cost, this.fallback.perMs);
    } catch (err) {
      if (!this.degraded) {
        this.degraded = true;
        this.log.warn({ budget: this.name, reason: err instanceof Error ? err.message : String(err) }, 'shared rate limits unavailable: limiting per instance');
      }
      return this.fallback.take(key, cost);
    }
  }
}
