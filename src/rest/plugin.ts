import { execute, GraphQLError, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { z } from 'zod';
import type { Deps } from '../domain/deps';
import { DomainError, type FieldIssue } from '../domain/errors';
import { createContext } from '../context';
import { requestIdOf } from '../http/request-log';
import { isVariableError, variableIssue } from '../schema/coercion-errors';
import type { GraphQLContext } from '../schema/context';
import { readJsonBody } from './body';
import { problem, problemFromDomainError, problemResponse, validationProblem } from './problem';
import { RestProblem, type RestRequest, type Route, type RouteContext, type RunOperation } from './route';
import { createRouter } from './router';

const PREFIX = '/v1';

function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((k) => ({ path: [...i.path, k].join('.'), message: 'is not a known field' }))
      : [{ path: i.path.join('.'), message: i.message }],
  );
}

/** Errors a GraphQL result can carry outside a result union, turned into the documented problems. */
function problemFromGraphQLErrors(errors: readonly GraphQLError[], log: GraphQLContext['log']): RestProblem {
  const variable = errors.filter((e) => isVariableError(e.message));
  if (variable.length > 0) return new RestProblem(validationProblem(variable.map((e) => variableIssue(e.message))));
  const auth = errors.find((e) => (e.extensions?.http as { status?: number } | undefined)?.status === 401);
  if (auth) return new RestProblem(problem(401, String(auth.extensions.code), auth.message));
  const domain = errors.map((e) => e.originalError).find((e): e is DomainError => e instanceof DomainError);
  if (domain) return new RestProblem(problemFromDomainError(domain));
  log.error({ errors: errors.map((e) => ({ message: e.message, path: e.path })) }, 'REST operation failed');
  return new RestProblem(problem(500, 'internal_error', 'Something went wrong on our side; the request id identifies it.'));
}

/**
 * The /v1 REST shim, as a Yoga plugin that takes over the /v1 prefix. Each route runs fixed
 * GraphQL operations — validated once here, at start — through the same schema, resolvers and
 * context as /graphql. The shim owns only HTTP: routing, bodies, statuses and JSON shapes.
 */
export function restPlugin(deps: Deps, schema: GraphQLSchema, routes: Route[], documents: DocumentNode[]): Plugin {
  for (const doc of documents) {
    const errors = validate(schema, doc);
    if (errors.length > 0) throw new Error(`REST operation does not match the schema: ${errors[0]!.message}`);
  }
  const match = createRouter(routes);

  async function handle(request: Request, url: URL): Promise<Response> {
    const found = match(request.method, url.pathname.replace(/\/+$/, '') || '/');
    if (found.kind === 'not_found') return problemResponse(problem(404, 'not_found', 'No such endpoint.'));
    if (found.kind === 'method_not_allowed') {
      return problemResponse(problem(405, 'method_not_allowed', `Use ${found.allow.join(', ')} here.`, { headers: { allow: found.allow.join(', ') } }));
    }
    const { route, params } = found;
    const graphql = await createContext(deps, request, requestIdOf(request));
    if (route.auth !== false && !graphql.principal) {
      const err = graphql.authError!;
      return problemResponse(problem(401, err.code, err.message, { headers: { 'www-authenticate': 'Bearer' } }));
    }
    try {
      const req = await readRequest(route, request, url, params);
      const run: RunOperation = async (document, variables) => {
        const result = await execute({ schema, document, variableValues: variables as Record<string, unknown>, contextValue: graphql });
        if (result.errors?.length) throw problemFromGraphQLErrors(result.errors, graphql.log);
        return result.data as never;
      };
      const ctx: RouteContext = { run, graphql };
      const res = await route.handle(ctx, req);
      return res.status === 204 ? new Response(null, { status: 204 }) : Response.json(res.body, { status: res.status });
    } catch (err) {
      if (err instanceof RestProblem) return problemResponse(err.problem);
      if (err instanceof DomainError) return problemResponse(problemFromDomainError(err));
      graphql.log.error({ err: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err) }, 'REST route failed');
      return problemResponse(problem(500, 'internal_error', 'Something went wrong on our side; the request id identifies it.'));
    }
  }

  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname === PREFIX || url.pathname.startsWith(`${PREFIX}/`)) endResponse(await handle(request, url));
    },
  };
}

async function readRequest(route: Route, request: Request, url: URL, params: Record<string, string>): Promise<RestRequest> {
  let body: unknown;
  if (route.method === 'POST' || route.method === 'PATCH') {
    const read = await readJsonBody(request);
    if ('problem' in read) throw new RestProblem(read.problem);
    body = read.body;
  }
  if (route.body) {
    const parsed = route.body.safeParse(body ?? {});
    if (!parsed.success) throw new RestProblem(validationProblem(zodIssues(parsed.error)));
    body = parsed.data;
  }
  if (route.query) {
    const parsed = route.query.safeParse(Object.fromEntries(url.searchParams));
    if (!parsed.success) throw new RestProblem(validationProblem(zodIssues(parsed.error)));
  }
  return { params, query: url.searchParams, body };
}
