import { z } from 'zod';
import { ValidationError } from './errors';

/**
 * The rules for what clients send, each stated once with the message users see. The REST body
 * schemas compose them (src/rest/schemas.ts: they also draw the OpenAPI document), the GraphQL
 * inputs validate with them (Pothos's validation plugin), and the domain applies them where it
 * is the entry point (the command line, jobs) through `checked`.
 */

const NAME_LENGTH = 'must be 1 to 200 characters';

/**
 * A display name (a connection, an API key, an organization): at most 200 characters as sent,
 * and at least one once trimmed (it is stored trimmed).
 */
export const DisplayName = z.string().max(200, { error: NAME_LENGTH, abort: true }).trim().min(1, NAME_LENGTH);

/** A phone number's own label: at most 200 characters (null, where allowed, clears it). */
export const Label = z.string().max(200, 'must be at most 200 characters');

export const MAX_IMPORT = 1000;
const IMPORT_COUNT = `must list 1 to ${MAX_IMPORT} numbers`;

/**
 * The numbers of one import: 1 to 1,000, each at most 32 characters. Whether each is E.164 is
 * not a refusal of the whole import: the domain answers it per number (`invalid_number`).
 */
export const ImportList = z.array(z.string().max(32, 'must be at most 32 characters')).min(1, IMPORT_COUNT).max(MAX_IMPORT, IMPORT_COUNT);

const POSITIVE_INTEGER = 'must be a positive integer';

/** An agent id (the platform's agents): a positive integer. One message, whatever is wrong. */
export const AgentId = z.number({ error: POSITIVE_INTEGER }).int({ error: POSITIVE_INTEGER, abort: true }).positive(POSITIVE_INTEGER);

/** An agent id in decimal text (GraphQL's ID carries it so): the same rule, with its message. */
export const AgentIdText = z.string().superRefine((text, ctx) => {
  const result = AgentId.safeParse(/^\d+$/.test(text) ? Number(text) : Number.NaN);
  for (const issue of result.error?.issues ?? []) ctx.addIssue({ code: 'custom', message: issue.message });
});

const ALPHA_2 = 'must be an ISO 3166 alpha-2 code';

/** A country filter: an ISO 3166 alpha-2 code, in either case. */
export const CountryCode = z.string().length(2, { error: ALPHA_2, abort: true }).refine((code) => /^[A-Za-z]{2}$/.test(code), ALPHA_2);

const DIGITS = 'must be digits';

/** Digits a number contains (a search): up to 15, a + first allowed; empty searches for nothing. */
export const NumberSearch = z.string().max(16, { error: DIGITS, abort: true }).refine((digits) => digits === '' || /^\+?\d{1,15}$/.test(digits), DIGITS);

const PAGE_SIZE = 'must be between 1 and 100';

/** How many items one GraphQL page holds (`first`). */
export const PageSize = z.number().int(PAGE_SIZE).min(1, PAGE_SIZE).max(100, PAGE_SIZE);

/**
 * `value` held to `schema` where the domain is the entry point, or a ValidationError whose
 * paths start at `path` (the field's name in the API's terms).
 */
export function checked<S extends z.ZodType>(schema: S, value: z.input<S>, path: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(result.error.issues.map((i) => ({ path: [path, ...i.path.map(String)].join('.'), message: i.message })));
}
