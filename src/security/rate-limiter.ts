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

/** A rate limiter: this instance's buckets, or buckets shared by every instance. */
export interface Limiter {
  readonly capacity: number;
  take(key: string, cost?: number): RateDecision | Promise<RateDecision>;
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

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * Token buckets by key: `capacity` tokens, refilled evenly over a minute. In memory, so each
 * gateway instance counts its own traffic; with Redis, RedisRateLimiter shares them and falls
 * back to these. Idle buckets are swept so keys cannot grow memory.
 */
export class RateLimiter implements Limiter {
  private readonly buckets = new Map<string, Bucket>();
  readonly perMs: number;
  private lastSweep = 0;

  constructor(
    readonly capacity: number,
    private readonly clock: Clock,
    windowMs = 60_000,
  ) {
    this.perMs = capacity / windowMs;
  }

  take(key: string, cost = 1): RateDecision {
    const now = this.clock.now().getTime();
    this.sweep(now);
    const b = this.buckets.get(key) ?? { tokens: this.capacity, updated: now };
    b.tokens = Math.min(this.capacity, b.tokens + (now - b.updated) * this.perMs);
    b.updated = now;
    const allowed = b.tokens >= cost;
    if (allowed) b.tokens -= cost;
    this.buckets.set(key, b);
    return decision(allowed, this.capacity, b.tokens, cost, this.perMs);
  }

  /** Reads a bucket without taking from it. */
  peek(key: string): RateDecision {
    return this.take(key, 0);
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, b] of this.buckets) if (b.tokens + (now - b.updated) * this.perMs >= this.capacity) this.buckets.delete(key);
  }
}
