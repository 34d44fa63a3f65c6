import { createHash, createHmac, randomUUID, sign, verify, type KeyObject } from 'node:crypto';

/**
 * How each provider signs the webhooks it sends (reference calls.md §1.3, §2.2, §3.4, §4.3), and
 * the RS256 check of the JWT a Vonage application signs its API requests with (§4.1).
 */

/**
 * Twilio's X-Twilio-Signature (SignalWire's X-SignalWire-Signature on the compatibility API):
 * base64 HMAC-SHA1 over the URL exactly as configured, then for a POST each parameter name and
 * value, names sorted, with no separators.
 */
export function compatSignature(key: string, url: string, params: Record<string, string> | null): string {
  const data = url + (params ? Object.keys(params).sort().map((k) => k + params[k]).join('') : '');
  return createHmac('sha1', key).update(data, 'utf8').digest('base64');
}

/** Telnyx: Ed25519 over `${timestamp}|${body}`, base64, with the timestamp in Unix seconds. */
export function telnyxHeaders(privateKey: KeyObject, body: string, now: Date): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const signature = sign(null, Buffer.from(`${timestamp}|${body}`, 'utf8'), privateKey).toString('base64');
  return { 'telnyx-signature-ed25519': signature, 'telnyx-timestamp': timestamp };
}

const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

/**
 * Vonage's signed webhook: `Authorization: Bearer` HS256 JWT with the account's api_key, the
 * SHA-256 (hex) of the body as payload_hash, iat, jti and exp, keyed with its signature secret.
 */
export function vonageWebhookJwt(apiKey: string, signatureSecret: string, body: string | null, now: Date): string {
  const iat = Math.floor(now.getTime() / 1000);
  const claims = { api_key: apiKey, iat, exp: iat + 300, jti: randomUUID(), ...(body !== null && { payload_hash: createHash('sha256').update(body, 'utf8').digest('hex') }) };
  const signing = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}`;
  return `${signing}.${createHmac('sha256', signatureSecret).update(signing).digest('base64url')}`;
}

/** The claims of an RS256 JWT whose signature the public key (PEM) verifies; undefined otherwise. */
export function verifyRs256(token: string, publicKey: (claims: Record<string, unknown>) => string | undefined): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  let header: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (header.alg !== 'RS256') return undefined;
  const pem = publicKey(claims);
  if (!pem) return undefined;
  const ok = verify('RSA-SHA256', Buffer.from(`${parts[0]}.${parts[1]}`), pem, Buffer.from(parts[2]!, 'base64url'));
  return ok ? claims : undefined;
}
