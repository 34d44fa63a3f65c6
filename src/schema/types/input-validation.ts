import { z } from 'zod';
import { PROVIDER_DEFINITIONS } from '../../providers/definitions';
import { PROVIDER_IDS } from '../../providers/types';

/**
 * One schema for a whole input object, built from the domain's rules for its fields. Pothos's
 * validation plugin stops at the first input field whose own schema fails, so each input type is
 * validated as one object instead (no field of it carries a schema of its own): a client sending
 * several invalid fields hears of all of them, in field order. Fields not named pass through.
 */
export const inputRules = <Shape extends z.ZodRawShape>(shape: Shape) => z.looseObject(shape);

/** CredentialsInput: the member sent, held to its provider's own schema (the one the domain applies). */
export const credentialsRules = inputRules(Object.fromEntries(PROVIDER_IDS.map((id) => [id, PROVIDER_DEFINITIONS[id].credentialsSchema.nullish()])));

