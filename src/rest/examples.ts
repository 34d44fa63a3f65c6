/**
 * Example request bodies for the reference and SDK docs: one per provider, with the fields the
 * guide names for it. The values are placeholders of the right shape, never real credentials.
 */
const CREDENTIALS = {
  twilio: { summary: 'Twilio: Account SID and Auth Token', credentials: { account_sid: 'AC00000000000000000000000000000000', auth_token: '0123456789abcdef0123456789abcdef' } },
  twilioApiKey: { summary: 'Twilio: Account SID with an API key and secret', credentials: { account_sid: 'AC00000000000000000000000000000000', api_key_sid: 'SK00000000000000000000000000000000', api_key_secret: 'secret' } },
  telnyx: { summary: 'Telnyx: an API key alone (Trunkline sets routing up)', credentials: { api_key: 'KEY0000000000000000000000000000_example' } },
  telnyxConnection: { summary: 'Telnyx: an API key and your own connection', credentials: { apiKey: 'KEY0000000000000000000000000000_example', connectionId: '1684641000000000000' }, sip_config: { domain: 'acme.sip.telnyx.com' } },
  signalwire: { summary: 'SignalWire: Space, Project ID and API token', credentials: { space: 'acme', project_id: '00000000-0000-4000-8000-000000000000', api_token: 'PT0000000000000000000000000000000000000000000000' } },
  vonage: { summary: 'Vonage: API key and secret', credentials: { api_key: 'abcd1234', api_secret: 'abcdef0123456789' } },
  manual: { summary: 'Any SIP trunk, with Digest credentials', credentials: { username: 'acme', password: 'trunk-password' }, sip_config: { domain: 'sip.example.com', port: 5061, transport: 'tls' } },
} as const;

const EVIDENCE = '3f8d2c1a-9b7e-4c5d-8a6f-1e2d3c4b5a69';

type Example = { summary: string; value: unknown };

function each(build: (provider: string, c: (typeof CREDENTIALS)[keyof typeof CREDENTIALS]) => unknown): Record<string, Example> {
  return Object.fromEntries(
    Object.entries(CREDENTIALS).map(([name, c]) => [name, { summary: c.summary, value: build(name.replace(/ApiKey$|Connection$/, ''), c) }]),
  );
}

/** POST /v1/voip-connections/test and /suggest-name. */
export const testExamples = each((provider, c) => ({ provider, credentials: c.credentials, ...('sip_config' in c && { sip_config: c.sip_config }) }));

/** POST /v1/voip-connections: the same body as the test, plus its evidence. */
export const createExamples = each((provider, c) => ({
  provider,
  credentials: c.credentials,
  ...('sip_config' in c && { sip_config: c.sip_config }),
  verification_evidence_id: EVIDENCE,
}));

/** PATCH /v1/voip-connections/{id}. */
export const updateExamples: Record<string, Example> = {
  rename: { summary: 'Rename', value: { name: 'Main line' } },
  rotate: { summary: 'Rotate credentials (with the evidence of a fresh test of them)', value: { credentials: CREDENTIALS.vonage.credentials, verification_evidence_id: EVIDENCE } },
};
