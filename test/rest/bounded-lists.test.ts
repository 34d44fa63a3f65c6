import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phoneNumbersRepository, type NewPhoneNumber } from '../../src/db/repositories/phone-numbers';
import { createOrganization } from '../../src/domain/organizations';
import { connect, connectSeeded } from '../support/flows';
import { startHarness, type Harness } from '../support/harness';

/**
 * The lists that grow without bound answer at most 1,000 items without limit/offset (past that,
 * the first window in the envelope), and an organization holds at most
 * TRUNKLINE_MAX_NUMBERS_PER_ORG numbers. Rows are seeded through the repository's multi-row insert.
 */
const CAP = 1_010;
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ TRUNKLINE_MAX_NUMBERS_PER_ORG: String(CAP) });
});
afterAll(() => h.close());

const trunk = (key: string) => connect(h, { manual: {} }, { sipConfig: { domain: '127.0.0.1', port: h.sip.port }, key }).then(Number);

/** `count` numbers held by the organization through `connection`, written as an import writes them. */
async function seed(organizationId: number, connection: number, prefix: string, count: number) {
  const numbers: NewPhoneNumber[] = Array.from({ length: count }, (_, i) => {
    const number = `+1${prefix}${String(i).padStart(10 - prefix.length, '0')}`;
    return { number, providerNumberId: number, friendlyName: number, country: 'US', capabilities: { voice: true, sms: false, mms: false } };
  });
  const now = h.clock.now().toISOString();
  await h.runtime.deps.db.transaction().execute((trx) => phoneNumbersRepository(trx).insertMany(organizationId, connection, numbers, 'declared', now));
}

const rowsOf = async (organizationId: number) =>
  Number((await h.runtime.deps.db.selectFrom('phone_numbers').select((eb) => eb.fn.countAll().as('n')).where('organization_id', '=', organizationId).executeTakeFirstOrThrow()).n);

describe('GET /v1/phone-numbers without limit or offset', () => {
  let big: number;
  let small: number;
  beforeAll(async () => {
    big = await trunk(h.orgA.key);
    small = await trunk(h.orgA.key);
    await seed(h.orgA.id, big, '212', 1_001);
    await seed(h.orgA.id, small, '213', 2);
  });

  it('answers the first 1,000 in the envelope when more match, so the client sees there is more', async () => {
    const res = await h.rest('GET', '/v1/phone-numbers');
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(false);
    expect(res.body).toMatchObject({ total: 1_003, limit: 1_000, offset: 0 });
    expect(res.body.items).toHaveLength(1_000);
    // The rest is one offset away, in the same order.
    const rest = await h.rest('GET', '/v1/phone-numbers?offset=1000&limit=1000');
    expect(rest.body).toMatchObject({ total: 1_003, limit: 1_000, offset: 1_000 });
    const ids = [...res.body.items, ...rest.body.items].map((p: { id: number }) => p.id);
    expect(new Set(ids).size).toBe(1_003);
  });

  it('is still the plain array when the filtered list fits', async () => {
    const res = await h.rest('GET', `/v1/phone-numbers?voip_connection_id=${small}`);
    expect(res.body).toEqual([expect.objectContaining({ voip_connection_id: small }), expect.objectContaining({ voip_connection_id: small })]);
    expect(await h.rest('GET', '/v1/phone-numbers?status=active').then((r) => r.body)).toEqual([]);
    const filtered = await h.rest('GET', `/v1/phone-numbers?voip_connection_id=${big}`);
    expect(filtered.body).toMatchObject({ total: 1_001, limit: 1_000, offset: 0 });
  });

  it('is the plain array at exactly 1,000', async () => {
    await seed(h.orgB.id, await trunk(h.orgB.key), '214', 1_000);
    const res = await h.rest('GET', '/v1/phone-numbers', undefined, { key: h.orgB.key });
    expect(Array.isArray(res.body)).toBe(true);
    expect(res.body).toHaveLength(1_000);
  });
});

