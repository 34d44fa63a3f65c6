import { ValidationError, type DomainError } from '../domain/errors';
import type { FieldIssue } from '../domain/errors';

/** The REST error body: `{"detail", "code"}`, plus `fields` for validation failures. */
export interface Problem {
  status: number;
  code: string;
  detail: string;
  fields?: Record<string, string[]>;
  headers?: Record<string, string>;
}

export function problem(status: number, code: string, detail: string, extra: Partial<Problem> = {}): Problem {
  return { status, code, detail, ...extra };
}

export function validationProblem(issues: FieldIssue[], detail = 'Some fields are invalid.'): Problem {
  // No prototype: a client's field named `valueOf` or `__proto__` must be just a key.
  const fields: Record<string, string[]> = Object.create(null);
  for (const i of issues) (fields[i.path || 'body'] ??= []).push(i.message);
  return problem(400, 'validation_failed', issues.length === 1 ? `${issues[0]!.path || 'body'}: ${issues[0]!.message}` : detail, { fields });
}

/** Which HTTP status each typed GraphQL error becomes. One table for every route. */
const STATUS_BY_TYPE: Record<string, number> = {
  ValidationError: 400,
  EvidenceError: 400,
  NotFoundError: 404,
  ConflictError: 409,
  CredentialsReverificationError: 422,
  IdempotencyKeyReusedError: 422,
  ProviderRejectedError: 422,
  ProviderUnavailableError: 502,
};

export interface TypedError {
  __typename: string;
  code: string;
  message: string;
  fields?: FieldIssue[] | null;
}

export function problemFromError(e: TypedError): Problem {
  if (e.__typename === 'ValidationError' && e.fields) return { ...validationProblem(e.fields, e.message), detail: e.message };
  return problem(STATUS_BY_TYPE[e.__typename] ?? 400, e.code, e.message);
}

/** The JSON text of a problem body. */
export function problemText(p: Problem): string {
  return JSON.stringify({ detail: p.detail, code: p.code, ...(p.fields ? { fields: p.fields } : {}) });
}

export function problemResponse(p: Problem): Response {
  return new Response(problemText(p), { status: p.status, headers: { 'content-type': 'application/json', ...p.headers } });
}

/** GraphQL type names of domain errors whose class name differs. */
const TYPE_NAME: Record<string, string> = { ReverificationError: 'CredentialsReverificationError' };

/** A domain error thrown outside a result union (e.g. in a query field) → the same problem as its typed form. */
export function problemFromDomainError(e: DomainError): Problem {
  return problemFromError({
    __typename: TYPE_NAME[e.constructor.name] ?? e.constructor.name,
    code: e.code,
    message: e.message,
    fields: e instanceof ValidationError ? e.issues : null,
  });
}
