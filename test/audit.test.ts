import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness';
import { restCredentials } from './support/credentials';
import { startRecheckScheduler } from '../src/jobs/recheck-scheduler';
import { claimLease } from '../src/domain/leases';
import { pruneAuditEvents } from '../src/domain/audit';
import { RateLimiter } from '../src/security/rate-limiter';

/**
 * The audit trail (both engines): one entry per write, in the write's transaction, with the
 * actor; none for a refused write; never another organization's; pruned under a daily lease.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ TRUNKLINE_RECHECK_INTERVAL_SECONDS: '60' });
});
afterAll(() => h.close());

interface RestAuditEvent {
  action: string;
  actor: { type: string; api_key_id: number | null; key_prefix: string | null };
  target_type: string;
  target_id: string;
  summary: Record<string, unknown>;
  request_id: string | null;
}

async function trail(query = '', key?: string): Promise<{ items: RestAuditEvent[]; total: number }> {
  const res = await h.rest('GET', `/v1/audit-events${query}`, undefined, { key });
  expect(res.status).toBe(200);
  return res.body;
}

const actions = async (query = '') => (await trail(query)).items.map((e) => e.action);

describe('the audit trail', () => {
  it('records each write with its actor and request id, newest first, and no refused write', async () => {
    const before = (await trail()).total;
    const keyId = (await h.rest('GET', '/v1/developer/api-keys')).body.at(-1).id;
    const credentials = restCredentials(h.sim, 'twilio');
    const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials });
    const created = await h.rest('POST', '/v1/voip-connections', { provider: 'twilio', credentials, verification_evidence_id: test.body.verification_evidence_id }, { headers: { 'x-request-id': 'audit-create-1' } });
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    // Refused writes leave no entry: a reused evidence id, a bad rename, another organization's id.
    expect((await h.rest('POST', '/v1/voip-connections', { provider: 'twilio', credentials, verification_evidence_id: test.body.verification_evidence_id })).body.code).toBe('evidence_reused');
    expect((await h.rest('PATCH', `/v1/voip-connections/${id}`, { name: '' })).status).toBe(400);
    expect((await h.rest('DELETE', `/v1/voip-connections/${id}`, undefined, { key: h.orgB.key })).status).toBe(404);

    expect((await h.rest('PATCH', `/v1/voip-connections/${id}`, { name: 'Audited' })).status).toBe(200);
    const rotateTest = await h.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials });
    expect((await h.rest('PATCH', `/v1/voip-connections/${id}`, { credentials, verification_evidence_id: rotateTest.body.verification_evidence_id })).status).toBe(200);
    const imported = await h.rest('POST', `/v1/voip-connections/${id}/import-numbers`, { numbers: ['+14152000000', '+14152000004'] });
    const [good, locked] = imported.body.results.map((r: { phone_number: { id: number } }) => r.phone_number.id);
    await h.rest('POST', `/v1/phone-numbers/${good}/verify-voip`);
    await h.rest('POST', `/v1/phone-numbers/${locked}/verify-voip`);
    await h.rest('PATCH', `/v1/phone-numbers/${good}`, { label: 'Front desk' });
    expect((await h.rest('DELETE', `/v1/phone-numbers/${good}`)).status).toBe(204);
    // Releasing twice changes nothing the second time, and records nothing.
    expect((await h.rest('DELETE', `/v1/phone-numbers/${good}`)).status).toBe(204);
    expect((await h.rest('DELETE', `/v1/voip-connections/${id}`)).status).toBe(204);

    const mine = await trail();
    expect(mine.total - before).toBe(9);
    expect(mine.items.slice(0, 9).map((e) => e.action)).toEqual([
      'connection.deleted',
      'phone_number.released',
      'phone_number.updated',
      'phone_number.verification_failed',
      'phone_number.verified',
      'numbers.imported',
      'connection.credentials_rotated',
      'connection.updated',
      'connection.created',
    ]);
    const createdEvent = mine.items[8]!;
    expect(createdEvent).toMatchObject({
      actor: { type: 'api_key', api_key_id: keyId, key_prefix: expect.stringMatching(/^sk_live_[0-9a-f]{7}$/) },
      target_type: 'connection',
      target_id: id,
      summary: { provider: 'twilio', setup_method: 'api_key' },
      // The server's own id, never the caller's X-Request-Id (test/security/perimeter.test.ts).
      request_id: expect.stringMatching(/^[0-9a-f-]{32,36}$/),
    });
    expect(mine.items[5]).toMatchObject({ target_id: id, summary: { imported: '2', requested: '2' } });
    expect(mine.items[3]).toMatchObject({ target_type: 'phone_number', target_id: String(locked), summary: { failed: 'inbound_routing_rejected' } });
    // Credentials are never in the trail.
    expect(JSON.stringify(mine)).not.toContain(credentials.auth_token);
    // Filters: by action, by target, by time (the injected clock's: other tests move it on).
    expect(await actions('?action=connection.updated')).toEqual(['connection.updated']);
    expect((await trail(`?target_type=connection&target_id=${id}`)).total).toBe(5);
    expect((await trail(`?since=${encodeURIComponent(new Date(h.clock.now().getTime() + 3_600_000).toISOString())}`)).total).toBe(0);
    // One window at a time.
    const window = await trail('?limit=2&offset=1');
    expect(window.items.map((e) => e.action)).toEqual(['phone_number.released', 'phone_number.updated']);
  });

  it('keeps each organization to its own events, on both doors', async () => {
    const b = await h.rest('POST', '/v1/developer/api-keys', { name: 'B second key' }, { key: h.orgB.key });
    expect(b.status).toBe(201);
    const theirs = await trail('?action=api_key.created', h.orgB.key);
    expect(theirs.items[0]).toMatchObject({ target_id: String(b.body.id), summary: { name: 'B second key' } });
    const mine = await trail();
    expect(mine.items.some((e) => e.target_type === 'api_key' && e.target_id === String(b.body.id))).toBe(false);
    const gql = await h.gql('{ auditEvents(first: 5, action: API_KEY_CREATED) { totalCount edges { node { action targetId actor { type keyPrefix } details { name value } } } } }', {}, h.orgB.key);
    expect(gql.body.data.auditEvents.edges[0].node).toMatchObject({ action: 'API_KEY_CREATED', targetId: String(b.body.id), actor: { type: 'API_KEY' } });
    expect(gql.body.data.auditEvents.edges.map((e: { node: { targetId: string } }) => e.node.targetId)).not.toContain(undefined);
  });

  it('records re-checks as the system', async () => {
    const credentials = restCredentials(h.sim, 'vonage');
    const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'vonage', credentials });
    const created = await h.rest('POST', '/v1/voip-connections', { provider: 'vonage', credentials, verification_evidence_id: test.body.verification_evidence_id });
    h.clock.advance(120_000);
    const scheduler = startRecheckScheduler(h.runtime.deps, new RateLimiter(1_000_000, h.clock));
    await scheduler.runOnce();
    await scheduler.stop();
    const [recheck] = (await trail(`?action=connection.rechecked&target_id=${created.body.id}`)).items;
    expect(recheck).toMatchObject({ actor: { type: 'system', api_key_id: null, key_prefix: null }, request_id: null, summary: { provider: 'vonage', status: 'connected' } });
  });

  it('refuses filters it does not know, as 400 with the field', async () => {
    for (const [query, field] of [['?action=connection.exploded', 'action'], ['?since=yesterday', 'since'], ['?limit=0', 'limit']] as const) {
      const res = await h.rest('GET', `/v1/audit-events${query}`);
      expect(res.status, query).toBe(400);
      expect(Object.keys(res.body.fields)).toContain(field);
    }
  });

  it('prunes past the retention once per lease period, whoever asks', async () => {
    const claims = await Promise.all([claimLease(h.runtime.deps, 'test_lease', 86_400), claimLease(h.runtime.deps, 'test_lease', 86_400)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimLease(h.runtime.deps, 'test_lease', 86_400)).toBe(false);
    h.clock.advance(86_400_000);
    expect(await claimLease(h.runtime.deps, 'test_lease', 86_400)).toBe(true);

    // A minute more: the harness's first entries are then past the retention, whether or not another test moved the clock.
    h.clock.advance(60_000);
    const total = (await trail()).total;
    expect(await pruneAuditEvents(h.runtime.deps, 1)).toBeGreaterThan(0);
    expect((await trail()).total).toBeLessThan(total);
  });
});
