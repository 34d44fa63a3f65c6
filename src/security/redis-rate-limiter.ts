import type { Redis } from 'ioredis';
import type { Logger } from '../logger';
import { tightest, type BucketSpec, type Limiter, type RateDecision, type RateLimiter } from './rate-limiter';

/**
 * The token buckets of rate-limiter.ts, kept in Redis so every instance takes from the same
 * ones. One Lua script per take reads, refills and takes every bucket of the take atomically
 * (all or none: a request's key and organization buckets in one round trip), on Redis's own
 * clock (instances' clocks may differ). A bucket expires once it would be full again.
 * KEYS: the buckets; ARGV: cost, window in ms, then each bucket's capacity.
 */
const TAKE = `
local cost = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local tokens = {}
local allowed = 1
for i, key in ipairs(KEYS) do
  local capacity = tonumber(ARGV[i + 2])
  local b = redis.call('HMGET', key, 'tokens', 'updated')
  local v = tonumber(b[1]) or capacity
  local updated = tonumber(b[2]) or now
  v = math.min(capacity, v + math.max(0, now - updated) * capacity / window)
  if v < cost then allowed = 0 end
  tokens[i] = v
end
local out = { allowed }
for i, key in ipairs(KEYS) do
  local capacity = tonumber(ARGV[i + 2])
  if allowed == 1 then tokens[i] = tokens[i] - cost end
  redis.call('HSET', key, 'tokens', tostring(tokens[i]), 'updated', now)
  redis.call('PEXPIRE', key, math.ceil((capacity - tokens[i]) * window / capacity) + 1000)
  out[i + 1] = tostring(tokens[i])
end
return out
`;

/**
 * When Redis cannot answer (down, slow past the client's command timeout), the take falls back
 * to this instance's own buckets: limits still hold per instance rather than not at all (fail
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

  take(key: string, cost = 1): Promise<RateDecision> {
    return this.takeAll([{ key, capacity: this.capacity }], cost);
  }

  async takeAll(buckets: readonly BucketSpec[], cost = 1): Promise<RateDecision> {
    try {
      const keys = buckets.map((b) => `trunkline:rl:${this.name}:${b.key}`);
      const [allowed, ...tokens] = (await this.redis.eval(TAKE, keys.length, ...keys, cost, this.fallback.windowMs, ...buckets.map((b) => b.capacity))) as [number, ...string[]];
      if (this.degraded) {
        this.degraded = false;
        this.log.info({ budget: this.name }, 'shared rate limits restored');
      }
      return tightest(allowed === 1, buckets, tokens.map(Number), cost, this.fallback.windowMs);
    } catch (err) {
      if (!this.degraded) {
        this.degraded = true;
        this.log.warn({ budget: this.name, reason: err instanceof Error ? err.message : String(err) }, 'shared rate limits unavailable: limiting per instance');
      }
      return this.fallback.takeAll(buckets, cost);
    }
  }
}
