import type { Page, PageArgs } from '../db/keyset';
import { decodeCursor, encodeCursor } from '../domain/cursors';

interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;

/** List arguments → keyset page arguments. */
export function pageArgs(args: ConnectionArgs): PageArgs {
  return { first: args.first ?? DEFAULT_PAGE_SIZE, after: args.after ? decodeCursor(args.after) : null };
}

/** An edge whose cursor is encoded only if a client selects it (most read only the page's endCursor). */
class Edge<T extends { id: number; createdAt: string }> {
  constructor(readonly node: T) {}
  get cursor(): string {
    return encodeCursor({ createdAt: this.node.createdAt, id: this.node.id });
  }
}

/** A keyset page → the Relay connection shape. */
export function toConnection<T extends { id: number; createdAt: string }>(page: Page<T>) {
  const edges = page.items.map((node) => new Edge(node));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Ids are integers; anything else names nothing. */
export function parseId(id: string | number): number | null {
  const n = typeof id === 'number' ? id : /^\d{1,15}$/.test(id) ? Number(id) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** Complexity of a connection field: its page size multiplies the cost of what it selects. */
export function connectionComplexity(args: { first?: number | null }) {
  return { field: 1, multiplier: args.first ?? DEFAULT_PAGE_SIZE };
}

const TOTAL = Symbol('totalCount');

/** Attaches how to count the whole list: counted only when a client selects totalCount. */
export function withTotal<T extends object>(list: T, count: () => Promise<number> | number): T {
  return Object.assign(list, { [TOTAL]: count });
}

/** The totalCount of a list built with withTotal. */
export function totalOf(list: object): Promise<number> | number {
  const count = (list as { [TOTAL]?: () => Promise<number> | number })[TOTAL];
  if (!count) throw new Error('a list was built without withTotal');
  return count();
}

export const TOTAL_COUNT_DESCRIPTION = 'How many items the whole list holds with these filters (counted only when asked for).';
