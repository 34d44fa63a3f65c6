import type { GraphQLError } from 'graphql';
import type { z } from 'zod';
import type { Deps } from '../domain/deps';
import { DomainError, type FieldIssue } from '../domain/errors';
import { textIssues } from '../domain/text';
import { isDatabaseUnavailable } from '../db/unavailable';
import { claimIdempotencyKey, settleIdempotencyKey } from '../domain/idempotency';
import { answerOf, type Answer } from '../http/answer';
import type { BodyReader } from '../http/body-limit';
import type { OperationSessions } from '../http/enveloped-operations';
import { databaseUnavailableProblem, problem, problemFromDomainError, validationProblem, type HttpStatus } from '../http/problem';
import type { RequestScope } from '../http/request-scope';
import type { Logger } from '../logger';
import type { GraphQLContext } from '../schema/context';
import { readJsonBody } from './body';
import { RestProblem, type RestRequest, type Route, type RunOperation } from './route';
import { createRouter } from './router';

function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((k) => ({ path: [...i.path, k].join('.'), message: 'is not a known field' }))
      : [{ path: i.path.join('.'), message: i.message }],
  );
}

/** A variable or input-text error as the pipeline words it (src/http/variable-errors.ts): `Invalid value at "path": reason.` */
const INVALID_VALUE = /^Invalid value at "([^"]*)": ([\s\S]*)\.$/;

/**
 * Errors a GraphQL result can carry outside a result union, turned into the documented problems.
 * They arrive masked (src/http/mask-errors.ts): an expected failure keeps its code, message and
 * fields, and carries in `extensions.http` the status the one table gives it (src/http/problem.ts).
 */
function problemFromGraphQLErrors(errors: readonly GraphQLError[], log: Logger): RestProblem {
  const invalid = errors.filter((e) => e.extensions?.code === 'validation_failed' && INVALID_VALUE.test(e.message));
  if (invalid.length > 0) return new RestProblem(validationProblem(invalid.map((e) => { const [, path, message] = INVALID_VALUE.exec(e.message)!; return { path: path!, message: message! }; })));
  const expected = errors.find((e) => (e.extensions?.http as HttpStatus | undefined)?.status !== undefined);
  if (expected) {
    const { status, headers } = expected.extensions.http as HttpStatus;
    const fields = expected.extensions.fields as FieldIssue[] | undefined;
    const requiredScope = expected.extensions.required_scope as string | undefined;
    return new RestProblem(fields ? { ...validationProblem(fields, expected.message), detail: expected.message } : problem(status, String(expected.extensions.code), expected.message, { headers, ...(requiredScope && { requiredScope }) }));
  }
  log.error({ errors: errors.map((e) => ({ message: e.message, path: e.path })) }, 'REST operation failed');
  return new RestProblem(problem(500, 'internal_error', 'Something went wrong on our side; the request id identifies it.'));
}

export interface RestHandlerOptions {
  deps: Deps;
  routes: Route[];
  /** Runs the routes' GraphQL operations through Yoga's plugins, in the request's scope. */
  sessions: OperationSessions;
}

/**
 * The /v1 REST shim. Each route runs fixed GraphQL operations through the same schema,
 * resolvers, context and plugins as /graphql (src/http/enveloped-operations.ts). The shim owns
 * only HTTP semantics: routing, bodies, statuses, idempotency and JSON shapes; the HTTP host
 * (src/http/host.ts) owns the envelope.
 */
