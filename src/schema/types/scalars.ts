import { GraphQLError } from 'graphql';
import { builder } from '../builder';

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO-8601 UTC string (2026-01-31T12:00:00.000Z).',
  serialize: (v) => v,
  parseValue: (v) => {
    if (typeof v !== 'string' || Number.isNaN(Date.parse(v))) throw new GraphQLError('DateTime must be an ISO-8601 string');
    return new Date(v).toISOString();
  },
});
