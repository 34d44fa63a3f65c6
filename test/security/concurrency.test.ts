import { afterAll, beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { startHarness, type Harness } from '../support/harness';

/**
 * Many clients of two organizations at once, on a few shared connections and numbers: creating,
 * deleting and retesting connections, importing, verifying, relabelling and releasing numbers.
 * Whatever the interleaving: no 500, only documented statuses, each number held once per
 * organization and proven by one organization at most (the trunks here declare theirs, which
 * several organizations may), and every connection's numbersImported equal to the numbers it holds.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const NUMBERS = Array.from({ length: 12 }, (_, i) => `+1718555${String(i).padStart(4, '0')}`);
const DOCUMENTED = new Set([200, 201, 204, 400, 404, 409, 422, 502]);

type Op = 'create' | 'delete' | 'retest' | 'import' | 'verify' | 'label' | 'release' | 'list';
const OPS: Op[] = ['create', 'delete', 'retest', 'import', 'import', 'verify', 'label', 'release', 'release', 'list'];

async function createTrunk(key: string): Promise<number | null> {
  const body = { provider: 'manual', credentials: {}, sip_config: { domain: '127.0.0.1', port: h.sip.port } };
  const test = await h.rest('POST', '/v1/voip-connections/test', body, { key });
  if (test.status !== 200) return null;
  const created = await h.rest('POST', '/v1/voip-connections', { ...body, verification_evidence_id: test.body.verification_evidence_id }, { key });
  return created.status === 201 ? (created.body.id as number) : null;
}

async function client(key: string, pick: (n: number) => number, steps: number, statuses: number[]) {
  const connections: number[] = [];
  const phones: number[] = [];
  const own = async (method: string, path: string, body?: unknown) => {
    const res = await h.rest(method, path, body, { key });
    statuses.push(res.status);
    return res;
  };
  for (let step = 0; step < steps; step++) {
    const connection = connections[pick(connections.length || 1)];
    const phone = phones[pick(phones.length || 1)];
    switch (OPS[pick(OPS.length)]!) {
      case 'create': {
        const id = await createTrunk(key);
        if (id !== null) connections.push(id);
        break;
      }
      case 'delete':
        if (connection !== undefined) await own('DELETE', `/v1/voip-connections/${connection}`);
        break;
      case 'retest':
        if (connection !== undefined) await own('PATCH', `/v1/voip-connections/${connection}`, { sip_config: { domain: '127.0.0.1', port: h.sip.port } });
        break;
      case 'import': {
        if (connection === undefined) break;
        // Any subset, in any order: overlapping imports in different orders are the deadlock case.
        const chosen = NUMBERS.filter(() => pick(2) === 0).sort(() => pick(3) - 1);
        const res = await own('POST', `/v1/voip-connections/${connection}/import-numbers`, { numbers: chosen.length > 0 ? chosen : [NUMBERS[0]] });
        for (const r of res.body?.results ?? []) if (r.phone_number) phones.push(r.phone_number.id);
        break;
      }
      case 'verify':
        if (phone !== undefined) await own('POST', `/v1/phone-numbers/${phone}/verify-voip`);
        break;
      case 'label':
        if (phone !== undefined) await own('PATCH', `/v1/phone-numbers/${phone}`, { label: `step ${step}` });
        break;
      case 'release':
        if (phone !== undefined) await own('DELETE', `/v1/phone-numbers/${phone}`);
        break;
      case 'list':
        await own('GET', '/v1/phone-numbers?limit=5');
        break;
    }
  }
}

it('mixed operations from many clients at once: no 500, one hold per number and organization, counts that match the rows', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 2 ** 30 }), { minLength: 64, maxLength: 64 }), async (seeds) => {
      const statuses: number[] = [];
      // Each client draws its choices from its own seeded sequence; fast-check reports a failing one.
      const clients = seeds.slice(0, 8).map((seed, i) => {
        let state = seed || 1;
        const pick = (n: number) => {
          state = (state * 1103515245 + 12345) % 2 ** 31;
          return state % n;
        };
        return client(i % 2 === 0 ? h.orgA.key : h.orgB.key, pick, 25, statuses);
      });
      await Promise.all(clients);
      expect(statuses.filter((s) => !DOCUMENTED.has(s))).toEqual([]);

      const db = h.runtime.deps.db;
      const held = await db.selectFrom('phone_numbers').select(['organization_id', 'number', 'claim']).where('status', '<>', 'released').execute();
      expect(new Set(held.map((r) => `${r.organization_id} ${r.number}`)).size).toBe(held.length);
      const proven = held.filter((r) => r.claim === 'proven');
      expect(new Set(proven.map((r) => r.number)).size).toBe(proven.length);
      const connections = await db.selectFrom('voip_connections').select(['id', 'numbers_imported']).execute();
      for (const c of connections) {
        const rows = await db.selectFrom('phone_numbers').select('id').where('voip_connection_id', '=', c.id).where('status', '<>', 'released').execute();
        expect(c.numbers_imported, `connection ${c.id}`).toBe(rows.length);
      }
    }),
    { numRuns: 4 },
  );
});
