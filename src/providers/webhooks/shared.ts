import { timingSafeEqual } from 'node:crypto';
import type { IngressRequest } from '../calls';

/** What a webhook is answered with: the provider reads the body as TwiML/cXML or an NCCO. */
export interface WebhookReply {
  contentType: string;
  body: string;
}

/** Equal strings, compared in constant time for equal lengths (a signature's length is no secret). */
export function safeEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The media type of a request, lower case, without parameters. */
export function mediaTypeOf(req: IngressRequest): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The query string of a URL as given (no re-encoding), without the `?`. */
export function queryOf(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return '';
  const hash = url.indexOf('#', at);
  return url.slice(at + 1, hash < 0 ? undefined : hash);
}

/**
 * The request's parameters, the way form-posting providers send them: the query string's, then,
 * for a form body, the body's (a GET webhook has them in the query, a POST in the body).
 */
export function formParams(req: IngressRequest): URLSearchParams {
  const params = new URLSearchParams(queryOf(req.url));
  const type = mediaTypeOf(req);
  if (req.method === 'POST' && (type === 'application/x-www-form-urlencoded' || type === '')) {
    for (const [name, value] of new URLSearchParams(req.rawBody)) params.append(name, value);
  }
  return params;
}

/**
 * A phone number as E.164 with +, from what a provider sent: `+14155550101`, `14155550101`
 * (Vonage never sends the +), `0014155550101`, with spaces, dashes, dots or brackets. Null for
 * anything else (`anonymous`, `client:alice`, a SIP URI, a national number without its country).
 */
export function toE164(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const compact = value.trim().replace(/[\s\-.()]/g, '');
  const digits = compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : compact;
  return /^[1-9]\d{6,14}$/.test(digits) ? `+${digits}` : null;
}

/** Text as XML character data or an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}
