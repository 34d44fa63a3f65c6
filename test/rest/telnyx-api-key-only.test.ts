import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness';
import { Connection, CredentialTest, VerifiedPhoneNumber } from '../../src/rest/schemas';

/**
 * Telnyx with what its users paste: an API key alone, the default setup_method. The gateway sets
 * routing up itself at create (an FQDN connection and an outbound voice profile, once per Telnyx
 * account), records it in sip_config, and routes imported numbers to it on verify-voip.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const key = () => h.sim.account('telnyx', 'valid').id;
const writes = (since: number) => h.sim.writes.slice(since).map((w) => `${w.method} ${w.path}`);

async function testAndCreate(body: Record<string, unknown>, name?: string) {
  const test = await h.rest('POST', '/v1/voip-connections/test', body);
  expect(test.status, JSON.stringify(test.body)).toBe(200);
  CredentialTest.parse(test.body);
  const created = await h.rest('POST', '/v1/voip-connections', { ...body, ...(name && { name }), verification_evidence_id: test.body.verification_evidence_id });
  return { test: test.body, created };
}

describe('Telnyx with an API key alone', () => {
  /** The account's first connection by a key alone, before any test: the one that sets routing up, and what it wrote. */
  let first: Awaited<ReturnType<typeof testAndCreate>>;
  let firstWrites: typeof h.sim.writes;
  beforeAll(async () => {
    const before = h.sim.writes.length;
    first = await testAndCreate({ provider: 'telnyx', credentials: { api_key: key() } });
    firstWrites = h.sim.writes.slice(before);
  });

  it('goes test → create → available numbers → import → verify-voip → active, and sets routing up once', async () => {
    const { test, created } = first;
    // The test says what create will do.
    expect(test).toMatchObject({ status: 'pass', checks: { credentials_valid: { status: 'pass' }, inbound_reachable: { code: 'guided_setup' }, outbound_authorized: { code: 'guided_setup' } } });
    expect(test.checks.inbound_reachable.detail).toMatch(/creates a "Trunkline inbound" FQDN connection/);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const connection = Connection.parse(created.body);
    expect(connection).toMatchObject({ setup_method: 'api_key', status: 'connected' });
    expect(created.body.sip_config).toMatchObject({ fqdn_connection_id: expect.any(String), outbound_voice_profile_id: expect.any(String) });
    expect(firstWrites.map((w) => `${w.method} ${w.path}`)).toEqual(['POST /outbound_voice_profiles', 'POST /fqdn_connections', 'POST /fqdns']);
    const fqdn = firstWrites.find((w) => w.path === '/fqdns')!;
    expect(fqdn.params).toMatchObject({ connection_id: created.body.sip_config.fqdn_connection_id, fqdn: 'inbound.trunkline.example' });

    const available = await h.rest('GET', `/v1/voip-connections/${connection.id}/available-numbers`);
    expect(available.status).toBe(200);
    const number = available.body[0].phone_number as string;
    const imported = await h.rest('POST', `/v1/voip-connections/${connection.id}/import-numbers`, { numbers: [number] });
    expect(imported.body.results[0]).toMatchObject({ outcome: 'imported', phone_number: { status: 'provisioning' } });

    const beforeVerify = h.sim.writes.length;
    const verified = await h.rest('POST', `/v1/phone-numbers/${imported.body.results[0].phone_number.id}/verify-voip`);
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    expect(VerifiedPhoneNumber.parse(verified.body)).toMatchObject({ status: 'active', voip_verification_status: 'verified' });
    // Verify routes the number to the connection made at create, and makes nothing new.
    expect(writes(beforeVerify)).toEqual([expect.stringMatching(/^PATCH \/phone_numbers\/\d+$/)]);
    expect(h.sim.writes.at(-1)!.params).toEqual({ connection_id: created.body.sip_config.fqdn_connection_id });
    const simNumber = h.sim.account('telnyx', 'valid').numbers.find((n) => n.e164 === number)!;
    expect(simNumber.routing.connection_id).toBe(created.body.sip_config.fqdn_connection_id);
  });

  it('reuses what it made for a second connection of the same account, and the test says so', async () => {
    const before = h.sim.writes.length;
    const { test, created } = await testAndCreate({ provider: 'telnyx', credentials: { apiKey: key() } }, 'Second');
    expect(test.checks.inbound_reachable).toMatchObject({ status: 'pass', code: 'guided_setup_reuse' });
    expect(test.checks.outbound_authorized).toMatchObject({ status: 'pass', code: 'guided_setup_reuse' });
    expect(created.status).toBe(201);
    expect(created.body.sip_config.fqdn_connection_id).toBe(first.created.body.sip_config.fqdn_connection_id);
    expect(writes(before)).toEqual([]);
  });

  it('still uses and checks a connection_id when one is given, and sets nothing up', async () => {
    const account = h.sim.account('telnyx', 'valid');
    const before = h.sim.writes.length;
    const { test, created } = await testAndCreate({ provider: 'telnyx', credentials: { api_key: account.id, connection_id: account.telnyx!.connectionId } });
    expect(test.checks.inbound_reachable).toMatchObject({ status: 'pass', code: 'connection_ready' });
    expect(created.status).toBe(201);
    expect(created.body.sip_config.fqdn_connection_id).toBeUndefined();
    expect(writes(before)).toEqual([]);
  });

  it('rotating to a key alone sets routing up (or finds it) again; rotating to a connection_id drops it', async () => {
    const account = h.sim.account('telnyx', 'valid');
    const own = { api_key: account.id, connection_id: account.telnyx!.connectionId };
    const { created } = await testAndCreate({ provider: 'telnyx', credentials: own }, 'Rotates');
    const id = created.body.id;
    const keyOnly = await h.rest('POST', '/v1/voip-connections/test', { provider: 'telnyx', credentials: { api_key: account.id } });
    const rotated = await h.rest('PATCH', `/v1/voip-connections/${id}`, { credentials: { api_key: account.id }, verification_evidence_id: keyOnly.body.verification_evidence_id });
    expect(rotated.status, JSON.stringify(rotated.body)).toBe(200);
    expect(rotated.body.sip_config.fqdn_connection_id).toEqual(expect.any(String));
    const back = await h.rest('POST', '/v1/voip-connections/test', { provider: 'telnyx', credentials: own });
    const again = await h.rest('PATCH', `/v1/voip-connections/${id}`, { credentials: own, verification_evidence_id: back.body.verification_evidence_id });
    expect(again.status).toBe(200);
    expect(again.body.sip_config.fqdn_connection_id).toBeUndefined();
  });

  it('guided_telnyx with a connection_id is refused the same way by /test and by create', async () => {
    const body = { provider: 'telnyx', setup_method: 'guided_telnyx', credentials: { api_key: key(), connection_id: '123' } };
    const test = await h.rest('POST', '/v1/voip-connections/test', body);
    const create = await h.rest('POST', '/v1/voip-connections', { ...body, verification_evidence_id: '00000000-0000-4000-8000-000000000000' });
    expect(test).toMatchObject({ status: 400, body: { fields: { 'credentials.connection_id': [expect.stringContaining('guided_telnyx')] } } });
    expect(create.status).toBe(400);
    expect(create.body.fields).toEqual(test.body.fields);
  });

  it('persists nothing and keeps the evidence when Telnyx fails while setting routing up', async () => {
    const account = h.sim.account('telnyx', 'big');
    const body = { provider: 'telnyx', credentials: { api_key: account.id } };
    const test = await h.rest('POST', '/v1/voip-connections/test', body);
    const count = (await h.rest('GET', '/v1/voip-connections')).body.length;
    account.behavior = 'failing';
    try {
      const failed = await h.rest('POST', '/v1/voip-connections', { ...body, verification_evidence_id: test.body.verification_evidence_id });
      expect(failed).toMatchObject({ status: 502, body: { code: 'provider_unavailable' } });
    } finally {
      account.behavior = 'big';
    }
    expect((await h.rest('GET', '/v1/voip-connections')).body.length).toBe(count);
    const retry = await h.rest('POST', '/v1/voip-connections', { ...body, verification_evidence_id: test.body.verification_evidence_id });
    expect(retry.status).toBe(201);
  });
});
