import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/db/migrate';
import { withDatabaseAt } from '../support/database';
import { connect, connectSeeded } from '../support/flows';
import { startHarness, type Harness } from '../support/harness';
import type { SimProvider } from '../../src/simulator/accounts';

/**
 * Numbers typed in on a SIP trunk are declared: they hold nothing. Only a provider account whose
 * inventory lists a number proves it, and a proven number has one holder. No answer — import
 * result, available numbers — tells an organization that another one holds a number.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const trunk = (key: string) => connect(h, { manual: {} }, { sipConfig: { domain: '127.0.0.1', port: h.sip.port }, key }).then(Number);
const provider = (p: SimProvider, key: string) => connectSeeded(h, p, 'valid', key).then(Number);
const numbersOf = (p: SimProvider) => h.sim.account(p, 'valid').numbers.map((n) => n.e164);
const importVia = (connection: number, numbers: string[], key: string) => h.rest('POST', `/v1/voip-connections/${connection}/import-numbers`, { numbers }, { key });
const rows = (number: string) =>
  h.runtime.deps.db.selectFrom('phone_numbers').select(['organization_id', 'claim', 'status']).where('number', '=', number).orderBy('id').execute();
/** A result without its number, to compare the answers for two numbers. */
const shape = (r: { number: string; [k: string]: unknown }) => ({ ...r, number: undefined });

const AVAILABLE = `query ($id: ID!) { connection(id: $id) { availableNumbers(first: 100, includeImported: true) {
  __typename ... on AvailableNumberList { totalCount edges { node { phoneNumber importState } } } } } }`;
async function availableTo(key: string, connection: number) {
  const res = await h.gql(AVAILABLE, { id: String(connection) }, key);
  expect(res.body.errors).toBeUndefined();
  const list = res.body.data.connection.availableNumbers;
  expect(list.__typename).toBe('AvailableNumberList');
  return list as { totalCount: number; edges: { node: { phoneNumber: string; importState: string } }[] };
}

describe('a number declared on a SIP trunk', () => {
  it('never blocks the real owner: a provider-proven import of it succeeds, and the declaration stays as it was', async () => {
    const x = numbersOf('twilio')[0]!;
    const declared = await importVia(await trunk(h.orgA.key), [x], h.orgA.key);
    expect(declared.status).toBe(201);
    const mine = declared.body.results[0].phone_number;

    const owner = await provider('twilio', h.orgB.key);
    expect((await availableTo(h.orgB.key, owner)).edges.find((e) => e.node.phoneNumber === x)?.node.importState).toBe('AVAILABLE');
    const proven = await importVia(owner, [x], h.orgB.key);
    expect(proven.status).toBe(201);
    expect(proven.body.results[0]).toMatchObject({ number: x, outcome: 'imported', code: null });

    expect(await rows(x)).toEqual([
      { organization_id: h.orgA.id, claim: 'declared', status: 'provisioning' },
      { organization_id: h.orgB.id, claim: 'proven', status: 'provisioning' },
    ]);
    // Organization A sees nothing new: its number reads as before, and declaring again is idempotent.
    expect((await h.rest('GET', `/v1/phone-numbers/${mine.id}`, undefined, { key: h.orgA.key })).body).toEqual(mine);
    const again = await importVia(await trunk(h.orgA.key), [x], h.orgA.key);
    expect(again.body.results[0]).toMatchObject({ outcome: 'already_imported', phone_number: { id: mine.id } });
  });

  it('can be declared by several organizations, each holding its own', async () => {
    const number = '+16465550123';
    const [a, b] = await Promise.all([importVia(await trunk(h.orgA.key), [number], h.orgA.key), importVia(await trunk(h.orgB.key), [number], h.orgB.key)]);
    for (const res of [a, b]) {
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ imported: 1, already_imported: 0, failed: 0, results: [{ number, outcome: 'imported', code: null }] });
    }
    expect(a.body.results[0].phone_number.id).not.toBe(b.body.results[0].phone_number.id);
    expect((await rows(number)).map((r) => r.claim)).toEqual(['declared', 'declared']);
  });

  it('both organizations get an answer when they declare the same 1,000 numbers in opposite orders', async () => {
    const [ta, tb] = [await trunk(h.orgA.key), await trunk(h.orgB.key)];
    const numbers = Array.from({ length: 1000 }, (_, i) => `+1646777${String(i).padStart(4, '0')}`);
    const [ra, rb] = await Promise.all([importVia(ta, numbers, h.orgA.key), importVia(tb, [...numbers].reverse(), h.orgB.key)]);
    expect([ra.body.imported, rb.body.imported]).toEqual([1000, 1000]);
  });
});

