import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness';
import { connect, connectSeeded } from './support/flows';
import type { SimProvider } from '../src/simulator/accounts';
import {
  AvailableDocument,
  DeleteConnectionDocument,
  GetPhoneNumberDocument,
  ImportNumbersDocument,
  PhoneNumbersDocument,
  ReleasePhoneNumberDocument,
  UpdatePhoneNumberDocument,
  VerifyPhoneNumberDocument,
} from './generated/graphql';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const PROVIDERS: SimProvider[] = ['twilio', 'telnyx', 'signalwire', 'vonage'];

async function available(id: string, args: Record<string, unknown> = {}) {
  const res = (await h.op(AvailableDocument, { id, ...args })).connection!.availableNumbers;
  if (res.__typename !== 'AvailableNumberList') throw Object.assign(new Error(`availableNumbers failed: ${JSON.stringify(res)}`), { result: res });
  return res;
}

async function importOk(connectionId: string, numbers: string[], key?: string) {
  const res = (await h.op(ImportNumbersDocument, { input: { connectionId, numbers } }, key)).importNumbers;
  if (res.__typename !== 'ImportNumbersPayload') throw new Error(`import failed: ${JSON.stringify(res)}`);
  return res.report;
}

describe('available numbers', () => {
  // A gateway (and simulator) of its own: numbers the other describes import, by either
  // organization, leave a listing, so these reads would see less of an account had they run first.
  let shared: Harness;
  beforeAll(async () => {
    shared = h;
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
    h = shared;
  });

  it.each(PROVIDERS)('%s: pages through all 2,600 numbers of a large account', async (provider) => {
    const id = await connectSeeded(h, provider, 'big');
    const seen: string[] = [];
    let after: string | null | undefined;
    do {
      // Numbers this organization imported count too: the whole inventory, whatever ran before.
      const page = await available(id, { first: 100, after, includeImported: true });
      seen.push(...page.edges.map((e) => e.node.phoneNumber));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(2600);
    expect(new Set(seen).size).toBe(2600);
    expect([...seen].sort()).toEqual(seen);
  });

  it('filters by digits, country and capability', async () => {
    const id = await connectSeeded(h, 'vonage');
    const all = await available(id, { first: 100 });
    expect(all.edges).toHaveLength(7);
    expect((await available(id, { country: 'gb' })).edges.map((e) => e.node.country)).toEqual(['GB', 'GB']);
    expect((await available(id, { contains: '2022000001' })).edges.map((e) => e.node.phoneNumber)).toEqual(['+12022000001']);
    const sms = await available(id, { capability: 'SMS' });
    expect(sms.edges.every((e) => e.node.capabilities.sms)).toBe(true);
    expect(sms.edges.length).toBeLessThan(7);
    expect(all.edges[0]!.node).toMatchObject({ friendlyName: expect.any(String), providerNumberId: expect.any(String), importState: 'AVAILABLE' });
  });

  it('leaves out numbers already held, labels its own when asked, and never says another organization holds one', async () => {
    const a = await connectSeeded(h, 'signalwire');
    const b = await connectSeeded(h, 'signalwire', 'valid', h.orgB.key);
    const numbers = (await available(a)).edges.map((e) => e.node.phoneNumber);
    await importOk(a, [numbers[0]!]);
    await importOk(b, [numbers[1]!], h.orgB.key);
    expect((await available(a)).edges.map((e) => e.node.phoneNumber)).toEqual(numbers.slice(2));
    // B's proven number is left out even when asked for held ones, as if the account did not list it.
    const labelled = await available(a, { includeImported: true });
    expect(labelled.edges.map((e) => [e.node.phoneNumber, e.node.importState])).toEqual([
      [numbers[0], 'IMPORTED_HERE'],
      ...numbers.slice(2).map((n) => [n, 'AVAILABLE']),
    ]);
  });

  it('is a typed error, not an empty list, when the provider is down or the connection is in error', async () => {
    const id = await connectSeeded(h, 'telnyx', 'big');
    const account = h.sim.account('telnyx', 'big');
    account.behavior = 'failing';
    try {
      const res = (await h.op(AvailableDocument, { id })).connection!.availableNumbers;
      expect(res).toMatchObject({ __typename: 'ProviderUnavailableError', code: 'provider_unavailable' });
    } finally {
      account.behavior = 'big';
    }
    const realKeyConn = await connectSeeded(h, 'twilio', 'big');
    const twilio = h.sim.account('twilio', 'big');
    const secret = twilio.secret;
    twilio.secret = '0'.repeat(32);
    try {
      const rejected = (await h.op(AvailableDocument, { id: realKeyConn })).connection!.availableNumbers;
      expect(rejected).toMatchObject({ __typename: 'ProviderRejectedError', code: 'credentials_rejected' });
      const after = (await h.op(AvailableDocument, { id: realKeyConn })).connection!.availableNumbers;
      expect(after).toMatchObject({ __typename: 'ConflictError', code: 'connection_not_ready' });
    } finally {
      twilio.secret = secret;
    }
  });

  it('has no inventory for a SIP trunk', async () => {
    const id = await connect(h, { manual: {} }, { sipConfig: { domain: '127.0.0.1', port: h.sip.port } });
    const res = (await h.op(AvailableDocument, { id })).connection!.availableNumbers;
    expect(res).toMatchObject({ __typename: 'ConflictError', code: 'no_provider_inventory' });
  });
});

describe('importNumbers', () => {
  it('gives every number its own outcome, and changes nothing the second time', async () => {
    const id = await connectSeeded(h, 'twilio');
    const other = await connectSeeded(h, 'twilio', 'valid', h.orgB.key);
    const numbers = (await available(id)).edges.map((e) => e.node.phoneNumber);
    await importOk(other, [numbers[2]!], h.orgB.key);
    const first = await importOk(id, [numbers[0]!, numbers[1]!, numbers[2]!, '+15550001111', 'not-a-number']);
    expect(first.results.map((r) => [r.outcome, r.code])).toEqual([
      ['IMPORTED', null],
      ['IMPORTED', null],
      ['FAILED', 'not_in_account'], // proven by organization B: the same answer as a number the account does not list
      ['FAILED', 'not_in_account'],
      ['FAILED', 'invalid_number'],
    ]);
    expect(first).toMatchObject({ imported: 2, alreadyImported: 0, failed: 3 });
    expect(first.results[0]!.phoneNumber).toMatchObject({ source: 'VOIP', status: 'PROVISIONING', voipVerificationStatus: 'UNVERIFIED', voipConnectionId: id, country: 'US' });

    const before = (await h.op(PhoneNumbersDocument, { first: 100 })).phoneNumbers.edges.length;
    const second = await importOk(id, [numbers[0]!, numbers[1]!]);
    expect(second).toMatchObject({ imported: 0, alreadyImported: 2, failed: 0 });
    expect(second.results[0]!.phoneNumber?.id).toBe(first.results[0]!.phoneNumber?.id);
    expect((await h.op(PhoneNumbersDocument, { first: 100 })).phoneNumbers.edges.length).toBe(before);
    expect((await available(id, { includeImported: true })).edges.length).toBe(4); // B's number left out
  });

  it('lets exactly one of two racing organizations have a number', async () => {
    const a = await connectSeeded(h, 'vonage', 'big');
    const b = await connectSeeded(h, 'vonage', 'big', h.orgB.key);
    const number = '+12022080042';
    const [ra, rb] = await Promise.all([importOk(a, [number]), importOk(b, [number], h.orgB.key)]);
    const outcomes = [ra.results[0]!, rb.results[0]!].map((r) => r.outcome + (r.code ? `:${r.code}` : '')).sort();
    expect(outcomes).toEqual(['FAILED:not_in_account', 'IMPORTED']);
    const rows = await h.runtime.deps.db.selectFrom('phone_numbers').select('organization_id').where('number', '=', number).execute();
    expect(rows).toHaveLength(1);
  });

  it('two organizations importing the same 1,000 numbers in opposite orders both get an answer, and each number one holder', async () => {
    // One provider account connected by both organizations: both inventories prove every number.
    const a = await connectSeeded(h, 'signalwire', 'big');
    const b = await connectSeeded(h, 'signalwire', 'big', h.orgB.key);
    const all = h.sim.account('signalwire', 'big').numbers.map((n) => n.e164);
    for (let round = 0; round < 2; round++) {
      const numbers = all.slice(round * 1000, round * 1000 + 1000);
      const [ra, rb] = await Promise.all([importOk(a, numbers), importOk(b, [...numbers].reverse(), h.orgB.key)]);
      expect(ra.imported + rb.imported).toBe(1000);
      expect(ra.failed + rb.failed).toBe(1000);
      const holders = await h.runtime.deps.db.selectFrom('phone_numbers').select('number').where('number', 'in', numbers).execute();
      expect(holders).toHaveLength(1000);
    }
  });

  it('imports 1,000 numbers in one call, and refuses 1,001', async () => {
    const id = await connectSeeded(h, 'telnyx', 'big');
    const numbers = (await available(id, { first: 100, includeImported: true })).edges.map((e) => e.node.phoneNumber);
    expect(numbers.length).toBe(100);
    const thousand = Array.from({ length: 1000 }, (_, i) => `+1312208${String(1000 + i).padStart(4, '0')}`);
    const report = await importOk(id, thousand);
    expect(report.imported).toBe(1000);
    const tooMany = (await h.op(ImportNumbersDocument, { input: { connectionId: id, numbers: [...thousand, '+13122080000'] } })).importNumbers;
    expect(tooMany).toMatchObject({ __typename: 'ValidationError', fields: [{ path: 'numbers' }] });
    expect((await h.op(AvailableDocument, { id, first: 1 })).connection!.numbersImported).toBe(1000);
  });

  it("404s another organization's connection", async () => {
    const b = await connectSeeded(h, 'vonage', 'valid', h.orgB.key);
    const res = (await h.op(ImportNumbersDocument, { input: { connectionId: b, numbers: ['+12022070000'] } })).importNumbers;
    expect(res).toMatchObject({ __typename: 'NotFoundError' });
  });
});

describe('verify-voip, update and release', () => {
  async function imported(provider: SimProvider, scenario: 'valid' | 'big' = 'valid', index = 0) {
    const id = await connectSeeded(h, provider, scenario);
    const account = h.sim.account(provider, scenario);
    const e164 = account.numbers[index]!.e164;
    const report = await importOk(id, [e164]);
    const phone = report.results[0]!.phoneNumber ?? (await h.op(PhoneNumbersDocument, { first: 100 })).phoneNumbers.edges.find((e) => e.node.number === e164)!.node;
    return { connectionId: id, phone, account, simNumber: account.numbers[index]! };
  }

  it.each(PROVIDERS)('%s: routes inbound to the platform and activates the number', async (provider) => {
    const { phone, simNumber } = await imported(provider);
    const writes = h.sim.writes.length;
    const res = (await h.op(VerifyPhoneNumberDocument, { input: { id: phone.id } })).verifyPhoneNumber;
    expect(res).toMatchObject({
      __typename: 'VerifyPhoneNumberPayload',
      verification: { status: 'VERIFIED', failures: [], phoneNumber: { status: 'ACTIVE', voipVerificationStatus: 'VERIFIED', voipLastVerifiedAt: expect.any(String) } },
    });
    const write = h.sim.writes.slice(writes).find((w) => w.provider === provider);
    expect(write).toBeTruthy();
    if (provider === 'twilio' || provider === 'signalwire') {
      expect(write!.params).toMatchObject({ VoiceUrl: `${h.url}/ingress/voice/${provider}`, VoiceMethod: 'POST' });
      expect(simNumber.routing.voice_url).toBe(`${h.url}/ingress/voice/${provider}`);
    } else if (provider === 'vonage') {
      expect(write!.params).toMatchObject({ voiceCallbackType: 'sip', voiceCallbackValue: `sip:${simNumber.e164}@inbound.trunkline.example` });
    } else {
      expect(simNumber.routing.connection_id).toBe(h.sim.account('telnyx', 'valid').telnyx!.connectionId);
    }
  });

  it('fails outbound when the account was downgraded to a trial, spelling it out, and stays ready for a retry', async () => {
    const { phone, account } = await imported('twilio', 'big', 2500);
    account.behavior = 'trial';
    const res = await h.op(VerifyPhoneNumberDocument, { input: { id: phone.id } }).finally(() => (account.behavior = 'big'));
    expect(res.verifyPhoneNumber).toMatchObject({
      verification: {
        status: 'FAILED',
        inboundRouting: { status: 'PASS' },
        outboundAuthorization: { status: 'FAIL', code: 'trial_account' },
        failures: [{ check: 'outbound_authorization', code: 'trial_account' }],
        phoneNumber: { status: 'PROVISIONING', voipVerificationStatus: 'FAILED' },
      },
    });
    const retry = (await h.op(VerifyPhoneNumberDocument, { input: { id: phone.id } })).verifyPhoneNumber;
    expect(retry).toMatchObject({ verification: { status: 'VERIFIED', phoneNumber: { status: 'ACTIVE' } } });
  });

  it('fails inbound when the provider rejects the routing update', async () => {
    const { phone } = await imported('vonage', 'valid', 4);
    const res = (await h.op(VerifyPhoneNumberDocument, { input: { id: phone.id } })).verifyPhoneNumber;
    expect(res).toMatchObject({ verification: { status: 'FAILED', failures: [{ check: 'inbound_routing', code: 'inbound_routing_rejected' }] } });
  });

  it('changes nothing when the provider is down', async () => {
    const { phone, account } = await imported('signalwire', 'big', 2500);
    account.behavior = 'failing';
    try {
      const res = (await h.op(VerifyPhoneNumberDocument, { input: { id: phone.id } })).verifyPhoneNumber;
      expect(res).toMatchObject({ __typename: 'ProviderUnavailableError' });
    } finally {
      account.behavior = 'big';
    }
    expect((await h.op(GetPhoneNumberDocument, { id: phone.id })).phoneNumber).toMatchObject({ status: 'PROVISIONING', voipVerificationStatus: 'UNVERIFIED' });
  });

  it('release puts back the routing the number had, and frees it for import again', async () => {
    const { phone, simNumber, connectionId } = await imported('twilio', 'valid', 1);
    simNumber.routing.voice_url = 'https://old.example.com/voice';
    simNumber.routing.trunk_sid = 'TK' + '0'.repeat(32);
    await h.op(VerifyPhoneNumberDocument, { input: { id: phone.id } });
    expect(simNumber.routing).toMatchObject({ voice_url: `${h.url}/ingress/voice/twilio`, trunk_sid: null });
    await h.op(VerifyPhoneNumberDocument, { input: { id: phone.id } }); // a second verification keeps the original snapshot
    const released = (await h.op(ReleasePhoneNumberDocument, { input: { id: phone.id } })).releasePhoneNumber;
    expect(released).toMatchObject({ phoneNumber: { status: 'RELEASED' } });
    expect(simNumber.routing).toMatchObject({ voice_url: 'https://old.example.com/voice', trunk_sid: 'TK' + '0'.repeat(32) });
    const again = await importOk(connectionId, [simNumber.e164]);
    expect(again.imported).toBe(1);
  });

  it("keeps the connection's numbersImported in step: imports add, releases (however many race) take one", async () => {
    const connectionId = await connect(h, { manual: {} }, { sipConfig: { domain: '127.0.0.1', port: h.sip.port } });
    const count = async () => (await h.op(AvailableDocument, { id: connectionId, first: 1 })).connection!.numbersImported;
    const numbers = ['+13125550101', '+13125550102', '+13125550103'];
    const report = await importOk(connectionId, numbers);
    await importOk(connectionId, numbers); // already imported: no change
    expect(await count()).toBe(3);
    const first = report.results[0]!.phoneNumber!.id;
    await Promise.all(Array.from({ length: 5 }, () => h.op(ReleasePhoneNumberDocument, { input: { id: first } })));
    expect(await count()).toBe(2);
    await importOk(connectionId, [numbers[0]!]); // imported anew
    expect(await count()).toBe(3);
    // The unfiltered total reads the organization's kept count: the same as counting the rows.
    const counted = async (orgId: number) =>
      Number((await sql<{ n: number }>`select count(*) as n from phone_numbers where organization_id = ${orgId}`.execute(h.runtime.deps.db)).rows[0]!.n);
    const total = async (key?: string) => (await h.gql('{ phoneNumbers(first: 1) { totalCount } }', {}, key)).body.data.phoneNumbers.totalCount;
    expect(await total()).toBe(await counted(h.orgA.id));
    expect(await total(h.orgB.key)).toBe(await counted(h.orgB.id));
    expect((await h.rest('GET', '/v1/phone-numbers?limit=1')).body.total).toBe(await counted(h.orgA.id));
    // Filtered totals still count the rows they match.
    const released = (await h.rest('GET', '/v1/phone-numbers?limit=1&status=released')).body.total;
    expect(released).toBe(Number((await sql<{ n: number }>`select count(*) as n from phone_numbers where organization_id = ${h.orgA.id} and status = 'released'`.execute(h.runtime.deps.db)).rows[0]!.n));
  });

  it('release changes nothing when the provider cannot restore the routing', async () => {
    const { phone, account } = await imported('twilio', 'big', 2400);
    await h.op(VerifyPhoneNumberDocument, { input: { id: phone.id } });
    account.behavior = 'reset';
    try {
      const res = (await h.op(ReleasePhoneNumberDocument, { input: { id: phone.id } })).releasePhoneNumber;
      expect(res).toMatchObject({ __typename: 'ProviderUnavailableError' });
    } finally {
      account.behavior = 'big';
    }
    expect((await h.op(GetPhoneNumberDocument, { id: phone.id })).phoneNumber).toMatchObject({ status: 'ACTIVE' });
    expect((await h.op(ReleasePhoneNumberDocument, { input: { id: phone.id } })).releasePhoneNumber).toMatchObject({ phoneNumber: { status: 'RELEASED' } });
  });

  it('assigns agents and a label, and unassigns with null', async () => {
    const { phone } = await imported('telnyx', 'valid', 2);
    const set = (await h.op(UpdatePhoneNumberDocument, { input: { id: phone.id, inboundAgentId: '7', outboundAgentId: '8', label: 'Front desk' } })).updatePhoneNumber;
    expect(set).toMatchObject({ phoneNumber: { inboundAgentId: '7', outboundAgentId: '8', label: 'Front desk' } });
    const cleared = (await h.op(UpdatePhoneNumberDocument, { input: { id: phone.id, inboundAgentId: null } })).updatePhoneNumber;
    expect(cleared).toMatchObject({ phoneNumber: { inboundAgentId: null, outboundAgentId: '8' } });
    const bad = (await h.op(UpdatePhoneNumberDocument, { input: { id: phone.id, inboundAgentId: 'abc' } })).updatePhoneNumber;
    expect(bad).toMatchObject({ __typename: 'ValidationError' });
  });

  it('keeps numbers when their connection is deleted; verifying them is connection_missing', async () => {
    const { phone, connectionId } = await imported('signalwire', 'valid', 2);
    expect((await h.op(AvailableDocument, { id: connectionId, first: 1 })).connection!.numbersImported).toBe(1);
    await h.op(DeleteConnectionDocument, { input: { id: connectionId } });
    expect((await h.op(GetPhoneNumberDocument, { id: phone.id })).phoneNumber).toMatchObject({ voipConnectionId: null, status: 'PROVISIONING' });
    const res = (await h.op(VerifyPhoneNumberDocument, { input: { id: phone.id } })).verifyPhoneNumber;
    expect(res).toMatchObject({ __typename: 'ConflictError', code: 'connection_missing' });
  });

  it('verifies a SIP trunk number by probing the trunk', async () => {
    const id = await connect(h, { manual: {} }, { sipConfig: { domain: '127.0.0.1', port: h.sip.port, transport: 'TCP' } });
    const report = await importOk(id, ['+15550001234', '+447700900123']);
    expect(report.imported).toBe(2);
    const res = (await h.op(VerifyPhoneNumberDocument, { input: { id: report.results[0]!.phoneNumber!.id } })).verifyPhoneNumber;
    expect(res).toMatchObject({ verification: { status: 'VERIFIED', phoneNumber: { status: 'ACTIVE' } } });
    expect(h.sip.received.tcp).toBeGreaterThan(0);
  });

  it("treats another organization's number as missing", async () => {
    const { phone } = await imported('vonage', 'valid', 3);
    expect((await h.op(GetPhoneNumberDocument, { id: phone.id }, h.orgB.key)).phoneNumber).toBeNull();
    expect((await h.op(VerifyPhoneNumberDocument, { input: { id: phone.id } }, h.orgB.key)).verifyPhoneNumber).toMatchObject({ __typename: 'NotFoundError' });
    expect((await h.op(ReleasePhoneNumberDocument, { input: { id: phone.id } }, h.orgB.key)).releasePhoneNumber).toMatchObject({ __typename: 'NotFoundError' });
    expect((await h.op(UpdatePhoneNumberDocument, { input: { id: phone.id, label: 'x' } }, h.orgB.key)).updatePhoneNumber).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('lists phone numbers newest first, filtered by connection and status', async () => {
    // An active number of its own, whatever else ran before.
    const { phone } = await imported('telnyx', 'valid', 1);
    await h.op(VerifyPhoneNumberDocument, { input: { id: phone.id } });
    const all = (await h.op(PhoneNumbersDocument, { first: 100 })).phoneNumbers.edges.map((e) => Number(e.node.id));
    expect([...all].sort((a, b) => b - a)).toEqual(all);
    const active = (await h.op(PhoneNumbersDocument, { first: 100, status: 'ACTIVE' })).phoneNumbers.edges;
    expect(active.length).toBeGreaterThan(0);
    expect(active.every((e) => e.node.status === 'ACTIVE')).toBe(true);
  });

  it('counts a whole list with totalCount, filters included, on any page', async () => {
    const { phone } = await imported('twilio', 'big', 2000);
    await imported('twilio', 'big', 2001);
    await h.op(VerifyPhoneNumberDocument, { input: { id: phone.id } });
    const pages = async (status?: string) => {
      const ids: string[] = [];
      let after: string | null = null;
      let total = -1;
      do {
        const res: { body: { data?: any } } = await h.gql(`query($after: String, $status: PhoneNumberStatus) { phoneNumbers(first: 7, after: $after, status: $status) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { after, status });
        const list: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = res.body.data.phoneNumbers;
        if (total >= 0) expect(list.totalCount).toBe(total);
        total = list.totalCount;
        ids.push(...list.edges.map((e) => e.node.id));
        after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null;
      } while (after);
      return { total, ids };
    };
    const all = await pages();
    expect(all.total).toBe(all.ids.length);
    const active = await pages('ACTIVE');
    expect(active.total).toBe(active.ids.length);
    expect(active.total).toBeLessThan(all.total);
    const id = await connectSeeded(h, 'telnyx', 'big');
    const res = await h.gql(`{ connection(id: "${id}") { availableNumbers(first: 1, contains: "3122082", includeImported: true) { ... on AvailableNumberList { totalCount } } } }`);
    expect(res.body.data.connection.availableNumbers.totalCount).toBe(h.sim.account('telnyx', 'big').numbers.filter((n) => n.e164.includes('3122082')).length);
  });
});
