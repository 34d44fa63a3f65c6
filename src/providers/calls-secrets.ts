import type { ProviderId } from './types';

/**
 * The secret that checks a provider's webhook signatures for a connection (issue 24, calls.md
 * §1.3, §2.2, §3.4, §4.3), or null when the connection does not hold one — then no webhook of
 * that connection can count as proof. Twilio signs with the account's primary Auth Token: the
 * connection's own `auth_token`, or `signing_secret` when it authenticates with an API key.
 * SignalWire's Signing Key, Telnyx's Ed25519 public key (base64) and Vonage's signature secret
 * are `signing_secret`. A SIP trunk has none (its INVITEs are trusted by source address).
 */
export function signingSecretOf(provider: ProviderId | string, credentials: Readonly<Record<string, unknown>>): string | null {
  const text = (key: string) => (typeof credentials[key] === 'string' && credentials[key] !== '' ? (credentials[key] as string) : null);
  switch (provider) {
    case 'twilio':
      return text('auth_token') ?? text('signing_secret');
    case 'signalwire':
    case 'telnyx':
    case 'vonage':
      return text('signing_secret');
    default:
      return null;
  }
}
