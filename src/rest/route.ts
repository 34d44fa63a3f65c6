import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { z } from 'zod';
import type { GraphQLContext } from '../schema/context';
import type { FieldIssue } from '../domain/errors';
import { problemOf, type Problem } from '../http/problem';
import { errorClassOf } from '../schema/types/errors';

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface RestRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

export interface RestResponse {
  status: number;
  body?: unknown;
}

/** Runs one of the shim's pre-validated GraphQL operations in the request's context. */
export type RunOperation = <TData, TVars>(document: TypedDocumentNode<TData, TVars>, variables: TVars) => Promise<TData>;

export interface RouteContext {
  run: RunOperation;
  graphql: GraphQLContext;
}

/**
 * One documented endpoint: method and path, the schemas of what it takes and returns (they
 * validate requests and generate the OpenAPI document), and a handler that turns the request into
 * a GraphQL operation's variables and its result into the documented JSON. No business rules.
 */
export interface Route {
  method: Method;
  path: string;
  summary: string;
  /** The method name SDK generators give this operation: a contract, like the path. */
  operationId: string;
  /** What the operation does, for the reference and for SDK doc comments. */
  description: string;
  tag: string;
  /** Example request bodies, by name (one per provider where the body names one). */
  examples?: Record<string, { summary: string; value: unknown }>;
  /** Default true: 401 without a valid key. */
  auth?: boolean;
  body?: z.ZodType;
  query?: z.ZodType;
  /** The success body, for the OpenAPI document (and tests). */
  response?: z.ZodType;
  /** Every status the route documents, with a sentence each. */
  statuses: Record<number, string>;
  /**
   * The success answer carries a secret shown only once (a new API key): it is never kept for an
   * Idempotency-Key replay, which is refused instead (see settleIdempotencyKey).
   */
  secretInAnswer?: boolean;
  handle(ctx: RouteContext, req: RestRequest): Promise<RestResponse>;
}

/** Thrown by handlers to answer with a problem body. */
export class RestProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

type Union = { __typename: string };

/** A typed error member of a result union, as the shim's operations select it (RestError fragment). */
interface TypedError {
  __typename: string;
  code: string;
  message: string;
  fields?: FieldIssue[] | null;
}

/** A typed error read back from a result: the problem of the domain error class its type is registered from. */
function typedProblem(result: Union): RestProblem {
  const e = result as TypedError;
  return new RestProblem(problemOf({ cls: errorClassOf(e.__typename), code: e.code, message: e.message, fields: e.fields }));
}

/**
 * The success payload of a mutation's result union, or a RestProblem for its typed error.
 * `key` names the payload's data field.
 */
export function payloadOf<U extends Union, K extends string>(result: U, key: K): Extract<U, Record<K, unknown>>[K] {
  if (key in result) return (result as Record<string, unknown>)[key] as Extract<U, Record<K, unknown>>[K];
  throw typedProblem(result);
}

/** The request body, already validated against the route's `body` schema by the router. */
export function bodyOf<S extends z.ZodType>(req: RestRequest, _schema: S): z.output<S> {
  return req.body as z.output<S>;
}

/** A result union narrowed to its success member (by type name), or a RestProblem for its typed error. */
export function memberOf<U extends Union, T extends U['__typename']>(result: U, typename: T): Extract<U, { __typename: T }> {
  if (result.__typename === typename) return result as Extract<U, { __typename: T }>;
  throw typedProblem(result);
}

interface PageOf<T> {
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The most a GraphQL list gives per page; the REST shim walks pages of this size. */
export const PAGE_SIZE = 100;

/**
 * REST lists are plain arrays: walks a GraphQL cursor connection to its end, one operation per
 * page of at most 100, and returns every node.
 */
export async function allNodes<T>(page: (after: string | undefined) => Promise<PageOf<T>>): Promise<T[]> {
  const out: T[] = [];
  let after: string | undefined;
  do {
    const p = await page(after);
    out.push(...p.edges.map((e) => e.node));
    after = p.pageInfo.hasNextPage ? (p.pageInfo.endCursor ?? undefined) : undefined;
  } while (after);
  return out;
}

/** The envelope of a list asked for with `limit`/`offset` (the product's form for very large lists). */
export interface ListEnvelope<R> {
  items: R[];
  total: number;
  limit: number;
  offset: number;
}

export const DEFAULT_LIMIT = 100;

/**
 * A large list's body. Without `limit` and `offset` it is the plain array of every item; with
 * either, one window of it in an envelope with the total (limit defaults to 100, offset to 0; the
 * route's query schema has bounded both). GraphQL lists page by cursor, so the offset is walked
 * page by page, as an OFFSET scan would; the total is asked for on the first page only.
 */
export async function listBody<T, R>(
  query: URLSearchParams,
  page: (after: string | undefined, withTotal: boolean, first: number) => Promise<PageOf<T> & { totalCount?: number | null }>,
  present: (node: T) => R,
): Promise<R[] | ListEnvelope<R>> {
  if (!query.has('limit') && !query.has('offset')) return (await allNodes((after) => page(after, false, PAGE_SIZE))).map(present);
  const limit = query.has('limit') ? Number(query.get('limit')) : DEFAULT_LIMIT;
  const offset = query.has('offset') ? Number(query.get('offset')) : 0;
  const items: T[] = [];
  let seen = 0;
  let total = 0;
  let after: string | undefined;
  do {
    // No page reads past the window: `?limit=50` reads 51 rows, not a whole page of 100.
    const p = await page(after, after === undefined, Math.min(PAGE_SIZE, offset + limit - seen));
    if (after === undefined) total = p.totalCount ?? 0;
    for (const { node } of p.edges) if (seen++ >= offset && items.length < limit) items.push(node);
    const more = p.pageInfo.hasNextPage && items.length < limit && offset < total;
    after = more ? (p.pageInfo.endCursor ?? undefined) : undefined;
  } while (after);
  return { items: items.map(present), total, limit, offset };
}
