import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Deps } from './domain/deps';
import { createContext } from './context';
import { requestIdOf, requestLogPlugin } from './http/request-log';
import { maskedErrors } from './http/mask-errors';
import { securityHeadersPlugin } from './http/security-headers';
import { variableErrorsPlugin } from './http/variable-errors';
import { restPlugin } from './rest/plugin';
import { restDocuments } from './rest/operations';
import { routes } from './rest/routes/index';
import { schema } from './schema/index';
import type { GraphQLContext } from './schema/context';

export interface AppOptions {
  production: boolean;
}

export type App = YogaServerInstance<Record<string, never>, GraphQLContext>;

/**
 * The whole HTTP surface as one Yoga app: GraphQL (and GraphiQL, served from installed assets)
 * at /graphql, the REST shim at /v1. Tests call `app.fetch` without opening a port.
 */
export function createApp(deps: Deps, options: AppOptions): App {
  return createYoga<Record<string, never>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: options.production ? false : { title: 'Trunkline GraphiQL' },
    renderGraphiQL,
    maskedErrors: maskedErrors(deps.log),
    logging: false,
    context: ({ request }) => createContext(deps, request, requestIdOf(request)),
    plugins: [
      requestLogPlugin(deps.log),
      securityHeadersPlugin(),
      variableErrorsPlugin(),
      restPlugin(deps, schema, routes, restDocuments),
    ],
  });
}
