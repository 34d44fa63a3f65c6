/** The lifecycle events a webhook endpoint can subscribe to (issue 25). One list: validation, docs and GraphQL read it. */
export const WEBHOOK_EVENT_TYPES = [
  'voip_connection.created',
  'voip_connection.updated',
  'voip_connection.credentials_rotated',
  'voip_connection.status_changed',
  'voip_connection.deleted',
  'phone_number.imported',
  'phone_number.verified',
  'phone_number.verification_failed',
  'phone_number.updated',
  'phone_number.released',
  'test_call.completed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const isWebhookEventType = (name: string): name is WebhookEventType => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(name);

/** What an event is about: deliveries about one object reach an endpoint in the order they were made. */
export type WebhookObjectType = 'voip_connection' | 'phone_number' | 'test_call';
export const objectKey = (type: WebhookObjectType, id: number) => `${type}:${id}`;
