import { GraphQLError, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { z } from 'zod';
import type { Deps } from '../domain/deps';
import { DomainError, type FieldIssue } from '../domain/errors';
import { createContext } from '../context';
import { requestIdOf } from '../http/request-log';
import { isVariableError, variableIssue } from '../schema/coercion-errors';
import type { GraphQLContext } from '../schema/context';
import { readJsonBody } from './body';
import { problem, problemFromDomainError, problemResponse, problemText, validationProblem } from './problem';
import { noteRoute, operationLabel } from '../http/observability';
import { inSpan, SpanKind } from '../observability/tracing';
import { RestProblem, type RestRequest, type Route, type RunOperation } from './route';
import { claimIdempotencyKey, requestFingerprint, settleIdempotencyKey } from '../domain/idempotency';
import { createRouter } from './router';
import { databaseUnavailableProblem, isDatabaseUnavailable } from '../db/unavailable';
import { docsResponse } from './routes/docs';
import type { RateLimiters } from '../http/rate-limit';
import { compileOperation, runCompiled, type CompiledOperation } from '../http/compiled-execution';

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
  const httpOf = (e: GraphQLError) => e.extensions?.http as { status?: number; headers?: Record<string, string> } | undefined;
  // Authentication (401) and the provider budget (429) fail a whole operation with their own status.
  const refused = errors.find((e) => httpOf(e)?.status === 401 || httpOf(e)?.status === 429);
  if (refused) return new RestProblem(problem(httpOf(refused)!.status!, String(refused.extensions.code), refused.message, { headers: httpOf(refused)!.headers }));
  const domain = errors.map((e) => e.originalError).find((e): e is DomainError => e instanceof DomainError);
  if (domain) return new RestProblem(problemFromDomainError(domain));
  if (errors.some((e) => isDatabaseUnavailable(e.originalError) || e.extensions?.code === 'database_unavailable')) return new RestProblem(databaseUnavailableProblem());
  log.error({ errors: errors.map((e) => ({ message: e.message, path: e.path })) }, 'REST operation failed');
  return new RestProblem(problem(500, 'internal_error', 'Something went wrong on our side; the request id identifies it.'));
}

export interface RestPluginOptions {
  deps: Deps;
  schema: GraphQLSchema;
  routes: Route[];
  documents: DocumentNode[];
  limiters: RateLimiters;
  maxCost: number;
}

/**
 * The /v1 REST shim, as a Yoga plugin that takes over the /v1 prefix (and serves /docs). Each
 * route runs fixed GraphQL operations — validated and compiled (graphql-jit) once, at start —
 * through the same schema, resolvers and context as /graphql. The shim owns only HTTP: routing,
 * bodies, statuses, idempotency and JSON shapes.
 */
