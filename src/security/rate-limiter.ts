import type { Clock } from '../clock';

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
  /** When refused: seconds until one token is back. */
  retryAfterSeconds: number;
}

/** One bucket of a take: its key and how many tokens it holds (refilled evenly over the window). */
export interface BucketSpec {
  key: string;
  capacity: number;
}

/** A rate limiter: this instance's buckets, or buckets shared by every instance. */
export interface Limiter {
  readonly capacity: number;
  /** Takes from the bucket `key`, of the limiter's own capacity. */
  take(key: string, cost?: number): RateDecision | Promise<RateDecision>;
  /**
   * Takes `cost` from every bucket or from none (a request one bucket refuses spends nothing
   * from the others); the decision is the tightest bucket's (see tightest).
   */
  takeAll(buckets: readonly BucketSpec[], cost?: number): RateDecision | Promise<RateDecision>;
}

/** The decision for a bucket left with `tokens` (refilled at `perMs` tokens a millisecond). */
export function decision(allowed: boolean, capacity: number, tokens: number, cost: number, perMs: number): RateDecision {
  return {
    allowed,
    limit: capacity,
    remaining: Math.floor(tokens),
    resetSeconds: Math.ceil((capacity - tokens) / perMs / 1000),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((cost - tokens) / perMs / 1000)),
  };
}

/**
 * The decision of buckets taken together, from the tokens each holds after the take. Allowed:
 * the bucket with the fewest tokens left. Refused: of the buckets that lacked `cost`, the one
 * that makes the caller wait longest. The X-RateLimit-* headers a caller sees are that bucket's.
 */
export function tightest(allowed: boolean, buckets: readonly BucketSpec[], tokens: readonly number[], cost: number, windowMs: number): RateDecision {
  let best: RateDecision | undefined;
  buckets.forEach((b, i) => {
    const t = tokens[i]!;
    if (!allowed && t >= cost) return; // this bucket had enough: the others decide the wait
    const d = decision(allowed, b.capacity, t, cost, b.capacity / windowMs);
    if (!best || (allowed ? d.remaining < best.remaining : d.retryAfterSeconds > best.retryAfterSeconds)) best = d;
  });
  return best!;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * Token buckets by key: `capacity` tokens (or a bucket's own, in takeAll), refilled evenly over
 * a minute. In memory, so each gateway instance counts its own traffic; with Redis,
 * RedisRateLimiter shares them and falls back to these. Idle buckets are swept so keys cannot
 * grow memory.
 */
export class RateLimiter implements Limiter {
  private readonly buckets = new Map<string, Bucket & { capacity: number }>();
  readonly perMs: number;
  private lastSweep = 0;

  constructor(
    readonly capacity: number,
    private readonly clock: Clock,
    readonly windowMs = 60_000,
  ) {
    this.perMs = capacity / windowMs;
  }

  take(key: string, cost = 1): RateDecision {
    return this.takeAll([{ key, capacity: this.capacity }], cost);
  }

  takeAll(specs: readonly BucketSpec[], cost = 1): RateDecision {
    const now = this.clock.now().getTime();
    this.sweep(now);
    const buckets = specs.map(({ key, capacity }) => {
      const b = this.buckets.get(key) ?? { tokens: capacity, updated: now, capacity };
      b.tokens = Math.min(capacity, b.tokens + (now - b.updated) * (capacity / this.windowMs));
      b.updated = now;
      b.capacity = capacity;
      this.buckets.set(key, b);
      return b;
    });
    const allowed = buckets.every((b) => b.tokens >= cost);
    if (allowed) for (const b of buckets) b.tokens -= cost;
    return tightest(allowed, specs, buckets.map((b) => b.tokens), cost, this.windowMs);
  }

  /** Reads a bucket without taking from it. */
  peek(key: string): RateDecision {
    return this.take(key, 0);
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, b] of this.buckets) if (b.tokens + (now - b.updated) * (b.capacity / this.windowMs) >= b.capacity) this.buckets.delete(key);
  }
}
