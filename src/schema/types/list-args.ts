import { checked, PageSize } from '../../domain/input-rules';
import { DEFAULT_PAGE_SIZE } from '../pagination';

/** The two arguments of every list: lists page forward only (no before/last). */
export const FIRST_ARG = { description: 'How many items to return, 1 to 100 (default 20).' };
export const AFTER_ARG = { description: 'The endCursor of the previous page; omit it for the first page.' };

/**
 * A list's page size (`first`), held to the page-size rule when the list resolves. Not by the
 * validation plugin: the complexity plugin maps (so validates) the arguments of every list of an
 * operation at its first root field, where a refusal would name the wrong field, and a nested
 * list's refusal could not be its typed ValidationError.
 */
export function pageSize(first: number | null | undefined): number {
  return checked(PageSize, first ?? DEFAULT_PAGE_SIZE, 'first');
}
