import type { IncomingMessage, ServerResponse } from 'node:http';
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
import { CompiledDocuments, graphqlDoor } from './http/graphql-door';
import { GRAPHIQL_DOCUMENT, GRAPHIQL_HEADERS, GRAPHIQL_VARIABLES } from './http/graphiql-document';
import { graphqlProtection } from './http/graphql-protection';
import { maskedErrors } from './http/mask-errors';
import { rateLimitPlugin, RateLimiters } from './http/rate-limit';
import { requestBodyLimitPlugin } from './http/body-limit';
import { corsPlugin, corsPolicy, type CorsPolicy } from './http/cors';
import { gate, refuse } from './http/perimeter';
import { requestIdOf, requestLogPlugin } from './http/request-log';
import { securityHeadersPlugin } from './http/security-headers';
import { variableErrorsPlugin } from './http/variable-errors';
import { inputTextPlugin } from './http/input-text';
import { createRestHandler } from './rest/handler';
import { restDoor } from './rest/door';
import { docsPlugin } from './rest/routes/docs';
import { restDocuments } from './rest/operations';
import { MAX_BODY_BYTES } from './rest/body';
import { routes } from './rest/routes/index';
import { schema } from './schema/index';
import type { GraphQLContext } from './schema/context';

export type AppOptions = Pick<Config, 'production' | 'rateLimits' | 'graphqlLimits' | 'corsOrigins' | 'streamLimits'>;

export type Yoga = YogaServerInstance<Record<string, never>, GraphQLContext>;

export interface App {
  /** The whole HTTP surface, for node:http's createServer. */
  listener(req: IncomingMessage, res: ServerResponse): void;
  /** Everything but /v1, as a Fetch API handler (tests call `yoga.fetch` without a port). */
  yoga: Yoga;
}

/**
 * The whole HTTP surface: the REST shim at /v1 through its own door on node:http; a GraphQL
 * POST of a document Yoga has already compiled through the GraphQL door; and one Yoga app for the
 * rest — GraphQL (and GraphiQL, served from installed assets) at /graphql, the API reference at
 * /docs, the onboarding console at /. All run the same schema and resolvers. Only those exact
 * paths reach a door (src/http/perimeter.ts): any other is a 404 answered before its body is read,
 * and so is a Host header no URL can be made of (400).
 */
export function createApp(deps: Deps, options: AppOptions, redis?: Redis): App {
  const cors = corsPolicy(options.corsOrigins);
  const limiters = new RateLimiters(options.rateLimits, deps.clock, redis && { redis, log: deps.log });
  const rest = restDoor({ deps, limiters, cors, handle: createRestHandler({ deps, schema, routes, documents: restDocuments, limiters, maxCost: options.graphqlLimits.cost }) });
  const documents = new CompiledDocuments();
  const masking = maskedErrors(deps.log);
  const yoga = createYogaApp(deps, options, limiters, masking, documents, cors);
  const graphql = graphqlDoor({ deps, schema, limiters, cors, maxCost: options.graphqlLimits.cost, documents, masking, general: (req, res) => void yoga(req, res), fetch: (request, context) => yoga.handleRequest(request, context as never) });
  return {
    yoga,
    listener(req, res) {
      const to = gate(req);
      if ('refused' in to) return refuse(deps.log, cors, req, res, to.refused, to.pathname);
      if (to.door === 'rest') return rest(req, res, to.url);
      if (to.door === 'graphql') return graphql(req, res, to.url);
      // A page needs no query string, and Yoga would take one ending in `/graphql` for its endpoint.
      req.url = to.url.pathname;
      void yoga(req, res);
    },
  };
}

function createYogaApp(deps: Deps, options: AppOptions, limiters: RateLimiters, masking: ReturnType<typeof maskedErrors>, documents: CompiledDocuments, cors: CorsPolicy): Yoga {
  return createYoga<Record<string, never>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: options.production
      ? false
      : { title: 'Trunkline GraphiQL', defaultTabs: [{ query: GRAPHIQL_DOCUMENT, variables: GRAPHIQL_VARIABLES, headers: GRAPHIQL_HEADERS }] },
    renderGraphiQL,
    maskedErrors: masking,
    batching: false,
    // The listener and requestBodyLimitPlugin require a Content-Length of at most 1 MiB, and Node's
    // HTTP parser never reads past it; Yoga's own limit stays on behind them. It re-counts a body
    // through a TransformStream, but only on Yoga's general path: the GraphQL door runs documents
    // already compiled without Yoga, and graphql-sse reads its bodies itself.
    maxRequestBodySize: MAX_BODY_BYTES,
    // CORS is the gateway's own policy (src/http/cors.ts), the same on both doors.
    cors: false,
    logging: false,
    context: ({ request }) => createContext(deps, request, requestIdOf(request), options.graphqlLimits.cost, limiters),
    plugins: [
      observabilityPlugin(),
      requestLogPlugin(deps.log),
      securityHeadersPlugin(),
      corsPlugin(cors),
      rateLimitPlugin(deps, limiters),
      requestBodyLimitPlugin(),
      consolePlugin(),
      docsPlugin(),
      ...graphqlProtection(options.graphqlLimits, options.production),
      variableErrorsPlugin(),
      inputTextPlugin(),
      // Documents it compiles are run by the GraphQL door from then on.
      compiledExecutionPlugin(schema, (op, name) => documents.add(op, name)),
      ...graphqlStreamPlugins(deps, options.streamLimits),
    ],
  });
}
