import { useGraphQlJit } from '@envelop/graphql-jit';
import { getVariableValues, GraphQLError, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { operationOf } from './operation-of';

/** Queries and mutations compile; a subscription runs on graphql-js (graphql-jit's support for it is partial). */
const compiles = (args: ExecutionArgs) => operationOf(args.document, args.operationName)?.operation !== 'subscription';

/**
 * Queries and mutations run compiled to JavaScript by graphql-jit (@envelop/graphql-jit, cached
 * per parsed document, which Yoga's parser cache keeps), on every path: /graphql, /graphql/stream
 * and the REST shim all execute through Yoga's plugins. Around graphql-jit, two things keep its
 * answers equal to graphql-js's:
 * - graphql-js coerces the variables first, so their errors name the full path and enforce
 *   @oneOf exactly as the interpreter does;
 * - graphql-jit's errors carry line/column locations but no AST nodes, and Yoga rebuilds every
 *   error from its nodes or source positions, which would drop them: they are re-created as
 *   errors pointing into the document's source.
 */
export function compiledExecution(): Plugin[] {
  return [
    useGraphQlJit({}, { enableIf: compiles }) as Plugin,
    {
      onExecute({ args, executeFn, setExecuteFn }) {
        if (!compiles(args)) return;
        setExecuteFn((a: ExecutionArgs) => {
          const operation = operationOf(a.document, a.operationName);
          const coerced = getVariableValues(a.schema, operation?.variableDefinitions ?? [], (a.variableValues as Record<string, unknown> | undefined) ?? {});
          if (coerced.errors) return { errors: coerced.errors };
          const result = executeFn(a) as ExecutionResult | Promise<ExecutionResult>;
          return result instanceof Promise ? result.then((r) => withLocatedErrors(a.document, r)) : withLocatedErrors(a.document, result);
        });
      },
    },
  ];
}

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
