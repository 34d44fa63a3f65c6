/**
 * Expected failures of the domain. Each carries a stable machine `code`; GraphQL exposes them as
 * typed error results and the REST shim turns the code into an HTTP status (rest/statuses.ts).
 * Messages are safe to show: they never contain a credential or a raw provider body.
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

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('not_found', `${what} not found.`);
  }
}

export type EvidenceCode = 'evidence_missing' | 'evidence_reused' | 'evidence_stale' | 'provider_mismatch';

const EVIDENCE_MESSAGES: Record<EvidenceCode, string> = {
  evidence_missing: 'No verification evidence with that id: test the credentials first.',
  evidence_reused: 'This verification evidence was already used: test the credentials again.',
  evidence_stale: 'This verification evidence has expired: test the credentials again.',
  provider_mismatch: 'This verification evidence was issued for a different provider.',
};

export class EvidenceError extends DomainError {
  constructor(code: EvidenceCode) {
    super(code, EVIDENCE_MESSAGES[code]);
  }
}

export class ReverificationError extends DomainError {
  constructor() {
    super(
      'credentials_failed_reverification',
      'The credentials differ from the ones that were tested: test these credentials and use the new evidence.',
    );
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

/** The request is well-formed but the resource's state does not allow it. */
export class ConflictError extends DomainError {}

/** The provider answered, but refused what we asked (for example credentials rejected on a stored connection). */
export class ProviderRejectedError extends DomainError {}

export class AuthenticationError extends DomainError {
  constructor(code: 'not_authenticated' | 'invalid_api_key') {
    super(
      code,
      code === 'not_authenticated' ? 'Authentication credentials were not provided.' : 'Invalid API key.',
    );
  }
}
