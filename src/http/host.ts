import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Deps } from '../domain/deps';
import { Answerer, answerOf, type Answer } from './answer';
import { corsPolicy, type CorsPolicy } from './cors';
import { gate } from './perimeter';
import { problem } from './problem';
import { admit, type RateLimiters } from './rate-limit';
import { RequestScope } from './request-scope';

/** What serves a request once the host has admitted it. */
export interface Doors {
  /** The REST shim at /v1: answers with text. */
  rest(scope: RequestScope, url: URL): Promise<Answer>;
  /** /graphql, /graphql/stream and the pages (Yoga's): answers with text or a Fetch API Response. */
  yoga(scope: RequestScope): Response | Answer | Promise<Response | Answer>;
  /** The providers' ingress at /ingress/… (src/ingress/http-door.ts): answers with text; never 500. */
  ingress(scope: RequestScope, url: URL): Promise<Answer>;
}

export interface HostOptions {
  deps: Deps;
  cors: CorsPolicy;
  limiters: RateLimiters;
}

/**
 * The HTTP host: the one place a request's envelope is made and its answer sent. For every
 * request it decides the door from the exact path (src/http/perimeter.ts: anything else is
 * refused before its body is read), makes the request's scope (ids, server span, timing), answers
 * a CORS preflight, admits the request (authentication, budgets), hands it to its door, and sends
 * the door's answer with the envelope's headers, the log line and the metric (src/http/answer.ts).
 */
export function createHost({ deps, cors, limiters }: HostOptions, doors: Doors): (req: IncomingMessage, res: ServerResponse) => void {
  const answerer = new Answerer(cors, deps.log);
  // Providers are no browsers: the ingress never answers with CORS headers, whatever origins are allowed.
  const ingressAnswerer = new Answerer(corsPolicy([]), deps.log);

  async function serve(scope: RequestScope, door: 'rest' | 'graphql' | 'page' | 'ingress', url: URL): Promise<void> {
    const { req, res } = scope;
    try {
      // No key, no budget, no preflight: providers authenticate each webhook by its signature.
      if (door === 'ingress') return ingressAnswerer.send(scope, await doors.ingress(scope, url));
      // A CORS preflight carries no key: the policy's headers are its whole answer.
      if (req.method === 'OPTIONS') return answerer.send(scope, { status: 204, text: '' });
      const refused = await admit(limiters, scope);
      if (refused) return answerer.send(scope, answerOf(refused));
      if (door === 'rest') {
        const answer = await doors.rest(scope, url);
        // The rest of an oversized body is not read: the connection cannot carry another request.
        if (answer.status === 413) answer.headers = { ...answer.headers, connection: 'close' };
        return answerer.send(scope, answer);
      }
      // A page needs no query string, and Yoga would take one ending in `/graphql` for its endpoint.
      if (door === 'page') req.url = url.pathname;
      const answer = await doors.yoga(scope);
      if (typeof answer.text === 'string') answerer.send(scope, answer as Answer);
      else await answerer.sendResponse(scope, answer as Response);
    } catch (err) {
      scope.log.error({ err: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err) }, 'request failed');
      if (!res.headersSent) answerer.send(scope, answerOf(problem(500, 'internal_error', 'Something went wrong on our side; the request id identifies it.')));
      else res.destroy();
    }
  }

  return (req, res) => {
    const to = gate(req);
    if ('refused' in to) {
      const scope = new RequestScope(req, res, to.pathname, deps);
      // A body the request still carries is not read: the connection closes after the answer instead of draining it.
      const unread = req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0';
      const answer = answerOf(to.refused);
      if (unread) answer.headers = { ...answer.headers, connection: 'close' };
      return scope.within(() => answerer.send(scope, answer));
    }
    const scope = new RequestScope(req, res, to.url.pathname, deps);
    scope.within(() => void serve(scope, to.door, to.url));
  };
}
