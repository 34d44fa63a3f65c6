import { z } from 'zod';
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** camelCase → snake_case, so the guide's `apiKey`/`connectionId` spellings are accepted too. */
export function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * A strict object schema whose input keys may be camelCase or snake_case. Unknown keys are
 * refused (a typo in a credential field should not be silently dropped). Messages never include
 * the value, which may be a secret.
 */
export function credentialObject<T extends z.ZodRawShape>(shape: T) {
  return z.preprocess(
    (input) =>
      input !== null && typeof input === 'object' && !Array.isArray(input)
        ? Object.fromEntries(Object.entries(input as Record<string, unknown>).map(([k, v]) => [snakeCase(k), v]))
        : input,
    z.strictObject(shape, { error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown field(s): ${iss.keys.join(', ')}` : 'must be an object') }),
  );
}

/**
 * Printable ASCII without spaces: every provider's tokens, keys and SIDs. Anything else could not
 * be one, and would fail in an HTTP header (non-Latin-1) or split it (control characters)
 * before the provider is reached, which is not an outage.
 */
export const TOKEN_CHARS = /^[\x21-\x7e]+$/;

export const secret = (label: string) =>
  z.string({ error: `${label} must be a string` }).trim().min(1, `${label} is required`).max(256, `${label} is too long`)
    .regex(TOKEN_CHARS, `${label} must be printable ASCII without spaces`);

export const E164 = /^\+[1-9]\d{6,14}$/;

/** Normalises a provider's number to E.164 (Vonage omits the +). */
export function toE164(raw: string): string {
  const digits = raw.replace(/[^\d+]/g, '');
  return digits.startsWith('+') ? digits : `+${digits}`;
}

const COUNTRY_MEMO_SIZE = 50_000;
const countries = new Map<string, string | null>();

/**
 * ISO country from the number itself, for providers that do not say (Twilio, SignalWire) and
 * for SIP trunk numbers. Remembered (a bounded memo): libphonenumber-js takes ~15 µs a number,
 * and every read of an inventory lists the same numbers again.
 */
export function countryOf(e164: string): string | null {
  let country = countries.get(e164);
  if (country === undefined) {
    country = parsePhoneNumberFromString(e164)?.country ?? null;
    if (countries.size >= COUNTRY_MEMO_SIZE) countries.delete(countries.keys().next().value!);
    countries.set(e164, country);
  }
  return country;
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** A SIP URI for one number at our inbound host: keeps a user part if the configured URI has one. */
export function sipUriFor(number: string, sipUri: string): string {
  const m = /^(sips?):(.*)$/.exec(sipUri)!;
  return m[2]!.includes('@') ? sipUri : `${m[1]}:${number}@${m[2]}`;
}

/** The host part of a sip: URI. */
export function sipHost(sipUri: string): string {
  return sipUri.replace(/^sips?:/, '').replace(/^[^@]*@/, '').replace(/[;:].*$/, '');
}
