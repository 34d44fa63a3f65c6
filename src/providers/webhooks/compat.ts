import { createHash, createHmac } from 'node:crypto';
import type { Arrival, IngressRequest } from '../calls';
import { escapeXml, formParams, mediaTypeOf, queryOf, safeEqual, toE164, type WebhookReply } from './shared';

/**
 * What Twilio and SignalWire's Compatibility API share: the form-signature scheme (reference
 * §1.3, §2.2), the voice webhook's parameters and the TwiML/cXML replies.
 */

/** How repeated form names enter the signed string: Twilio's validator takes each distinct value, sorted; SignalWire's SDK each value as sent. */
export type RepeatedValues = 'distinct-sorted' | 'as-sent';

/**
 * The URL variants the providers' own validators try, because the providers sign inconsistently:
 * as given, and with the scheme's default port added (none given) or removed (`:443`, `:80`).
 * Built as strings: a URL object would re-encode the bytes the HMAC covers.
 */
export function urlVariants(url: string): string[] {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)(.*)$/s.exec(url);
  if (!m) return [url];
  const [, scheme, authority, rest] = m as unknown as [string, string, string, string];
  const at = authority.lastIndexOf('@');
  const userinfo = authority.slice(0, at + 1);
  const hostPort = authority.slice(at + 1);
  const hp = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(hostPort);
  if (!hp) return [url];
  const host = hp[1]!;
  const port = hp[2];
  const standard = ({ http: '80', https: '443' } as Record<string, string>)[scheme.toLowerCase()];
  if (!standard) return [url];
  if (port === undefined || port === '') return [url, `${scheme}://${userinfo}${host}:${standard}${rest}`];
  if (port === standard) return [url, `${scheme}://${userinfo}${host}${rest}`];
  return [url];
}

/** `name + value` of every form parameter, names sorted by code unit. */
export function signedParams(body: string, repeated: RepeatedValues): string {
  const byName = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(body)) byName.set(name, [...(byName.get(name) ?? []), value]);
  const names = [...byName.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names
    .map((name) => {
      const values = byName.get(name)!;
      const chosen = repeated === 'distinct-sorted' ? [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : values;
      return chosen.map((v) => name + v).join('');
    })
    .join('');
}

const hmacSha1 = (key: string, text: string, encoding: 'base64' | 'hex') => createHmac('sha1', key).update(text, 'utf8').digest(encoding);

/**
 * The form scheme: base64(HMAC-SHA1(secret, url + sorted name+value pairs of a form POST)); a GET
 * (or a POST whose body is not a form) signs the URL alone. A URL carrying `bodySHA256` (JSON
 * bodies) signs the URL alone and the body must hash to it.
 */
export function verifyFormSignature(req: IngressRequest, secret: string, signature: string | undefined, repeated: RepeatedValues): boolean {
  if (!secret || !signature) return false;
  const bodyHash = new URLSearchParams(queryOf(req.url)).get('bodySHA256');
  const type = mediaTypeOf(req);
  const isForm = req.method === 'POST' && bodyHash === null && (type === 'application/x-www-form-urlencoded' || type === '');
  const params = isForm ? signedParams(req.rawBody, repeated) : '';
  const signed = urlVariants(req.url).some((url) => safeEqual(signature, hmacSha1(secret, url + params, 'base64')));
  if (!signed) return false;
  return bodyHash === null || safeEqual(bodyHash, createHash('sha256').update(req.rawBody, 'utf8').digest('hex'));
}

/** SignalWire's JSON (SWML/RELAY) scheme: hex(HMAC-SHA1(secret, url + raw body)). */
export function verifyJsonSignature(req: IngressRequest, secret: string, signature: string | undefined): boolean {
  if (!secret || !signature) return false;
  return urlVariants(req.url).some((url) => safeEqual(signature, hmacSha1(secret, url + req.rawBody, 'hex')));
}

/** A Twilio/SignalWire voice webhook (form POST or GET query): an inbound call, or null. */
export function parseCompatArrival(req: IngressRequest): Arrival | null {
  if (req.method !== 'GET' && req.method !== 'POST') return null;
  const params = formParams(req);
  if (params.get('Direction') !== 'inbound') return null;
  const from = toE164(params.get('From'));
  const to = toE164(params.get('To'));
  const providerCallId = params.get('CallSid');
  if (!from || !to || !providerCallId) return null;
  return { from, to, providerCallId, transport: 'http' };
}

const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const xml = (response: string): WebhookReply => ({ contentType: 'text/xml', body: `${XML}<Response>${response}</Response>` });

/** Refused before answer with a busy tone: unbilled, and the placing leg ends `busy`, not `no-answer` (reference §1.3). */
export const compatRejectReply = () => xml('<Reject reason="busy"/>');
/** Every other call goes on to the platform's own voice URL, as if Trunkline were not in between. */
export const compatHandoffReply = (platformVoiceUrl: string) => xml(`<Redirect method="POST">${escapeXml(platformVoiceUrl)}</Redirect>`);
/** Our own outbound leg was answered (it never should be): end it at once. */
export const compatHangupReply = () => xml('<Hangup/>');
