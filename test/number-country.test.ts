import fc from 'fast-check';
import metadataJson from 'libphonenumber-js/metadata.min.json';
import { describe, expect, it } from 'vitest';
import { libraryCountry, numberCountry, tableCountry } from '../src/domain/number-country';

/**
 * The country table answers exactly what libphonenumber-js answers: over every NANP area code
 * (valid subscriber numbers, and the exchanges 0xx/1xx no region accepts), every calling code
 * the metadata knows, and any E.164 string at all.
 */
const callingCodes = Object.keys((metadataJson as unknown as { country_calling_codes: Record<string, string[]> }).country_calling_codes);
const areaCodes = Array.from({ length: 800 }, (_, i) => String(200 + i));
const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const same = (n: string): void => {
  expect({ n, country: numberCountry(n) }).toEqual({ n, country: libraryCountry(n) });
};

describe('the number → country table', () => {
  it('agrees with the library on every NANP area code', () => {
    // Fixed representatives in each code: the lowest and highest valid exchange, a 555 line, and
    // exchanges no region accepts (imports see those too).
    for (const area of areaCodes) for (const sub of ['2000000', '9999999', '5550100', '2125551', '0000000', '1999999']) same(`+1${area}${sub}`);
    // And drawn subscriber numbers: valid exchanges ([2-9]xx) and any seven digits.
    const subscriber = fc.oneof(fc.tuple(fc.integer({ min: 2, max: 9 }), digits(6, 6)).map(([d, rest]) => `${d}${rest}`), digits(7, 7));
    for (const area of areaCodes) fc.assert(fc.property(subscriber, (sub) => same(`+1${area}${sub}`)), { numRuns: 25 });
  });

  it('agrees with the library on +1 numbers of any length and first digit', () => {
    fc.assert(fc.property(digits(5, 13), (nsn) => same(`+1${nsn}`)), { numRuns: 3000 });
  });

  it('agrees with the library on every calling code', () => {
    for (const code of callingCodes) {
      fc.assert(fc.property(digits(Math.max(0, 6 - code.length), 14 - code.length), (nsn) => same(`+${code}${nsn}`)), { numRuns: 30 });
    }
  });

  it('answers by itself for +1 ten-digit numbers and for calling codes of one country', () => {
    for (const area of areaCodes) expect(tableCountry(`+1${area}0000000`)).not.toBeUndefined();
    const single = Object.entries((metadataJson as unknown as { country_calling_codes: Record<string, string[]> }).country_calling_codes).filter(([, c]) => c.length === 1 && c[0] !== '001');
    expect(single.length).toBeGreaterThan(150);
    for (const [code, [country]] of single) expect(tableCountry(`+${code}12345678`)).toBe(country);
  });

  it('agrees with the library on any E.164 string', () => {
    fc.assert(fc.property(fc.stringMatching(/^\+[1-9]\d{6,14}$/), (n) => same(n)), { numRuns: 5000 });
  });
});
