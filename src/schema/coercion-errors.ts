import { BREAK, GraphQLError, Kind, visit, type ASTNode, type DocumentNode, type ValueNode } from 'graphql';
import type { FieldIssue } from '../domain/errors';
import { snakeCase } from '../providers/fields';
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

/**
 * The API path of a value typed inline in a document: the argument (or variable, for a default
 * value) it belongs to, then the object fields and list indexes down to it. `ancestors` and
 * `parent` are those graphql-js's visitor passes (nodes and the arrays holding them).
 */
export function literalPath(ancestors: readonly (ASTNode | readonly ASTNode[])[], parent: ASTNode | readonly ASTNode[] | undefined, node: ASTNode): string {
  const chain = [...ancestors, parent ?? []].filter((a): a is ASTNode => !Array.isArray(a));
  chain.push(node);
  let start = -1;
  for (let i = chain.length - 1; i >= 0 && start < 0; i--) if (chain[i]!.kind === Kind.ARGUMENT || chain[i]!.kind === Kind.VARIABLE_DEFINITION) start = i;
  const parts: string[] = [];
  for (let i = Math.max(start, 0); i < chain.length; i++) {
    const n = chain[i]!;
    if (n.kind === Kind.ARGUMENT || n.kind === Kind.OBJECT_FIELD) parts.push(n.name.value);
    else if (n.kind === Kind.VARIABLE_DEFINITION) parts.push(n.variable.name.value);
    else if (n.kind === Kind.LIST && i + 1 < chain.length) parts.push(String(n.values.indexOf(chain[i + 1] as ValueNode)));
  }
  return apiPath(parts);
}

/** Where a node sits in a document, found by walking it (only on the error path). */
export function literalPathIn(document: DocumentNode, target: ASTNode): string | null {
  let path: string | null = null;
  visit(document, {
    enter(node, _key, parent, _path, ancestors) {
      if (node !== target) return undefined;
      path = literalPath(ancestors, parent, node);
      return BREAK;
    },
  });
  return path;
}

/**
 * graphql-js's errors for a bad inline value (ValuesOfCorrectTypeRule and the scalars' and enums'
 * parseLiteral) print the value: `String cannot represent a non string value: abc123secret` for a
 * token typed without quotes, which may be a secret. Each pattern is one kind of such error, with
 * the reason it becomes; `field` marks those that name a missing field of the value.
 */
const LITERAL_ERRORS: [RegExp, (m: RegExpExecArray) => string, 'field'?][] = [
  [/^Value "[\s\S]*" does not exist in "(\w+)" enum\./, (m) => `is not one of the allowed values of ${m[1]}`],
  [/^Enum "(\w+)" cannot represent /, (m) => `is not one of the allowed values of ${m[1]}`],
  [/^Expected value of type "([^"]+)", found [\s\S]*?; (?:Value "[\s\S]*" does not exist in|Enum) "(\w+)"/, (m) => `is not one of the allowed values of ${m[2]}`],
  [/^Expected value of type "([^"]+)", found /, (m) => `has the wrong type (expected ${m[1]})`],
  [/^(\w+) cannot represent /, (m) => `has the wrong type (expected ${m[1]})`],
  [/^Field "\w+" is not defined by type "\w+"\./, () => 'is not a known field'],
  [/^Field "\w+\.(\w+)" of required type "([^"]+)" was not provided\.$/, (m) => `is required (${m[2]})`, 'field'],
  [/^OneOf Input Object "\w+" must specify exactly one key\.$/, () => 'must name exactly one provider'],
  [/^Field "\w+\.(\w+)" must be non-null\.$/, () => 'must name exactly one provider'],
];

/** The nodes an inline-value error points at (an object field for an unknown one). */
const VALUE_KINDS = new Set<string>([Kind.INT, Kind.FLOAT, Kind.STRING, Kind.BOOLEAN, Kind.NULL, Kind.ENUM, Kind.LIST, Kind.OBJECT, Kind.OBJECT_FIELD]);

/**
 * A validation error about an inline value, rewritten like a variable error: the path and what
 * was expected, never the value. Other errors come back unchanged.
 */
export function withSafeLiteralMessage(error: GraphQLError, document: DocumentNode): GraphQLError {
  const node = error.nodes?.[0];
  // Errors already in this form (the text rule's, src/http/input-text.ts) name no value.
  if (!node || !VALUE_KINDS.has(node.kind) || error.message.startsWith('Invalid value at "')) return error;
  const base = literalPathIn(document, node) ?? '';
  let path = base;
  let reason = 'is invalid';
  for (const [pattern, because, at] of LITERAL_ERRORS) {
    const m = pattern.exec(error.message);
    if (!m) continue;
    if (at === 'field') path = [base, snakeCase(m[1]!)].filter(Boolean).join('.');
    reason = because(m);
    break;
  }
  return new GraphQLError(`Invalid value at "${path}": ${reason}.`, { nodes: error.nodes, extensions: error.extensions });
}

/**
 * A syntax error names the token it stopped at (`Unexpected Name "abc123secret"`), which may be
 * a secret typed without quotes: keep its kind and location, drop its text.
 */
export function withSafeSyntaxMessage(error: GraphQLError): GraphQLError {
  const message = error.message.replace(/\b(Name|Int|Float|String|BlockString|Comment) "(?:[^"\\]|\\.)*"/g, '$1');
  if (message === error.message) return error;
  return new GraphQLError(message, { source: error.source, positions: error.positions, extensions: error.extensions });
}
