import type { CredentialsInput, ProviderFieldsFragment, SetupMethod, SipConfigInput, SipTransport, TestCredentialsInput } from './generated/graphql';

export type ProviderInfo = ProviderFieldsFragment;
export type Field = ProviderInfo['credentialFields'][number];

/** What the person typed, by GraphQL field name; secrets are kept apart, in memory only. */
export interface Entered {
  values: Record<string, string>;
  secrets: Record<string, string>;
}

export const SIP_TRANSPORTS: SipTransport[] = ['UDP', 'TCP', 'TLS'];

/** The testCredentials input for a provider, from the fields the `providers` query described. */
export function testInput(provider: ProviderInfo, method: SetupMethod, entered: Entered): TestCredentialsInput {
  const fields: Record<string, string> = {};
  for (const f of provider.credentialFields) {
    const v = f.secret ? entered.secrets[f.graphqlName] : entered.values[f.graphqlName]?.trim();
    if (v) fields[f.graphqlName] = v;
  }
  // CredentialsInput is @oneOf: exactly the chosen provider's member.
  const credentials = { [provider.id.toLowerCase()]: fields } as unknown as CredentialsInput;
  const sip: SipConfigInput = {};
  for (const f of provider.sipConfigFields) {
    const v = entered.values[`sip.${f.graphqlName}`]?.trim();
    if (!v) continue;
    if (f.graphqlName === 'port') sip.port = /^\d+$/.test(v) ? Number(v) : (v as unknown as number);
    else if (f.graphqlName === 'transport') sip.transport = v as SipTransport;
    else if (f.graphqlName === 'domain') sip.domain = v;
  }
  return { credentials, setupMethod: method, ...(Object.keys(sip).length > 0 && { sipConfig: sip }) };
}

/** The id of the input for an API path such as `credentials.account_sid` or `sip_config.port`. */
export function inputIdForPath(provider: ProviderInfo, path: string): string | undefined {
  const [group, name] = path.split('.');
  if (group === 'credentials') return provider.credentialFields.find((f) => f.name === name) && `field-${name}`;
  if (group === 'sip_config') return provider.sipConfigFields.find((f) => f.name === name) && `field-sip-${name}`;
  return undefined;
}
