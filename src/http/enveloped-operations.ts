import type { DocumentNode, ExecutionResult, GraphQLError } from 'graphql';
import type { YogaInitialContext, YogaServerInstance } from 'graphql-yoga';
import type { GraphQLContext } from '../schema/context';
import type { RequestScope } from './request-scope';

/** One request's runs of known operations: its context, made once, and each operation run through Yoga's plugins. */
export interface OperationSession {
  context(): Promise<GraphQLContext>;
  run(document: DocumentNode, variables: Record<string, unknown>): Promise<ExecutionResult>;
}

export type OperationSessions = (scope: RequestScope) => OperationSession;

/**
 * Operations known when the gateway is built (the REST shim's), run the way graphql-sse's and
 * SOFA's Yoga integrations run theirs: through `yoga.getEnveloped`, so the same plugins as every
 * /graphql request apply by construction — validation (cached per document) with the document
 * limits, the context, compiled execution, the operation's span, input rules, error masking.
 * What is skipped is only Yoga's HTTP layer: the shim reads its own requests and writes its own
 * answers.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any server context: the scope is all this reads
export function operationSessions(yoga: Pick<YogaServerInstance<any, GraphQLContext>, 'getEnveloped'>): OperationSessions {
  return (scope) => {
    const { req, res } = scope;
    const enveloped = yoga.getEnveloped({ request: scope.request as unknown as Request, scope, req, res } as unknown as YogaInitialContext);
    let context: Promise<GraphQLContext> | undefined;
    const session: OperationSession = {
      context: () => (context ??= Promise.resolve(enveloped.contextFactory() as unknown as GraphQLContext | Promise<GraphQLContext>)),
      async run(document, variables) {
        const errors: readonly GraphQLError[] = enveloped.validate(enveloped.schema, document);
        if (errors.length > 0) return { errors };
        const contextValue = await session.context();
        return (await enveloped.execute({ schema: enveloped.schema, document, variableValues: variables, contextValue })) as ExecutionResult;
      },
    };
    return session;
  };
}
