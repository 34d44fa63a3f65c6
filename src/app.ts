import type { IncomingMessage, ServerResponse } from 'node:http';
import { createYoga, type YogaMaskedErrorOpts, type YogaServerInstance } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { Config } from './config';
import type { Deps } from './domain/deps';
import { compiledExecution } from './http/compiled-execution';
import { consolePlugin } from './http/console-assets';
import { corsPolicy } from './http/cors';
import { operationSessions } from './http/enveloped-operations';
import { GRAPHIQL_DOCUMENT, GRAPHIQL_HEADERS, GRAPHIQL_VARIABLES } from './http/graphiql-document';
import { createContext } from './http/graphql-context';
import { graphqlDoor, skippedByShortcut, unreviewedForShortcut } from './http/graphql-json';
import { graphqlProtection } from './http/graphql-protection';
import { graphqlStreamPlugins } from './http/graphql-stream';
import { createHost } from './http/host';
import { createIngressDoor } from './ingress/http-door';
import { startSipIngress, type SipIngress } from './ingress/sip-server';
import { sipInviteArrived } from './domain/call-ingress';
import { inputTextPlugin } from './http/input-text';
import { maskedErrors } from './http/mask-errors';
import { operationSpanPlugin } from './http/observability';
import { RateLimiters } from './http/rate-limit';
import { scopeOf, type RequestScope } from './http/request-scope';
import { variableErrorsPlugin } from './http/variable-errors';
import { createRestHandler } from './rest/handler';
import { docsPlugin } from './rest/routes/docs';
import { routes } from './rest/routes/index';
import type { GraphQLContext } from './schema/context';
import { schema } from './schema/index';

export type AppOptions = Pick<Config, 'production' | 'rateLimits' | 'graphqlLimits' | 'graphqlJit' | 'corsOrigins' | 'streamLimits'>;

/** What Yoga's plugins and context receive from the HTTP host with every request. */
export type ServerContext = { req: IncomingMessage; res: ServerResponse; scope: RequestScope };

export type Yoga = YogaServerInstance<ServerContext, GraphQLContext>;

export interface App {
  /** The whole HTTP surface, for node:http's createServer. */
  listener(req: IncomingMessage, res: ServerResponse): void;
}

/**
 * The whole HTTP surface, one pipeline: the HTTP host (src/http/host.ts) owns every request's
 * envelope — scope, admission, answer — and hands it to a door. Every GraphQL execution goes
 * through the one Yoga app's plugins: /graphql and /graphql/stream through Yoga itself, the REST
 * shim at /v1 through `yoga.getEnveloped` (src/http/enveloped-operations.ts). Yoga also serves the
 * pages: GraphiQL at /graphql, the API reference at /docs, the onboarding console at /.
 */
export function createApp(deps: Deps, options: AppOptions, redis?: Redis): App {
  const limiters = new RateLimiters(options.rateLimits, deps.clock, redis && { redis, log: deps.log });
  const masking = maskedErrors(deps.log);
  const yoga = createYogaApp(deps, options, limiters, masking);
  const rest = createRestHandler({ deps, routes, sessions: operationSessions(yoga) });
  const listener = createHost({ deps, cors: corsPolicy(options.corsOrigins), limiters }, { rest, yoga: graphqlDoor(yoga, masking), ingress: createIngressDoor(deps) });
  return { listener };
}

