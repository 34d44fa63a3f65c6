import { GraphQLError, type ExecutionResult } from 'graphql';
import { processRegularResult, type Plugin, type YogaInitialContext, type YogaMaskedErrorOpts, type YogaServerInstance } from 'graphql-yoga';
import { metrics } from '../observability/metrics';
import type { Answer } from './answer';
import { utf8Text } from './body-limit';
import { operationOf } from './operation-of';
import type { RequestScope } from './request-scope';

/** What Yoga answers one JSON result with, by the Accept header (only the values clients send for it; absent means any). */
const JSON_ANSWER: Record<string, 'application/json' | 'application/graphql-response+json'> = {
  '': 'application/json',
  '*/*': 'application/json',
  'application/json': 'application/json',
  'application/graphql-response+json': 'application/graphql-response+json',
};

const JSON_BODY = /^application\/json\s*(;\s*charset=utf-8\s*)?$/i;

interface Call {
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
}

/** Yoga's own hooks around an operation, which the shortcut below does not run (envelop's — parse, validate, context, execute — it does). */
const HTTP_HOOKS = ['onRequest', 'onRequestParse', 'onParams', 'onExecutionResult', 'onResultProcess', 'onResponse'] as const;
const REVIEWED = Symbol('reviewed for the JSON shortcut');

/** Marks a plugin whose Yoga-level hooks the shortcut may skip, saying why (kept next to where the plugin is added). */
export function skippedByShortcut<P extends Plugin>(plugin: P, why: string): P {
  return Object.assign(plugin, { [REVIEWED]: why });
}

/**
 * The plugins whose Yoga-level hooks nobody has reviewed for the shortcut: the app refuses to
 * start with one, so a plugin added later cannot be silently skipped for plain JSON calls —
 * it either works at envelop's level, or says why skipping it is safe.
 */
export function unreviewedForShortcut(plugins: readonly Plugin[]): string[] {
  return plugins.flatMap((plugin, i) => {
    const hooks = HTTP_HOOKS.filter((hook) => hook in plugin);
    return hooks.length > 0 && !(REVIEWED in plugin) ? [`plugin ${i} (${hooks.join(', ')})`] : [];
  });
}

/**
 * /graphql for Yoga, with one shortcut: a POST whose JSON body is a plain call — query,
 * variables, operation name — and whose Accept asks for one JSON result (curl, urql, Apollo and
 * GraphiQL all send such requests) runs through `yoga.getEnveloped`, as graphql-sse's and SOFA's
 * integrations do: the same plugins parse, validate, build the context, execute and mask, and
 * Yoga's own result processor writes the answer. Skipped is only Yoga's HTTP layer — a Fetch API
 * Request and its web stream per request, which cost more than the operation. Which path a request
 * takes depends on its shape, never on what was sent before; anything else (GET, batches,
 * extensions, streams, subscriptions, other Accept values) is Yoga's.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any server context: the scope is all this reads
export function graphqlDoor(yoga: YogaServerInstance<any, any>, masking: YogaMaskedErrorOpts): (scope: RequestScope) => Response | Promise<Response | Answer> {
  const viaYoga = (scope: RequestScope) => {
    if (scope.pathname === '/graphql') metrics.graphqlDocuments.inc({ path: 'yoga' });
    return yoga.handleNodeRequestAndResponse(scope.req, scope.res, { scope });
  };
  // For a request whose body turned out not to be a plain call, once read: Yoga reads the same bytes.
  const viaYogaWith = (scope: RequestScope, body: Buffer) => {
    metrics.graphqlDocuments.inc({ path: 'yoga' });
    const request = new Request(scope.request.url, { method: 'POST', headers: scope.req.headers as Record<string, string>, body: new Uint8Array(body) });
    return yoga.fetch(request, { req: scope.req, res: scope.res, scope });
  };
  const mask = (err: unknown): GraphQLError => {
    const masked = masking.maskError!(err, masking.errorMessage ?? 'Unexpected error.', false);
    return masked instanceof GraphQLError ? masked : new GraphQLError(masked.message, { originalError: masked });
  };

  async function run(scope: RequestScope, media: string): Promise<Response | Answer> {
    const bytes = await readAll(scope);
    const call = plainCall(bytes);
    // Not a plain call (or not UTF-8, which Yoga refuses): Yoga answers it.
    if (!call) return viaYogaWith(scope, bytes);
    metrics.graphqlDocuments.inc({ path: 'json' });
    const enveloped = yoga.getEnveloped({ request: scope.request, params: call, req: scope.req, res: scope.res, scope } as unknown as YogaInitialContext);
    let result: ExecutionResult;
    try {
      const document = enveloped.parse(call.query);
      const errors = enveloped.validate(enveloped.schema, document);
      if (errors.length > 0) {
        result = { errors };
      } else {
        // A subscription answers as Yoga decides for its Accept (an event stream, or 406).
        if (operationOf(document, call.operationName)?.operation === 'subscription') return viaYogaWith(scope, bytes);
        const contextValue = await enveloped.contextFactory();
        result = (await enveloped.execute({ schema: enveloped.schema, document, contextValue, variableValues: call.variables, operationName: call.operationName })) as ExecutionResult;
      }
    } catch (err) {
      // As Yoga's own handling of a request: a failure is an error result, masked.
      result = { errors: [mask(err)] };
    }
    // A result without errors or extensions is its JSON, status 200; Yoga's result processor
    // decides the status and headers of any other (and strips what is internal to them).
    if (!result.errors && !result.extensions) return { status: 200, text: JSON.stringify(result), headers: { 'content-type': `${media}; charset=utf-8` } };
    return processRegularResult(result, yoga.fetchAPI, media);
  }

  return (scope) => {
    const { req } = scope;
    const media = JSON_ANSWER[(req.headers.accept ?? '').trim().toLowerCase()];
    const plain = req.method === 'POST' && scope.pathname === '/graphql' && media !== undefined && JSON_BODY.test(req.headers['content-type'] ?? '') && req.headers['content-length'] !== undefined;
    return plain ? run(scope, media) : viaYoga(scope);
  };
}

/** The body as a plain GraphQL call, or null for anything else. */
function plainCall(bytes: Buffer): Call | null {
  const text = utf8Text(bytes);
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const { query, variables, operationName, ...rest } = parsed as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || typeof query !== 'string') return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
  return { query, operationName: operationName ?? undefined, variables: (variables ?? undefined) as Record<string, unknown> | undefined };
}

/** The whole body: the host admitted only a declared length of at most 1 MiB (src/http/perimeter.ts). */
function readAll({ req }: RequestScope): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}
