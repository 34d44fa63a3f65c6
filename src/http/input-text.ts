import { GraphQLError, type ASTVisitor, type ExecutionResult, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { textIssues, textProblem } from '../domain/text';
import { NOT_UTF8, utf8Text } from './body-limit';
import { problem, problemResponse } from './problem';
import { literalPath } from '../schema/coercion-errors';
import { apiPath } from '../schema/validation';

/**
 * The GraphQL side of the text rule (src/domain/text.ts; the REST side is src/rest/body.ts and
 * the handler's query check): a body that is not UTF-8 is refused as malformed JSON, and a string
 * no database stores as given — in a variable or typed inline — is a validation error naming
 * its path, before anything resolves.
 */

/** The variables' strings that cannot be stored, as errors like variable errors, or null. */
export function variableTextErrors(variables: unknown): GraphQLError[] | null {
  const issues = textIssues(variables, apiPath);
  if (issues.length === 0) return null;
  return issues.map((i) => new GraphQLError(`Invalid value at "${i.path}": ${i.message}.`, { extensions: { code: 'validation_failed' } }));
}

/** Refuses a string literal the database cannot hold (`"a\u0000b"`), naming its argument path. */
export function StorableTextRule(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node, _key, parent, _path, ancestors) {
      const message = textProblem(node.value);
      if (!message) return;
      const path = literalPath(ancestors, parent, node);
      context.reportError(new GraphQLError(`Invalid value at "${path}": ${message}.`, { nodes: node, extensions: { code: 'validation_failed' } }));
    },
  };
}

export function inputTextPlugin(): Plugin {
  const refuse = (args: { variableValues?: unknown }, stop: (result: ExecutionResult) => void) => {
    const errors = variableTextErrors(args.variableValues);
    if (errors) stop({ errors });
  };
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      // Yoga's parsers decode bodies with U+FFFD for bad bytes; read the bytes first and refuse
      // those that are not UTF-8 (file uploads, multipart, are bytes by design).
      if (request.method !== 'POST' || !requestParser || /^multipart\//i.test(request.headers.get('content-type') ?? '')) return;
      setRequestParser(async (req) => {
        const bytes = new Uint8Array(await req.arrayBuffer());
        if (utf8Text(bytes) === null) return problemResponse(problem(400, 'malformed_json', NOT_UTF8));
        return requestParser(new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, body: bytes }));
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(StorableTextRule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      refuse(args, setResultAndStopExecution);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      refuse(args, setResultAndStopExecution);
    },
  };
}
