import { z } from 'zod';
import type { CallOptions, HttpClient, HttpResponse } from './http-client';
import { countryOf, toE164 } from './fields';
import { CredentialsRejectedError, RoutingRejectedError, type ProviderNumber, type RoutingSnapshot } from './types';
import { ProviderUnavailableError } from '../kernel/errors';

/**
 * The Twilio REST API 2010-04-01 shape, which SignalWire's Compatibility API mirrors: flat
 * paging envelopes with a relative `next_page_uri`, form-encoded PascalCase writes, and
 * `{code, message, more_info, status}` errors.
 */
export interface CompatSite {
  provider: string;
  /** Origin the relative page URIs hang off, e.g. https://api.twilio.com. */
  origin: string;
  /** Path of the account, e.g. /2010-04-01/Accounts/AC…  (no suffix). */
  accountPath: string;
  /** The same with the account id as {id}: what metrics name the calls by. */
  accountTemplate: string;
  /** ".json" for Twilio; SignalWire accepts none. */
  suffix: string;
  authorization: string;
  http: HttpClient;
}

const numberSchema = z.object({
  sid: z.string(),
  phone_number: z.string(),
  friendly_name: z.string().nullish(),
  country_code: z.string().nullish(),
  capabilities: z.object({ voice: z.boolean().optional(), sms: z.boolean().optional(), mms: z.boolean().optional() }).partial().nullish(),
  voice_url: z.string().nullish(),
  voice_method: z.string().nullish(),
  voice_application_sid: z.string().nullish(),
  trunk_sid: z.string().nullish(),
});
export type CompatNumber = z.infer<typeof numberSchema>;

const pageSchema = z.object({ incoming_phone_numbers: z.array(numberSchema), next_page_uri: z.string().nullish() });

/** Parses a provider body or reports the provider as unavailable: never trust a shape. */
export function parseBody<T>(provider: string, schema: z.ZodType<T>, res: HttpResponse): T {
  const parsed = schema.safeParse(res.body);
  if (!parsed.success) throw new ProviderUnavailableError(provider, 'unexpected response');
  return parsed.data;
}

/** A GET of `path` below the origin; `template` names it (ids as {id}, no query). */
export function get(site: CompatSite, path: string, template: string, opts?: CallOptions) {
  return site.http(site.provider, { method: 'GET', url: site.origin + path, template, headers: { authorization: site.authorization } }, opts);
}

export function toProviderNumber(n: CompatNumber): ProviderNumber {
  const phoneNumber = toE164(n.phone_number);
  return {
    phoneNumber,
    providerNumberId: n.sid,
    friendlyName: n.friendly_name || phoneNumber,
    country: n.country_code ?? countryOf(phoneNumber),
    capabilities: { voice: n.capabilities?.voice ?? false, sms: n.capabilities?.sms ?? false, mms: n.capabilities?.mms ?? false },
  };
}

/**
 * The next page's path, if `uri` is one: a single leading `/` and, appended to the origin, still
 * the origin's host. Anything else (`.evil.example/x`, `@host/x`, `//host/x`, a backslash) would
 * carry the customer's credentials to another host, so paging stops as a provider fault.
 */
export function nextPagePath(site: CompatSite, uri: string): string {
  let url: URL | undefined;
  try {
    url = /^\/(?!\/)[^\\\s]*$/.test(uri) ? new URL(site.origin + uri) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || url.origin !== new URL(site.origin).origin) throw new ProviderUnavailableError(site.provider, 'unexpected next page');
  return uri;
}

/** Follows `next_page_uri` (a path on the same origin) until it is null (bounded, against a misbehaving server). */
export async function listAllNumbers(site: CompatSite, opts?: CallOptions): Promise<ProviderNumber[]> {
  const out: ProviderNumber[] = [];
  const template = `${site.accountTemplate}/IncomingPhoneNumbers${site.suffix}`;
  let next: string | null | undefined = `${site.accountPath}/IncomingPhoneNumbers${site.suffix}?PageSize=1000`;
  for (let pages = 0; next && pages < 1000; pages++) {
    const res = await get(site, next, template, opts);
    rejectAuth(site.provider, res);
    if (res.status !== 200) throw new ProviderUnavailableError(site.provider, `HTTP ${res.status}`);
    const page = parseBody(site.provider, pageSchema, res);
    out.push(...page.incoming_phone_numbers.map(toProviderNumber));
    next = page.next_page_uri ? nextPagePath(site, page.next_page_uri) : null;
  }
  return out;
}

/** The first page of one number, for checks that need a single row. */
export async function firstNumber(site: CompatSite, opts?: CallOptions): Promise<{ res: HttpResponse; number: string | null }> {
  const res = await get(site, `${site.accountPath}/IncomingPhoneNumbers${site.suffix}?PageSize=1`, `${site.accountTemplate}/IncomingPhoneNumbers${site.suffix}`, opts);
  if (res.status !== 200) return { res, number: null };
  const page = parseBody(site.provider, pageSchema, res);
  return { res, number: page.incoming_phone_numbers[0] ? toE164(page.incoming_phone_numbers[0].phone_number) : null };
}

export async function fetchNumber(site: CompatSite, sid: string, opts?: CallOptions): Promise<CompatNumber> {
  const res = await get(site, `${site.accountPath}/IncomingPhoneNumbers/${encodeURIComponent(sid)}${site.suffix}`, `${site.accountTemplate}/IncomingPhoneNumbers/{id}${site.suffix}`, opts);
  rejectAuth(site.provider, res);
  if (res.status === 404) throw new RoutingRejectedError('The number is no longer in this provider account.');
  if (res.status !== 200) throw new ProviderUnavailableError(site.provider, `HTTP ${res.status}`);
  return parseBody(site.provider, numberSchema, res);
}

export async function updateNumber(site: CompatSite, sid: string, form: Record<string, string>, opts?: CallOptions): Promise<void> {
  const res = await site.http(
    site.provider,
    {
      method: 'POST',
      url: `${site.origin}${site.accountPath}/IncomingPhoneNumbers/${encodeURIComponent(sid)}${site.suffix}`,
      template: `${site.accountTemplate}/IncomingPhoneNumbers/{id}${site.suffix}`,
      headers: { authorization: site.authorization },
      form,
    },
    opts,
  );
  rejectAuth(site.provider, res);
  if (res.status !== 200) {
    const code = z.object({ code: z.number() }).safeParse(res.body);
    throw new RoutingRejectedError(
      `${site.provider} refused the routing update (HTTP ${res.status}${code.success ? `, error ${code.data.code}` : ''}).`,
    );
  }
}

export function routingOf(n: CompatNumber): RoutingSnapshot {
  return {
    voice_url: n.voice_url ?? null,
    voice_method: n.voice_method ?? null,
    voice_application_sid: n.voice_application_sid ?? null,
    trunk_sid: n.trunk_sid ?? null,
  };
}

export function rejectAuth(provider: string, res: HttpResponse): void {
  if (res.status === 401 || res.status === 403) {
    throw new CredentialsRejectedError(`${provider} rejected the credentials (HTTP ${res.status}).`);
  }
}
