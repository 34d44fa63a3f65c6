import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../src/simulator/server';
import { credentialsFor, type SimProvider } from '../src/simulator/accounts';
import { registryFor } from './support/providers';
import { ProviderUnavailableError } from '../src/domain/errors';
import type { ProviderAdapter } from '../src/providers/types';

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

  it('maps a provider slower than the timeout to provider_unavailable within the bound', async () => {
    const { providers } = registryFor(sim, { timeoutMs: 300 });
    const started = Date.now();
    await expect(providers[provider].test(providers[provider].credentialsSchema.parse(credentialsFor(sim.account(provider, 'slow'))), {})).rejects.toBeInstanceOf(ProviderUnavailableError);
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});
