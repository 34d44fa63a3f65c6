import { GraphQLError } from 'graphql';
import { metrics } from '../observability/metrics';
import type { Plugin } from 'graphql-yoga';
import type { Clock } from '../clock';
import type { Deps, Principal } from '../domain/deps';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger';
import { RateLimiter, type Limiter, type RateDecision } from '../security/rate-limiter';
import { RedisRateLimiter } from '../security/redis-rate-limiter';
import { problem, problemResponse, type Problem } from '../rest/problem';
import { clientAddress } from './client-address';
import { databaseUnavailableProblem, isDatabaseUnavailable } from '../db/unavailable';
import { authOf } from './request-auth';
import type { RequestView } from './request-view';

export interface RateLimits {
  perMinute: number;
  providerPerMinute: number;
  authFailuresPerMinute: number;
}

export type SharedLimits = { redis: Redis; log: Logger };

/** One budget: this instance's buckets, or (with Redis) the buckets every instance shares. */
export function limiterFor(name: string, capacity: number, clock: Clock, shared?: SharedLimits): Limiter {
  const local = new RateLimiter(capacity, clock);
  return shared ? new RedisRateLimiter(shared.redis, name, local, shared.log) : local;
}

/**
 * The three budgets: every request, requests that reach a provider, failed authentications. Per
 * instance, or with Redis one set of buckets for every instance.
 */
export class RateLimiters {
  readonly requests: Limiter;
  readonly provider: Limiter;
  readonly authFailures: Limiter;
  private readonly decisions = new WeakMap<RequestView, RateDecision>();

  constructor(limits: RateLimits, clock: Clock, shared?: SharedLimits) {
    this.requests = limiterFor('requests', limits.perMinute, clock, shared);
    this.provider = limiterFor('provider', limits.providerPerMinute, clock, shared);
    this.authFailures = limiterFor('auth-failures', limits.authFailuresPerMinute, clock, shared);
  }

  /** Takes from the provider budget of the request's key; the decision shown in headers becomes this one. */
  async takeProvider(request: RequestView, apiKeyId: number): Promise<RateDecision> {
    const d = await this.provider.take(`key:${apiKeyId}`);
    this.decisions.set(request, d);
    return d;
  }

  record(request: RequestView, d: RateDecision): void {
    this.decisions.set(request, d);
  }

  decisionFor(request: RequestView): RateDecision | undefined {
    return this.decisions.get(request);
  }
}

export function rateLimitHeaders(d: RateDecision): Record<string, string> {
  return {
    'x-ratelimit-limit': String(d.limit),
    'x-ratelimit-remaining': String(d.remaining),
    'x-ratelimit-reset': String(d.resetSeconds),
    ...(d.allowed ? {} : { 'retry-after': String(d.retryAfterSeconds) }),
  };
}

function tooManyRequests(d: RateDecision, detail = 'Too many requests: slow down and retry after the Retry-After delay.'): Problem {
  return problem(429, 'rate_limited', detail, { headers: rateLimitHeaders(d) });
}

/**
 * Whether a request may go on, before any work: null, or the problem that answers it (503 while
 * the database that holds the keys is away, 429 over a budget). Records the decision whose
 * headers the answer carries.
 */
export async function admit(deps: Deps, limiters: RateLimiters, request: RequestView, address: string): Promise<Problem | null> {
  let auth;
  try {
    auth = await authOf(deps, request);
  } catch (err) {
    // Keys are checked against the database: while it is away, say so (readyz says the same).
    if (isDatabaseUnavailable(err)) return databaseUnavailableProblem();
    throw err;
  }
  const { principal, authError } = auth;
  if (authError?.code === 'invalid_api_key') {
    const failures = await limiters.authFailures.take(`addr:${address}`);
    if (!failures.allowed) {
      metrics.rateLimited.inc({ budget: 'auth_failures' });
      return tooManyRequests(failures, 'Too many failed authentications from this address.');
    }
  }
  const d = await limiters.requests.take(principal ? `key:${principal.apiKeyId}` : `addr:${address}`);
  limiters.record(request, d);
  if (!d.allowed) {
    metrics.rateLimited.inc({ budget: 'requests' });
    return tooManyRequests(d);
  }
  return null;
}

/**
 * Rate limits on both doors, before any work: a token bucket per API key (per client address
 * for anonymous requests), and one per client address for failed authentications. Every
 * response carries the X-RateLimit-* headers of the budget that applied.
 */
export function rateLimitPlugin(deps: Deps, limiters: RateLimiters): Plugin {
  return {
    async onRequest({ request, serverContext, endResponse }) {
      const refused = await admit(deps, limiters, request, clientAddress(serverContext));
      if (refused) endResponse(problemResponse(refused));
    },
    onResponse({ request, response }) {
      const d = limiters.decisionFor(request);
      if (d) for (const [k, v] of Object.entries(rateLimitHeaders(d))) response.headers.set(k, v);
    },
  };
}

/**
 * A request's share of the provider budget, taken on its first provider call (an HTTP request
 * or a SIP probe), not before: a request refused earlier (an unknown id, invalid input, a
 * connection in the wrong state) spends nothing. One token per request however many calls it
 * makes; once refused, every later call of that request is refused too.
 */
export function providerBudget(limiters: RateLimiters, request: RequestView, principal: Principal | null): () => Promise<void> {
  let decision: Promise<RateDecision> | undefined;
  return async () => {
    if (!principal) return;
    const first = !decision;
    const d = await (decision ??= limiters.takeProvider(request, principal.apiKeyId));
    if (!d.allowed) {
      if (first) metrics.rateLimited.inc({ budget: 'provider' });
      throw providerBudgetExceeded(d);
    }
  };
}

/** The error a refused provider call raises: 429 on both doors, with the budget's headers. */
export function providerBudgetExceeded(d: RateDecision): GraphQLError {
  return new GraphQLError('Too many provider calls: slow down and retry after the Retry-After delay.', {
    extensions: { code: 'rate_limited', http: { status: 429, headers: rateLimitHeaders(d) } },
  });
}
