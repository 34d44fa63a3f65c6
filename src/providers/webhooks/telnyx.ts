import { createPublicKey, verify as verifySignature, type KeyObject } from 'node:crypto';
import type { IngressRequest } from '../calls';
import type { WebhookVerifier } from './types';

/**
 * Telnyx's Call Control webhooks (reference §3.4): an Ed25519 signature (telnyx-signature-ed25519,
 * base64, 64 bytes) over `${telnyx-timestamp}|${raw body}`, checked with the account's public key
 * (base64, 32 bytes, from Mission Control); a timestamp more than 300 s from now is refused, as
 * Telnyx's SDK does, so a captured webhook cannot be replayed later. Telnyx numbers arrive over
 * SIP, so only status events come this way: there is no voice codec.
 */
export const TELNYX_TOLERANCE_SECONDS = 300;

/** The DER header of an Ed25519 SubjectPublicKeyInfo (RFC 8410), before the 32 raw key bytes. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The public key from its base64 raw form, or null when it is not one. */
export function telnyxPublicKey(base64Key: string): KeyObject | null {
  const trimmed = base64Key.trim();
  if (!BASE64.test(trimmed)) return null;
  const raw = Buffer.from(trimmed, 'base64');
  if (raw.length !== 32) return null;
  try {
    return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
  } catch {
    return null;
  }
}

export const verifyTelnyx: WebhookVerifier = (req: IngressRequest, secret: string, nowSeconds: number): boolean => {
  const signature = req.headers['telnyx-signature-ed25519'];
  const timestamp = req.headers['telnyx-timestamp'];
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp) || !BASE64.test(signature)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > TELNYX_TOLERANCE_SECONDS) return false;
  const bytes = Buffer.from(signature, 'base64');
  if (bytes.length !== 64) return false;
  const key = telnyxPublicKey(secret);
  if (!key) return false;
  try {
    return verifySignature(null, Buffer.from(`${timestamp}|${req.rawBody}`, 'utf8'), key, bytes);
  } catch {
    return false;
  }
};

export const telnyxWebhooks = { verify: verifyTelnyx };
