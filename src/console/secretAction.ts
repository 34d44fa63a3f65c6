import type { AnyVariables, DocumentInput, OperationResult } from '@urql/core';
import { useClient } from '@urql/preact';
import { useRef, useState } from 'preact/hooks';

/**
 * useAction for a mutation whose answer carries a secret (a webhook signing secret): one call at
 * a time, like useAction, but the answer is handed to the caller and kept nowhere else. urql's
 * useMutation would hold the last answer in its state for as long as the component lives, so a
 * dismissed secret would stay in memory.
 */
export function useSecretAction<Data, Variables extends AnyVariables>(document: DocumentInput<Data, Variables>) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const run = async (variables: Variables): Promise<OperationResult<Data, Variables> | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    try {
      return await client.mutation<Data, Variables>(document, variables).toPromise();
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  return [busy, run] as const;
}
