import type { StandardSchemaV1 } from '@pothos/plugin-validation';
import { ValidationError } from '../domain/errors';
import { snakeCase } from '../providers/fields';
import { PROVIDER_IDS } from '../providers/types';

/**
 * A GraphQL argument path in the API's own terms: `input.credentials.twilio.accountSid` becomes
 * `credentials.account_sid`, the same path the REST API reports.
 */
export function apiPath(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === 'input') parts.shift();
  const credentials = parts.indexOf('credentials');
  if (credentials >= 0 && (PROVIDER_IDS as readonly string[]).includes(parts[credentials + 1] ?? '')) parts.splice(credentials + 1, 1);
  return parts.map((p) => snakeCase(p)).join('.');
}

/** A failed validation of GraphQL arguments, as the domain's ValidationError. */
export function toValidationError(failure: StandardSchemaV1.FailureResult): ValidationError {
  return new ValidationError(
    failure.issues.map((i) => ({ path: apiPath((i.path ?? []).map((segment) => (typeof segment === 'object' ? segment.key : segment))), message: i.message })),
  );
}
