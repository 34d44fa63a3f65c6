import {
  ConflictError,
  DomainError,
  EvidenceError,
  NotFoundError,
  ProviderRejectedError,
  ProviderUnavailableError,
  ReverificationError,
  ValidationError,
  type FieldIssue,
} from '../../domain/errors';
import { builder } from '../builder';

/** Every expected failure implements Error: a stable machine `code` and a sentence safe to show. */
export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'An expected failure. `code` is stable (the REST API returns the same codes).',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Machine code, e.g. evidence_reused.' }),
    message: t.exposeString('message', { description: 'A sentence for people; never contains secrets.' }),
  }),
});

const FieldError = builder.objectRef<FieldIssue>('FieldError').implement({
  description: 'One invalid input field.',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'Dotted path in API terms, e.g. credentials.account_sid.' }),
    message: t.exposeString('message'),
  }),
});

const SIMPLE_ERRORS: [abstract new (...args: never[]) => DomainError, string, string][] = [
  [DomainError, 'BaseError', 'Any other expected failure; see code.'],
  [NotFoundError, 'NotFoundError', 'No such resource in this organization.'],
  [EvidenceError, 'EvidenceError', 'The verification evidence is missing, used, expired, or for another provider.'],
  [ReverificationError, 'CredentialsReverificationError', 'The credentials differ from the ones that were tested.'],
  [ProviderUnavailableError, 'ProviderUnavailableError', 'The provider could not be reached; try again.'],
  [ConflictError, 'ConflictError', "The resource's state does not allow this now."],
  [ProviderRejectedError, 'ProviderRejectedError', 'The provider refused the request.'],
];
for (const [cls, name, description] of SIMPLE_ERRORS) {
  builder.objectType(cls as typeof DomainError, { name, description, interfaces: [ErrorInterface], isTypeOf: (v) => v instanceof cls });
}
builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'Some input is invalid; fields lists each problem.',
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof ValidationError,
  fields: (t) => ({
    fields: t.field({ type: [FieldError], resolve: (e) => e.issues }),
  }),
});

/** The error types every mutation can return, most specific first. */
export const MUTATION_ERRORS = [ValidationError, NotFoundError, EvidenceError, ReverificationError, ProviderUnavailableError, ConflictError, ProviderRejectedError, DomainError];
