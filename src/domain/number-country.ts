import { parsePhoneNumberFromString } from 'libphonenumber-js';
import metadataJson from 'libphonenumber-js/metadata.min.json';

/**
 * The ISO country of an E.164 number, exactly as `parsePhoneNumberFromString(n)?.country` says,
 * without parsing. The library takes 15–60 µs a number (for +1 it walks every NANP region and
 * rebuilds each region's regular expressions per call); imports ask for a thousand at a time.
 *
 * The answer comes from a table derived once, at first use, from the library's own metadata (the
 * same `metadata.min.json` its default export uses), following the library's own procedure
 * (getCountryByCallingCode → getCountryByNationalNumber):
 *
 * - a calling code that one country has answers that country, whatever the digits;
 * - +1 with a 10-digit national number that does not start with 0 or 1 (so no national prefix is
 *   stripped) walks the NANP regions in the library's order: a region with `leading_digits` takes
 *   the number when they match at its start, one without (US, CA) when one of its number-type
 *   patterns matches entirely. Per area code the walk is cut short at the first region whose
 *   leading digits match the area code itself (they then match every number in it);
 * - anything else (calling codes several countries share other than +1 — RU/KZ, GB/GG/IM/JE, … —,
 *   non-geographic codes, +1 numbers of other lengths) asks the library.
 *
 * test/number-country.test.ts holds it equal to the library over every area code and every
 * calling code.
 */
export function numberCountry(e164: string): string | null {
  const fast = tableCountry(e164);
  return fast !== undefined ? fast : libraryCountry(e164);
}

/** The table's answer: a country, null for none, or undefined where the library must answer. */
export function tableCountry(e164: string): string | null | undefined {
  return (table ??= buildTable()).lookup(e164);
}

/** The library's answer, for what the table leaves to it (and for the test). */
export function libraryCountry(e164: string): string | null {
  return parsePhoneNumberFromString(e164)?.country ?? null;
}

/** A region's plan in the compressed metadata, by the positions the library's Metadata class reads. */
type Plan = [callingCode: string, idd: string, nationalPattern: string, possibleLengths: number[], ...rest: unknown[]];
interface MetadataShape {
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, Plan>;
}
const LEADING_DIGITS = 10;
const TYPES = 11;

/** One step of the NANP walk for an area code: who takes the number, and on what test. */
type Step = { country: string; takes: (nsn: string) => boolean };

interface Table {
  /** The country, null for none, or undefined when the library must answer. */
  lookup(e164: string): string | null | undefined;
}

let table: Table | undefined;

const NOT_A_PREFIX_TEST = /\$|\^|\\b|\\B|\(\?[=!<]|\\\d/;
const ALWAYS = () => true;

function buildTable(): Table {
  const metadata = metadataJson as unknown as MetadataShape;
  const single = new Map<string, string>();
  for (const [code, countries] of Object.entries(metadata.country_calling_codes)) {
    // '001' is the library's name for non-geographic codes (+800, +882, …): left to it.
    if (countries.length === 1 && countries[0] !== '001' && metadata.countries[countries[0]!]) single.set(code, countries[0]!);
  }

  // The NANP walk, cut per area code where a region's leading digits decide the whole code.
  const regions = (metadata.country_calling_codes['1'] ?? []).map((country): Step & { decides(areaCode: string): boolean } => {
    const plan = metadata.countries[country]!;
    const leading = plan[LEADING_DIGITS];
    if (typeof leading === 'string' && leading !== '') {
      // String.search(leading) === 0, as the library tests it, is a match anchored at the start.
      const re = new RegExp(`^(?:${leading})`);
      // A plain pattern (no anchors, lookarounds or back-references) that matches the area code
      // alone matches every number that starts with it.
      const plain = !NOT_A_PREFIX_TEST.test(leading);
      return { country, takes: (nsn) => re.test(nsn), decides: (areaCode) => plain && re.test(areaCode) };
    }
    return { country, takes: isOfSomeType(plan), decides: () => false };
  });
  const walks = new Map<string, Step[]>();
  for (let code = 200; code <= 999; code++) {
    const areaCode = String(code);
    const steps: Step[] = [];
    for (const r of regions) {
      if (r.decides(areaCode)) {
        steps.push({ country: r.country, takes: ALWAYS });
        break;
      }
      steps.push({ country: r.country, takes: r.takes });
    }
    walks.set(areaCode, steps);
  }

  return {
    lookup(e164) {
      if (!E164.test(e164)) return undefined;
      // Calling codes are prefix-free: the first known one of 1 to 3 digits is the library's too.
      for (let len = 1; len <= 3; len++) {
        const code = e164.slice(1, 1 + len);
        if (code === '1') {
          const nsn = e164.slice(2);
          const walk = nsn.length === 10 ? walks.get(nsn.slice(0, 3)) : undefined;
          if (!walk) return undefined;
          for (const step of walk) if (step.takes(nsn)) return step.country;
          return null;
        }
        const country = single.get(code);
        if (country !== undefined) return country;
        if (Object.hasOwn(metadata.country_calling_codes, code)) return undefined;
      }
      return undefined;
    },
  };
}

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * The library's getNumberType(nsn, region) is truthy: the number matches the region's national
 * pattern entirely and one of its type patterns (fixed line, mobile, toll free, …) entirely, at
 * one of that type's possible lengths.
 */
function isOfSomeType(plan: Plan): (nsn: string) => boolean {
  const national = new RegExp(`^(?:${plan[2]})$`);
  const types = Array.isArray(plan[TYPES]) ? (plan[TYPES] as unknown[]) : [];
  const checks = types
    .slice(0, 10)
    .filter((t): t is [string, number[]?] => Array.isArray(t) && typeof t[0] === 'string' && t[0] !== '')
    .map(([pattern, lengths]) => ({ re: new RegExp(`^(?:${pattern})$`), lengths: lengths ?? plan[3] }));
  return (nsn) => national.test(nsn) && checks.some((c) => (!c.lengths || c.lengths.includes(nsn.length)) && c.re.test(nsn));
}
