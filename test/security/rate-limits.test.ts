import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness';
import { restCredentials } from '../support/credentials';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ RATE_LIMIT_PER_MINUTE: '8', PROVIDER_RATE_LIMIT_PER_MINUTE: '2', AUTH_FAILURE_LIMIT_PER_MINUTE: '3' });
});
afterAll(() => h.close());

describe('rate limits', () => {
  it('puts X-RateLimit-* headers on every metered response', async () => {
    // Health and readiness are not metered (test/security/client-address.test.ts).
    for (const res of [await h.rest('GET', '/v1/voip-connections', undefined, { key: null }), await h.rest('GET', '/v1/voip-connections')]) {
      expect(res.headers.get('x-ratelimit-limit')).toBe('8');
      expect(Number(res.headers.get('x-ratelimit-remaining'))).toBeGreaterThanOrEqual(0);
      expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThanOrEqual(0);
    }
  });

  it('gives each API key its own bucket: 429 with Retry-After when empty, refilled with time', async () => {
    h.clock.advance(60_000);
    const statuses = [];
    for (let i = 0; i < 9; i++) statuses.push((await h.rest('GET', '/v1/voip-connections')).status);
    expect(statuses.slice(0, 8).every((s) => s === 200)).toBe(true);
    const limited = await h.rest('GET', '/v1/voip-connections');
    expect(limited).toMatchObject({ status: 429, body: { code: 'rate_limited' } });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const gql = await h.gql('{ viewer { organization { name } } }');
    expect(gql.status).toBe(429);
    expect((await h.rest('GET', '/v1/voip-connections', undefined, { key: h.orgB.key })).status).toBe(200);
    h.clock.advance(60_000);
    expect((await h.rest('GET', '/v1/voip-connections')).status).toBe(200);
  });

  it('spends a tighter budget on calls that reach a provider, on both doors', async () => {
    h.clock.advance(60_000);
    const body = { provider: 'vonage', credentials: restCredentials(h.sim, 'vonage') };
    expect((await h.rest('POST', '/v1/voip-connections/test', body, { key: h.orgB.key })).status).toBe(200);
    expect((await h.rest('POST', '/v1/voip-connections/suggest-name', body, { key: h.orgB.key })).status).toBe(200);
    const third = await h.rest('POST', '/v1/voip-connections/test', body, { key: h.orgB.key });
    expect(third).toMatchObject({ status: 429, body: { code: 'rate_limited' } });
    expect(third.headers.get('retry-after')).toBeTruthy();
    const viaGraphQL = await h.gql('mutation($c: CredentialsInput!) { testCredentials(input: { credentials: $c }) { __typename } }', { c: { vonage: { apiKey: 'x', apiSecret: 'y' } } }, h.orgB.key);
    expect(viaGraphQL.status).toBe(429);
    expect(viaGraphQL.body.errors?.[0]?.extensions?.code).toBe('rate_limited');
    expect((await h.rest('GET', '/v1/voip-connections', undefined, { key: h.orgB.key })).status).toBe(200);
  });

  it('limits failed authentications per client address', async () => {
    h.clock.advance(60_000);
    const bad = 'sk_live_this_key_does_not_exist_000';
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await h.rest('GET', '/v1/voip-connections', undefined, { key: bad })).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});

describe('the provider budget', () => {
  let p: Harness;
  beforeAll(async () => {
    p = await startHarness({ PROVIDER_RATE_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(() => p.close());

  it('is spent only by requests that reach a provider', async () => {
    // A SIP trunk connection (no inventory) made with the default key; then a fresh key with a full budget.
    const trunk = { provider: 'manual', credentials: {}, sip_config: { domain: '127.0.0.1', port: p.sip.port, transport: 'udp' } };
    const tested = await p.rest('POST', '/v1/voip-connections/test', trunk);
    const created = await p.rest('POST', '/v1/voip-connections', { ...trunk, verification_evidence_id: tested.body.verification_evidence_id });
    expect(created.status).toBe(201);
    const key = (await p.rest('POST', '/v1/developer/api-keys', { name: 'budget' })).body.key as string;
    expect(key).toMatch(/^sk_live_/);

    const refused = [
      await p.rest('GET', '/v1/voip-connections/99999999999999999999/available-numbers', undefined, { key }),
      await p.rest('GET', '/v1/voip-connections/424242/available-numbers', undefined, { key }),
      await p.rest('GET', `/v1/voip-connections/${created.body.id}/available-numbers`, undefined, { key }),
      await p.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials: { account_sid: 'nope' } }, { key }),
      await p.rest('POST', '/v1/voip-connections/suggest-name', { provider: 'vonage', credentials: {} }, { key }),
      await p.rest('POST', '/v1/voip-connections/424242/import-numbers', { numbers: ['+14155550100'] }, { key }),
      await p.rest('POST', '/v1/phone-numbers/424242/verify-voip', undefined, { key }),
      await p.rest('POST', '/v1/voip-connections/test', { provider: 'manual', credentials: {}, sip_config: { domain: 'bad domain!' } }, { key }),
    ];
    expect(refused.map((r) => r.status)).toEqual([404, 404, 409, 400, 400, 404, 404, 400]);
    const gql = await p.gql('mutation { testCredentials(input: { credentials: { vonage: { apiKey: "", apiSecret: "" } } }) { __typename } }', {}, key);
    expect(gql.body.data.testCredentials.__typename).toBe('ValidationError');

    const body = { provider: 'vonage', credentials: restCredentials(p.sim, 'vonage') };
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await p.rest('POST', '/v1/voip-connections/test', body, { key })).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});
