import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness';
import { restCredentials } from '../support/credentials';
import { AvailableNumber, AvailableNumbers, ImportNumbersResponse, PhoneNumber, PhoneNumbers, VerifiedPhoneNumber } from '../../src/rest/schemas';
import type { SimProvider } from '../../src/simulator/accounts';

/** Available numbers, import, and the phone-number resources, as the REST documentation reads. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function connection(provider: SimProvider, scenario: 'valid' | 'big' = 'valid', key?: string) {
  const credentials = restCredentials(h.sim, provider, scenario);
  const test = await h.rest('POST', '/v1/voip-connections/test', { provider, credentials }, { key });
  const created = await h.rest('POST', '/v1/voip-connections', { provider, credentials, verification_evidence_id: test.body.verification_evidence_id }, { key });
  return created.body.id as number;
}

/** How many of a seeded big account's numbers the organization holds already (other tests import some): the available list leaves them out. */
async function heldFromBig(provider: SimProvider) {
  const account = new Set(h.sim.account(provider, 'big').numbers.map((n) => n.e164));
  const mine = (await h.rest('GET', '/v1/phone-numbers?limit=1000')).body.items as { number: string; status: string }[];
  return mine.filter((p) => p.status !== 'released' && account.has(p.number)).length;
}

describe('GET /v1/voip-connections/{id}/available-numbers', () => {
  it.each(['twilio', 'telnyx', 'signalwire', 'vonage'] as const)('%s: past 1,000 importable numbers, the first 1,000 in the envelope with the total', async (provider) => {
    const id = await connection(provider, 'big');
    const res = await h.rest('GET', `/v1/voip-connections/${id}/available-numbers`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 2600 - (await heldFromBig(provider)), limit: 1000, offset: 0 });
    expect(res.body.items).toHaveLength(1000);
    AvailableNumber.strict().parse(res.body.items[0]);
  });

  it('filters with query parameters, and 400s a bad one', async () => {
    const id = await connection('vonage');
    const gb = await h.rest('GET', `/v1/voip-connections/${id}/available-numbers?country=GB&capability=sms`);
    expect(gb.body.map((n: { country: string }) => n.country)).toEqual(['GB', 'GB']);
    expect((await h.rest('GET', `/v1/voip-connections/${id}/available-numbers?capability=fax`)).status).toBe(400);
    expect((await h.rest('GET', `/v1/voip-connections/${id}/available-numbers?colour=red`)).status).toBe(400);
  });

  it('404 for another organization’s connection; 502 when the provider is down', async () => {
    const theirs = await connection('twilio', 'valid', h.orgB.key);
    expect((await h.rest('GET', `/v1/voip-connections/${theirs}/available-numbers`)).status).toBe(404);
    const id = await connection('signalwire', 'big');
    const account = h.sim.account('signalwire', 'big');
    account.behavior = 'failing';
    try {
      expect(await h.rest('GET', `/v1/voip-connections/${id}/available-numbers`)).toMatchObject({ status: 502, body: { code: 'provider_unavailable' } });
    } finally {
      account.behavior = 'big';
    }
  });
});