export function createRestHandler({ deps, routes, sessions }: RestHandlerOptions): (scope: RequestScope, url: URL) => Promise<Answer> {
  const match = createRouter(routes);

  return async function handle(scope: RequestScope, url: URL): Promise<Answer> {
    const found = match(scope.request.method, url.pathname.replace(/\/+$/, '') || '/');
    if (found.kind === 'not_found') return answerOf(problem(404, 'not_found', 'No such endpoint.'));
    if (found.kind === 'method_not_allowed') {
      return answerOf(problem(405, 'method_not_allowed', `Use ${found.allow.join(', ')} here.`, { headers: { allow: found.allow.join(', ') } }));
    }
    const { route, params } = found;
    scope.route = route.path;
    const session = sessions(scope);
    const graphql = await session.context();
    if (route.auth !== false && !graphql.principal) {
      const err = graphql.authError!;
      return answerOf(problem(401, err.code, err.message, { headers: { 'www-authenticate': 'Bearer' } }));
    }
    const run: RunOperation = async (document, variables) => {
      const result = await session.run(document, variables as Record<string, unknown>);
      if (result.errors?.length) throw problemFromGraphQLErrors(result.errors, scope.log);
      return result.data as never;
    };
    return respond(route, { scope, url, readBody: (max) => readBody(scope, max) }, params, graphql, run);
  };

  /** Runs a route to a status and JSON text; every failure becomes a documented problem. */
  async function respond(route: Route, call: RestCall, params: Record<string, string>, graphql: GraphQLContext, run: RunOperation): Promise<Answer> {
    let claimedKey: string | null = null;
    try {
      const { req, raw } = await readRequest(route, call, params);
      const key = call.scope.request.headers.get('idempotency-key');
      if (route.method === 'POST' && key !== null && graphql.principal) {
        const claim = await claimIdempotencyKey(deps, graphql.principal, key, { method: route.method, path: call.url.pathname, rawBody: raw });
        if (claim.kind === 'replay') return { status: claim.status, text: claim.body, headers: { 'idempotent-replayed': 'true' } };
        claimedKey = key;
      }
      const res = await route.handle({ run, graphql }, req);
      const answer = { status: res.status, text: res.status === 204 ? '' : JSON.stringify(res.body) };
      if (claimedKey) await settleIdempotencyKey(deps, graphql.principal!, claimedKey, answer.status, answer.text, { carriesSecret: route.secretInAnswer });
      return answer;
    } catch (err) {
      const answer = answerFor(err, call.scope.log);
      if (claimedKey) await settleIdempotencyKey(deps, graphql.principal!, claimedKey, answer.status, answer.text).catch(() => undefined);
      return answer;
    }
  }
}

/** One request to the REST shim. */
interface RestCall {
  scope: RequestScope;
  url: URL;
  /** Reads the body; only routes that take one call it. */
  readBody: BodyReader;
}

function answerFor(err: unknown, log: Logger): Answer {
  const p =
    err instanceof RestProblem
      ? err.problem
      : err instanceof DomainError
        ? problemFromDomainError(err)
        : isDatabaseUnavailable(err)
          ? databaseUnavailableProblem()
          : (log.error({ err: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err) }, 'REST route failed'),
            problem(500, 'internal_error', 'Something went wrong on our side; the request id identifies it.'));
  return answerOf(p);
}

/** The body's bytes, or null once they pass `max` (the rest is discarded as it arrives). */
function readBody({ req }: RequestScope, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > max) return;
      size += chunk.byteLength;
      if (size > max) resolve(null);
      else chunks.push(chunk);
    });
    req.once('end', () => resolve(Buffer.concat(chunks, size)));
    // The client left mid-body: nobody will read the answer, but it is theirs, not a server fault.
    req.once('error', () => reject(new RestProblem(problem(400, 'malformed_json', 'The request body ended before its declared length.'))));
  });
}

async function readRequest(route: Route, call: RestCall, params: Record<string, string>): Promise<{ req: RestRequest; raw: string }> {
  let body: unknown;
  let raw = '';
  if (route.method === 'POST' || route.method === 'PATCH') {
    const read = await readJsonBody(call.scope.request.headers, call.readBody);
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
    const textual = [...call.url.searchParams].flatMap(([name, value]) => textIssues({ [name]: value }, (p) => p.join('.') || 'query'));
    if (textual.length > 0) throw new RestProblem(validationProblem(textual));
    // Handlers read the first value of a parameter; a second one would escape validation.
    const names = [...call.url.searchParams.keys()];
    const repeated = [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
    if (repeated.length > 0) throw new RestProblem(validationProblem(repeated.map((path) => ({ path, message: 'is given more than once' }))));
    const parsed = route.query.safeParse(Object.fromEntries(call.url.searchParams));
    if (!parsed.success) throw new RestProblem(validationProblem(zodIssues(parsed.error)));
  }
  return { req: { params, query: call.url.searchParams, body }, raw };
}
