import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connectionsRepository } from '../../src/db/repositories/connections';
import { manualAdapter } from '../../src/providers/manual';
import { sipDestination } from '../../src/providers/sip/client';
import { headers, type SipMessage } from '../../src/providers/sip/message';
import { TESTED_DESTINATION } from '../../src/providers/types';
import { startSipResponder, type SipAuthMode, type SipResponder } from '../../src/simulator/sip-responder';
import { startHarness, type Harness } from '../support/harness';

/**
 * Issue 20 #3 (both engines): stored SIP credentials are only ever sent where they were tested.
 * Moving a trunk's destination (domain, port, transport) takes the credentials again with evidence
 * from a test against the new destination; and the probe never answers a Digest challenge from a
 * destination the sealed credentials do not name, even if the database says to.
 */
const PASSWORD = 'sip-destination-canary-Pa55';
const AUTH: SipAuthMode = { realm: 'trunk.example', username: 'acme', password: PASSWORD, algorithms: ['MD5'], qop: null };
const CREDENTIALS = { username: 'acme', password: PASSWORD };

let h: Harness;
/** The customer's trunk, and hosts a hostile key holder runs (they challenge like any trunk). */
let home: SipResponder;
let elsewhere: SipResponder;
let tampered: SipResponder;

beforeAll(async () => {
  h = await startHarness();
  [home, tampered] = await Promise.all([startSipResponder({ auth: AUTH }), startSipResponder({ auth: AUTH })]);
});
afterAll(async () => {
  await Promise.all([home, tampered].map((r) => r.close()));
  await h.close();
});
// A new other host for each test: "it never heard from the gateway" is about this test's requests,
// whichever test moved a trunk there before.
beforeEach(async () => {
  elsewhere = await startSipResponder({ auth: AUTH });
});
afterEach(() => elsewhere.close());

const sip = (r: SipResponder, transport: 'udp' | 'tcp' = 'udp') => ({ domain: '127.0.0.1', port: r.port, transport });
const digestAnswers = (r: SipResponder) => r.requests.filter((m: SipMessage) => headers(m, 'authorization').length + headers(m, 'proxy-authorization').length > 0);

async function evidenceFor(sipConfig: ReturnType<typeof sip>): Promise<string> {
  const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'manual', credentials: CREDENTIALS, sip_config: sipConfig });
  expect(test).toMatchObject({ status: 200, body: { status: 'pass' } });
  return test.body.verification_evidence_id;
}

