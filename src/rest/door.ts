import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Deps } from '../domain/deps';
import { finishRequest, inRequestSpan } from '../http/observability';
import { admit, rateLimitHeaders, type RateLimiters } from '../http/rate-limit';
import type { CorsPolicy } from '../http/cors';
import { envelopeHeaders } from '../http/envelope';
import { logRequest, requestIdOf } from '../http/request-log';
import { nodeRequestView, type RequestView } from '../http/request-view';
import type { Answer, RestCall } from './handler';
import { problem, problemText } from './problem';
import { RestProblem } from './route';

export interface RestDoorOptions {
  deps: Deps;
  limiters: RateLimiters;
  cors: CorsPolicy;
  handle: (call: RestCall) => Promise<Answer>;
}

/**
 * The REST shim's door, straight on node:http: no Fetch API Request, Headers, Response or web
 * stream per request, which cost more than the rest of a list request's HTTP handling. It does
 * for /v1 what Yoga's plugins do for the other paths, with the same functions: the request's
 * span and metric, its id, admission (authentication and budgets), the CORS policy, the
 * security headers and the log line.
 */
export function restDoor({ deps, limiters, cors, handle }: RestDoorOptions): (req: IncomingMessage, res: ServerResponse, url: URL) => void {
  async function serve(request: RequestView, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const requestId = requestIdOf(request);
    let answer: Answer;
    try {
      if (request.method === 'OPTIONS') {
        // A CORS preflight, answered as on Yoga's paths (src/http/cors.ts).
        answer = { status: 204, text: '', headers: { 'content-length': '0' } };
      } else {
        const refused = await admit(deps, limiters, request, req.socket.remoteAddress ?? 'local');
        answer = refused
          ? { status: refused.status, text: problemText(refused), headers: refused.headers }
          : await handle({ request, pathname: url.pathname, query: url.searchParams, readBody: (max) => readBody(req, max) });
      }
    } catch (err) {
      deps.log.error({ requestId, err: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err) }, 'REST request failed');
      const p = problem(500, 'internal_error', 'Something went wrong on our side; the request id identifies it.');
      answer = { status: p.status, text: problemText(p) };
    }
    const headers: Record<string, string> = answer.status === 204 || request.method === 'OPTIONS' ? {} : { 'content-type': 'application/json' };
    Object.assign(headers, answer.headers);
    const decision = limiters.decisionFor(request);
    if (decision) Object.assign(headers, rateLimitHeaders(decision));
    Object.assign(headers, envelopeHeaders(request, cors));
    if (answer.status === 413) headers.connection = 'close'; // the rest of an oversized body is not read
    if (answer.status !== 204) headers['content-length'] = String(Buffer.byteLength(answer.text));
    res.writeHead(answer.status, headers);
    res.end(answer.status === 204 ? undefined : answer.text);
    logRequest(deps.log, request, url.pathname, answer.status);
    finishRequest(request, answer.status);
  }

  return (req, res, url) => {
    const request = nodeRequestView(req, res);
    inRequestSpan(request, url.pathname, 'http', () => void serve(request, req, res, url));
  };
}

/** The body's bytes, or null once they pass `max` (the rest is discarded as it arrives). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
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
