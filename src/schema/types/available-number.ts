import { listAvailableNumbers, type AvailableNumber } from '../../domain/available-numbers';
import { ValidationError } from '../../domain/errors';
import { E164 } from '../../providers/fields';
import { builder } from '../builder';
import { connectionComplexity, parseId, totalOf, TOTAL_COUNT_DESCRIPTION, withTotal } from '../pagination';
import { AFTER_ARG, FIRST_ARG, pageSize } from './list-args';
import { callOptions, principalOf } from '../principal';
import { ConnectionRef } from './connection';
import { CapabilityEnum, ImportStateEnum } from './enums';
import { declared, directResultErrors } from './errors';
import { CapabilitiesType } from './phone-number';

const AvailableNumberRef = builder.objectRef<AvailableNumber>('AvailableNumber').implement({
  description: "A number in the connection's provider account.",
  fields: (t) => ({
    phoneNumber: t.exposeString('phoneNumber', { description: 'The number, in E.164: what importNumbers takes.' }),
    friendlyName: t.exposeString('friendlyName', { description: "The provider's name for the number (the number itself when it has none)." }),
    providerNumberId: t.exposeString('providerNumberId', { description: "The provider's id for the number." }),
    country: t.exposeString('country', { nullable: true, description: 'ISO 3166 alpha-2 country, e.g. US.' }),
    capabilities: t.field({ type: CapabilitiesType, description: 'What the number can do.', resolve: (n) => n.capabilities }),
    importState: t.expose('importState', { type: ImportStateEnum, description: 'Whether this organization already holds it (AVAILABLE unless includeImported).' }),
  }),
});

const AvailableNumberList = builder.connectionObject(
  {
    type: AvailableNumberRef,
    name: 'AvailableNumberList',
    description: 'A page of available numbers, in E.164 order.',
    fields: (t) => ({ totalCount: t.int({ description: TOTAL_COUNT_DESCRIPTION, resolve: totalOf }) }),
  },
  { name: 'AvailableNumberListEdge', description: 'An available number; its cursor is the number itself.' },
);

builder.objectField(ConnectionRef, 'availableNumbers', (t) =>
  t.field({
    type: AvailableNumberList,
    description:
      "Numbers the provider account holds, read live. Numbers this organization holds already are left out unless includeImported; numbers another organization has proven through its provider account are always left out. A connection in ERROR or a provider that is down is a typed error, never an empty list.",
    errors: directResultErrors('listAvailableNumbers', 'AvailableNumbersResult', 'A page of available numbers, or one of the errors reading them can fail with.'),
    complexity: connectionComplexity,
    args: {
      first: t.arg.int(FIRST_ARG),
      after: t.arg.string(AFTER_ARG),
      contains: t.arg.string({ description: 'Digits the number contains, e.g. 415.' }),
      country: t.arg.string({ description: 'ISO 3166 alpha-2 country, e.g. US.' }),
      capability: t.arg({ type: CapabilityEnum, description: 'Only numbers with this capability.' }),
      includeImported: t.arg.boolean({ description: 'Also list the numbers this organization holds already, as IMPORTED_HERE.' }),
    },
    resolve: declared('listAvailableNumbers', async (connection, args, ctx) => {
      if (args.after != null && !E164.test(args.after)) throw new ValidationError([{ path: 'after', message: 'is not a cursor this API issued' }]);
      const page = await listAvailableNumbers(
        ctx.deps,
        principalOf(ctx),
        parseId(connection.id)!,
        { contains: args.contains, country: args.country, capability: args.capability, includeImported: args.includeImported },
        { first: pageSize(args.first), after: args.after },
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
    }),
  }),
);
