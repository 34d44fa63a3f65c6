import { GraphQLError, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { z } from 'zod';
import type { Deps } from '../domain/deps';
import { DomainError, type FieldIssue } from '../domain/errors';
import { createContext } from '../context';
import { requestIdOf } from '../http/request-log';
import { isVariableError, variableIssue } from '../schema/coercion-errors';
import type { GraphQLContext } from '../schema/context';
import { readJsonBody, type BodyReader } from './body';
import { textIssues } from '../domain/text';
import { problem, problemFromDomainError, problemText, validationProblem, type Problem } from './problem';
import { noteRoute, operationLabel } from '../http/observability';
import { inSpan, SpanKind } from '../observability/tracing';
import { RestProblem, type RestRequest, type Route, type RunOperation } from './route';
import { claimIdempotencyKey, settleIdempotencyKey } from '../domain/idempotency';
import { createRouter } from './router';
import { databaseUnavailableProblem, isDatabaseUnavailable } from '../db/unavailable';
import type { RateLimiters } from '../http/rate-limit';
import { compileOperation, runCompiled, type CompiledOperation } from '../http/compiled-execution';
import type { RequestView } from '../http/request-view';

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

export interface RestHandlerOptions {
  deps: Deps;
  schema: GraphQLSchema;
  routes: Route[];
  documents: DocumentNode[];
  limiters: RateLimiters;
  maxCost: number;
}

/** One request to the REST shim, as the door read it. */
export interface RestCall {
  request: RequestView;
  pathname: string;
  query: URLSearchParams;
  /** Reads the body; only routes that take one call it. */
  readBody: BodyReader;
}

/** What the shim answers: a status, the JSON text (empty for 204) and headers of its own. */
export interface Answer {
  status: number;
  text: string;
  headers?: Record<string, string>;
}

/**
 * The /v1 REST shim. Each route runs fixed GraphQL operations — validated and compiled
 * (graphql-jit) once, at start — through the same schema, resolvers and context as /graphql.
 * The shim owns only HTTP semantics: routing, bodies, statuses, idempotency and JSON shapes; the
 * door (src/rest/door.ts) owns the connection.
 */
export function createRestHandler({ deps, schema, routes, documents, limiters, maxCost }: RestHandlerOptions): (call: RestCall) => Promise<Answer> {
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

  return async function handle(call: RestCall): Promise<Answer> {
    const { request } = call;
    const found = match(request.method, call.pathname.replace(/\/+$/, '') || '/');
    if (found.kind === 'not_found') return answerOf(problem(404, 'not_found', 'No such endpoint.'));
    if (found.kind === 'method_not_allowed') {
      return answerOf(problem(405, 'method_not_allowed', `Use ${found.allow.join(', ')} here.`, { headers: { allow: found.allow.join(', ') } }));
    }
    const { route, params } = found;
    noteRoute(request, route.path);
    const graphql = await createContext(deps, request, requestIdOf(request), maxCost, limiters);
    if (route.auth !== false && !graphql.principal) {
      const err = graphql.authError!;
      return answerOf(problem(401, err.code, err.message, { headers: { 'www-authenticate': 'Bearer' } }));
    }
    return respond(route, call, params, graphql);
  };

  /** Runs a route to a status and JSON text; every failure becomes a documented problem. */
  async function respond(route: Route, call: RestCall, params: Record<string, string>, graphql: GraphQLContext): Promise<Answer> {
    let claimedKey: string | null = null;
    try {
      const { req, raw } = await readRequest(route, call, params);
      const key = call.request.headers.get('idempotency-key');
      if (route.method === 'POST' && key !== null && graphql.principal) {
        const claim = await claimIdempotencyKey(deps, graphql.principal, key, { method: route.method, path: call.pathname, rawBody: raw });
        if (claim.kind === 'replay') return { status: claim.status, text: claim.body, headers: { 'idempotent-replayed': 'true' } };
        claimedKey = key;
      }
      const answer = await runRoute(route, req, graphql);
      if (claimedKey) await settleIdempotencyKey(deps, graphql.principal!, claimedKey, answer.status, answer.text, { carriesSecret: route.secretInAnswer });
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

}

const answerOf = (p: Problem): Answer => ({ status: p.status, text: problemText(p), headers: p.headers });

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
  return answerOf(p);
}

async function readRequest(route: Route, call: RestCall, params: Record<string, string>): Promise<{ req: RestRequest; raw: string }> {
  let body: unknown;
  let raw = '';
  if (route.method === 'POST' || route.method === 'PATCH') {
    const read = await readJsonBody(call.request.headers, call.readBody);
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
    // Query strings obey the same text rule as bodies (readJsonBody): no NUL, no lone surrogate.
    // (A route without a query schema reads no parameter, so none of them reaches storage.)
    const textual = [...call.query].flatMap(([name, value]) => textIssues({ [name]: value }, (p) => p.join('.') || 'query'));
    if (textual.length > 0) throw new RestProblem(validationProblem(textual));
    // Handlers read the first value of a parameter; a second one would escape validation.
    const names = [...call.query.keys()];
    const repeated = [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
    if (repeated.length > 0) throw new RestProblem(validationProblem(repeated.map((path) => ({ path, message: 'is given more than once' }))));
    const parsed = route.query.safeParse(Object.fromEntries(call.query));
    if (!parsed.success) throw new RestProblem(validationProblem(zodIssues(parsed.error)));
  }
  return { req: { params, query: call.query, body }, raw };
}