function createYogaApp(deps: Deps, options: AppOptions, limiters: RateLimiters, masking: YogaMaskedErrorOpts): Yoga {
  const plugins = [
    skippedByShortcut(consolePlugin(), 'serves pages, never /graphql'),
    skippedByShortcut(docsPlugin(), 'serves pages, never /graphql'),
    operationSpanPlugin(),
    ...graphqlProtection(options.graphqlLimits, options.production),
    variableErrorsPlugin(),
    skippedByShortcut(inputTextPlugin(), 'the shortcut refuses bytes that are not UTF-8 itself (Yoga answers them)'),
    ...(options.graphqlJit ? compiledExecution() : []),
    ...graphqlStreamPlugins(deps, options.streamLimits).map((p) => skippedByShortcut(p, 'serves /graphql/stream, never a plain call')),
  ];
  const unreviewed = unreviewedForShortcut(plugins);
  if (unreviewed.length > 0) throw new Error(`Yoga plugins with HTTP-level hooks the JSON shortcut would skip (src/http/graphql-json.ts): ${unreviewed.join('; ')}`);
  return createYoga<ServerContext, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: options.production
      ? false
      : { title: 'Trunkline GraphiQL', defaultTabs: [{ query: GRAPHIQL_DOCUMENT, variables: GRAPHIQL_VARIABLES, headers: GRAPHIQL_HEADERS }] },
    // Imported when the page is first asked for: the renderer inlines GraphiQL's whole bundle,
    // ≈ 33 MB of heap that an instance nobody opens GraphiQL on should never hold.
    renderGraphiQL: async (opts) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(opts),
    maskedErrors: masking,
    batching: false,
    // The host refuses a body without a Content-Length or over 1 MiB before Yoga is handed it
    // (src/http/perimeter.ts), and Node's HTTP parser never reads past the declared length: Yoga's
    // own limit would check nothing more, and it pipes every body through a stream pipeline that
    // stays attached to the request until its connection's answer ends — ≈ 10 KB of heap for each
    // open event stream, for hours.
    maxRequestBodySize: false,
    // The envelope — CORS, security headers, request ids, rate limits, the log line — is the host's.
    cors: false,
    logging: false,
    context: (initial) => createContext(deps, scopeOf(initial), options.graphqlLimits.cost, limiters),
    plugins,
  });
}

/**
 * The SIP ingress (issue 24), when TRUNKLINE_SIP_INGRESS_LISTEN says where: UDP and TCP on one
 * port (port 0: a free one, taken by UDP first). INVITEs of trusted sources go to the domain,
 * which refuses test calls (486) and redirects every other call to the platform (302). Tells the
 * runtime the URI providers reach it at, unless TRUNKLINE_INGRESS_SIP_URI says. With the
 * TRUNKLINE_SIP_INGRESS_TLS_* settings it also takes SIP over TLS on a port of its own; the URI
 * told stays the UDP one (a `sips:` or `;transport=tls` URI is the operator's to set in
 * TRUNKLINE_INGRESS_SIP_URI: only they know the name their certificate carries).
 */
export async function startSipIngressFor(deps: Deps, config: Pick<Config, 'testCalls'>, listening: (where: { sipUri: string }) => void): Promise<SipIngress | null> {
  const settings = config.testCalls.sipIngress;
  if (!settings) return null;
  const tls = settings.tls;
  const start = (udpPort: number, tcpPort: number | undefined) =>
    startSipIngress({
      // TLS only on the real start, not on the probe for a free UDP port.
      listen: { host: settings.host, udpPort, tcpPort, tlsPort: tcpPort === undefined ? undefined : tls?.port },
      tls: tls && { cert: tls.cert, key: tls.key },
      trustedSources: settings.trustedSources,
      log: deps.log,
      clock: deps.clock,
      onInvite: async (invite) => {
        if (!invite.from || !invite.to) return { action: 'redirect', contact: deps.inbound.sipUri };
        return sipInviteArrived(deps, { from: invite.from, to: invite.to, callId: invite.callId, transport: invite.transport });
      },
    });
  let ingress: SipIngress | undefined;
  if (settings.port === 0) {
    // A free UDP port whose TCP twin may be taken (by an open connection): then another one.
    for (let attempt = 1; !ingress; attempt++) {
      const udpOnly = await start(0, undefined);
      const port = udpOnly.udpPort!;
      await udpOnly.close();
      ingress = await start(port, port).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'EADDRINUSE' || attempt >= 5) throw err;
        return undefined;
      });
    }
  } else {
    ingress = await start(settings.port, settings.port);
  }
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  listening({ sipUri: `sip:${host}:${ingress.udpPort}` });
  return ingress;
}
