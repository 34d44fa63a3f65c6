import { manualDefinition } from './manual';
import { signalwireDefinition } from './signalwire';
import { telnyxDefinition } from './telnyx';
import { twilioDefinition } from './twilio';
import type { ProviderDefinition, ProviderId } from './types';
import { vonageDefinition } from './vonage';

/** Every provider's static definition, in the order the spec lists them. */
export const PROVIDER_DEFINITIONS: Readonly<Record<ProviderId, ProviderDefinition>> = {
  twilio: twilioDefinition,
  telnyx: telnyxDefinition,
  signalwire: signalwireDefinition,
  vonage: vonageDefinition,
  manual: manualDefinition,
};
