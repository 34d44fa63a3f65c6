import type { FieldIssue } from './errors';

/**
 * What text both engines store exactly as given. PostgreSQL `text` cannot hold U+0000 (the
 * driver's error would be a 500), and a lone UTF-16 surrogate (`"\ud800"` in JSON) has no UTF-8
 * form, so both drivers would store U+FFFD in its place. Every string a client sends — values,
 * field names, filters, cursors — is held to this before anything reads or writes with it.
 */
const LONE_SURROGATE = /\p{Cs}/u;

export const NUL_MESSAGE = 'must not contain a NUL character';
export const UNICODE_MESSAGE = 'must be valid Unicode text';

/** Why a string cannot be stored as given, or null when it can. */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(value)) return UNICODE_MESSAGE;
  return null;
}

/**
 * Every string of a JSON value that cannot be stored, as field issues. `path` turns the keys and
 * indexes leading to a string into the caller's path; a bad field name is reported at the
 * object holding it (echoing the name would repeat the bad text).
 */
export function textIssues(value: unknown, path: (parts: readonly string[]) => string = (p) => p.join('.'), at: string[] = []): FieldIssue[] {
  if (typeof value === 'string') {
    const message = textProblem(value);
    return message ? [{ path: path(at), message }] : [];
  }
  if (value === null || typeof value !== 'object') return [];
  const issues: FieldIssue[] = [];
  for (const [key, item] of Object.entries(value)) {
    const message = textProblem(key);
    if (message) issues.push({ path: path(at), message: `${message} in a field name` });
    issues.push(...textIssues(item, path, [...at, key]));
  }
  return issues;
}
