import { PROVIDER_DEFINITIONS } from '../../providers/definitions';
import { PROVIDER_IDS, type ProviderId } from '../../providers/types';
import { builder } from '../builder';
import { SipTransportEnum } from './enums';

const TYPE_PREFIX: Record<ProviderId, string> = { twilio: 'Twilio', telnyx: 'Telnyx', signalwire: 'SignalWire', vonage: 'Vonage', manual: 'Manual' };

export const camelCase = (snake: string) => snake.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** One input type per provider, drawn from the provider's own field list. */
const memberTypes = Object.fromEntries(
  PROVIDER_IDS.map((id) => {
    const def = PROVIDER_DEFINITIONS[id];
    return [
      id,
      builder.inputType(`${TYPE_PREFIX[id]}CredentialsInput`, {
        description: `${def.displayName} credentials. Write-only: never returned once saved.`,
        fields: (t) =>
          Object.fromEntries(def.credentialFields.map((f) => [camelCase(f.name), t.string({ required: f.required, description: `${f.label}${f.secret ? ' (write-only)' : ''}: ${f.description}` })])),
      }),
    ];
  }),
) as Record<ProviderId, ReturnType<typeof builder.inputType>>;

/**
 * Exactly one provider's credentials (@oneOf). The inputs holding it validate the member with that
 * provider's zod schema, the same one the domain applies (credentialsRules).
 */
export const CredentialsInput = builder.inputType('CredentialsInput', {
  isOneOf: true,
  description: "Exactly one provider's credentials; the member chosen is the provider.",
  fields: (t) =>
    Object.fromEntries(
      PROVIDER_IDS.map((id) => [
        id,
        t.field({ type: memberTypes[id], description: `${PROVIDER_DEFINITIONS[id].displayName} credentials.` }),
      ]),
    ),
});

export const SipConfigInput = builder.inputType('SipConfigInput', {
  description: 'SIP settings: where a SIP trunk is (domain, port, transport); for Telnyx, an optional domain hint. Fields the gateway sets up itself are read-only.',
  fields: (t) => ({
    domain: t.string({ description: 'SIP domain or host, e.g. sip.example.com (a SIP trunk), acme.sip.telnyx.com (a Telnyx hint).' }),
    port: t.int({ description: 'SIP port of the trunk: 5060, or 5061 for TLS (the defaults).' }),
    transport: t.field({ type: SipTransportEnum, description: 'SIP transport of the trunk (default UDP).' }),
  }),
});

/** Drops the nulls GraphQL uses for absent optional fields, so domain schemas see only what was sent. */
export function compact(value: unknown): Record<string, unknown> | undefined {
  if (value == null || typeof value !== 'object') return undefined;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v != null));
}

/** The provider a CredentialsInput names, and its fields. */
export function fromCredentialsInput(input: unknown): { provider: string; credentials: Record<string, unknown> } {
  const [provider, credentials] = Object.entries(input as Record<string, unknown>).find(([, v]) => v != null) ?? ['', {}];
  return { provider, credentials: compact(credentials) ?? {} };
}
