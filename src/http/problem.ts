import {
  AuthenticationError,
  BudgetExceededError,
  ConflictError,
  ConnectLinkForbiddenError,
  ConnectLinkUsedError,
  DomainError,
  EvidenceError,
  InsufficientScopeError,
  NotFoundError,
  ProviderRejectedError,
  ProviderUnavailableError,
  ReverificationError,
  ValidationError,
  type FieldIssue,
} from '../domain/errors';
import { IdempotencyKeyReusedError } from '../domain/idempotency';
import type { ErrorClass } from '../domain/operation-errors';
import { DATABASE_UNAVAILABLE } from '../db/unavailable';

/** The REST error body: `{"detail", "code"}`, plus `fields` for validation failures and `required_scope` for a key lacking a scope. */
export interface Problem {
  status: number;
  code: string;
  detail: string;
  fields?: Record<string, string[]>;
  /** The scopes the request needs that the key lacks, space-separated (as RFC 6750's `scope`). */
  requiredScope?: string;
  headers?: Record<string, string>;
}

/** What an expected failure means in HTTP: its status, and the headers its answer carries. */
export interface HttpStatus {
  status: number;
  headers?: Record<string, string>;
}

export function problem(status: number, code: string, detail: string, extra: Partial<Problem> = {}): Problem {
  return { status, code, detail, ...extra };
}

export function validationProblem(issues: FieldIssue[], detail = 'Some fields are invalid.'): Problem {
  // No prototype: a client's field named `valueOf` or `__proto__` must be just a key.
  const fields: Record<string, string[]> = Object.create(null);
  for (const i of issues) (fields[i.path || 'body'] ??= []).push(i.message);
  return problem(statusOf(ValidationError), 'validation_failed', issues.length === 1 ? `${issues[0]!.path || 'body'}: ${issues[0]!.message}` : detail, { fields });
}

/**
 * Which HTTP status each domain error becomes, for both doors: the REST problem of a typed result
 * or a thrown error, and GraphQL's `extensions.http` for an error thrown outside a result union
 * (src/http/mask-errors.ts). A subclass takes its parent's status; an error listed nowhere is 400.
 */
const STATUS_BY_ERROR = new Map<ErrorClass, number>([
  [ValidationError, 400],
  [EvidenceError, 400],
  [AuthenticationError, 401],
  [InsufficientScopeError, 403],
  [ConnectLinkForbiddenError, 403],
  [ConnectLinkUsedError, 409],
  [NotFoundError, 404],
  [ConflictError, 409],
  [ReverificationError, 422],
  [IdempotencyKeyReusedError, 422],
  [ProviderRejectedError, 422],
  [BudgetExceededError, 429],
  [ProviderUnavailableError, 502],
]);

function statusOf(cls: ErrorClass): number {
  for (let c: unknown = cls; typeof c === 'function' && c !== DomainError; c = Object.getPrototypeOf(c)) {
    const status = STATUS_BY_ERROR.get(c as ErrorClass);
    if (status !== undefined) return status;
  }
  return 400;
}

/**
 * The headers a domain error's answer carries: a refusing budget's X-RateLimit-* and Retry-After;
 * a missing scope's `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"` (RFC 6750 §3.1).
 */
function headersOf(e: DomainError): Record<string, string> | undefined {
  if (e instanceof BudgetExceededError) return e.headers;
  if (e instanceof InsufficientScopeError) return { 'www-authenticate': `Bearer error="insufficient_scope", scope="${requiredScopeOf(e)}"` };
  return undefined;
}

/** The scopes a refused request needs, as the answer names them: space-separated. */
export const requiredScopeOf = (e: InsufficientScopeError): string => e.required.join(' ');

/** The answer while the database is away: 503 with a short Retry-After, never a hang or a 500. */
export const DATABASE_UNAVAILABLE_STATUS: HttpStatus = { status: 503, headers: { 'retry-after': '1' } };

/** The HTTP status and headers of a domain error, from the one table. */
export function httpStatusOf(e: DomainError): HttpStatus {
  const headers = headersOf(e);
  return { status: statusOf(e.constructor as ErrorClass), ...(headers && { headers }) };
}

/** An expected failure as it reaches a door: thrown, or read back from a result union by its class. */
export interface ExpectedFailure {
  cls: ErrorClass;
  code: string;
  message: string;
  fields?: FieldIssue[] | null;
  headers?: Record<string, string>;
  requiredScope?: string;
}

/** The problem body of an expected failure: its status from the one table, its code and message as they are. */
export function problemOf(f: ExpectedFailure): Problem {
  if (f.fields) return { ...validationProblem(f.fields, f.message), detail: f.message };
  return problem(statusOf(f.cls), f.code, f.message, { ...(f.headers && { headers: f.headers }), ...(f.requiredScope && { requiredScope: f.requiredScope }) });
}

/** A domain error thrown outside a result union (e.g. in a query field) → the same problem as its typed form. */
export function problemFromDomainError(e: DomainError): Problem {
  return problemOf({
    cls: e.constructor as ErrorClass,
    code: e.code,
    message: e.message,
    fields: e instanceof ValidationError ? e.issues : null,
    headers: headersOf(e),
    requiredScope: e instanceof InsufficientScopeError ? requiredScopeOf(e) : undefined,
  });
}

/** The JSON text of a problem body. */
export function problemText(p: Problem): string {
  return JSON.stringify({ detail: p.detail, code: p.code, ...(p.fields ? { fields: p.fields } : {}), ...(p.requiredScope ? { required_scope: p.requiredScope } : {}) });
}

export function problemResponse(p: Problem): Response {
  return new Response(problemText(p), { status: p.status, headers: { 'content-type': 'application/json', ...p.headers } });
}

export function databaseUnavailableProblem(): Problem {
  return problem(DATABASE_UNAVAILABLE_STATUS.status, 'database_unavailable', DATABASE_UNAVAILABLE, { headers: DATABASE_UNAVAILABLE_STATUS.headers });
}
