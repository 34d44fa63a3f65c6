import { createHash } from 'node:crypto';

/**
 * The simulator's seeded accounts. Every provider has one account per scenario; a "wrong secret"
 * is any valid account id with a different secret. Identifiers are derived from the scenario
 * name, so they are the same on every run and can be printed for a demo.
 */
export const SCENARIOS = ['valid', 'suspended', 'trial', 'rate_limited', 'failing', 'slow', 'reset', 'garbage', 'big'] as const;
export type Scenario = (typeof SCENARIOS)[number];
export type SimProvider = 'twilio' | 'telnyx' | 'signalwire' | 'vonage';

export interface SimNumber {
  id: string;
  e164: string;
  country: string;
  capabilities: { voice: boolean; sms: boolean; mms: boolean };
  /** Provider-side routing fields (voice_url, connection_id, voiceCallbackValue…), changed by writes. */
  routing: Record<string, string | null>;
  /** The provider refuses routing updates for this number. */
  locked: boolean;
}

export interface SimAccount {
  provider: SimProvider;
  /** Which seeded account this is (fixed). */
  readonly scenario: Scenario;
  /** How it behaves now: starts as its scenario; tests may switch it (an outage, a downgrade). */
  behavior: Scenario;
  /** Account SID, Telnyx key, SignalWire project id, Vonage api key. */
  id: string;
  secret: string;
  name: string;
  numbers: SimNumber[];
  /** Twilio: a Standard API key bound to this account. */
  apiKey?: { sid: string; secret: string };
  /** Telnyx: the SIP connection numbers route through, and its outbound voice profile. */
  telnyx?: { connectionId: string; profileId: string; profileEnabled: boolean };
  /** Requests seen, for rate-limit alternation. */
  requests: number;
  /** Requests whose client hung up before the answer came (counted the moment it hangs up). */
  abandoned: number;
  /** Vonage: this account's REST host takes the keys only as query parameters (it has happened). */
  queryKeysOnly?: boolean;
}

const hex = (label: string, length: number) => createHash('sha256').update(label).digest('hex').slice(0, length);
const uuid = (label: string) => {
  const h = hex(label, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

const AREA: Record<SimProvider, string> = { twilio: '415', telnyx: '312', signalwire: '310', vonage: '202' };
const COUNT: Record<Scenario, number> = { valid: 5, suspended: 3, trial: 3, rate_limited: 3, failing: 3, slow: 3, reset: 3, garbage: 3, big: 2600 };

function numbersFor(provider: SimProvider, scenario: Scenario): SimNumber[] {
  const exchange = 200 + SCENARIOS.indexOf(scenario);
  const out: SimNumber[] = [];
  for (let i = 0; i < COUNT[scenario]; i++) {
    const e164 = `+1${AREA[provider]}${exchange}${String(i).padStart(4, '0')}`;
    out.push({
      // Each provider's own id: Vonage the msisdn, Telnyx an int64, Twilio a PN sid, SignalWire a UUID.
      id: provider === 'vonage' ? e164.slice(1)
        : provider === 'telnyx' ? String(1_293_384_261_075_731_000n + BigInt(exchange * 10_000 + i))
        : provider === 'signalwire' ? uuid(`${provider}:${scenario}:${i}`)
        : `PN${hex(`${provider}:${scenario}:${i}`, 32)}`,
      e164,
      country: 'US',
      // The valid account's fourth number is SMS-only: it shows the capability filter and a failed outbound check.
      capabilities: { voice: !(scenario === 'valid' && i === 3), sms: i % 2 === 0, mms: i % 3 === 0 },
      routing: {},
      locked: scenario === 'valid' && i === 4,
    });
  }
  if (provider === 'vonage' && scenario === 'valid') {
    for (let i = 0; i < 2; i++) {
      const e164 = `+4420794600${i}${i}`;
      out.push({ id: e164.slice(1), e164, country: 'GB', capabilities: { voice: true, sms: true, mms: false }, routing: {}, locked: false });
    }
  }
  return out;
}

function seed(provider: SimProvider, scenario: Scenario): SimAccount {
  const label = `${provider}:${scenario}`;
  const name = `Acme ${scenario.replace('_', ' ')}`;
  const base = { provider, scenario, behavior: scenario, name, numbers: numbersFor(provider, scenario), requests: 0, abandoned: 0 };
  switch (provider) {
    case 'twilio':
      return { ...base, id: `AC${hex(label, 32)}`, secret: hex(`${label}:token`, 32), apiKey: { sid: `SK${hex(`${label}:key`, 32)}`, secret: hex(`${label}:keysecret`, 32) } };
    case 'telnyx':
      return {
        ...base,
        id: `KEY${hex(label, 24).toUpperCase()}_${hex(`${label}:k`, 22)}`,
        secret: '',
        telnyx: { connectionId: String(1_684_641_000_000_000_000n + BigInt(SCENARIOS.indexOf(scenario))), profileId: String(1_745_000_000_000_000_000n + BigInt(SCENARIOS.indexOf(scenario))), profileEnabled: scenario !== 'trial' },
      };
    case 'signalwire':
      return { ...base, id: uuid(label), secret: `PT${hex(`${label}:token`, 46)}` };
    case 'vonage':
      return { ...base, id: hex(label, 8), secret: hex(`${label}:secret`, 16) };
  }
}

export function seedAccounts(): SimAccount[] {
  return (['twilio', 'telnyx', 'signalwire', 'vonage'] as const).flatMap((p) => SCENARIOS.map((s) => seed(p, s)));
}

/** The SignalWire Space every simulated project lives in. */
export const SIM_SPACE = 'acme';

/** Credentials a client sends for a seeded account, in the adapters' snake_case. */
export function credentialsFor(account: SimAccount): Record<string, string> {
  switch (account.provider) {
    case 'twilio':
      return { account_sid: account.id, auth_token: account.secret };
    case 'telnyx':
      return { api_key: account.id, connection_id: account.telnyx!.connectionId };
    case 'signalwire':
      return { space: SIM_SPACE, project_id: account.id, api_token: account.secret };
    case 'vonage':
      return { api_key: account.id, api_secret: account.secret };
  }
}
