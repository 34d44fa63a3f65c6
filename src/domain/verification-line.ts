import { PROVIDER_IDS, type ProviderAdapter, type ProviderId } from '../providers/types';
import type { KeyRing } from '../security/sealing';
import type { ProviderRegistry } from '../providers/registry';

/**
 * The operator's verification line (issue 24): a number on a provider account the platform owns,
 * routed to Trunkline's ingress. A number X is proven by two calls: X → line through the
 * customer's account (X can call out with X as caller ID), and line → X through the operator's
 * account (calls to X reach the platform). Its credentials come from the environment and are
 * kept sealed in memory, opened only for the call that needs them.
 */
export interface VerificationLine {
  provider: ProviderId;
  number: string;
  adapter: ProviderAdapter;
  /** The credentials and sip_config, sealed with the key ring (never held open). */
  open(): { credentials: Record<string, unknown>; sipConfig: Record<string, unknown> };
}

const AAD = 'trunkline:verification-line';

export class VerificationLineConfigError extends Error {}

/** Validates the configured line with its provider's own schemas and seals it; messages never echo a value. */
export function verificationLine(
  settings: { provider: string; number: string; credentialsJson: string; sipConfigJson: string | undefined } | undefined,
  providers: ProviderRegistry,
  keyRing: KeyRing,
): VerificationLine | null {
  if (!settings) return null;
  if (!(PROVIDER_IDS as readonly string[]).includes(settings.provider)) throw new VerificationLineConfigError('TRUNKLINE_VERIFICATION_LINE_PROVIDER is not a provider');
  const adapter = providers[settings.provider as ProviderId];
  const json = (text: string | undefined, name: string): unknown => {
    if (text === undefined) return {};
    try {
      return JSON.parse(text);
    } catch {
      throw new VerificationLineConfigError(`${name} is not JSON`);
    }
  };
  const credentials = adapter.credentialsSchema.safeParse(json(settings.credentialsJson, 'TRUNKLINE_VERIFICATION_LINE_CREDENTIALS'));
  if (!credentials.success) {
    const fields = [...new Set(credentials.error.issues.map((i) => i.path.join('.') || '(the object)'))].join(', ');
    throw new VerificationLineConfigError(`TRUNKLINE_VERIFICATION_LINE_CREDENTIALS does not fit ${adapter.displayName}'s credentials: ${fields}`);
  }
  const sipConfig = adapter.sipConfigSchema.safeParse(json(settings.sipConfigJson, 'TRUNKLINE_VERIFICATION_LINE_SIP_CONFIG'));
  if (!sipConfig.success) throw new VerificationLineConfigError(`TRUNKLINE_VERIFICATION_LINE_SIP_CONFIG does not fit ${adapter.displayName}'s sip_config`);
  const sealed = keyRing.seal(JSON.stringify({ credentials: credentials.data, sipConfig: sipConfig.data }), AAD);
  return {
    provider: adapter.id,
    number: settings.number,
    adapter,
    open: () => JSON.parse(keyRing.open(sealed, AAD)) as { credentials: Record<string, unknown>; sipConfig: Record<string, unknown> },
  };
}
