import { describe, expect, it } from 'vitest';
import { rowBuilder } from '../src/db/create-db';

/** SQLite rows are read as arrays and built by a function generated from the column names. */
describe('rowBuilder', () => {
  it('builds the row every column names, in order, whatever the names are', () => {
    const names = ['id', 'created_at', 'a"quote', "it's", 'back\\slash', 'new\nline', 'ünï', '1', '__proto__', 'constructor', 'x', 'x'];
    const values = [1, '2026-12-01', 'q', 's', 'b', 'n', 'u', 'one', 'proto', 'ctor', 'first', 'second'];
    const row = rowBuilder(names)(values);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.hasOwn(row, '__proto__')).toBe(true);
    expect(row['__proto__']).toBe('proto');
    // A repeated name keeps the last value, as assigning them in turn would.
    expect(row).toEqual({ id: 1, created_at: '2026-12-01', 'a"quote': 'q', "it's": 's', 'back\\slash': 'b', 'new\nline': 'n', ünï: 'u', 1: 'one', ['__proto__']: 'proto', constructor: 'ctor', x: 'second' });
    expect(Object.keys(row)).toEqual(['1', 'id', 'created_at', 'a"quote', "it's", 'back\\slash', 'new\nline', 'ünï', '__proto__', 'constructor', 'x']);
  });

  it('cannot be made to run a name as code', () => {
    const row = rowBuilder(['"}; throw new Error("injected"); ({"'])(['v']);
    expect(Object.values(row)).toEqual(['v']);
  });
});
