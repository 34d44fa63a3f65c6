import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { definitions, lookup, resolve, type Definition, type Schema } from './definitions';

/**
 * ajv validators for schemas inside the provider definitions. Each document is added whole
 * (normalized, see below) so `$ref`s resolve within it; a 3.0 document compiles as draft-07 with
 * OpenAPI's `nullable` rewritten to a null type, a 3.1 document as JSON Schema 2020-12.
 * Query parameters and form fields arrive as strings, so their validators coerce types.
 */
type AnyAjv = Ajv | Ajv2020;
const instances = new Map<string, { strict: AnyAjv; coercing: AnyAjv }>();
const cache = new Map<string, ValidateFunction>();

/** A `$ref` the extract does not hold, by document: reported once by the test, validated as "anything". */
export const danglingRefs: string[] = [];

function normalize(def: Definition, node: unknown): unknown {
  if (Array.isArray(node)) return node.map((n) => normalize(def, n));
  if (!node || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node)) out[k] = normalize(def, v);
  if (typeof out.$ref === 'string' && !lookup(def, out.$ref)) {
    danglingRefs.push(`${def.file}: ${out.$ref}`);
    delete out.$ref;
  }
  if (out.nullable === true) {
    delete out.nullable;
    // `nullable` widens the schema it sits in; with a $ref or composition beside it, wrap the lot.
    if (typeof out.type === 'string' && !out.$ref && !out.allOf && !out.anyOf && !out.oneOf) {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else {
      return { anyOf: [out, { type: 'null' }] };
    }
  }
  return out;
}

function ajvFor(def: Definition) {
  let pair = instances.get(def.file);
  if (!pair) {
    const make = (coerceTypes: boolean) => {
      const options = { strict: false, allErrors: true, logger: false as const, coerceTypes, validateFormats: true };
      const ajv: AnyAjv = def.version === '3.1' ? new Ajv2020(options) : new Ajv(options);
      (addFormats as unknown as (a: AnyAjv) => void)(ajv);
      // Twilio's own answers carry relative `uri`s (`/2010-04-01/Accounts/AC….json`) under `format: uri`:
      // the providers use `uri` for references, so a relative one is accepted.
      ajv.addFormat('uri', (v: string) => /^(?:[a-z][a-z0-9+.-]*:[^\s]*|\/[^\s]*)$/i.test(v));
      ajv.addSchema(normalize(def, def.doc) as Schema, def.file);
      return ajv;
    };
    instances.set(def.file, (pair = { strict: make(false), coercing: make(true) }));
  }
  return pair;
}

/** A validator for the schema at `pointer` (a `#/…` JSON pointer) in `def`. */
export function validatorAt(def: Definition, pointer: string, coerce = false): ValidateFunction {
  const key = `${def.file}${pointer}${coerce ? ' coerce' : ''}`;
  let v = cache.get(key);
  if (!v) {
    const pair = ajvFor(def);
    cache.set(key, (v = (coerce ? pair.coercing : pair.strict).compile({ $ref: `${def.file}${pointer}` })));
  }
  return v;
}

export function errorsOf(v: ValidateFunction): string {
  return (v.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '(root)'} ${e.message}${e.params && 'allowedValues' in e.params ? ` ${JSON.stringify(e.params.allowedValues)}` : ''}`)
    .join('; ');
}

export const pointerOf = (...parts: string[]) => '#/' + parts.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/**
 * Whether `path` (object keys, `[]` for array items) is documented by `schema`: each key is a
 * declared property (in any branch of allOf/anyOf/oneOf) or falls under an object-valued
 * additionalProperties. A schema that says nothing (`{}`) documents no field.
 */
export function schemaHasPath(def: Definition, schema: Schema | undefined, path: string[], depth = 0): boolean {
  const s = resolve(def, schema);
  if (!s || depth > 40) return false;
  if (path.length === 0) return true;
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    if (Array.isArray(s[key]) && s[key].some((b: Schema) => schemaHasPath(def, b, path, depth + 1))) return true;
  }
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '[]') return schemaHasPath(def, Array.isArray(s.items) ? s.items[0] : s.items, rest, depth + 1);
  if (s.properties && Object.hasOwn(s.properties, head)) return schemaHasPath(def, s.properties[head], rest, depth + 1);
  if (s.additionalProperties && typeof s.additionalProperties === 'object') return schemaHasPath(def, s.additionalProperties, rest, depth + 1);
  return false;
}

export { definitions };