describe('POST /v1/voip-connections/{id}/import-numbers', () => {
  it('201 with one result per number and the counts; 200 when nothing new was imported', async () => {
    const id = await connection('twilio');
    const [a, b] = h.sim.account('twilio', 'valid').numbers;
    const first = await h.rest('POST', `/v1/voip-connections/${id}/import-numbers`, { numbers: [a!.e164, b!.e164, '+19999999999', 'hello'] });
    expect(first.status).toBe(201);
    expect(ImportNumbersResponse.parse(first.body)).toMatchObject({
      imported: 2,
      already_imported: 0,
      failed: 2,
      results: [
        { number: a!.e164, outcome: 'imported', code: null, phone_number: { status: 'provisioning', source: 'voip', voip_verification_status: 'unverified', voip_connection_id: id } },
        { outcome: 'imported' },
        { outcome: 'failed', code: 'not_in_account', phone_number: null },
        { outcome: 'failed', code: 'invalid_number' },
      ],
    });
    const again = await h.rest('POST', `/v1/voip-connections/${id}/import-numbers`, { numbers: [a!.e164] });
    expect(again).toMatchObject({ status: 200, body: { imported: 0, already_imported: 1, results: [{ outcome: 'already_imported' }] } });
  });

  it('400 for an empty list, more than 1,000 numbers, or another body shape', async () => {
    const id = await connection('vonage');
    expect((await h.rest('POST', `/v1/voip-connections/${id}/import-numbers`, { numbers: [] })).status).toBe(400);
    expect((await h.rest('POST', `/v1/voip-connections/${id}/import-numbers`, { numbers: Array(1001).fill('+12022000000') })).status).toBe(400);
    expect((await h.rest('POST', `/v1/voip-connections/${id}/import-numbers`, { phone_numbers: ['+12022000000'] })).status).toBe(400);
  });
});

describe('/v1/phone-numbers', () => {
  async function importedNumber(provider: SimProvider, index: number) {
    const id = await connection(provider, 'big');
    const e164 = h.sim.account(provider, 'big').numbers[index]!.e164;
    const res = await h.rest('POST', `/v1/voip-connections/${id}/import-numbers`, { numbers: [e164] });
    return res.body.results[0].phone_number as { id: number };
  }

  it('GET lists a plain array newest first; GET /{id} reads one', async () => {
    const n = await importedNumber('telnyx', 10);
    const list = await h.rest('GET', '/v1/phone-numbers');
    expect(list.status).toBe(200);
    expect(list.body[0]).toEqual(PhoneNumber.strict().parse((await h.rest('GET', `/v1/phone-numbers/${n.id}`)).body));
    expect((await h.rest('GET', '/v1/phone-numbers?status=active')).body.every((p: { status: string }) => p.status === 'active')).toBe(true);
    expect((await h.rest('GET', '/v1/phone-numbers?status=bogus')).status).toBe(400);
  });

  it('POST /{id}/verify-voip: 200 active and verified', async () => {
    const n = await importedNumber('signalwire', 11);
    const res = await h.rest('POST', `/v1/phone-numbers/${n.id}/verify-voip`);
    expect(res.status).toBe(200);
    expect(VerifiedPhoneNumber.parse(res.body)).toMatchObject({ status: 'active', voip_verification_status: 'verified', verification: { status: 'verified', failures: [] } });
  });

  it('PATCH assigns agents; DELETE releases (204); others’ ids are 404', async () => {
    const n = await importedNumber('vonage', 12);
    expect(await h.rest('PATCH', `/v1/phone-numbers/${n.id}`, { inbound_agent_id: 42, label: 'Sales' })).toMatchObject({ status: 200, body: { inbound_agent_id: 42, label: 'Sales' } });
    expect(await h.rest('PATCH', `/v1/phone-numbers/${n.id}`, { inbound_agent_id: -1 })).toMatchObject({ status: 400 });
    expect((await h.rest('PATCH', `/v1/phone-numbers/${n.id}`, { label: 'x' }, { key: h.orgB.key })).status).toBe(404);
    expect((await h.rest('DELETE', `/v1/phone-numbers/${n.id}`, undefined, { key: h.orgB.key })).status).toBe(404);
    const released = await h.rest('DELETE', `/v1/phone-numbers/${n.id}`);
    expect(released.status).toBe(204);
    expect((await h.rest('GET', `/v1/phone-numbers/${n.id}`)).body.status).toBe('released');
    expect(await h.rest('PATCH', `/v1/phone-numbers/${n.id}`, { label: 'y' })).toMatchObject({ status: 409, body: { code: 'number_released' } });
  });

  it('verify-voip on a number whose connection was deleted is 409 connection_missing', async () => {
    const id = await connection('twilio', 'big');
    const e164 = h.sim.account('twilio', 'big').numbers[13]!.e164;
    const n = (await h.rest('POST', `/v1/voip-connections/${id}/import-numbers`, { numbers: [e164] })).body.results[0].phone_number;
    await h.rest('DELETE', `/v1/voip-connections/${id}`);
    expect((await h.rest('GET', `/v1/phone-numbers/${n.id}`)).body.voip_connection_id).toBeNull();
    expect(await h.rest('POST', `/v1/phone-numbers/${n.id}/verify-voip`)).toMatchObject({ status: 409, body: { code: 'connection_missing' } });
  });
});

