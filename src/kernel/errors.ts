/**
 * The expected failures that storage, providers and the domain all raise, kept below all three
 * so that none of them reaches up for its errors. Each carries a stable machine `code`; the doors
 * turn it into a typed GraphQL result or an HTTP status (src/http/problem.ts). Messages are safe
 * to show: they never contain a credential or a raw provider body. The domain adds its own
 * failures in src/domain/errors.ts.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldIssue {
  /** Dotted path in the caller's terms, e.g. `credentials.account_sid`. */
  path: string;
  message: string;
}

export class ValidationError extends DomainError {
  constructor(
    readonly issues: FieldIssue[],
    message = issues.length === 1 ? `${issues[0]!.path}: ${issues[0]!.message}` : 'Some fields are invalid.',
  ) {
    super('validation_failed', message);
  }
}

export class ProviderUnavailableError extends DomainError {
  constructor(
    provider: string,
    /** Why, in a few words: `timed out`, `HTTP 503`, `connection failed` … */
    readonly reason: string,
  ) {
    super('provider_unavailable', `${provider} could not be reached (${reason}). Try again shortly.`);
  }
}
