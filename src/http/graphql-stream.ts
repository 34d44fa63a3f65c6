import { useGraphQLSSE } from '@graphql-yoga/plugin-graphql-sse';
import type { Plugin } from 'graphql-yoga';
import type { Deps } from '../domain/deps';
import { problem, problemResponse } from '../rest/problem';
import { authOf } from './request-auth';

/**
 * graphql-sse's "single connection mode" at /graphql/stream: one event stream per client carries
 * all of its subscriptions. Browsers allow six HTTP/1.1 connections per host, so a page with two
 * subscriptions in distinct mode (one connection each, at /graphql) would starve its own requests
 * from its third tab on. Every request of the protocol (reserve, stream, operation) must carry a
 * valid key: nobody holds a stream open anonymously.
 */
export const GRAPHQL_STREAM = '/graphql/stream';

export function graphqlStreamPlugins(deps: Deps): Plugin[] {
  const authenticated: Plugin = {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== GRAPHQL_STREAM) return;
      const { principal, authError } = await authOf(deps, request);
      if (!principal) endResponse(problemResponse(problem(401, authError?.code ?? 'not_authenticated', authError?.message ?? 'Authentication credentials were not provided.', { headers: { 'www-authenticate': 'Bearer' } })));
    },
  };
  return [authenticated, useGraphQLSSE({ endpoint: GRAPHQL_STREAM }) as Plugin];
}
