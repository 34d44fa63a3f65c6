import type { DocumentNode } from 'graphql';
import * as generated from './generated/graphql';

/** Every operation document the shim runs (codegen exports them as `…Document`). */
export const restDocuments: DocumentNode[] = Object.entries(generated)
  .filter(([name, value]) => name.endsWith('Document') && typeof value === 'object' && value !== null && 'kind' in value)
  .map(([, value]) => value as DocumentNode);
