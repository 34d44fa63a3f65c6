import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

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
  /**
   * What the provider signs this account's webhooks with (reference §1.3, §2.2, §3.4, §4.3):
   * Twilio the Auth Token (`secret`), SignalWire the project's Signing Key, Telnyx an Ed25519
   * key pair (the public key, base64 of its 32 raw bytes, is what the account holder sees),
   * Vonage the account's signature secret.
   */
  signing: { secret: string; ed25519?: { publicKey: string; privateKey: KeyObject } };
  /** Verified outgoing caller IDs (and, for trial accounts, the only destinations allowed besides its own numbers). */
  verifiedNumbers: string[];
  /** The platform operator's own account (the verification line), not one of the scenarios. */
  operator?: boolean;
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

/** An Ed25519 key pair from a fixed 32-byte seed (PKCS#8 DER prefix of RFC 8410), so printed keys stay the same between runs. */
function ed25519(label: string) {
  const seed = createHash('sha256').update(label).digest();
  const privateKey = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
  const publicKey = (createPublicKey(privateKey).export({ format: 'der', type: 'spki' }) as Buffer).subarray(-32).toString('base64');
  return { publicKey, privateKey };
}

function signingFor(provider: SimProvider, label: string, secret: string): SimAccount['signing'] {
  switch (provider) {
    case 'twilio':
      return { secret };
    case 'signalwire':
      return { secret: `PSK${hex(`${label}:signing`, 32)}` };
    case 'telnyx': {
      const pair = ed25519(`${label}:ed25519`);
      return { secret: pair.publicKey, ed25519: pair };
    }
    case 'vonage':
      return { secret: hex(`${label}:signature`, 40) };
  }
}

function seed(provider: SimProvider, scenario: Scenario, label = `${provider}:${scenario}`, numbers = numbersFor(provider, scenario), name = `Acme ${scenario.replace('_', ' ')}`): SimAccount {
  const base = { provider, scenario, behavior: scenario, name, numbers, requests: 0, abandoned: 0, verifiedNumbers: [] as string[] };
  const account = seedIds(provider, scenario, label, base);
  return { ...account, signing: signingFor(provider, label, account.secret) };
}

function seedIds(provider: SimProvider, scenario: Scenario, label: string, base: Omit<SimAccount, 'id' | 'secret' | 'signing'>): Omit<SimAccount, 'signing'> {
  const index = label.endsWith(':operator') ? 99 : SCENARIOS.indexOf(scenario);
  switch (provider) {
    case 'twilio':
      return { ...base, id: `AC${hex(label, 32)}`, secret: hex(`${label}:token`, 32), apiKey: { sid: `SK${hex(`${label}:key`, 32)}`, secret: hex(`${label}:keysecret`, 32) } };
    case 'telnyx':
      return {
        ...base,
        id: `KEY${hex(label, 24).toUpperCase()}_${hex(`${label}:k`, 22)}`,
        secret: '',
        telnyx: { connectionId: String(1_684_641_000_000_000_000n + BigInt(index)), profileId: String(1_745_000_000_000_000_000n + BigInt(index)), profileEnabled: scenario !== 'trial' },
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

/** The number of each provider's operator account (the platform's verification line). */
export const OPERATOR_NUMBERS: Record<SimProvider, string> = { twilio: '+14152990000', telnyx: '+13122990000', signalwire: '+13102990000', vonage: '+12022990000' };

/**
 * One account per provider that stands for the platform operator's own account, with one number:
 * the verification line. Kept apart from the scenarios (seedAccounts) so that code and tests
 * that go through every scenario see no new account.
 */
export function seedOperatorAccounts(): SimAccount[] {
  return (['twilio', 'telnyx', 'signalwire', 'vonage'] as const).map((p) => {
    const e164 = OPERATOR_NUMBERS[p];
    const id = p === 'vonage' ? e164.slice(1) : p === 'telnyx' ? '1293384261075999000' : p === 'signalwire' ? uuid(`${p}:operator:0`) : `PN${hex(`${p}:operator:0`, 32)}`;
    const number: SimNumber = { id, e164, country: 'US', capabilities: { voice: true, sms: true, mms: false }, routing: {}, locked: false };
    return { ...seed(p, 'valid', `${p}:operator`, [number], 'Trunkline operator'), operator: true };
  });
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
