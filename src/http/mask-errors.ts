import { GraphQLError } from 'graphql';
import { maskError, type YogaMaskedErrorOpts } from 'graphql-yoga';
import { DomainError, ValidationError } from '../domain/errors';

/**
 * Expected failures thrown outside a result union (query fields) keep their code and message;
 * anything unexpected is masked as usual, so no internal detail reaches a client.
 */
export const maskedErrors: YogaMaskedErrorOpts = {
  errorMessage: 'Unexpected error.',
  maskError(error, message, isDev) {
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    if (original instanceof DomainError && error instanceof GraphQLError) {
      return new GraphQLError(original.message, {
        nodes: error.nodes,
        path: error.path,
        extensions: { code: original.code, ...(original instanceof ValidationError ? { fields: original.issues } : {}) },
      });
    }
    return maskError(error, message, isDev);
  },
};
