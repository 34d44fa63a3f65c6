/**
 * Expected failures of the domain: the kernel's (src/kernel/errors.ts), which storage and providers
 * raise too, and the domain's own. Each carries a stable machine `code`; GraphQL exposes them as
 * typed error results and both doors take their HTTP status from one table (src/http/problem.ts).
 */
import { DomainError } from '../kernel/errors';
import type { Scope } from './scopes';

export { DomainError, ProviderUnavailableError, ValidationError, type FieldIssue } from '../kernel/errors';

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

/** The request is well-formed but the resource's state does not allow it. */
export class ConflictError extends DomainError {}

/** The provider answered, but refused what we asked (for example credentials rejected on a stored connection). */
export class ProviderRejectedError extends DomainError {}

export type AuthenticationCode = 'not_authenticated' | 'invalid_api_key' | 'invalid_connect_link' | 'connect_link_expired' | 'connect_link_revoked';

const AUTHENTICATION_MESSAGES: Record<AuthenticationCode, string> = {
  not_authenticated: 'Authentication credentials were not provided.',
  invalid_api_key: 'Invalid API key.',
  invalid_connect_link: 'This connect link is not valid: check that the whole link was copied.',
  connect_link_expired: 'This connect link has expired: ask whoever sent it for a new one.',
  connect_link_revoked: 'This connect link was revoked: ask whoever sent it for a new one.',
};

export class AuthenticationError extends DomainError {
  constructor(code: AuthenticationCode) {
    super(code, AUTHENTICATION_MESSAGES[code]);
  }
}

/**
 * A connect link (issue 26) asked for something beyond its one job — testing credentials and
 * creating one connection, then reading that connection — or a key asked for a link's session: 403.
 */
export class ConnectLinkForbiddenError extends DomainError {
  constructor(message = "A connect link can only test credentials and create one connection (then read that connection, and its provider account's numbers if the link allows it).") {
    super('connect_link_forbidden', message);
  }
}

/** The connect link already created its connection: it creates no other (409). */
export class ConnectLinkUsedError extends DomainError {
  constructor() {
    super('connect_link_used', 'This connect link was already used to create a connection; a link creates one only. Ask whoever sent it for a new one.');
  }
}

/**
 * The API key is valid but lacks a scope the request needs (issue 26): 403, distinct from 401.
 * `required` names what is missing, so the caller knows which key to use.
 */
export class InsufficientScopeError extends DomainError {
  constructor(readonly required: readonly Scope[]) {
    super(
      'insufficient_scope',
      required.length === 1 ? `This API key lacks the scope ${required[0]}, which this request needs.` : `This API key lacks the scopes ${required.join(', ')}, which this request needs.`,
    );
  }
}

/**
 * A budget refused the request (the provider budget, spent by a request's first provider call):
 * a failure of the whole request, answered 429 with the budget's headers on both doors.
 */
export class BudgetExceededError extends DomainError {
  constructor(
    message: string,
    readonly headers: Record<string, string>,
  ) {
    super('rate_limited', message);
  }
}
