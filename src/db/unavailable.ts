/** Connection-level failures: the database is away (stopped, restarting, unreachable), not the query wrong. */
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
/** PostgreSQL SQLSTATEs of a server shutting down or starting: class 57P and 08 (connection exception). */
const PG_CODE = /^(57P0[1-4]|08\d{3})$/;

export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (NODE_CODES.has(code) || PG_CODE.test(code))) return true;
    if (/Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(e.message)) return true;
  }
  return false;
}

export const DATABASE_UNAVAILABLE = 'The database is not reachable right now; nothing was changed. Retry shortly.';
