import { GraphQLError, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Clock } from '../clock';
import type { Deps } from '../domain/deps';
import { RateLimiter, type RateDecision } from '../security/rate-limiter';
import { problem, problemResponse } from '../rest/problem';
import type { GraphQLContext } from '../schema/context';
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

const providerDocuments = new WeakMap<DocumentNode, boolean>();

/** Whether an operation selects a field marked `extensions.callsProvider` (memoized per parsed document). */
export function callsProvider(schema: GraphQLSchema, document: DocumentNode): boolean {
  let known = providerDocuments.get(document);
  if (known === undefined) providerDocuments.set(document, (known = scanForProviderFields(schema, document)));
  return known;
}

function scanForProviderFields(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        if (typeInfo.getFieldDef()?.extensions?.callsProvider) found = true;
      },
    }),
  );
  return found;
}

/** GraphQL operations that reach a provider also spend the tighter provider budget. */
export function providerBudgetPlugin(schema: GraphQLSchema, limiters: RateLimiters): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as unknown as GraphQLContext & { request: Request };
      if (!ctx.principal || !callsProvider(schema, args.document)) return;
      const d = limiters.takeProvider(ctx.request, ctx.principal.apiKeyId);
      if (d.allowed) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError('Too many provider calls: slow down and retry after the Retry-After delay.', {
            extensions: { code: 'rate_limited', http: { status: 429, headers: rateLimitHeaders(d) } },
          }),
        ],
      });
    },
  };
}
