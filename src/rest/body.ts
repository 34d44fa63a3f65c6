import { textIssues } from '../domain/text';
import { MAX_BODY_BYTES, NOT_UTF8, utf8Text, type BodyReader } from '../http/body-limit';
import { problem, validationProblem, type Problem } from '../http/problem';

const MAX_DEPTH = 20;

function depthOf(value: unknown, depth = 0): number {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return depth;
  let max = depth;
  for (const v of Object.values(value)) max = Math.max(max, depthOf(v, depth + 1));
  return max;
}


/**
 * Reads a write's JSON body: 415 unless application/json, 413 over 1 MiB, 400 for malformed or
 * too deeply nested JSON, for bytes that are not UTF-8 and for strings no database stores as
 * given (a NUL, a lone surrogate: src/domain/text.ts). An empty body reads as undefined
 * (verify-voip takes none).
 */
export async function readJsonBody(headers: { get(name: string): string | null }, read: BodyReader): Promise<{ body: unknown; raw: string } | { problem: Problem }> {
  const declared = Number(headers.get('content-length') ?? '0');
  const tooLarge = { problem: problem(413, 'payload_too_large', 'The request body is larger than 1 MiB.') };
  if (declared > MAX_BODY_BYTES) return tooLarge;
  const bytes = await read(MAX_BODY_BYTES);
  if (bytes === null) return tooLarge;
  if (bytes.byteLength === 0) return { body: undefined, raw: '' };
  const type = (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return { problem: problem(415, 'unsupported_media_type', 'Send the body as application/json.') };
  const raw = utf8Text(bytes);
  if (raw === null) return { problem: problem(400, 'malformed_json', NOT_UTF8) };
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return { problem: problem(400, 'malformed_json', 'The request body is not valid JSON.') };
  }
  if (depthOf(body) > MAX_DEPTH) return { problem: problem(400, 'malformed_json', 'The request body is nested too deeply.') };
  const issues = textIssues(body);
  if (issues.length > 0) return { problem: validationProblem(issues) };
  return { body, raw };
}