export function restPlugin({ deps, schema, routes, documents, limiters, maxCost }: RestPluginOptions): Plugin {
  // Validated and compiled once, at start: a request only binds variables and runs.
  const compiled = new Map<DocumentNode, CompiledOperation>();
  for (const doc of documents) {
    const errors = validate(schema, doc);
    if (errors.length > 0) throw new Error(`REST operation does not match the schema: ${errors[0]!.message}`);
    const op = compileOperation(schema, doc);
    if (!op) throw new Error('REST operation does not compile with graphql-jit');
    compiled.set(doc, op);
  }
  const match = createRouter(routes);

  async function handle(request: Request, url: URL): Promise<Response> {
    const found = match(request.method, url.pathname.replace(/\/+$/, '') || '/');
    if (found.kind === 'not_found') return problemResponse(problem(404, 'not_found', 'No such endpoint.'));
    if (found.kind === 'method_not_allowed') {
      return problemResponse(problem(405, 'method_not_allowed', `Use ${found.allow.join(', ')} here.`, { headers: { allow: found.allow.join(', ') } }));
    }
    const { route, params } = found;
    noteRoute(request, route.path);
    const graphql = await createContext(deps, request, requestIdOf(request), maxCost, limiters);
    if (route.auth !== false && !graphql.principal) {
      const err = graphql.authError!;
      return problemResponse(problem(401, err.code, err.message, { headers: { 'www-authenticate': 'Bearer' } }));
    }
    const result = await respond(route, request, url, params, graphql);
    if (result.status === 204) return new Response(null, { status: 204 });
    return new Response(result.text, { status: result.status, headers: { 'content-type': 'application/json', ...result.headers } });
  }

  /** Runs a route to a status and JSON text; every failure becomes a documented problem. */
  async function respond(route: Route, request: Request, url: URL, params: Record<string, string>, graphql: GraphQLContext): Promise<Answer> {
    let claimedKey: string | null = null;
    try {
      const { req, raw } = await readRequest(route, request, url, params);
      const key = request.headers.get('idempotency-key');
      if (route.method === 'POST' && key !== null && graphql.principal) {
        const claim = await claimIdempotencyKey(deps, graphql.principal, key, requestFingerprint(route.method, url.pathname, raw));
        if (claim.kind === 'replay') return { status: claim.status, text: claim.body, headers: { 'idempotent-replayed': 'true' } };
        claimedKey = key;
      }
      const answer = await runRoute(route, req, graphql);
      if (claimedKey) await settleIdempotencyKey(deps, graphql.principal!, claimedKey, answer.status, answer.text);
      return answer;
    } catch (err) {
      const answer = answerFor(err, graphql);
      if (claimedKey) await settleIdempotencyKey(deps, graphql.principal!, claimedKey, answer.status, answer.text).catch(() => undefined);
      return answer;
    }
  }

  async function runRoute(route: Route, req: RestRequest, graphql: GraphQLContext): Promise<Answer> {
    const run: RunOperation = async (document, variables) => {
      const result = await inSpan(`graphql ${operationLabel(document)}`, SpanKind.INTERNAL, {}, async () =>
        runCompiled(schema, compiled.get(document)!, undefined, graphql, variables as Record<string, unknown>),
      );
      if (result.errors?.length) throw problemFromGraphQLErrors(result.errors, graphql.log);
      return result.data as never;
    };
    const res = await route.handle({ run, graphql }, req);
    return { status: res.status, text: res.status === 204 ? '' : JSON.stringify(res.body) };
  }

  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname === PREFIX || url.pathname.startsWith(`${PREFIX}/`)) return endResponse(await handle(request, url));
      if (request.method === 'GET' && url.pathname.startsWith('/docs')) {
        const docs = docsResponse(url.pathname);
        if (docs) endResponse(docs);
      }
    },
  };
}

interface Answer {
  status: number;
  text: string;
  headers?: Record<string, string>;
}

function answerFor(err: unknown, graphql: GraphQLContext): Answer {
  const p =
    err instanceof RestProblem
      ? err.problem
      : err instanceof DomainError
        ? problemFromDomainError(err)
        : isDatabaseUnavailable(err)
          ? databaseUnavailableProblem()
        : (graphql.log.error({ err: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err) }, 'REST route failed'),
          problem(500, 'internal_error', 'Something went wrong on our side; the request id identifies it.'));
  return { status: p.status, text: problemText(p), headers: p.headers };
}

async function readRequest(route: Route, request: Request, url: URL, params: Record<string, string>): Promise<{ req: RestRequest; raw: string }> {
  let body: unknown;
  let raw = '';
  if (route.method === 'POST' || route.method === 'PATCH') {
    const read = await readJsonBody(request);
    if ('problem' in read) throw new RestProblem(read.problem);
    body = read.body;
    raw = read.raw;
  }
  if (route.body) {
    const parsed = route.body.safeParse(body ?? {});
    if (!parsed.success) throw new RestProblem(validationProblem(zodIssues(parsed.error)));
    body = parsed.data;
  }
  if (route.query) {
    // Handlers read the first value of a parameter; a second one would escape validation.
    const names = [...url.searchParams.keys()];
    const repeated = [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
    if (repeated.length > 0) throw new RestProblem(validationProblem(repeated.map((path) => ({ path, message: 'is given more than once' }))));
    const parsed = route.query.safeParse(Object.fromEntries(url.searchParams));
    if (!parsed.success) throw new RestProblem(validationProblem(zodIssues(parsed.error)));
  }
  return { req: { params, query: url.searchParams, body }, raw };
}
