import { getVariableValues, GraphQLError, Kind, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode, type VariableDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/** An operation compiled to JavaScript by graphql-jit, with the variables it declares. */
export interface CompiledOperation {
  query: CompiledQuery;
  variables: readonly VariableDefinitionNode[];
  document: DocumentNode;
}

/** Compiles one operation of a validated document, or returns null when graphql-jit cannot. */
export function compileOperation(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): CompiledOperation | null {
  const query = compileQuery(schema, document, operationName ?? undefined);
  if (!isCompiledQuery(query)) return null;
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  return { query, variables: operation?.variableDefinitions ?? [], document };
}

/**
 * Runs a compiled operation. graphql-js coerces the variables first, so their errors name the
 * full path and enforce @oneOf exactly as uncompiled execution does.
 */
export function runCompiled(
  schema: GraphQLSchema,
  op: CompiledOperation,
  root: unknown,
  context: unknown,
  variables: Record<string, unknown> | undefined,
): ExecutionResult | Promise<ExecutionResult> {
  const coerced = getVariableValues(schema, op.variables, variables ?? {});
  if (coerced.errors) return { errors: coerced.errors };
  const result = op.query.query(root, context, variables ?? {});
  return result instanceof Promise ? result.then((r) => withLocatedErrors(op.document, r)) : withLocatedErrors(op.document, result);
}

/**
 * graphql-jit's errors carry line/column locations but no AST nodes, and Yoga rebuilds every error
 * from its nodes or source positions before answering, which would drop them. Re-create them as
 * graphql-js errors pointing into the document's source, as the interpreter's are.
 */
function withLocatedErrors(document: DocumentNode, result: ExecutionResult): ExecutionResult {
  const source = document.loc?.source;
  if (!result.errors?.length || !source) return result;
  const lineStarts = [0];
  for (let i = 0; i < source.body.length; i++) if (source.body[i] === '\n') lineStarts.push(i + 1);
  const errors = result.errors.map((e) =>
    e.nodes || !e.locations
      ? e
      : new GraphQLError(e.message, {
          source,
          positions: e.locations.map((l) => (lineStarts[l.line - 1] ?? 0) + l.column - 1),
          path: e.path,
          originalError: e.originalError,
          extensions: e.extensions,
        }),
  );
  return { ...result, errors };
}

/**
 * Executes GraphQL requests with graphql-jit instead of graphql-js's interpreter. A document is
 * compiled the second time it is seen (Yoga's parser cache hands back the same DocumentNode for
 * the same text): clients repeat their queries, and a stream of one-off documents costs no
 * compilation. Anything graphql-jit declines runs on the default executor.
 */
export function compiledExecutionPlugin(schema: GraphQLSchema, onCompiled: (op: CompiledOperation, operationName: string) => void = () => undefined): Plugin {
  const seen = new WeakMap<DocumentNode, Map<string, CompiledOperation | null | 'once'>>();
  const compiledFor = (args: ExecutionArgs): CompiledOperation | null => {
    let byName = seen.get(args.document);
    if (!byName) seen.set(args.document, (byName = new Map()));
    const name = args.operationName ?? '';
    const entry = byName.get(name);
    if (entry === undefined) {
      byName.set(name, 'once');
      return null;
    }
    if (entry !== 'once') return entry;
    const op = compileOperation(schema, args.document, args.operationName);
    byName.set(name, op);
    if (op) onCompiled(op, name);
    return op;
  };
  return {
    onExecute({ setExecuteFn, args }) {
      const op = compiledFor(args);
      if (op) setExecuteFn((a) => runCompiled(schema, op, a.rootValue, a.contextValue, a.variableValues as Record<string, unknown> | undefined));
    },
  };
}
