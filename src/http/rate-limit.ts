import { GraphQLError } from 'graphql';
import { metrics } from '../observability/metrics';
import type { Plugin } from 'graphql-yoga';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Deps, Principal } from '../domain/deps';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger';
import { RateLimiter, type BucketSpec, type Limiter, type RateDecision } from '../security/rate-limiter';
import { RedisRateLimiter } from '../security/redis-rate-limiter';
import { problem, problemResponse, type Problem } from '../rest/problem';
import { ClientAddresses, peerAddress } from './client-address';
import { databaseUnavailableProblem, isDatabaseUnavailable } from '../db/unavailable';
import { authOf } from './request-auth';
import type { RequestView } from './request-view';

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
  private readonly decisions = new WeakMap<RequestView, RateDecision>();

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

  /** Takes from the provider budgets of the request's key and organization; the decision shown in headers becomes this one. */
  async takeProvider(request: RequestView, principal: Principal): Promise<RateDecision> {
    const d = await this.provider.takeAll(bucketsOf(principal, this.limits.providerPerMinute, this.limits.providerPerOrgPerMinute));
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

/** A key's bucket and its organization's. */
function bucketsOf(principal: Principal, perKey: number, perOrg: number): BucketSpec[] {
  return [
    { key: `key:${principal.apiKeyId}`, capacity: perKey },
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
 * the database that holds the keys is away, 429 over a budget). Records the decision whose
 * headers the answer carries. `peer` is the socket's address; the client's is decided from it
 * (see ClientAddresses). Health and readiness probes are not metered: a load balancer probes
 * from the address its clients share, and a spent budget must not make instances look down.
 */
export async function admit(deps: Deps, limiters: RateLimiters, request: RequestView, peer: string): Promise<Problem | null> {
  let auth;
  try {
    auth = await authOf(deps, request);
  } catch (err) {
    // Keys are checked against the database: while it is away, say so (readyz says the same).
    if (isDatabaseUnavailable(err)) return databaseUnavailableProblem();
    throw err;
  }
  // Probes are authenticated like any request (the REST handler does so for every route; without
  // a key nothing is read, so a balancer's probe never waits on the database), but not metered.
  if (isProbe(request)) return null;
  const { principal, authError } = auth;
  const address = () => limiters.addresses.of(peer, request.headers.get('x-forwarded-for'));
  if (authError?.code === 'invalid_api_key') {
    const failures = await limiters.authFailures.take(`addr:${address()}`);
    if (!failures.allowed) {
      metrics.rateLimited.inc({ budget: 'auth_failures' });
      return tooManyRequests(failures, 'Too many failed authentications from this address.');
    }
  }
  const d = await (principal ? limiters.takeRequest(principal) : limiters.requests.take(`addr:${address()}`));
  limiters.record(request, d);
  if (!d.allowed) {
    metrics.rateLimited.inc({ budget: 'requests' });
    return tooManyRequests(d);
  }
  return null;
}

const PROBES = new Set(['/v1/healthz', '/v1/readyz']);

/**
 * Whether a request is a health or readiness probe, by its request target exactly as the router
 * reads it (app.ts: the path of `req.url`). The URL a RequestView shows is `http://<Host><target>`
 * and Host is the caller's: the target is what follows the Host header's own text, so a Host
 * like `x/v1/healthz?` cannot pass another path off as a probe.
 */
function isProbe(request: RequestView): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const origin = `http://${request.headers.get('host') ?? 'localhost'}`;
  if (!request.url.startsWith(origin)) return false;
  const target = request.url.slice(origin.length);
  const query = target.indexOf('?');
  return PROBES.has(query === -1 ? target : target.slice(0, query));
}

/**
 * Rate limits on both doors, before any work: token buckets per API key and per organization
 * (per client address for anonymous requests), and one per client address for failed
 * authentications. Every metered response carries the X-RateLimit-* headers of the budget that
 * applied (of two buckets, the tighter).
 */
export function rateLimitPlugin(deps: Deps, limiters: RateLimiters): Plugin {
  return {
    async onRequest({ request, serverContext, endResponse }) {
      const refused = await admit(deps, limiters, request, peerAddress(serverContext));
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
    const d = await (decision ??= limiters.takeProvider(request, principal));
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
