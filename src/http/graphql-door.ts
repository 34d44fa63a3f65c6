import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExecutionResult, GraphQLError, GraphQLSchema } from 'graphql';
import { processRegularResult, type YogaMaskedErrorOpts } from 'graphql-yoga';
import { sendNodeResponse } from '@whatwg-node/server';
import { createContext } from '../context';
import type { Deps } from '../domain/deps';
import { metrics } from '../observability/metrics';
import { inSpan, SpanKind } from '../observability/tracing';
import { MAX_BODY_BYTES, utf8Text } from '../rest/body';
import { problemText } from '../rest/problem';
import { runCompiled, type CompiledOperation } from './compiled-execution';
import { finishRequest, inRequestSpan, noteRoute, operationLabel } from './observability';
import { admit, rateLimitHeaders, type RateLimiters } from './rate-limit';
import { logRequest, requestIdOf } from './request-log';
import { nodeRequestView, type RequestView } from './request-view';
import type { CorsPolicy } from './cors';
import { envelopeHeaders } from './envelope';
import { variableTextErrors } from './input-text';
import { withSafeVariableErrors } from './variable-errors';

/** Documents Yoga has parsed, validated (with every limit) and compiled, by text and operation name. */
export class CompiledDocuments {
  private readonly byText = new Map<string, Map<string, { op: CompiledOperation; label: string }>>();
  constructor(private readonly max = 1000) {}

  add(op: CompiledOperation, operationName: string): void {
    const text = op.document.loc?.source.body;
    if (text === undefined) return;
    let byName = this.byText.get(text);
    if (!byName) {
      if (this.byText.size >= this.max) this.byText.delete(this.byText.keys().next().value!);
      this.byText.set(text, (byName = new Map()));
    }
    byName.set(operationName, { op, label: operationLabel(op.document, operationName || undefined) });
  }

  get(text: string, operationName: string) {
    return this.byText.get(text)?.get(operationName);
  }
}

export interface GraphQLDoorOptions {
  deps: Deps;
  schema: GraphQLSchema;
  limiters: RateLimiters;
  cors: CorsPolicy;
  maxCost: number;
  documents: CompiledDocuments;
  masking: YogaMaskedErrorOpts;
  /** Yoga, for every request this door does not take. */
  general: (req: IncomingMessage, res: ServerResponse) => void;
  /** Yoga's Fetch API handler, for a request whose body was read before it turned out not to be ours. */
  fetch: (request: Request, context: { req: IncomingMessage; res: ServerResponse }) => Response | Promise<Response>;
}

const isJson = (value: string | undefined) => value !== undefined && /^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(value.trim());

type JsonMediaType = 'application/json' | 'application/graphql-response+json';

/** Yoga's result processors in its order, by the media types they answer. */
const PROCESSORS = [['text/event-stream'], ['multipart/mixed'], ['application/graphql-response+json', 'application/json']] as const;
/** Whether a processor's media type answers a requested one (which may hold wildcards). */
const answers = (processorType: string, requestedType: string) => {
  const [pre, suf] = processorType.split('/');
  const [wantedPre, wantedSuf] = requestedType.split('/');
  return (wantedPre === '*' || wantedPre === pre) && (wantedSuf === '*' || wantedSuf === suf);
};

/**
 * The JSON media type Yoga would answer a single result with, given the Accept header, or null
 * when it would pick another processor (event stream, multipart) or none: the same walk as its
 * result-processor plugin (the last match wins; q-values are not read; only utf-8 charsets).
 */
export function jsonMediaType(accept: string | undefined): JsonMediaType | null {
  const asked: string[] = [];
  for (const entry of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [type, ...params] = entry.split(';');
    const charset = params.find((p) => p.includes('charset=')) ?? 'charset=utf-8';
    if (type !== undefined && charset === 'charset=utf-8') asked.push(type);
  }
  asked.reverse();
  let chosen: string | null = null;
  for (const offered of PROCESSORS) for (const type of asked) for (const media of offered) if (answers(media, type)) chosen = media;
  return chosen === 'application/json' || chosen === 'application/graphql-response+json' ? chosen : null;
}

/**
 * POST /graphql of a document already seen: Yoga has parsed and validated it (every document
 * limit included) and graphql-jit compiled it, so this door only binds variables and runs it,
 * with none of Yoga's per-request Request, Response and plugin work. It takes only what Yoga
 * would answer with one JSON result — a JSON body of query, variables and operation name, an
 * Accept for which Yoga picks application/json or application/graphql-response+json (what
 * urql, Apollo and GraphiQL send) — and answers as Yoga does: the same context, variable-error rewriting,
 * masking and result processing (Yoga's own, whenever there are errors), and the same envelope
 * as the REST door. Everything else goes to Yoga untouched.
 */
