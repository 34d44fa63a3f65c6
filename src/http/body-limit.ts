import { problem, type Problem } from './problem';

/** The largest request body the gateway reads, on every door. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Reads a request's whole body, or null once it grows past `maxBytes`. */
export type BodyReader = (maxBytes: number) => Promise<Buffer | null>;

/** Refuses bytes that are not UTF-8 instead of storing U+FFFD in their place (JSON is UTF-8). */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The body's text, or null when it is not UTF-8. */
export function utf8Text(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

export const NOT_UTF8 = 'The request body is not UTF-8 text.';

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