describe('GET /v1/voip-connections/{id}/available-numbers without limit or offset', () => {
  it('answers the first 1,000 of a 2,600-number account in the envelope, in E.164 order', async () => {
    const id = await connectSeeded(h, 'vonage', 'big', h.orgB.key);
    const res = await h.rest('GET', `/v1/voip-connections/${id}/available-numbers`, undefined, { key: h.orgB.key });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 2_600, limit: 1_000, offset: 0 });
    const numbers = res.body.items.map((n: { phone_number: string }) => n.phone_number);
    expect(numbers).toHaveLength(1_000);
    expect(numbers).toEqual([...numbers].sort());
  });

  it('is the plain array for a small account', async () => {
    const id = await connectSeeded(h, 'twilio', 'valid', h.orgB.key);
    const res = await h.rest('GET', `/v1/voip-connections/${id}/available-numbers`, undefined, { key: h.orgB.key });
    expect(Array.isArray(res.body)).toBe(true);
    expect(res.body).toHaveLength(5);
  });
});

describe('TRUNKLINE_MAX_NUMBERS_PER_ORG', () => {
  it('imports the numbers that fit, in number order, and fails the rest number_limit_reached, changing nothing for them', async () => {
    // An organization of its own holding 1,003 rows, whatever else ran before: room for 7 more.
    const { organization, apiKey } = await createOrganization(h.runtime.deps, 'Umbrella');
    await seed(organization.id, await trunk(apiKey), '216', 1_003);
    expect(await rowsOf(organization.id)).toBe(1_003);
    const connection = await trunk(apiKey);
    const numbers = Array.from({ length: 9 }, (_, i) => `+1646888000${8 - i}`); // given in descending order
    const res = await h.rest('POST', `/v1/voip-connections/${connection}/import-numbers`, { numbers }, { key: apiKey });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ imported: 7, already_imported: 0, failed: 2 });
    const outcome = Object.fromEntries(res.body.results.map((r: { number: string; outcome: string; code: string | null }) => [r.number, r.code ?? r.outcome]));
    expect(outcome).toEqual({
      ...Object.fromEntries(numbers.slice(2).map((n) => [n, 'imported'])),
      '+16468880008': 'number_limit_reached',
      '+16468880007': 'number_limit_reached',
    });
    expect(await rowsOf(organization.id)).toBe(CAP);

    // At the limit: every new number fails, held ones are still already_imported, nothing is written.
    const again = await h.rest('POST', `/v1/voip-connections/${connection}/import-numbers`, { numbers: ['+16468880000', '+16468880009'] }, { key: apiKey });
    expect(again.status).toBe(200);
    expect(again.body.results.map((r: { outcome: string; code: string | null }) => [r.outcome, r.code])).toEqual([
      ['already_imported', null],
      ['failed', 'number_limit_reached'],
    ]);
    expect(await rowsOf(organization.id)).toBe(CAP);

    // GraphQL says the same.
    const gql = await h.gql(`mutation ($c: ID!) { importNumbers(input: { connectionId: $c, numbers: ["+16468880010"] }) {
      ... on ImportNumbersPayload { report { failed results { outcome code } } } } }`, { c: String(connection) }, apiKey);
    expect(gql.body.data.importNumbers.report).toEqual({ failed: 1, results: [{ outcome: 'FAILED', code: 'number_limit_reached' }] });
  });

  it('holds under concurrent imports of one organization', async () => {
    const { organization, apiKey } = await createOrganization(h.runtime.deps, 'Initech');
    const connections = [await trunk(apiKey), await trunk(apiKey), await trunk(apiKey)];
    await seed(organization.id, connections[0]!, '215', 1_000);
    // Room for 10, asked for 3 × 6 at once.
    const results = await Promise.all(
      connections.map((c, k) => h.rest('POST', `/v1/voip-connections/${c}/import-numbers`, { numbers: Array.from({ length: 6 }, (_, i) => `+1646999${k}00${i}`) }, { key: apiKey })),
    );
    expect(results.reduce((n, r) => n + r.body.imported, 0)).toBe(CAP - 1_000);
    expect(results.flatMap((r) => r.body.results.map((x: { code: string | null }) => x.code)).filter((c) => c === 'number_limit_reached')).toHaveLength(8);
    expect(await rowsOf(organization.id)).toBe(CAP);
    const org = await h.runtime.deps.db.selectFrom('organizations').select('phone_numbers_count').where('id', '=', organization.id).executeTakeFirstOrThrow();
    expect(Number(org.phone_numbers_count)).toBe(CAP);
  });
});
