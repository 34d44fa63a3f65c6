import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../src/simulator/server';
import { credentialsFor, type SimProvider } from '../src/simulator/accounts';
import { registryFor } from './support/providers';
import { ProviderUnavailableError } from '../src/domain/errors';
import type { ProviderAdapter } from '../src/providers/types';
import { countryOf } from '../src/providers/fields';
import { waitFor } from './support/wait';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ slowMs: 3_000, retryAfterSeconds: 0 });
});
afterAll(() => sim.close());

const PROVIDERS: SimProvider[] = ['twilio', 'telnyx', 'signalwire', 'vonage'];

function parse(adapter: ProviderAdapter, creds: Record<string, string>) {
  return adapter.credentialsSchema.parse(creds);
}

describe.each(PROVIDERS)('%s adapter against the simulator', (provider) => {
  const adapter = () => registryFor(sim).providers[provider];
  const creds = (scenario: Parameters<Simulator['account']>[1]) => parse(adapter(), credentialsFor(sim.account(provider, scenario)));

  it('passes every check for a valid account and suggests a name', async () => {
    const result = await adapter().test(creds('valid'), {});
    expect(result.checks.credentials_valid.status).toBe('pass');
    expect(result.checks.inbound_reachable.status).toBe('pass');
    expect(result.checks.outbound_authorized.status).toBe('pass');
    expect(result.suggestedName).toMatch(new RegExp(`^(Twilio|Telnyx|SignalWire|Vonage): .*\\(\\+1\\d{10}\\)$`));
  });

  it('fails credentials_valid for a wrong secret', async () => {
    const c = credentialsFor(sim.account(provider, 'valid'));
    const wrong = { ...c, ...(provider === 'telnyx' ? { api_key: 'KEYWRONG0000000000000000_000' } : {}), ...(provider === 'twilio' ? { auth_token: 'f'.repeat(32) } : {}), ...(provider === 'signalwire' ? { api_token: 'PTwrong' } : {}), ...(provider === 'vonage' ? { api_secret: 'wrongsecret' } : {}) };
    const result = await adapter().test(parse(adapter(), wrong), {});
    expect(result.checks.credentials_valid).toMatchObject({ status: 'fail', code: 'credentials_rejected' });
  });

  it('fails the outbound check for a trial or restricted account', async () => {
    const result = await adapter().test(creds('trial'), {});
    expect(result.checks.credentials_valid.status).toBe('pass');
    expect(result.checks.outbound_authorized.status).toBe('fail');
  });

  it('fails for a suspended account', async () => {
    const result = await adapter().test(creds('suspended'), {});
    expect(result.checks.credentials_valid).toMatchObject({ status: 'fail', code: 'account_inactive' });
  });

  it('follows the provider paging through 2,600 numbers', async () => {
    const numbers = await adapter().listNumbers(creds('big'), {});
    expect(numbers).toHaveLength(2600);
    expect(new Set(numbers.map((n) => n.phoneNumber)).size).toBe(2600);
    expect(numbers[0]).toMatchObject({ phoneNumber: expect.stringMatching(/^\+1\d{10}$/), country: 'US' });
  });

  it('retries a 429 and then succeeds', async () => {
    const numbers = await adapter().listNumbers(creds('rate_limited'), {});
    expect(numbers).toHaveLength(3);
  });

  it.each(['failing', 'reset', 'garbage'] as const)('maps a %s provider to provider_unavailable', async (scenario) => {
    await expect(adapter().test(creds(scenario), {})).rejects.toBeInstanceOf(ProviderUnavailableError);
  });

  it('maps a provider slower than the timeout to provider_unavailable, hanging up on it', async () => {
    const { providers } = registryFor(sim, { timeoutMs: 300 });
    const slow = sim.account(provider, 'slow');
    const abandoned = slow.abandoned;
    const failure = providers[provider].test(providers[provider].credentialsSchema.parse(credentialsFor(slow)), {});
    await expect(failure).rejects.toBeInstanceOf(ProviderUnavailableError);
    // Our bound fired (the simulator answers after 3 s), and the simulator saw the client leave before its answer.
    await expect(failure).rejects.toMatchObject({ reason: 'timed out' });
    await waitFor(() => slow.abandoned > abandoned);
  });
});

describe('Twilio with a Standard API key', () => {
  it('validates through the numbers list (a Standard key cannot read /Accounts)', async () => {
    const account = sim.account('twilio', 'valid');
    const { providers } = registryFor(sim);
    const creds = providers.twilio.credentialsSchema.parse({ accountSid: account.id, apiKeySid: account.apiKey!.sid, apiKeySecret: account.apiKey!.secret });
    const result = await providers.twilio.test(creds, {});
    expect(result.checks.credentials_valid.status).toBe('pass');
    expect(result.checks.outbound_authorized).toMatchObject({ status: 'not_applicable', code: 'checked_per_number' });
    expect(result.suggestedName).toMatch(/^Twilio: \+1415/);
  });

  it('refuses half a key pair, or a token with a key', () => {
    const { providers } = registryFor(sim);
    const sid = sim.account('twilio', 'valid').id;
    expect(providers.twilio.credentialsSchema.safeParse({ account_sid: sid, api_key_sid: `SK${'0'.repeat(32)}` }).success).toBe(false);
    expect(providers.twilio.credentialsSchema.safeParse({ account_sid: sid, auth_token: 't', api_key_sid: `SK${'0'.repeat(32)}`, api_key_secret: 's' }).success).toBe(false);
  });
});

describe('SignalWire space names', () => {
  it('reduces a pasted host to the Space name and refuses anything that could reach another host', () => {
    const schema = registryFor(sim).providers.signalwire.credentialsSchema;
    const base = { project_id: sim.account('signalwire', 'valid').id, api_token: 'x' };
    expect(schema.parse({ ...base, space: 'https://Acme.signalwire.com/' })).toMatchObject({ space: 'acme' });
    for (const space of ['evil.com/x', 'a@b', '127.0.0.1:80', 'acme.signalwire.com.evil.net', '']) expect(schema.safeParse({ ...base, space }).success, space).toBe(false);
  });
});

describe('Vonage credentials in the query string', () => {
  it('are what the adapter falls back to when the REST host refuses HTTP Basic', async () => {
    const account = sim.account('vonage', 'big');
    account.queryKeysOnly = true;
    try {
      const { providers } = registryFor(sim);
      const result = await providers.vonage.test(providers.vonage.credentialsSchema.parse(credentialsFor(account)), {});
      expect(result.checks.credentials_valid.status).toBe('pass');
    } finally {
      account.queryKeysOnly = false;
    }
  });

  it('are accepted by the simulator as by Vonage, so the adapter can fall back to them', async () => {
    const a = sim.account('vonage', 'valid');
    const res = await fetch(`${sim.baseUrls.vonageRest}/account/get-balance?api_key=${a.id}&api_secret=${a.secret}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ value: expect.any(Number) });
  });
});

describe('countryOf (remembered answers)', () => {
  it('answers the same the first time, the second time, and after the memo has turned over', () => {
    const cases: [string, string | null][] = [['+14155550123', 'US'], ['+14165550123', 'CA'], ['+18765550123', 'JM'], ['+442079460000', 'GB'], ['+999', null]];
    for (let round = 0; round < 2; round++) for (const [n, country] of cases) expect(countryOf(n), n).toBe(country);
    for (let i = 0; i < 50_001; i++) countryOf(`+1212${String(i).padStart(7, '0')}`);
    for (const [n, country] of cases) expect(countryOf(n), n).toBe(country);
  });
});