async function createAtHome(): Promise<number> {
  const created = await h.rest('POST', '/v1/voip-connections', {
    provider: 'manual', credentials: CREDENTIALS, sip_config: sip(home), verification_evidence_id: await evidenceFor(sip(home)),
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

const retest = (id: number) => h.gql('mutation($id: ID!) { retestConnection(input: { id: $id }) { __typename ... on RetestConnectionPayload { result { connection { status } failures { code } } } } }', { id: String(id) });

describe('moving where stored SIP credentials are sent', () => {
  it('is refused without credentials (400, field `credentials`), on REST and GraphQL, and changes nothing', async () => {
    const id = await createAtHome();
    const before = (await h.rest('GET', `/v1/voip-connections/${id}`)).body;

    for (const change of [sip(elsewhere), { port: elsewhere.port }, { transport: 'tcp' }, { domain: 'localhost' }]) {
      const res = await h.rest('PATCH', `/v1/voip-connections/${id}`, { sip_config: change });
      expect(res, JSON.stringify(change)).toMatchObject({ status: 400, body: { code: 'validation_failed', fields: { credentials: [expect.stringContaining('verification_evidence_id')] } } });
    }
    // A rename riding along changes nothing either: all or nothing.
    expect((await h.rest('PATCH', `/v1/voip-connections/${id}`, { name: 'moved', sip_config: sip(elsewhere) })).status).toBe(400);
    const gql = await h.gql('mutation($input: UpdateConnectionInput!) { updateConnection(input: $input) { __typename ... on ValidationError { code fields { path } } } }', {
      input: { id: String(id), sipConfig: { domain: '127.0.0.1', port: elsewhere.port } },
    });
    expect(gql.body.data.updateConnection).toEqual({ __typename: 'ValidationError', code: 'validation_failed', fields: [{ path: 'credentials' }] });
    expect((await h.rest('GET', `/v1/voip-connections/${id}`)).body).toEqual(before);

    // A retest still goes home, and the other host never hears from the gateway.
    const answered = digestAnswers(home).length;
    expect((await retest(id)).body.data.retestConnection.result.connection.status).toBe('CONNECTED');
    expect(digestAnswers(home).length).toBeGreaterThan(answered);
    expect(elsewhere.requests).toEqual([]);
  });

  it('accepts the credentials again with evidence tested against the new destination, and only that', async () => {
    const id = await createAtHome();
    const atHome = await evidenceFor(sip(home));

    // Evidence for the home trunk does not carry the credentials to another host (REST and GraphQL).
    const wrong = await h.rest('PATCH', `/v1/voip-connections/${id}`, { credentials: CREDENTIALS, sip_config: sip(elsewhere), verification_evidence_id: atHome });
    expect(wrong).toMatchObject({ status: 422, body: { code: 'credentials_failed_reverification' } });
    const rotate = await h.gql('mutation($input: RotateCredentialsInput!) { rotateCredentials(input: $input) { __typename ... on Error { code } } }', {
      input: { id: String(id), credentials: { manual: CREDENTIALS }, sipConfig: { domain: '127.0.0.1', port: elsewhere.port }, verificationEvidenceId: atHome },
    });
    expect(rotate.body.data.rotateCredentials).toEqual({ __typename: 'CredentialsReverificationError', code: 'credentials_failed_reverification' });
    // Nor does evidence for another port: the change is merged into the stored settings (home's port) first.
    const third = await startSipResponder({ auth: AUTH });
    const otherPort = await evidenceFor(sip(third)).finally(() => third.close());
    expect((await h.rest('PATCH', `/v1/voip-connections/${id}`, { credentials: CREDENTIALS, sip_config: { domain: '127.0.0.1' }, verification_evidence_id: otherPort })).status).toBe(422);
    expect((await h.rest('GET', `/v1/voip-connections/${id}`)).body.sip_config).toMatchObject({ port: home.port });
    expect(elsewhere.requests).toEqual([]);

    const moved = await h.rest('PATCH', `/v1/voip-connections/${id}`, { credentials: CREDENTIALS, sip_config: { port: elsewhere.port }, verification_evidence_id: await evidenceFor(sip(elsewhere)) });
    expect(moved).toMatchObject({ status: 200, body: { status: 'connected', sip_config: { domain: '127.0.0.1', port: elsewhere.port, transport: 'udp' } } });
    const answered = digestAnswers(elsewhere).length;
    expect((await retest(id)).body.data.retestConnection.result.connection.status).toBe('CONNECTED');
    expect(digestAnswers(elsewhere).length).toBeGreaterThan(answered);
  });

  it('still lets a trunk without credentials move: nothing secret goes anywhere', async () => {
    const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'manual', credentials: {}, sip_config: sip(h.sip) });
    const created = await h.rest('POST', '/v1/voip-connections', { provider: 'manual', credentials: {}, sip_config: sip(h.sip), verification_evidence_id: test.body.verification_evidence_id });
    const moved = await h.rest('PATCH', `/v1/voip-connections/${created.body.id}`, { sip_config: { transport: 'tcp' } });
    expect(moved).toMatchObject({ status: 200, body: { sip_config: { transport: 'tcp' } } });
  });
});

describe('the probe, as a last fence', () => {
  it('answers no challenge from a destination the sealed credentials do not name, even when the database was changed', async () => {
    const id = await createAtHome();
    // Someone with the database but not the key ring points the trunk elsewhere.
    const repo = connectionsRepository(h.runtime.deps.db);
    const record = (await repo.find(h.orgA.id, id))!;
    await repo.update(h.orgA.id, id, { sipConfig: { ...record.sipConfig, port: tampered.port }, updatedAt: h.clock.now().toISOString() });

    const res = (await retest(id)).body.data.retestConnection;
    expect(res.result).toMatchObject({ connection: { status: 'ERROR' }, failures: [{ code: 'credentials_untested_destination' }] });
    expect(tampered.requests.length).toBeGreaterThan(0); // it was asked OPTIONS, and challenged
    expect(digestAnswers(tampered)).toEqual([]);
    expect(tampered.requests.map((m) => headers(m, 'from').join())).not.toContainEqual(expect.stringContaining('acme'));
  });

  it('sends neither a Digest answer nor a REGISTER query to another destination (adapter level)', async () => {
    const adapter = manualAdapter({ allowPrivate: true, timeoutMs: 700 });
    const challenging = await startSipResponder({ auth: AUTH });
    const other = await startSipResponder({ auth: { ...AUTH, challenges: 'register' } });
    try {
      for (const transport of ['udp', 'tcp'] as const) {
        const config = adapter.sipConfigSchema.parse(sip(challenging, transport));
        const stored = { ...CREDENTIALS, [TESTED_DESTINATION]: sipDestination({ domain: '127.0.0.1', port: home.port, transport }) };
        const result = await adapter.test(stored, config);
        expect(result.checks.credentials_valid, transport).toMatchObject({ status: 'fail', code: 'credentials_untested_destination' });
        const registerOnly = await adapter.test(stored, adapter.sipConfigSchema.parse(sip(other, transport)));
        expect(registerOnly.checks.credentials_valid.code).toBe('credentials_untested_destination');
      }
      expect(challenging.requests.map((m) => m.method)).toEqual(['OPTIONS', 'OPTIONS']);
      expect(digestAnswers(challenging)).toEqual([]);
      expect(other.requests.map((m) => m.method)).toEqual(['OPTIONS', 'OPTIONS']);
      // Where they were tested, they are answered as before.
      const home_ = adapter.sipConfigSchema.parse(sip(home));
      expect((await adapter.test({ ...CREDENTIALS, [TESTED_DESTINATION]: sipDestination(home_) }, home_)).checks.credentials_valid.status).toBe('pass');
    } finally {
      await Promise.all([challenging.close(), other.close()]);
    }
  });
});
