import type { WebhookDeliveryStatus, WebhookEndpointStatus } from './generated/graphql';

/** The event types an endpoint can receive: the server's one list (plain data, no imports, like the error catalog). */
export { WEBHOOK_EVENT_TYPES } from '../domain/webhook-event-types';

export const endpointStatusText: Record<WebhookEndpointStatus, string> = { ACTIVE: 'Active', FAILING: 'Failing', DISABLED: 'Disabled' };
export const deliveryStatusText: Record<WebhookDeliveryStatus, string> = { PENDING: 'Pending', DELIVERED: 'Delivered', FAILED: 'Failed' };
