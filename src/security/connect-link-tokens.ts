import { createHash, randomBytes } from 'node:crypto';

/**
 * A connect link's token (issue 26): what the link's URL carries and its opener sends as
 * `Authorization: Bearer …`. 32 random bytes, base64url (safe in a URL path). Only its SHA-256 is
 * stored. The prefix tells it from an API key (`sk_live_`) at a glance and in authentication.
 */
const PREFIX = 'cl_live_';

export function generateConnectLinkToken(): { token: string; hash: string } {
  const token = PREFIX + randomBytes(32).toString('base64url');
  return { token, hash: hashConnectLinkToken(token) };
}

export function hashConnectLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function looksLikeConnectLinkToken(value: string): boolean {
  return value.startsWith(PREFIX) && /^[A-Za-z0-9_-]{43}$/.test(value.slice(PREFIX.length));
}
