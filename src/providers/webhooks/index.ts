import { signalwireWebhooks } from './signalwire';
import { telnyxWebhooks } from './telnyx';
import { twilioWebhooks } from './twilio';
import type { VoiceWebhookCodec, WebhookVerifier } from './types';
import { vonageWebhooks } from './vonage';

/**
 * The providers' webhook codecs (issue 24): how each signs what it sends Trunkline's HTTP
 * ingress, what its voice webhook says, and how it is answered. Pure functions over an
 * IngressRequest: no storage, no network, no secrets kept.
 */
export type { VoiceWebhookCodec, WebhookReply, WebhookVerifier } from './types';
export { toE164 } from './shared';
export { platformSipUriFor } from './vonage';
export { twilioWebhooks, signalwireWebhooks, telnyxWebhooks, vonageWebhooks };

/** Providers whose numbers send voice webhooks. */
export type VoiceWebhookProvider = 'twilio' | 'signalwire' | 'vonage';

export const voiceWebhooks: Readonly<Record<VoiceWebhookProvider, VoiceWebhookCodec>> = {
  twilio: twilioWebhooks,
  signalwire: signalwireWebhooks,
  vonage: vonageWebhooks,
};

/** Every provider that posts signed call events to the ingress. */
export const webhookVerifiers: Readonly<Record<VoiceWebhookProvider | 'telnyx', WebhookVerifier>> = {
  twilio: twilioWebhooks.verify,
  signalwire: signalwireWebhooks.verify,
  telnyx: telnyxWebhooks.verify,
  vonage: vonageWebhooks.verify,
};

export const isVoiceWebhookProvider = (name: string): name is VoiceWebhookProvider => Object.hasOwn(voiceWebhooks, name);
