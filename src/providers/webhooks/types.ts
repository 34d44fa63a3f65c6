import type { Arrival, IngressRequest } from '../calls';
import type { WebhookReply } from './shared';

export type { WebhookReply } from './shared';

/** Checks a webhook's signature with the provider's secret, at `nowSeconds` (Unix) for schemes that carry a time. */
export type WebhookVerifier = (req: IngressRequest, secret: string, nowSeconds: number) => boolean;

/** A provider whose numbers can send Trunkline voice webhooks (Twilio, SignalWire, Vonage). */
export interface VoiceWebhookCodec {
  /** Whether the provider signed this request with `secret`. Never throws: anything odd is false. */
  verify: WebhookVerifier;
  /** The call a voice webhook announces, numbers in E.164 with +; null when it is not an inbound call's webhook. */
  parseArrival(req: IngressRequest): Arrival | null;
  /** The answer that refuses a verification leg before answer. */
  rejectReply(): WebhookReply;
  /** The answer that hands any other call on to the platform. */
  handoffReply(platformVoiceUrl: string, platformSipUri?: string): WebhookReply;
  /** The answer URL of our own outbound legs: end the call at once. */
  hangupReply(): WebhookReply;
}
