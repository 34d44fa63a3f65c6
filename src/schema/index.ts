import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder';
import './types/scalars';
import './types/errors';
import './types/enums';
import './types/scope';
import './types/viewer';
import './types/api-key';
import './types/provider';
import './types/connection';
import './types/credential-test';
import './types/connection-mutations';
import './types/test-call';
import './types/phone-number';
import './types/available-number';
import './types/subscriptions';
import './types/audit-event';
import './types/webhook-endpoint';
import './types/connect-link';

export const schema: GraphQLSchema = builder.toSchema();

/** The schema as committed in schema.graphql: sorted, so diffs show only real changes. */
export function printedSchema(): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
