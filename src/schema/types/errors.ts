import type { GraphQLResolveInfo } from 'graphql';
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
import { isDeclared, OPERATION_ERRORS, type ErrorClass, type OperationName } from '../../domain/operation-errors';
import { builder } from '../builder';

/** Every expected failure implements Error: a stable machine `code` and a sentence safe to show. */
export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'An expected failure. `code` is stable, and the REST API returns the same codes; `message` is for people.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Machine code to branch on, e.g. `evidence_reused` or `connection_not_ready`; every code is explained at /docs/errors.' }),
    message: t.exposeString('message', { description: 'A sentence to show the user. It never contains a credential or a raw provider answer.' }),
  }),
});

const FieldError = builder.objectRef<FieldIssue>('FieldError').implement({
  description: 'One invalid input field.',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'Dotted path in API terms, e.g. `credentials.account_sid` or `sip_config.domain`.' }),
    message: t.exposeString('message', { description: 'What is wrong with it, e.g. "is required". Never echoes the value.' }),
  }),
});

/** Each typed error's GraphQL name, and the domain error class it is registered from. */
const ERROR_CLASSES = new Map<string, ErrorClass>();

/** The domain error class a typed error member of a result is the GraphQL form of (by its `__typename`). */
export function errorClassOf(typeName: string): ErrorClass {
  const cls = ERROR_CLASSES.get(typeName);
  if (!cls) throw new Error(`${typeName} is not a typed error of the schema`);
  return cls;
}

const SIMPLE_ERRORS: [ErrorClass, string, string][] = [
  [NotFoundError, 'NotFoundError', 'No such resource in this organization (another organization\'s ids look the same). Code `not_found`.'],
  [EvidenceError, 'EvidenceError', 'The verification evidence is missing, used, expired, or for another provider: test the credentials again. Codes `evidence_missing`, `evidence_reused`, `evidence_stale`, `provider_mismatch`.'],
  [ReverificationError, 'CredentialsReverificationError', 'The credentials differ from the ones the evidence was issued for. Code `credentials_failed_reverification`.'],
  [ProviderUnavailableError, 'ProviderUnavailableError', 'The provider could not be reached (down, timing out, rate limiting us); nothing was changed, try again. Code `provider_unavailable`.'],
  [ConflictError, 'ConflictError', "The resource's state does not allow this now, e.g. `connection_not_ready`, `connection_missing`, `number_released`, `no_provider_inventory`, `credentials_unreadable`."],
  [ProviderRejectedError, 'ProviderRejectedError', 'The provider answered but refused: `credentials_rejected` means the saved credentials stopped working (the connection is now ERROR; rotate them).'],
];
for (const [cls, name, description] of SIMPLE_ERRORS) {
  builder.objectType(cls as typeof DomainError, { name, description, interfaces: [ErrorInterface], isTypeOf: (v) => v instanceof cls });
  ERROR_CLASSES.set(name, cls);
}
const VALIDATION_ERROR = 'ValidationError';
ERROR_CLASSES.set(VALIDATION_ERROR, ValidationError);
builder.objectType(ValidationError, {
  name: VALIDATION_ERROR,
  description: 'Some input is invalid; `fields` lists each problem. Code `validation_failed`.',
  interfaces: [ErrorInterface],
  isTypeOf: (v) => v instanceof ValidationError,
  fields: (t) => ({
    fields: t.field({ type: [FieldError], description: 'Each invalid field, with its path and what is wrong.', resolve: (e) => e.issues }),
  }),
});

const capitalized = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * The errors option of a mutation that runs `operation`: `{Operation}Payload` with its data field
 * on success, or exactly the failures the operation declares (domain/operation-errors.ts).
 */
export function resultErrors(operation: OperationName, dataField: string, dataDescription: string) {
  const name = capitalized(operation);
  return {
    types: [...OPERATION_ERRORS[operation]],
    result: { name: `${name}Payload`, description: `What ${operation} returns when it succeeds.` },
    union: { name: `${name}Result`, description: `${name}Payload on success, or one of the errors ${operation} can fail with.` },
    dataField: { name: dataField, description: dataDescription },
  };
}

/** The errors option of a query field whose result is its data itself, or one of its operation's failures. */
export function directResultErrors(operation: OperationName, unionName: string, description: string) {
  return { types: [...OPERATION_ERRORS[operation]], directResult: true as const, union: { name: unionName, description } };
}

/** A domain error that its operation does not declare: a bug, so it is logged and masked, never shown as typed. */
export class UndeclaredError extends Error {
  constructor(operation: OperationName, cause: DomainError) {
    super(`${operation} threw ${cause.constructor.name} (${cause.code}), which it does not declare`);
    this.name = 'UndeclaredError';
  }
}

/** Wraps a resolver so that only the failures its operation declares can become typed results. */
export function declared<P, A, C, R>(operation: OperationName, resolve: (parent: P, args: A, ctx: C, info: GraphQLResolveInfo) => R) {
  return async (parent: P, args: A, ctx: C, info: GraphQLResolveInfo): Promise<Awaited<R>> => {
    try {
      return await resolve(parent, args, ctx, info);
    } catch (err) {
      if (err instanceof DomainError && !isDeclared(operation, err)) throw new UndeclaredError(operation, err);
      throw err;
    }
  };
}
