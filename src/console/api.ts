import type { AnyVariables, CombinedError, DocumentInput, OperationResult } from '@urql/core';
import { useMutation } from '@urql/preact';
import { useRef } from 'preact/hooks';
import type { ErrorFieldsFragment } from './generated/graphql';

/** A typed error member of a result union (`ValidationError`, `ProviderUnavailableError` …). */
export type ApiError = ErrorFieldsFragment;

/** A sentence for a request that failed as a whole (no typed error): offline, limited, or a server fault. */
export function requestFailure(error: CombinedError): string {
  const status = error.response?.status as number | undefined;
  if (status === 401) return 'Your session has ended: the API key was refused. Sign in again.';
  if (status === 429) return 'Too many requests for this key: wait a moment, then try again.';
  if (status === 503) return 'Trunkline is briefly unavailable: try again in a moment.';
  if (error.networkError) return 'Trunkline could not be reached. Check your connection, then try again.';
  return error.graphQLErrors[0]?.message ?? 'Something went wrong: try again.';
}

/** The typed error of a result union, or undefined when it is the payload. */
export function apiError<T extends { __typename?: string }>(result: T): (T & ApiError) | undefined {
  return result && 'code' in result && 'message' in result ? (result as T & ApiError) : undefined;
}

/** The per-field messages of a ValidationError (none for the other errors). */
export function fieldErrorsOf(err: ApiError): { path: string; message: string }[] {
  return 'fields' in err ? err.fields : [];
}

/**
 * A mutation that runs once at a time: a second click while the first call runs is ignored
 * (the button is disabled too, but a ref does not wait for a render).
 */
export function useAction<Data, Variables extends AnyVariables>(document: DocumentInput<Data, Variables>) {
  const [state, execute] = useMutation<Data, Variables>(document);
  const running = useRef(false);
  const run = async (variables: Variables): Promise<OperationResult<Data, Variables> | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    try {
      return await execute(variables);
    } finally {
      running.current = false;
    }
  };
  return [state.fetching, run] as const;
}
