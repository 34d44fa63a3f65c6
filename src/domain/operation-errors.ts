import {
  BudgetExceededError,
  ConflictError,
  ConnectLinkForbiddenError,
  ConnectLinkUsedError,
  EvidenceError,
  InsufficientScopeError,
  NotFoundError,
  ProviderRejectedError,
  ProviderUnavailableError,
  ReverificationError,
  ValidationError,
  type DomainError,
} from './errors';

export type ErrorClass = abstract new (...args: never[]) => DomainError;

/**
 * The expected failures each domain operation can throw, and nothing more: the GraphQL result
 * unions are built from this table, and a domain error an operation throws without declaring it
 * here is treated as a bug (logged, and masked for the client). Every operation validates input
 * (ids, fields), so each can fail with ValidationError.
 */
export const OPERATION_ERRORS = {
  testCredentials: [ValidationError, ProviderUnavailableError],
  suggestConnectionName: [ValidationError, ProviderUnavailableError],
  createConnection: [ValidationError, EvidenceError, ReverificationError, ProviderUnavailableError, ProviderRejectedError],
  updateConnection: [ValidationError, NotFoundError, EvidenceError, ReverificationError, ProviderUnavailableError, ProviderRejectedError],
  rotateCredentials: [ValidationError, NotFoundError, EvidenceError, ReverificationError, ProviderUnavailableError, ProviderRejectedError],
  retestConnection: [ValidationError, NotFoundError, ConflictError, ProviderUnavailableError],
  deleteConnection: [ValidationError, NotFoundError],
  listAvailableNumbers: [ValidationError, NotFoundError, ConflictError, ProviderUnavailableError, ProviderRejectedError],
  importNumbers: [ValidationError, NotFoundError, ConflictError, ProviderUnavailableError, ProviderRejectedError],
  verifyPhoneNumber: [ValidationError, NotFoundError, ConflictError, ProviderUnavailableError, ProviderRejectedError],
  testCall: [ValidationError, NotFoundError, ConflictError, ProviderUnavailableError, ProviderRejectedError],
  updatePhoneNumber: [ValidationError, NotFoundError, ConflictError],
  releasePhoneNumber: [ValidationError, NotFoundError, ProviderUnavailableError, ProviderRejectedError],
  createApiKey: [ValidationError, ConflictError],
  revokeApiKey: [ValidationError, NotFoundError],
  createWebhookEndpoint: [ValidationError, ConflictError],
  updateWebhookEndpoint: [ValidationError, NotFoundError],
  deleteWebhookEndpoint: [ValidationError, NotFoundError],
  rotateWebhookEndpointSecret: [ValidationError, NotFoundError],
  retryWebhookDelivery: [ValidationError, NotFoundError],
  createConnectLink: [ValidationError, ConflictError],
  revokeConnectLink: [ValidationError, NotFoundError],
} as const satisfies Record<string, readonly ErrorClass[]>;

export type OperationName = keyof typeof OPERATION_ERRORS;

/**
 * Failures of the request as a whole, not of one operation: any operation may meet them, and they
 * fail it outside its result union, with their own HTTP status (a spent provider budget: 429; a
 * key lacking a scope the operation checks itself, e.g. minting a broader key: 403).
 */
const REQUEST_ERRORS: readonly ErrorClass[] = [BudgetExceededError, InsufficientScopeError, ConnectLinkForbiddenError, ConnectLinkUsedError];

/** Whether `err` may leave `operation`: one of the failures it declares, or a failure of the whole request. */
export function isDeclared(operation: OperationName, err: unknown): boolean {
  return [...OPERATION_ERRORS[operation], ...REQUEST_ERRORS].some((cls: ErrorClass) => err instanceof cls);
}
