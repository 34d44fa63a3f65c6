import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';

/** A position in a newest-first list: the (created_at, id) of the last row seen. */
export interface Cursor {
  createdAt: string;
  id: number;
}

export interface PageArgs {
  first: number;
  after?: Cursor | null;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
}

/**
 * Newest-first keyset pagination on (created_at, id): one indexed range scan per page, never an
 * OFFSET. Fetches one row more than asked to know whether another page follows.
 */
export async function keysetPage<DB, TB extends keyof DB & string, O extends { created_at: string; id: number }>(
  query: SelectQueryBuilder<DB, TB, O>,
  args: PageArgs,
): Promise<Page<O>> {
  let q = query;
  if (args.after) {
    const { createdAt, id } = args.after;
    // A row-value comparison, which both engines answer with a range scan of the
    // (organization_id, created_at, id) index; the equivalent OR of two conditions scans the rows.
    q = q.where((eb: ExpressionBuilder<any, any>) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(createdAt, id))) as typeof q;
  }
  const rows = await (q as SelectQueryBuilder<any, any, O>)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(args.first + 1)
    .execute();
  return { items: rows.slice(0, args.first), hasNextPage: rows.length > args.first };
}
