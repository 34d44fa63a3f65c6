import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Clock } from '../clock';
import type { Deps, Principal } from '../domain/deps';
import { RateLimiter, type RateDecision } from '../security/rate-limiter';
import { problem, problemResponse } from '../rest/problem';
import { clientAddress } from './client-address';
import { authOf } from './request-auth';

export interface RateLimits {
  perMinute: number;
  providerPerMinute: number;
  authFailuresPerMinute: number;
}

/** The three budgets: every request, requests that reach a provider, failed authentications. */
export class RateLimiters {
  readonly requests: RateLimiter;
  readonly provider: RateLimiter;
  readonly authFailures: RateLimiter;
  private readonly decisions = new WeakMap<Request, RateDecision>();

  constructor(limits: RateLimits, clock: Clock) {
    this.requests = new RateLimiter(limits.perMinute, clock);
    this.provider = new RateLimiter(limits.providerPerMinute, clock);
    this.authFailures = new RateLimiter(limits.authFailuresPerMinute, clock);
  }

  /** Takes from the provider budget of the request's key; the decision shown in headers becomes this one. */
  takeProvider(request: Request, apiKeyId: number): RateDecision {
    const d = this.provider.take(`key:${apiKeyId}`);
    this.decisions.set(request, d);
    return d;
  }

  record(request: Request, d: RateDecision): void {
    this.decisions.set(request, d);
  }

  decisionFor(request: Request): RateDecision | undefined {
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

export function tooManyRequests(d: RateDecision, detail = 'Too many requests: slow down and retry after the Retry-After delay.'): Response {
  return problemResponse(problem(429, 'rate_limited', detail, { headers: rateLimitHeaders(d) }));
}

/**
 * Rate limits on both doors, before any work: a token bucket per API key (per client address
 * for anonymous requests), and one per client address for failed authentications. Every
 * response carries the X-RateLimit-* headers of the budget that applied.
 */
export function rateLimitPlugin(deps: Deps, limiters: RateLimiters): Plugin {
  return {
    async onRequest({ request, serverContext, endResponse }) {
      const address = clientAddress(serverContext);
      const { principal, authError } = await authOf(deps, request);
      if (authError?.code === 'invalid_api_key') {
        const failures = limiters.authFailures.take(`addr:${address}`);
        if (!failures.allowed) return endResponse(tooManyRequests(failures, 'Too many failed authentications from this address.'));
      }
      const d = limiters.requests.take(principal ? `key:${principal.apiKeyId}` : `addr:${address}`);
      limiters.record(request, d);
      if (!d.allowed) endResponse(tooManyRequests(d));
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
export function providerBudget(limiters: RateLimiters, request: Request, principal: Principal | null): () => void {
  let decision: RateDecision | undefined;
  return () => {
    if (!principal) return;
    decision ??= limiters.takeProvider(request, principal.apiKeyId);
    if (!decision.allowed) throw providerBudgetExceeded(decision);
  };
}

/** The error a refused provider call raises: 429 on both doors, with the budget's headers. */
export function providerBudgetExceeded(d: RateDecision): GraphQLError {
  return new GraphQLError('Too many provider calls: slow down and retry after the Retry-After delay.', {
    extensions: { code: 'rate_limited', http: { status: 429, headers: rateLimitHeaders(d) } },
  });
}
