import type { Plugin } from 'graphql-yoga';
import { MAX_BODY_BYTES } from '../rest/body';
import { problem, problemResponse, type Problem } from '../rest/problem';

/**
 * GraphQL bodies are bounded like REST ones (Yoga and graphql-sse read them themselves): a request
 * that carries a body — every POST, and anything chunked — must declare its length (411
 * otherwise) and stay within 1 MiB (413). Node's HTTP parser never reads past a declared length.
 */
export function bodyLimitProblem(method: string, contentLength: string | null | undefined, transferEncoding: string | null | undefined): Problem | undefined {
  const carriesBody = method === 'POST' || (transferEncoding !== null && transferEncoding !== undefined) || (contentLength !== null && contentLength !== undefined);
  if (!carriesBody) return undefined;
  if (contentLength === null || contentLength === undefined || !/^\d+$/.test(contentLength) || transferEncoding) return problem(411, 'length_required', 'Send a Content-Length header.');
  if (Number(contentLength) > MAX_BODY_BYTES) return problem(413, 'payload_too_large', 'The request body is larger than 1 MiB.');
  return undefined;
}

/**
 * The same bound on Yoga's side, for every request it is handed (the listener applies it before
 * Yoga on node:http; this covers `yoga.fetch`). Yoga's own maxRequestBodySize stays on behind it.
 */
export function requestBodyLimitPlugin(): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const refused = bodyLimitProblem(request.method, request.headers.get('content-length'), request.headers.get('transfer-encoding'));
      if (refused) endResponse(problemResponse(refused));
    },
  };
}
