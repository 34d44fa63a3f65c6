import type { Plugin } from 'graphql-yoga';
import { MAX_BODY_BYTES } from '../rest/body';
import { problem, problemResponse } from '../rest/problem';
import { GRAPHQL_STREAM } from './graphql-stream';

/**
 * GraphQL bodies are bounded like REST ones (Yoga reads them itself): a POST must declare its
 * length (411 otherwise) and stay within 1 MiB (413).
 */
export function requestBodyLimitPlugin(): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'POST' || (url.pathname !== '/graphql' && url.pathname !== GRAPHQL_STREAM)) return;
      const length = request.headers.get('content-length');
      if (length === null) return endResponse(problemResponse(problem(411, 'length_required', 'Send a Content-Length header.')));
      if (Number(length) > MAX_BODY_BYTES) endResponse(problemResponse(problem(413, 'payload_too_large', 'The request body is larger than 1 MiB.')));
    },
  };
}
