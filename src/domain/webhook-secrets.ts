import { randomBytes } from 'node:crypto';
import type { KeyRing } from '../security/sealing';

/**
 * An endpoint's signing secret, in the Standard Webhooks form: `whsec_` and the base64 of 24
 * random bytes (the HMAC key). Sealed at rest like credentials, bound to its endpoint's row; shown
 * only when made (creation, rotation).
 */
export const newWebhookSecret = (): string => `whsec_${randomBytes(24).toString('base64')}`;

/** What the API shows instead of the secret: its form and last four characters. */
export const webhookSecretHint = (secret: string): string => `whsec_…${secret.slice(-4)}`;

const boundTo = (organizationId: number, endpointId: number) => `trunkline:webhook_endpoint:${organizationId}:${endpointId}`;

export function sealWebhookSecret(keyRing: KeyRing, organizationId: number, endpointId: number, secret: string): string {
  return keyRing.seal(secret, boundTo(organizationId, endpointId));
}

export function openWebhookSecret(keyRing: KeyRing, organizationId: number, endpointId: number, sealed: string): string {
  return keyRing.open(sealed, boundTo(organizationId, endpointId));
}
