import { SETUP_METHODS, type ProviderAdapter, type SetupMethod } from '../providers/types';
import { adapterFor, parseCredentials, type CredentialsInput, type ParsedCredentials } from './credentials';
import type { Deps } from './deps';
import { ValidationError, type FieldIssue } from './errors';

/** Credentials, SIP settings and setup method, checked as one. */
export interface ConnectionInput extends ParsedCredentials {
  setupMethod: SetupMethod;
}

function setupMethodIssue(adapter: ProviderAdapter, method: string): FieldIssue | null {
  return (SETUP_METHODS as readonly string[]).includes(method) && adapter.setupMethods.includes(method as SetupMethod)
    ? null
    : { path: 'setup_method', message: `${adapter.displayName} supports ${adapter.setupMethods.join(', ')}` };
}

/**
 * The one rule for what test, create and rotation accept: the provider's credential and
 * sip_config schemas, a setup method the provider has (default: its first), and the provider's
 * rules that tie the two together. A shape /test accepts is a shape create accepts, and a shape
 * create refuses is refused by /test first, with the same field paths.
 */
export function parseConnectionInput(deps: Deps, input: CredentialsInput & { setupMethod?: string | null }): ConnectionInput {
  const adapter = adapterFor(deps, input.provider);
  const method = input.setupMethod ?? adapter.setupMethods[0]!;
  const methodIssue = setupMethodIssue(adapter, method);
  let parsed: ParsedCredentials | undefined;
  const issues: FieldIssue[] = methodIssue ? [methodIssue] : [];
  try {
    parsed = parseCredentials(deps, input);
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    issues.push(...err.issues);
  }
  if (parsed && !methodIssue) issues.push(...(adapter.setupIssues?.(method as SetupMethod, parsed.credentials) ?? []));
  if (issues.length > 0 || !parsed) throw new ValidationError(issues);
  return { ...parsed, setupMethod: method as SetupMethod };
}
