import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness';
import { credentialsFor, type Scenario, type SimProvider } from '../../src/simulator/accounts';
import type { SimReply } from '../../src/simulator/http';
import type { ExchangeRequest, SimHost } from '../../src/simulator/server';
import { RetestDocument } from '../generated/graphql';
import { checkExchange, violationReport } from './check-exchange';
import { danglingRefs } from './schemas';

/**
 * Every request the adapters send in a whole run of every provider and setup method, and every
 * answer the simulator gives, held to the providers' own OpenAPI definitions
 * (test/fixtures/provider-openapi/). The run goes through the gateway's REST door as a customer
 * would: a refused test, test, create, rotate, available numbers page by page (and a 2,600-number
 * account the adapters must page through), import, verify, release, retest, delete.
 */
let h: Harness;
const exchanges: { host: SimHost; req: ExchangeRequest; res: SimReply }[] = [];
beforeAll(async () => {
  h = await startHarness();
  h.sim.onExchange = (host, req, res) => exchanges.push({ host, req, res });
});
afterAll(() => h.close());

interface Case {
  name: string;
  provider: SimProvider;
  credentials: (scenario: Scenario) => Record<string, string>;
  /** Credentials the provider refuses (a wrong secret). */
  wrong: Record<string, string>;
  setupMethod?: string;
}

const creds = (provider: SimProvider) => (scenario: Scenario) => credentialsFor(h.sim.account(provider, scenario));
const CASES: Case[] = [
  { name: 'twilio (auth token)', provider: 'twilio', credentials: creds('twilio'), get wrong() { return { ...creds('twilio')('valid'), auth_token: 'f'.repeat(32) }; } },
  {
    name: 'twilio (API key)',
    provider: 'twilio',
    credentials: (s) => {
      const a = h.sim.account('twilio', s);
      return { account_sid: a.id, api_key_sid: a.apiKey!.sid, api_key_secret: a.apiKey!.secret };
    },
    get wrong() {
      const a = h.sim.account('twilio', 'valid');
      return { account_sid: a.id, api_key_sid: a.apiKey!.sid, api_key_secret: 'wrong' };
    },
  },
  { name: 'telnyx (own connection)', provider: 'telnyx', credentials: creds('telnyx'), wrong: { api_key: 'KEYWRONG0000000000000000_000' } },
  {
    name: 'telnyx (API key alone)',
    provider: 'telnyx',
    credentials: (s) => ({ api_key: h.sim.account('telnyx', s).id }),
    wrong: { api_key: 'KEYWRONG0000000000000000_000' },
  },
  {
    name: 'telnyx (guided setup)',
    provider: 'telnyx',
    setupMethod: 'guided_telnyx',
    credentials: (s) => ({ api_key: h.sim.account('telnyx', s).id }),
    wrong: { api_key: 'KEYWRONG0000000000000000_000' },
  },
  { name: 'signalwire', provider: 'signalwire', credentials: creds('signalwire'), get wrong() { return { ...creds('signalwire')('valid'), api_token: 'PTwrong' }; } },
  { name: 'vonage', provider: 'vonage', credentials: creds('vonage'), get wrong() { return { ...creds('vonage')('valid'), api_secret: 'wrongsecret' }; } },
];

async function testAndCreate(c: Case, scenario: Scenario) {
  const body = { provider: c.provider, credentials: c.credentials(scenario), ...(c.setupMethod && { setup_method: c.setupMethod }) };
  const test = await h.rest('POST', '/v1/voip-connections/test', body);
  expect(test.status, JSON.stringify(test.body)).toBe(200);
  expect(test.body.status, JSON.stringify(test.body)).toBe('pass');
  const created = await h.rest('POST', '/v1/voip-connections', { ...body, name: `${c.name} ${scenario}`, verification_evidence_id: test.body.verification_evidence_id });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return { id: created.body.id as string, body };
}

describe('the adapters against the providers’ definitions', () => {
  it.each(CASES)('$name: the whole flow runs, every request and answer as the provider’s definition says', async (c) => {
    const since = exchanges.length;
    const refused = await h.rest('POST', '/v1/voip-connections/test', { provider: c.provider, credentials: c.wrong, ...(c.setupMethod && { setup_method: c.setupMethod }) });
    expect(refused.body.status, JSON.stringify(refused.body)).toBe('fail');

    const { id, body } = await testAndCreate(c, 'valid');
    const again = await h.rest('POST', '/v1/voip-connections/test', body);
    const rotated = await h.rest('PATCH', `/v1/voip-connections/${id}`, { credentials: body.credentials, verification_evidence_id: again.body.verification_evidence_id });
    expect(rotated.status, JSON.stringify(rotated.body)).toBe(200);

    const first = await h.rest('GET', `/v1/voip-connections/${id}/available-numbers?limit=2&offset=0`);
    const second = await h.rest('GET', `/v1/voip-connections/${id}/available-numbers?limit=2&offset=2`);
    expect(first.status).toBe(200);
    expect(second.body.items.length).toBeGreaterThan(0);
    // The seeded valid account's fourth number is SMS-only and its fifth locked: import the first two.
    const numbers = first.body.items.map((n: { phone_number: string }) => n.phone_number);
    const imported = await h.rest('POST', `/v1/voip-connections/${id}/import-numbers`, { numbers });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const ids = imported.body.results.map((r: { phone_number: { id: string } }) => r.phone_number.id);
    for (const n of ids) {
      const verified = await h.rest('POST', `/v1/phone-numbers/${n}/verify-voip`);
      expect(verified.body.status, JSON.stringify(verified.body)).toBe('active');
    }
    expect((await h.rest('DELETE', `/v1/phone-numbers/${ids[0]}`)).status).toBe(204);

    const retest = (await h.op(RetestDocument, { input: { id } })).retestConnection;
    expect(retest.__typename).toBe('RetestConnectionPayload');
    expect((await h.rest('DELETE', `/v1/voip-connections/${id}`)).status).toBe(204);

    // An account too big for one provider page: the adapters page through all of it.
    const big = await testAndCreate(c, 'big');
    const page = await h.rest('GET', `/v1/voip-connections/${big.id}/available-numbers?limit=100&offset=2500`);
    expect(page.body.total).toBe(2600);

    // Every request of this flow and every answer match the provider's definition.
    const mine = exchanges.slice(since);
    expect(mine.length).toBeGreaterThan(10);
    const report = violationReport(mine.flatMap((e) => checkExchange(e.host, e.req, e.res)));
    expect(danglingRefs).toEqual([]);
    if (report.length) throw new Error(`${report.length} kinds of contract violation in ${mine.length} exchanges:\n- ${report.join('\n- ')}`);
  });
});
