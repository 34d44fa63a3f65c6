import { Webhook } from 'standardwebhooks';

/**
 * Standard Webhooks headers for one message (https://www.standardwebhooks.com): signed by the
 * reference library itself, so a receiver verifying with any Standard Webhooks library agrees
 * byte for byte. One `v1,<base64>` signature per secret, space-separated: during a rotation the
 * new and the previous secret both sign, and a receiver holding either verifies.
 * The webhook-id stays the same for every retry, so receivers can drop duplicates by it.
 */
export function webhookHeaders(msgId: string, at: Date, body: string, secrets: readonly string[]): Record<string, string> {
  if (secrets.length === 0) throw new Error('webhookHeaders needs at least one secret');
  return {
    'webhook-id': msgId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(msgId, at, body)).join(' '),
  };
}
