import { GraphQLError } from 'graphql';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isVariableError, safeVariableMessage } from '../schema/coercion-errors';

/** Rewrites variable-coercion errors so that no submitted value (it may be a secret) is echoed. */
export function variableErrorsPlugin(): Plugin {
  return {
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
