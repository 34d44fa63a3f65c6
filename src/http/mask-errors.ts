import { GraphQLError } from 'graphql';
import { maskError, type YogaMaskedErrorOpts } from 'graphql-yoga';
import { DomainError, InsufficientScopeError, ValidationError } from '../domain/errors';
import type { Logger } from '../logger';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from '../db/unavailable';
import { DATABASE_UNAVAILABLE_STATUS, httpStatusOf, requiredScopeOf } from './problem';

/**
 * Expected failures thrown outside a result union (query fields, a spent budget) keep their code
 * and message, and carry in `extensions.http` the status and headers the REST door answers them
 * with (one table: src/http/problem.ts); anything unexpected is logged for the operator and
 * masked for the client.
 */
export function maskedErrors(log: Logger): YogaMaskedErrorOpts {
  return {
    errorMessage: 'Unexpected error.',
    maskError(error, message, isDev) {
      const original = error instanceof GraphQLError ? error.originalError : error;
      if (original instanceof DomainError && error instanceof GraphQLError) {
        return new GraphQLError(original.message, {
          nodes: error.nodes,
          source: error.source,
          positions: error.positions,
          path: error.path,
          extensions: {
            code: original.code,
            ...(original instanceof ValidationError ? { fields: original.issues } : {}),
            ...(original instanceof InsufficientScopeError ? { required_scope: requiredScopeOf(original) } : {}),
            http: httpStatusOf(original),
          },
        });
      }
      if (isDatabaseUnavailable(original) && error instanceof GraphQLError) {
        return new GraphQLError(DATABASE_UNAVAILABLE, { path: error.path, extensions: { code: 'database_unavailable', http: DATABASE_UNAVAILABLE_STATUS } });
      }
      if (original instanceof Error && !(original instanceof GraphQLError)) {
        log.error({ err: { name: original.name, message: original.message, stack: original.stack }, path: error instanceof GraphQLError ? error.path : undefined }, 'unexpected error');
      }
      return maskError(error, message, isDev);
    },
  };
}
