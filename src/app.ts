import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Redis } from 'ioredis';
import type { Config } from './config';
import type { Deps } from './domain/deps';
import { createContext } from './context';
import { consolePlugin } from './http/console-assets';
import { observabilityPlugin } from './http/observability';
import { graphqlStreamPlugins } from './http/graphql-stream';
import { compiledExecutionPlugin } from './http/compiled-execution';
import { GRAPHIQL_DOCUMENT, GRAPHIQL_HEADERS, GRAPHIQL_VARIABLES } from './http/graphiql-document';
import { graphqlProtection } from './http/graphql-protection';
import { maskedErrors } from './http/mask-errors';
import { rateLimitPlugin, RateLimiters } from './http/rate-limit';
import { requestBodyLimitPlugin } from './http/body-limit';
import { requestIdOf, requestLogPlugin } from './http/request-log';
import { securityHeadersPlugin } from './http/security-headers';
import { variableErrorsPlugin } from './http/variable-errors';
import { restPlugin } from './rest/plugin';
import { restDocuments } from './rest/operations';
import { routes } from './rest/routes/index';
import { schema } from './schema/index';
import type { GraphQLContext } from './schema/context';

export type AppOptions = Pick<Config, 'production' | 'rateLimits' | 'graphqlLimits'>;

export type App = YogaServerInstance<Record<string, never>, GraphQLContext>;

/**
 * The whole HTTP surface as one Yoga app: GraphQL (and GraphiQL, served from installed assets)
 * at /graphql, the REST shim at /v1, the API reference at /docs, the onboarding console at /. Tests call `app.fetch` without
 * opening a port.
 */
export function createApp(deps: Deps, options: AppOptions, redis?: Redis): App {
  const limiters = new RateLimiters(options.rateLimits, deps.clock, redis && { redis, log: deps.log });
  return createYoga<Record<string, never>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: options.production
      ? false
      : { title: 'Trunkline GraphiQL', defaultTabs: [{ query: GRAPHIQL_DOCUMENT, variables: GRAPHIQL_VARIABLES, headers: GRAPHIQL_HEADERS }] },
    renderGraphiQL,
    maskedErrors: maskedErrors(deps.log),
    batching: false,
    // requestBodyLimitPlugin requires a Content-Length of at most 1 MiB, and Node's HTTP parser
    // never reads past it; Yoga's own limit would re-count every body through a TransformStream.
    maxRequestBodySize: false,
    logging: false,
    context: ({ request }) => createContext(deps, request, requestIdOf(request), options.graphqlLimits.cost, limiters),
    plugins: [
      observabilityPlugin(),
      requestLogPlugin(deps.log),
      securityHeadersPlugin(),
      rateLimitPlugin(deps, limiters),
      requestBodyLimitPlugin(),
      consolePlugin(),
      restPlugin({ deps, schema, routes, documents: restDocuments, limiters, maxCost: options.graphqlLimits.cost }),
      ...graphqlProtection(options.graphqlLimits, options.production),
      variableErrorsPlugin(),
      compiledExecutionPlugin(schema),
      ...graphqlStreamPlugins(deps),
    ],
  });
}