export function graphqlDoor(o: GraphQLDoorOptions): (req: IncomingMessage, res: ServerResponse, url: URL) => void {
  const mask = (e: GraphQLError) => o.masking.maskError!(e, o.masking.errorMessage ?? 'Unexpected error.', undefined) as GraphQLError;

  async function fast(req: IncomingMessage, res: ServerResponse, url: URL, media: JsonMediaType): Promise<void> {
    const body = await readAll(req);
    const call = parseCall(body);
    const entry = call && o.documents.get(call.query, call.operationName);
    if (!call || !entry) {
      metrics.graphqlDocuments.inc({ path: 'general' });
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const response = await o.fetch(new Request(`http://${req.headers.host ?? 'localhost'}${req.url}`, { method: 'POST', headers, body: new Uint8Array(body) }), { req, res });
      return sendNodeResponse(response, res, req, false);
    }
    metrics.graphqlDocuments.inc({ path: 'compiled' });
    const request = nodeRequestView(req, res);
    await inRequestSpan(request, url.pathname, 'http', () => run(request, req, res, url, entry, call.variables, media));
  }

  async function run(
    request: RequestView,
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    entry: { op: CompiledOperation; label: string },
    variables: Record<string, unknown> | undefined,
    media: JsonMediaType,
  ) {
    const requestId = requestIdOf(request);
    let status = 200;
    let text: string;
    let headers: Record<string, string> = { 'content-type': `${media}; charset=utf-8` };
    const refused = await admit(o.deps, o.limiters, request, req.socket.remoteAddress ?? 'local');
    if (refused) {
      status = refused.status;
      text = problemText(refused);
      headers = { 'content-type': 'application/json', ...refused.headers };
    } else {
      noteRoute(request, entry.label);
      const [type, fields] = entry.label.split(' ');
      const context = await createContext(o.deps, request, requestId, o.maxCost, o.limiters);
      // Strings no database stores as given are refused as Yoga refuses them (src/http/input-text.ts).
      const textErrors = variableTextErrors(variables);
      let result: ExecutionResult = textErrors ? { errors: textErrors } : await inSpan(`graphql ${entry.label}`, SpanKind.INTERNAL, { 'graphql.operation.type': type!, 'graphql.operation.fields': fields ?? '' }, async () => {
        try {
          return await runCompiled(o.schema, entry.op, undefined, context, variables);
        } catch (err) {
          return { errors: [err as GraphQLError] };
        }
      });
      result = withSafeVariableErrors(result);
      if (result.errors?.length) {
        const response = await processRegularResult({ ...result, errors: result.errors.map(mask) }, { Response } as never, media);
        status = response.status;
        text = await response.text();
        headers = Object.fromEntries(response.headers);
      } else {
        text = JSON.stringify(result);
      }
    }
    const decision = o.limiters.decisionFor(request);
    if (decision) Object.assign(headers, rateLimitHeaders(decision));
    Object.assign(headers, envelopeHeaders(request, o.cors));
    headers['content-length'] = String(Buffer.byteLength(text));
    res.writeHead(status, headers);
    res.end(text);
    logRequest(o.deps.log, request, url.pathname, status);
    finishRequest(request, status);
  }

  return (req, res, url) => {
    const h = req.headers;
    const length = Number(h['content-length']);
    const media = jsonMediaType(h.accept);
    const ours =
      req.method === 'POST' &&
      url.pathname === '/graphql' &&
      isJson(h['content-type']) &&
      media !== null &&
      h['content-length'] !== undefined &&
      Number.isSafeInteger(length) &&
      length <= MAX_BODY_BYTES;
    if (!ours) {
      if (req.method === 'POST' && url.pathname === '/graphql') metrics.graphqlDocuments.inc({ path: 'general' });
      return o.general(req, res);
    }
    fast(req, res, url, media).catch((err: unknown) => {
      o.deps.log.error({ err: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err) }, 'GraphQL request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end();
    });
  };
}

interface Call {
  query: string;
  operationName: string;
  variables: Record<string, unknown> | undefined;
}

/** The body as a plain GraphQL call, or null for anything else (Yoga answers that). */
function parseCall(body: Buffer): Call | null {
  // Bytes that are not UTF-8 go to Yoga, which refuses them (src/http/input-text.ts).
  const text = utf8Text(body);
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
  return { query, operationName: operationName ?? '', variables: (variables ?? undefined) as Record<string, unknown> | undefined };
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}
