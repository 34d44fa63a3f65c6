import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'sk_live_';

/** A new API key: the secret shown once, its SHA-256 hash (stored) and its visible prefix. */
export function generateApiKey(): { secret: string; hash: string; prefix: string } {
  const secret = PREFIX + randomBytes(24).toString('hex');
  return { secret, hash: hashApiKey(secret), prefix: keyPrefix(secret) };
}

export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** `sk_live_` and the next 7 characters: enough to recognise a key, useless to use one. */
export function keyPrefix(secret: string): string {
  return secret.slice(0, PREFIX.length + 7);
}

export function looksLikeApiKey(value: string): boolean {
  return value.startsWith(PREFIX) && value.length >= PREFIX.length + 16 && value.length <= 200;
}
