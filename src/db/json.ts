/** JSON columns are text on both engines. */
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

export function fromJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}

const shared = new Map<string, unknown>();
const MAX_SHARED = 256;

/**
 * For columns with few distinct values (a number's capabilities): one frozen object per
 * distinct text, parsed once, instead of a parse and an object per row read.
 */
export function fromSharedJson<T>(text: string | null): Readonly<T> | null {
  if (text === null) return null;
  let value = shared.get(text);
  if (value === undefined) {
    value = Object.freeze(JSON.parse(text));
    if (shared.size >= MAX_SHARED) shared.delete(shared.keys().next().value!);
    shared.set(text, value);
  }
  return value as Readonly<T>;
}