describe('a number another organization has proven', () => {
  it('answers exactly like a number the account does not list, and is left out of available numbers', async () => {
    const [y, free] = numbersOf('telnyx');
    const owner = await provider('telnyx', h.orgB.key);
    expect((await importVia(owner, [y!], h.orgB.key)).body.imported).toBe(1);

    // Organization A connects the same account: its inventory lists y too.
    const other = await provider('telnyx', h.orgA.key);
    const listed = await availableTo(h.orgA.key, other);
    expect(listed.edges.map((e) => e.node.phoneNumber)).not.toContain(y);
    expect(listed.edges.map((e) => e.node.importState)).not.toContain('IN_OTHER_ORG');
    expect(listed.edges.map((e) => e.node.phoneNumber)).toContain(free);
    const plain = await h.rest('GET', `/v1/voip-connections/${other}/available-numbers`, undefined, { key: h.orgA.key });
    expect(plain.body.map((n: { phone_number: string }) => n.phone_number)).not.toContain(y);

    const before = await h.runtime.deps.db.selectFrom('phone_numbers').select('id').where('organization_id', '=', h.orgA.id).execute();
    const taken = await importVia(other, [y!], h.orgA.key);
    const unlisted = await importVia(other, ['+15550009999'], h.orgA.key);
    expect(taken.status).toBe(unlisted.status);
    expect(taken.status).toBe(200);
    expect(shape(taken.body.results[0])).toEqual(shape(unlisted.body.results[0]));
    expect(taken.body.results[0]).toEqual({ number: y, outcome: 'failed', code: 'not_in_account', phone_number: null });
    expect({ ...taken.body, results: [] }).toEqual({ ...unlisted.body, results: [] });
    // Refused: nothing written.
    expect(await h.runtime.deps.db.selectFrom('phone_numbers').select('id').where('organization_id', '=', h.orgA.id).execute()).toEqual(before);

    // The same through GraphQL.
    const gql = `mutation ($n: [String!]!, $c: ID!) { importNumbers(input: { connectionId: $c, numbers: $n }) {
      ... on ImportNumbersPayload { report { results { outcome code phoneNumber { id } } } } } }`;
    const results = (await h.gql(gql, { c: String(other), n: [y, '+15550009998'] }, h.orgA.key)).body.data.importNumbers.report.results;
    expect(results[0]).toEqual(results[1]);
  });

  it('may still be declared on a trunk, answered as for a number nobody holds', async () => {
    const [, , z] = numbersOf('vonage');
    const owner = await provider('vonage', h.orgB.key);
    expect((await importVia(owner, [z!], h.orgB.key)).body.imported).toBe(1);
    const res = await importVia(await trunk(h.orgA.key), [z!, '+16465550999'], h.orgA.key);
    expect(res.status).toBe(201);
    expect(res.body.results.map((r: { outcome: string; code: string | null }) => [r.outcome, r.code])).toEqual([
      ['imported', null],
      ['imported', null],
    ]);
    expect((await rows(z!)).map((r) => [r.organization_id, r.claim])).toEqual([
      [h.orgB.id, 'proven'],
      [h.orgA.id, 'declared'],
    ]);
  });

  it('has one proven holder when two organizations race through the same account', async () => {
    const n = numbersOf('signalwire')[4]!;
    const [a, b] = [await provider('signalwire', h.orgA.key), await provider('signalwire', h.orgB.key)];
    const [ra, rb] = await Promise.all([importVia(a, [n], h.orgA.key), importVia(b, [n], h.orgB.key)]);
    expect([ra.body.results[0].code, rb.body.results[0].code].sort()).toEqual(['not_in_account', null]);
    expect((await rows(n)).map((r) => r.claim)).toEqual(['proven']);
  });
});

describe('migration 0006', () => {
  it('marks the numbers of SIP trunks declared and the others proven, keeping every row', async () => {
    await withDatabaseAt('0005_organization_number_count', async (db) => {
      const k = db.kysely as never as import('kysely').Kysely<any>;
      const now = new Date().toISOString();
      const org = (await k.insertInto('organizations').values({ name: 'Old', created_at: now }).returning('id').executeTakeFirstOrThrow()).id;
      const conn = (p: string) =>
        k
          .insertInto('voip_connections')
          .values({ organization_id: org, name: p, provider: p, setup_method: p === 'manual' ? 'manual' : 'api_key', status: 'connected', inferred_name: 0, sip_config: '{}', credentials_sealed: 'x', created_at: now, updated_at: now })
          .returning('id')
          .executeTakeFirstOrThrow()
          .then((r: { id: number }) => r.id);
      const [manual, twilio] = [await conn('manual'), await conn('twilio')];
      const row = (number: string, connection: number | null, providerId: string) => ({
        organization_id: org, number, source: 'voip', status: 'active', voip_connection_id: connection, provider_number_id: providerId,
        friendly_name: number, capabilities: '{}', voip_verification_status: 'verified', created_at: now, updated_at: now,
      });
      await k.insertInto('phone_numbers').values([
        row('+14155550001', manual, '+14155550001'),
        row('+14155550002', twilio, 'PN0002'),
        row('+14155550003', null, '+14155550003'), // a trunk's, whose connection was deleted
        row('+14155550004', null, '14155550004'), // a Vonage number whose connection was deleted
      ]).execute();

      await migrateToLatest(db);
      const claims = await k.selectFrom('phone_numbers').select(['number', 'claim']).orderBy('number').execute();
      expect(claims.map((c: { number: string; claim: string }) => [c.number, c.claim])).toEqual([
        ['+14155550001', 'declared'],
        ['+14155550002', 'proven'],
        ['+14155550003', 'declared'],
        ['+14155550004', 'proven'],
      ]);
    });
  });
});
