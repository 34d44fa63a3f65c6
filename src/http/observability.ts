import { SpanKind, trace } from '@opentelemetry/api';
import { Kind, type DocumentNode, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { inSpan } from '../observability/tracing';
import { schema } from '../schema/index';
import { operationOf } from './operation-of';
import type { RequestScope } from './request-scope';

const ROOTS: Record<string, GraphQLObjectType | null | undefined> = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() };

/**
 * `query viewer`, `mutation createConnection`: the operation type and its one root field, when it
 * is a field of the schema's root type. Several root fields are `query (multiple)` — the set of
 * them would be a label of the client's making, one per combination — and a selection of no
 * known field `query (other)`. At most the schema's root field count plus two values per type.
 */
export function operationLabel(document: DocumentNode, operationName?: string | null): string {
  let byName = labels.get(document);
  if (!byName) labels.set(document, (byName = new Map()));
  let label = byName.get(operationName ?? '');
  if (label === undefined) byName.set(operationName ?? '', (label = labelOf(operationOf(document, operationName))));
  return label;
}

/** Labels, remembered per parsed document: every request asks. */
const labels = new WeakMap<DocumentNode, Map<string, string>>();

function labelOf(op: OperationDefinitionNode | null): string {
  if (!op) return 'unknown';
  const fields = new Set(op.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '')));
  if (fields.size > 1) return `${op.operation} (multiple)`;
  const [field] = fields;
  return `${op.operation} ${field && Object.hasOwn(ROOTS[op.operation]?.getFields() ?? {}, field) ? field : '(other)'}`;
}

/** The request's scope, which Yoga's context carries (src/http/graphql-context.ts spreads the server context into it). */
const scopeIn = (contextValue: unknown) => (contextValue as { scope?: RequestScope }).scope;

/**
 * A span per GraphQL operation, a child of the request's server span (src/http/request-scope.ts),
 * named by its type and root field; on /graphql the same label names the request's route for its
 * metric and span. (A REST route keeps its path template.)
 */
export function operationSpanPlugin(): Plugin {
  const noteRoute = (contextValue: unknown, label: string) => {
    const scope = scopeIn(contextValue);
    if (scope?.door === 'graphql') scope.route = label;
  };
  return {
    instrumentation: {
      // The operation's span; onExecute, which runs inside it, names it.
      execute(_payload, wrapped) {
        return inSpan('graphql', SpanKind.INTERNAL, {}, async () => {
          await wrapped();
        });
      },
    },
    onExecute({ args }) {
      const label = operationLabel(args.document, args.operationName);
      const [type, fields] = label.split(' ');
      trace.getActiveSpan()?.updateName(`graphql ${label}`);
      trace.getActiveSpan()?.setAttributes({ 'graphql.operation.type': type!, 'graphql.operation.fields': fields ?? '' });
      noteRoute(args.contextValue, label);
    },
    onSubscribe({ args }) {
      noteRoute(args.contextValue, operationLabel(args.document, args.operationName));
    },
  };
}
