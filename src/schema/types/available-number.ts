import { listAvailableNumbers, type AvailableNumber } from '../../domain/available-numbers';
import { ValidationError } from '../../domain/errors';
import { E164 } from '../../providers/fields';
import { builder } from '../builder';
import { connectionComplexity, DEFAULT_PAGE_SIZE, parseId, totalOf, TOTAL_COUNT_DESCRIPTION, withTotal } from '../pagination';
import { callOptions, principalOf } from '../principal';
import { ConnectionRef } from './connection';
import { CapabilityEnum, ImportStateEnum } from './enums';
import { MUTATION_ERRORS } from './errors';
import { CapabilitiesType } from './phone-number';

const AvailableNumberRef = builder.objectRef<AvailableNumber>('AvailableNumber').implement({
  description: "A number in the connection's provider account.",
  fields: (t) => ({
    phoneNumber: t.exposeString('phoneNumber', { description: 'E.164.' }),
    friendlyName: t.exposeString('friendlyName'),
    providerNumberId: t.exposeString('providerNumberId', { description: "The provider's id for the number." }),
    country: t.exposeString('country', { nullable: true, description: 'ISO 3166 alpha-2.' }),
    capabilities: t.field({ type: CapabilitiesType, resolve: (n) => n.capabilities }),
    importState: t.expose('importState', { type: ImportStateEnum }),
  }),
});

const AvailableNumberList = builder.connectionObject(
  {
    type: AvailableNumberRef,
    name: 'AvailableNumberList',
    description: 'A page of available numbers, in E.164 order.',
    fields: (t) => ({ totalCount: t.int({ description: TOTAL_COUNT_DESCRIPTION, resolve: totalOf }) }),
  },
  { name: 'AvailableNumberListEdge' },
);

builder.objectField(ConnectionRef, 'availableNumbers', (t) =>
  t.field({
    type: AvailableNumberList,
    description:
      "Numbers the provider account holds, read live. Numbers already held by any organization are left out unless includeImported. A connection in ERROR or a provider that is down is a typed error, never an empty list.",
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'AvailableNumbersResult' } },
    complexity: connectionComplexity,
    args: {
      first: t.arg.int({ description: 'How many, 1 to 100 (default 20).', validate: { int: true, min: [1, { message: 'must be between 1 and 100' }], max: [100, { message: 'must be between 1 and 100' }] } }),
      after: t.arg.string({ description: 'The endCursor of the previous page.' }),
      contains: t.arg.string({ description: 'Digits the number contains.' }),
      country: t.arg.string({ description: 'ISO 3166 alpha-2 country.' }),
      capability: t.arg({ type: CapabilityEnum }),
      includeImported: t.arg.boolean({ description: 'Also list held numbers, with their importState.' }),
    },
    resolve: async (connection, args, ctx) => {
      if (args.after != null && !E164.test(args.after)) throw new ValidationError([{ path: 'after', message: 'is not a cursor this API issued' }]);
      const page = await listAvailableNumbers(
        ctx.deps,
        principalOf(ctx),
        parseId(connection.id)!,
        { contains: args.contains, country: args.country, capability: args.capability, includeImported: args.includeImported },
        { first: args.first ?? DEFAULT_PAGE_SIZE, after: args.after },
        { ...callOptions(ctx), listings: ctx.listings },
      );
      const edges = page.items.map((node) => ({ node, cursor: node.phoneNumber }));
      return withTotal(
        {
          edges,
          pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: false, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
        },
        () => page.total,
      );
    },
  }),
);
