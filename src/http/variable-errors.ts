import { GraphQLError, type DocumentNode } from 'graphql';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isVariableError, safeVariableMessage, withSafeLiteralMessage, withSafeSyntaxMessage } from '../schema/coercion-errors';

/**
 * Rewrites every error that would echo a submitted value (it may be a secret): variable-coercion
 * errors, validation errors about values typed inline in the document, and syntax errors that
 * quote the token they stopped at. Each names the path (or the location) instead.
 */
export function variableErrorsPlugin(): Plugin {
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError) replaceParseResult(withSafeSyntaxMessage(result));
      };
    },
    onValidate({ params }) {
      const document = params.documentAST as DocumentNode;
      return ({ valid, result, setResult }) => {
        if (!valid) setResult(result.map((e) => (e instanceof GraphQLError ? withSafeLiteralMessage(e, document) : e)));
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if ('errors' in result) setResult(withSafeVariableErrors(result));
        },
      };
    },
  };
}

export function withSafeVariableErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((e) => isVariableError(e.message))) return result;
  return {
    ...result,
    errors: result.errors.map((e) => (isVariableError(e.message) ? new GraphQLError(safeVariableMessage(e.message), { extensions: { code: 'validation_failed' } }) : e)),
  };
}
