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

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * Token buckets by key: `capacity` tokens, refilled evenly over a minute. In memory, so each
 * gateway instance counts its own traffic (behind a load balancer the effective limit is the
 * per-instance limit times the instances). Idle buckets are swept so keys cannot grow memory.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
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
    return {
      allowed,
      limit: this.capacity,
      remaining: Math.floor(b.tokens),
      resetSeconds: Math.ceil((this.capacity - b.tokens) / this.perMs / 1000),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((cost - b.tokens) / this.perMs / 1000)),
    };
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
