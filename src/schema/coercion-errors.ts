import type { FieldIssue } from '../domain/errors';
import { apiPath } from './validation';

/**
 * graphql-js reports a bad variable as `Variable "$input" got invalid value <the value> at
 * "input.credentials.twilio.authToken"; <reason>` — the value may be a secret. These turn such a
 * message into a field issue that names the path and a reason, never the value.
 */
const VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value [\s\S]*?(?: at "([\w.[\]]+)")?; ([\s\S]*)$/;

export function isVariableError(message: string): boolean {
  return VARIABLE_ERROR.test(message);
}

export function variableIssue(message: string): FieldIssue {
  const m = VARIABLE_ERROR.exec(message);
  if (!m) return { path: '', message: 'is invalid' };
  const base = (m[2] ?? m[1]!).replace(/\[(\d+)\]/g, '.$1').split('.');
  const reason = m[3]!;
  const field = /^Field "(\w+)" (?:is not defined by type|of required type)/.exec(reason)?.[1];
  const path = apiPath(field ? [...base, field] : base);
  if (/is not defined by type/.test(reason)) return { path, message: 'is not a known field' };
  if (/of required type .* was not provided|not to be null/.test(reason)) return { path, message: 'is required' };
  if (/Exactly one key must be specified|must specify exactly one key|must be non-null/.test(reason)) return { path, message: 'must name exactly one provider' };
  if (/does not exist in "(\w+)" enum/.test(reason)) return { path, message: 'is not one of the allowed values' };
  return { path, message: 'has the wrong type' };
}

/** The same issue as a GraphQL error message. */
export function safeVariableMessage(message: string): string {
  const issue = variableIssue(message);
  return `Invalid value at "${issue.path}": ${issue.message}.`;
}
