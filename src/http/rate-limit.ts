import { metrics } from '../observability/metrics';
import type { Clock } from '../clock';
import type { Config } from '../config';
import { callerOf, type Principal } from '../domain/deps';
import { BudgetExceededError } from '../domain/errors';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger';
import { RateLimiter, type BucketSpec, type Limiter, type RateDecision } from '../security/rate-limiter';
import { RedisRateLimiter } from '../security/redis-rate-limiter';
import { databaseUnavailableProblem, problem, type Problem } from './problem';
import { ClientAddresses } from './client-address';
import { isDatabaseUnavailable } from '../db/unavailable';
import type { RequestScope } from './request-scope';

/** The budgets, as configured (src/config.ts says what each one meters). */
export type RateLimits = Config['rateLimits'];

export type SharedLimits = { redis: Redis; log: Logger };

/** One budget: this instance's buckets, or (with Redis) the buckets every instance shares. */
export function limiterFor(name: string, capacity: number, clock: Clock, shared?: SharedLimits): Limiter {
  const local = new RateLimiter(capacity, clock);
  return shared ? new RedisRateLimiter(shared.redis, name, local, shared.log) : local;
}

/**
 * The three budgets: every request, requests that reach a provider, failed authentications. Per
 * instance, or with Redis one set of buckets for every instance. The first two are held per key
 * and per organization, and a request takes from both: keys are free to create, so a budget per
 * key alone would multiply with them.
 */
export class RateLimiters {
  readonly requests: Limiter;
  readonly provider: Limiter;
  readonly authFailures: Limiter;
  readonly addresses: ClientAddresses;

  constructor(
    private readonly limits: RateLimits,
    clock: Clock,
    shared?: SharedLimits,
  ) {
    this.requests = limiterFor('requests', limits.perMinute, clock, shared);
    this.provider = limiterFor('provider', limits.providerPerMinute, clock, shared);
    this.authFailures = limiterFor('auth-failures', limits.authFailuresPerMinute, clock, shared);
    this.addresses = new ClientAddresses(limits.trustedProxies);
  }

  /** Takes one request from the key's bucket and its organization's (both or neither). */
  takeRequest(principal: Principal): Promise<RateDecision> | RateDecision {
    return this.requests.takeAll(bucketsOf(principal, this.limits.perMinute, this.limits.perOrgPerMinute));
  }

  /** Takes from the provider budgets of a key and its organization. */
  takeProvider(principal: Principal): Promise<RateDecision> | RateDecision {
    return this.provider.takeAll(bucketsOf(principal, this.limits.providerPerMinute, this.limits.providerPerOrgPerMinute));
  }
}

/** A key's (or connect link's) bucket and its organization's. */
function bucketsOf(principal: Principal, perKey: number, perOrg: number): BucketSpec[] {
  return [
    { key: callerOf(principal), capacity: perKey },
    { key: `org:${principal.organizationId}`, capacity: perOrg },
  ];
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
 * the database that holds the keys is away, 429 over a budget). Records in the scope the decision
 * whose headers the answer carries. The client's address is decided from the socket's peer (see
 * ClientAddresses). Health and readiness probes are not metered: a load balancer probes from the
 * address its clients share, and a spent budget must not make instances look down.
 */
export async function admit(limiters: RateLimiters, scope: RequestScope): Promise<Problem | null> {
  const { request } = scope;
  let auth;
  try {
    auth = await scope.authenticate();
  } catch (err) {
    // Keys are checked against the database: while it is away, say so (readyz says the same).
    if (isDatabaseUnavailable(err)) return databaseUnavailableProblem();
    throw err;
  }
  // Probes are authenticated like any request (the REST handler does so for every route; without
  // a key nothing is read, so a balancer's probe never waits on the database), but not metered.
  if (isProbe(scope)) return null;
  const { principal, authError } = auth;
  const address = () => limiters.addresses.of(scope.peer, request.headers.get('x-forwarded-for'));
  if (authError?.code === 'invalid_api_key' || authError?.code === 'invalid_connect_link') {
    const failures = await limiters.authFailures.take(`addr:${address()}`);
    if (!failures.allowed) {
      metrics.rateLimited.inc({ budget: 'auth_failures' });
      return tooManyRequests(failures, 'Too many failed authentications from this address.');
    }
  }
  const d = await (principal ? limiters.takeRequest(principal) : limiters.requests.take(`addr:${address()}`));
  scope.rateDecision = d;
  if (!d.allowed) {
    metrics.rateLimited.inc({ budget: 'requests' });
    return tooManyRequests(d);
  }
  return null;
}

const PROBES = new Set(['/v1/healthz', '/v1/readyz']);

/** Whether a request is a health or readiness probe, by the path of its request target (never the caller's Host). */
const isProbe = (scope: RequestScope) => (scope.request.method === 'GET' || scope.request.method === 'HEAD') && PROBES.has(scope.pathname);

/**
 * A request's share of the provider budget, taken on its first provider call (an HTTP request
 * or a SIP probe), not before: a request refused earlier (an unknown id, invalid input, a
 * connection in the wrong state) spends nothing. One token per request however many calls it
 * makes; once refused, every later call of that request is refused too.
 */
export function providerBudget(limiters: RateLimiters, scope: RequestScope, principal: Principal | null): () => Promise<void> {
  let decision: Promise<RateDecision> | undefined;
  return async () => {
    if (!principal) return;
    const first = !decision;
    // The answer's X-RateLimit-* headers show this budget from now on.
    const d = await (decision ??= Promise.resolve(limiters.takeProvider(principal)).then((taken) => (scope.rateDecision = taken)));
    if (!d.allowed) {
      if (first) metrics.rateLimited.inc({ budget: 'provider' });
      throw providerBudgetExceeded(d);
    }
  };
}

/** The error a refused provider call raises: 429 on both doors, with the budget's headers (src/http/problem.ts). */
export function providerBudgetExceeded(d: RateDecision): BudgetExceededError {
  return new BudgetExceededError('Too many provider calls: slow down and retry after the Retry-After delay.', rateLimitHeaders(d));
}
