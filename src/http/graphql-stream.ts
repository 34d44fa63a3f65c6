import { randomUUID } from 'node:crypto';
import { ConnectLinkForbiddenError } from '../domain/errors';
import { getOperationAST, GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { createHandler, TOKEN_HEADER_KEY, TOKEN_QUERY_KEY, type Handler, type Request as SseRequest, type Response as SseResponse } from 'graphql-sse';
import type { Plugin, YogaInitialContext } from 'graphql-yoga';
import type { Deps, Principal } from '../domain/deps';
import { OpenStreams, type Reservation, type StreamLimits } from '../events/open-streams';
import { problem, problemResponse, problemText, type Problem } from './problem';
import type { GraphQLContext } from '../schema/context';
import { scopeOf } from './request-scope';

/**
 * graphql-sse's "single connection mode" at /graphql/stream: one event stream per client carries
 * all of its subscriptions. Browsers allow six HTTP/1.1 connections per host, so a page with two
 * subscriptions in distinct mode (one connection each, at /graphql) would starve its own requests
 * from its third tab on. Every request of the protocol (reserve, stream, operation, delete) must
 * carry a valid key: nobody holds a stream open anonymously.
 *
 * The protocol is graphql-sse's own handler; what is ours goes through its hooks:
 * - a stream token belongs to the key that reserved it. `authenticate` hands graphql-sse the
 *   token prefixed with the caller's key id, so each key has its own token space: another key's
 *   token is, for everyone else, a token that does not exist (404 Stream not found), and a
 *   client-chosen token cannot collide with another organization's. The PUT answer is given the
 *   token without the prefix, the one the client sends back.
 * - a token longer than MAX_TOKEN_LENGTH is 400.
 * - a key holds at most `perKey` streams on this instance (single-connection streams from their
 *   PUT, and each subscription in distinct mode, here or at /graphql), a stream at most
 *   `operationsPerStream` operations: over either, 429 with a code.
 * - a reservation not opened within RESERVATION_TTL_MS is dropped (see OpenStreams).
 * - an open stream whose key is revoked ends once its operations have ended with
 *   invalid_api_key (see subscriptions.ts): at once for a quiet one.
 */
export const GRAPHQL_STREAM = '/graphql/stream';

/** Longer than any token we issue (a UUID): a client-chosen one is held to it too. */
export const MAX_TOKEN_LENGTH = 128;

const DEFAULT_LIMITS: StreamLimits = { perKey: 20, operationsPerStream: 50 };

const tooManyStreams = (limits: StreamLimits) =>
  problem(429, 'stream_limit_reached', `This API key already holds ${limits.perKey} event streams on this instance: close one first.`);
const tooManyOperations = (limits: StreamLimits) =>
  problem(429, 'operation_limit_reached', `This event stream already carries ${limits.operationsPerStream} operations: complete one first.`);

/** A problem as graphql-sse answers: body and init. */
const sseProblem = (p: Problem): SseResponse => [problemText(p), { status: p.status, statusText: p.status === 400 ? 'Bad Request' : 'Too Many Requests', headers: { 'content-type': 'application/json' } }];

/**
 * One request of the protocol as graphql-sse carries it (its `raw`), with what our hooks learn
 * about it on the way: no map keyed by request holds it.
 */
interface StreamCall {
  request: Request;
  principal: Principal;
  serverContext: object;
  /** graphql-sse's token for it, as `authenticate` chose it. */
  token?: string;
  /** The reservation its PUT made. */
  reserved?: Reservation;
  /** The single-connection stream and operation id it was attached to (an operation request). */
  operation?: { reservation: Reservation; id: string };
}

/** A request this plugin makes to graphql-sse itself (to drop a reservation): its token is given. */
interface InternalCall {
  internalToken: string;
}

type Raw = StreamCall | InternalCall;

export function graphqlStreamPlugins(deps: Deps, limits: StreamLimits = DEFAULT_LIMITS): Plugin[] {
  /** How to end each open single-connection stream. */
  const enders = new WeakMap<Reservation, () => void>();
  let handler: Handler<Raw, unknown>;

  const streams = new OpenStreams(limits, deps.clock, (reservation) => {
    // graphql-sse keeps reservations in a map of its own and forgets one only when its stream
    // ends: open it, as a GET would, and end it at once (its operations end with it).
    const raw: InternalCall = { internalToken: reservation.token };
    return handler({ method: 'GET', url: GRAPHQL_STREAM, headers: { get: (name: string) => (name === 'accept' ? 'text/event-stream' : null) }, raw, context: undefined } as SseRequest<Raw, unknown>)
      .then(async ([body]) => {
        if (typeof body === 'object' && body !== null) await body.return(undefined);
      })
      .catch((err: unknown) => deps.log.warn({ reason: err instanceof Error ? err.message : String(err) }, 'event stream reservation not dropped'));
  });

  /** Open streams whose key was revoked: each ends with its last operation. */
  const revoked = new WeakSet<Reservation>();
  function leave(reservation: Reservation, id: string) {
    reservation.operations.delete(id);
    if (revoked.has(reservation) && reservation.operations.size === 0) enders.get(reservation)?.();
  }

  function authenticate(req: SseRequest<Raw, unknown>): SseResponse | string {
    if ('internalToken' in req.raw) return req.raw.internalToken;
    const call = req.raw;
    const url = new URL(req.url, 'http://localhost');
    const clientToken = req.headers.get(TOKEN_HEADER_KEY) || url.searchParams.get(TOKEN_QUERY_KEY) || null;
    if (clientToken !== null && clientToken.length > MAX_TOKEN_LENGTH) {
      return sseProblem(problem(400, 'invalid_stream_token', `The event stream token is longer than ${MAX_TOKEN_LENGTH} characters.`));
    }
    // A connect link subscribes to nothing (src/schema/field-scopes.ts): it holds no stream either.
    if (call.principal.connectLink) return sseProblem(problem(403, 'connect_link_forbidden', new ConnectLinkForbiddenError().message));
    const token = `${call.principal.apiKeyId}:${clientToken ?? randomUUID()}`;
    call.token = token;
    const reservation = streams.get(token);
    if (req.method === 'PUT') {
      // An existing one is graphql-sse's 409; a new one takes a slot now, released if the PUT fails.
      if (!reservation) {
        const created = streams.reserve(call.principal.apiKeyId, token);
        if (!created) return sseProblem(tooManyStreams(limits));
        call.reserved = created;
      }
    } else if (reservation && req.method === 'DELETE') {
      const id = url.searchParams.get('operationId');
      if (id) leave(reservation, id);
    } else if (reservation && (req.headers.get('accept') || '*/*') !== 'text/event-stream') {
      // An operation for the stream (graphql-sse's own test of the mode); checked again in onSubscribe, after its body is read.
      if (reservation.operations.size >= limits.operationsPerStream) return sseProblem(tooManyOperations(limits));
    }
    return token;
  }

  return [
    {
      onYogaInit({ yoga }) {
        handler = createHandler<Raw, unknown>({
          authenticate,
          onSubscribe(req, params) {
            const call = req.raw as StreamCall;
            const reservation = streams.get(call.token!);
            const id = String(params.extensions?.operationId ?? '');
            if (reservation && id) {
              if (reservation.operations.size >= limits.operationsPerStream) return sseProblem(tooManyOperations(limits));
              reservation.operations.add(id);
              call.operation = { reservation, id };
            }
            // As @graphql-yoga/plugin-graphql-sse runs an operation: through Yoga's envelope (limits, context, masking).
            // `streamOperation` tells onSubscribe below that the stream is already counted.
            const enveloped = yoga.getEnveloped({ ...call.serverContext, request: call.request, params, streamOperation: call.operation !== undefined } as unknown as YogaInitialContext);
            let document;
            try {
              document = enveloped.parse(params.query);
            } catch (err) {
              // A syntax error, or a document over a parser limit: an error result, not a failed request.
              return { errors: [err instanceof GraphQLError ? err : new GraphQLError('Syntax error.')] } satisfies ExecutionResult;
            }
            const errors = enveloped.validate(enveloped.schema, document);
            if (errors.length > 0) return { errors } satisfies ExecutionResult;
            return (async () => {
              const contextValue = await enveloped.contextFactory();
              const args: ExecutionArgs = { schema: enveloped.schema, document, contextValue, variableValues: params.variables, operationName: params.operationName };
              const run = getOperationAST(document, params.operationName)?.operation === 'subscription' ? enveloped.subscribe : enveloped.execute;
              return (await run(args)) as ExecutionResult;
            })();
          },
          onComplete(_ctx, req) {
            const op = (req.raw as StreamCall).operation;
            if (op) leave(op.reservation, op.id);
          },
        });
      },
      async onRequest({ request, url, endResponse, serverContext }) {
        if (url.pathname !== GRAPHQL_STREAM) return;
        const { principal, authError } = await scopeOf(serverContext).authenticate();
        if (!principal) {
          endResponse(problemResponse(problem(401, authError?.code ?? 'not_authenticated', authError?.message ?? 'Authentication credentials were not provided.', { headers: { 'www-authenticate': 'Bearer' } })));
          return;
        }
        endResponse(await respond({ request, principal, serverContext }));
      },
      // Each subscription outside a single-connection stream (distinct mode, here or at /graphql) is a stream of its own.
      onSubscribe({ args, setResultAndStopExecution }) {
        const ctx = args.contextValue as unknown as GraphQLContext & { streamOperation?: boolean };
        if (!ctx.principal || ctx.streamOperation) return;
        const release = streams.take(ctx.principal.apiKeyId);
        if (!release) {
          const refused = tooManyStreams(limits);
          setResultAndStopExecution({ errors: [new GraphQLError(refused.detail, { extensions: { code: refused.code, http: { status: refused.status } } })] });
          return;
        }
        return {
          onSubscribeResult({ result }) {
            if (!(Symbol.asyncIterator in result)) {
              release();
              return;
            }
            return { onEnd: release };
          },
        };
      },
    },
  ];

  /** graphql-sse's answer as a Fetch Response (as graphql-sse/lib/use/fetch does), with our bookkeeping of single-connection streams. */
  async function respond(call: StreamCall): Promise<Response> {
    const { request } = call;
    // Expired reservations are dropped before graphql-sse looks for this request's.
    await streams.expire();
    let [body, init] = await handler({ method: request.method, url: request.url, headers: request.headers, body: () => request.text(), raw: call, context: undefined });
    const { reserved, token } = call;
    if (reserved) {
      if (init.status !== 201) streams.close(reserved);
      // The token the client sends back: graphql-sse's without our key prefix.
      else body = reserved.token.slice(reserved.token.indexOf(':') + 1);
    }
    if (!body || typeof body === 'string') return new Response(body, init);
    const reservation = token === undefined ? undefined : streams.get(token);
    const events = body;
    let watch: ReturnType<Deps['events']['watchRevocation']> | undefined;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      void events.return(undefined);
      if (reservation && reservation.opened) {
        streams.close(reservation);
        watch?.stop();
      }
    };
    if (reservation && !reservation.opened && request.method === 'GET' && init.status === 200) {
      streams.opened(reservation);
      enders.set(reservation, end);
      watch = deps.events.watchRevocation(call.principal.organizationId, reservation.apiKeyId);
      void watch.revoked.then(() => {
        revoked.add(reservation);
        if (reservation.operations.size === 0) end();
      });
    }
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await events.next();
        if (value != null) controller.enqueue(encoder.encode(value));
        if (done) {
          controller.close();
          end();
        }
      },
      cancel: end,
    });
    if (request.signal.aborted) end();
    else request.signal.addEventListener('abort', end);
    return new Response(stream, init);
  }
}