/** A whole list, 1,000 at a time (the most one answer holds). */
async function everything(path: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let offset = 0; ; offset += 1000) {
    const { body } = await h.rest('GET', `${path}limit=1000&offset=${offset}`);
    out.push(...body.items);
    if (offset + 1000 >= body.total) return out;
  }
}

describe('very large lists take limit and offset, and answer {items, total, limit, offset}', () => {
  it('windows of the phone-number list add up to the plain array, each with the total', async () => {
    const id = await connection('twilio', 'big');
    await h.rest('POST', `/v1/voip-connections/${id}/import-numbers`, { numbers: h.sim.account('twilio', 'big').numbers.slice(1000, 1250).map((n) => n.e164) });
    const all = (await h.rest('GET', '/v1/phone-numbers')).body as { id: number }[];
    expect(all.length).toBeGreaterThanOrEqual(250);
    const windows: unknown[] = [];
    for (let offset = 0; offset < all.length; offset += 70) {
      const res = await h.rest('GET', `/v1/phone-numbers?limit=70&offset=${offset}`);
      expect(res.status).toBe(200);
      expect(PhoneNumbers.parse(res.body)).toMatchObject({ total: all.length, limit: 70, offset });
      windows.push(...res.body.items);
    }
    expect(windows).toEqual(all);
    expect((await h.rest('GET', '/v1/phone-numbers?limit=3')).body).toEqual({ items: all.slice(0, 3), total: all.length, limit: 3, offset: 0 });
    expect((await h.rest('GET', '/v1/phone-numbers?offset=5')).body).toEqual({ items: all.slice(5, 105), total: all.length, limit: 100, offset: 5 });
    expect((await h.rest('GET', `/v1/phone-numbers?limit=10&offset=${all.length}`)).body).toEqual({ items: [], total: all.length, limit: 10, offset: all.length });
    const mine = (await h.rest('GET', `/v1/phone-numbers?voip_connection_id=${id}`)).body;
    expect((await h.rest('GET', `/v1/phone-numbers?voip_connection_id=${id}&limit=1`)).body).toEqual({ items: [mine[0]], total: mine.length, limit: 1, offset: 0 });
  });

  it('windows of the available numbers, across page boundaries and with filters', async () => {
    const id = await connection('vonage', 'big');
    const all = await everything(`/v1/voip-connections/${id}/available-numbers?`);
    expect(all).toHaveLength(2600);
    const res = await h.rest('GET', `/v1/voip-connections/${id}/available-numbers?limit=120&offset=2450`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ items: all.slice(2450, 2570), total: all.length, limit: 120, offset: 2450 });
    AvailableNumbers.parse(res.body);
    const sms = await everything(`/v1/voip-connections/${id}/available-numbers?capability=sms&`);
    expect((await h.rest('GET', `/v1/voip-connections/${id}/available-numbers?capability=sms&limit=5&offset=1`)).body).toEqual({
      items: sms.slice(1, 6),
      total: sms.length,
      limit: 5,
      offset: 1,
    });
  });

  it.each(['limit=0', 'limit=1001', 'limit=ten', 'limit=-1', 'limit=', 'offset=-1', 'offset=x', 'offset=1000001', 'limit=0&limit=5', 'limit=5&limit=0'])('400s %s, naming the parameter', async (param) => {
    const res = await h.rest('GET', `/v1/phone-numbers?${param}`);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields ?? {})).toEqual([param.split('=')[0]]);
  });
});
