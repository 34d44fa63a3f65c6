import type { Config } from '../config';
import type { Logger } from '../logger';
import { createHttpClient } from './http-client';
import { manualAdapter } from './manual';
import { signalwireAdapter } from './signalwire';
import { telnyxAdapter } from './telnyx';
import { twilioAdapter } from './twilio';
import type { ProviderAdapter, ProviderId } from './types';
import { vonageAdapter } from './vonage';

export type ProviderRegistry = Readonly<Record<ProviderId, ProviderAdapter>>;

/** One adapter per provider, all sharing one HTTP client and the operator's base URLs. */
export function createProviderRegistry(config: Pick<Config, 'baseUrls' | 'providerTimeoutMs' | 'providerRetries' | 'allowPrivateSip' | 'sipOptionsTimeoutMs'> & Partial<Pick<Config, 'sipTlsCa'>>, log: Logger): ProviderRegistry {
  const http = createHttpClient({ timeoutMs: config.providerTimeoutMs, retries: config.providerRetries, log });
  return {
    twilio: twilioAdapter({ baseUrl: config.baseUrls.twilio, http }),
    telnyx: telnyxAdapter({ baseUrl: config.baseUrls.telnyx, http }),
    signalwire: signalwireAdapter({ baseUrl: config.baseUrls.signalwire, http }),
    vonage: vonageAdapter({ restBaseUrl: config.baseUrls.vonageRest, apiBaseUrl: config.baseUrls.vonageApi, http }),
    manual: manualAdapter({ allowPrivate: config.allowPrivateSip, timeoutMs: config.sipOptionsTimeoutMs, tlsCa: config.sipTlsCa ? [config.sipTlsCa] : undefined }),
  };
}
