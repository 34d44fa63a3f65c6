import { problem, type Problem } from './problem';

export const MAX_BODY_BYTES = 1024 * 1024;
const MAX_DEPTH = 20;

function depthOf(value: unknown, depth = 0): number {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return depth;
  let max = depth;
  for (const v of Object.values(value)) max = Math.max(max, depthOf(v, depth + 1));
  return max;
}

/**
 * Reads a write's JSON body: 415 unless application/json, 413 over 1 MiB, 400 for malformed or
 * too deeply nested JSON. An empty body reads as undefined (verify-voip takes none).
 */
export async function readJsonBody(request: Request): Promise<{ body: unknown; raw: string } | { problem: Problem }> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) return { problem: problem(413, 'payload_too_large', 'The request body is larger than 1 MiB.') };
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        return { problem: problem(413, 'payload_too_large', 'The request body is larger than 1 MiB.') };
      }
      chunks.push(value);
    }
  }
  if (size === 0) return { body: undefined, raw: '' };
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return { problem: problem(415, 'unsupported_media_type', 'Send the body as application/json.') };
  const raw = Buffer.concat(chunks).toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return { problem: problem(400, 'malformed_json', 'The request body is not valid JSON.') };
  }
  if (depthOf(body) > MAX_DEPTH) return { problem: problem(400, 'malformed_json', 'The request body is nested too deeply.') };
  return { body, raw };
}
