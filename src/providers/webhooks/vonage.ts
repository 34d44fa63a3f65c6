import { createHash, createHmac } from 'node:crypto';
import type { Arrival, IngressRequest } from '../calls';
import { mediaTypeOf, queryOf, safeEqual, toE164, type WebhookReply } from './shared';
import type { VoiceWebhookCodec } from './types';

/**
 * Vonage's Voice webhooks (reference §4.3, §4.4): an HS256 JWT in `Authorization: Bearer`, signed
 * with the account's signature secret (not the API secret), whose `payload_hash` claim is the
 * SHA-256 of the request's body. Replies are NCCOs (JSON arrays of actions).
 *
 * Vonage requests a number's answer_url only once the call is answered, and an NCCO has no reject
 * action: an app-routed Vonage number cannot refuse a call before answer. Vonage numbers are
 * therefore verified over SIP routing (the SIP ingress answers 486); this codec serves what still
 * comes by HTTP — status events and answer URLs.
 */
export const VONAGE_SKEW_SECONDS = 300;

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function jsonPart(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const numeric = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** iat/nbf not in the future, exp not past, each within the skew; a token without exp lives only the skew after iat. */
function timely(claims: Record<string, unknown>, now: number): boolean {
  const iat = numeric(claims.iat);
  const exp = numeric(claims.exp);
  const nbf = numeric(claims.nbf);
  if (iat === undefined && exp === undefined) return false;
  if (iat !== undefined && iat > now + VONAGE_SKEW_SECONDS) return false;
  if (nbf !== undefined && nbf > now + VONAGE_SKEW_SECONDS) return false;
  if (exp !== undefined) return exp >= now - VONAGE_SKEW_SECONDS;
  return iat! >= now - VONAGE_SKEW_SECONDS;
}

/**
 * Whether `payload_hash` is the SHA-256 of `text`. The reference leaves unverified whether Vonage
 * writes it in hex or base64, so both are accepted (either way it is the same 32 bytes).
 */
function hashMatches(claimed: string, text: string): boolean {
  const digest = createHash('sha256').update(text, 'utf8').digest();
  return safeEqual(claimed.toLowerCase(), digest.toString('hex')) || safeEqual(claimed, digest.toString('base64')) || safeEqual(claimed, digest.toString('base64url'));
}

/**
 * What the payload hash covers. A body: its raw bytes. A GET has none; the reference says the
 * params are hashed serialised as compact JSON, so a hash present on a GET must match the empty
 * body or the query's parameters as JSON. A GET without payload_hash is taken on the JWT alone:
 * its query is then not covered (configure Vonage to POST where that matters).
 */
function payloadCovered(req: IngressRequest, claims: Record<string, unknown>): boolean {
  const claimed = claims.payload_hash;
  if (req.rawBody.length > 0) return typeof claimed === 'string' && hashMatches(claimed, req.rawBody);
  if (claimed === undefined) return true;
  if (typeof claimed !== 'string') return false;
  const query = JSON.stringify(Object.fromEntries(new URLSearchParams(queryOf(req.url))));
  return hashMatches(claimed, '') || hashMatches(claimed, query);
}

export function verifyVonage(req: IngressRequest, secret: string, nowSeconds: number): boolean {
  if (!secret) return false;
  const auth = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!auth) return false;
  const parts = auth[1]!.split('.');
  if (parts.length !== 3 || !parts.every((p) => BASE64URL.test(p))) return false;
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = jsonPart(headerPart);
  // Only HS256: a token naming `none` or an RSA algorithm is never taken (algorithm confusion).
  if (!header || header.alg !== 'HS256') return false;
  const expected = createHmac('sha256', secret).update(`${headerPart}.${payloadPart}`, 'ascii').digest('base64url');
  if (!safeEqual(signaturePart, expected)) return false;
  const claims = jsonPart(payloadPart);
  return claims !== null && timely(claims, nowSeconds) && payloadCovered(req, claims);
}

/** The answer webhook's fields: the query of a GET, the JSON body of a POST. */
function answerFields(req: IngressRequest): Record<string, unknown> | null {
  if (req.method === 'GET') return Object.fromEntries(new URLSearchParams(queryOf(req.url)));
  if (req.method !== 'POST' || mediaTypeOf(req) !== 'application/json') return null;
  try {
    const body: unknown = JSON.parse(req.rawBody);
    return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function parseVonageArrival(req: IngressRequest): Arrival | null {
  const fields = answerFields(req);
  if (!fields) return null;
  const from = toE164(typeof fields.from === 'string' ? fields.from : null);
  const to = toE164(typeof fields.to === 'string' ? fields.to : null);
  const providerCallId = fields.uuid;
  if (!from || !to || typeof providerCallId !== 'string' || providerCallId === '') return null;
  return { from, to, providerCallId, transport: 'http' };
}

/**
 * The platform's SIP URI for a called number: the configured URI as it is when it names a user,
 * else with the number as its user (`sip:inbound.example` → `sip:+14155550101@inbound.example`),
 * so the platform knows which number was called.
 */
export function platformSipUriFor(sipUri: string, calledNumber: string): string {
  const m = /^(sips?:)(.*)$/i.exec(sipUri);
  if (!m || m[2]!.includes('@')) return sipUri;
  return `${m[1]}${calledNumber}@${m[2]}`;
}

const ncco = (actions: unknown[]): WebhookReply => ({ contentType: 'application/json', body: JSON.stringify(actions) });

export const vonageWebhooks: VoiceWebhookCodec = {
  verify: verifyVonage,
  parseArrival: parseVonageArrival,
  /**
   * Vonage cannot refuse before answer (see above): the empty NCCO ends the call as soon as it is
   * answered. Vonage numbers are verified over SIP routing, where the SIP ingress answers 486.
   */
  rejectReply: () => ncco([]),
  /**
   * An NCCO cannot redirect to another answer URL: the call is connected to the platform's SIP
   * ingress when one is given, else ended (the empty NCCO).
   */
  handoffReply: (_platformVoiceUrl: string, platformSipUri?: string) => ncco(platformSipUri ? [{ action: 'connect', endpoint: [{ type: 'sip', uri: platformSipUri }] }] : []),
  /**
   * The answer URL of our own outbound legs, requested only if one was answered. NCCO actions
   * (connect, conversation, input, notify, record, stream, talk, wait) include no hangup: the
   * empty NCCO has nothing to run, so the call ends at once (that Vonage accepts an empty array
   * rather than failing over to the fallback URL is not established by the reference).
   */
  hangupReply: () => ncco([]),
};
