import type { Cursor } from '../db/keyset';
import { ValidationError } from './errors';
import { textProblem } from './text';

/** A list position as the API hands it out: opaque text, base64url of the row's (created_at, id). */
export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.createdAt}|${c.id}`).toString('base64url');
}

/**
 * A cursor back to its position. Only what encodeCursor could have made is accepted: the text
 * must encode back to the same cursor (so no invalid UTF-8, stray separator or padding) and hold
 * no character the database refuses (a decoded NUL is a 500 on PostgreSQL otherwise).
 */
export function decodeCursor(value: string): Cursor {
  const [createdAt, id, ...rest] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const n = Number(id);
  const cursor = { createdAt: createdAt ?? '', id: n };
  if (
    !createdAt ||
    rest.length > 0 ||
    !Number.isSafeInteger(n) ||
    Number.isNaN(Date.parse(createdAt)) ||
    textProblem(createdAt) !== null ||
    encodeCursor(cursor) !== value
  ) {
    throw new ValidationError([{ path: 'after', message: 'is not a cursor this API issued' }]);
  }
  return cursor;
}
