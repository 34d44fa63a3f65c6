import { getOperationAST, type DocumentNode, type OperationDefinitionNode } from 'graphql';

const byDocument = new WeakMap<DocumentNode, Map<string, OperationDefinitionNode | null>>();

/**
 * The operation a request runs, remembered per parsed document (Yoga's parser cache hands back
 * the same document for the same text), since several plugins ask for it on every request.
 */
export function operationOf(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | null {
  let byName = byDocument.get(document);
  if (!byName) byDocument.set(document, (byName = new Map()));
  const name = operationName ?? '';
  let operation = byName.get(name);
  if (operation === undefined) byName.set(name, (operation = getOperationAST(document, operationName) ?? null));
  return operation;
}
