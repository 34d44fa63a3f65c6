import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness';
import { gqlCredentials } from './support/credentials';
import {
  CreateDocument,
  DeleteConnectionDocument,
  GetConnDocument,
  ListConnsDocument,
  ProvidersDocument,
  RetestDocument,
  RotateDocument,
  SuggestConnectionNameDocument,
  TestCredentialsDocument,
  UpdateDocument,
  type CredentialsInput,
  type SipConfigInput,
} from './generated/graphql';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

async function passingTest(credentials: CredentialsInput, sipConfig?: SipConfigInput, key?: string) {
  const res = (await h.op(TestCredentialsDocument, { input: { credentials, sipConfig } }, key)).testCredentials;
  if (res.__typename !== 'TestCredentialsPayload') throw new Error(`test failed: ${JSON.stringify(res)}`);
  expect(res.test.status).toBe('PASS');
  return res.test;
}

async function create(credentials: CredentialsInput, extra: Record<string, unknown> = {}, key?: string) {
  const test = await passingTest(credentials, extra.sipConfig as SipConfigInput | undefined, key);
  const res = (await h.op(CreateDocument, { input: { credentials, verificationEvidenceId: test.verificationEvidenceId, ...extra } }, key)).createConnection;
  if (res.__typename !== 'CreateConnectionPayload') throw new Error(`create failed: ${JSON.stringify(res)}`);
  return { connection: res.connection, test };
}

const manualSip = (): SipConfigInput => ({ domain: '127.0.0.1', port: h.sip.port, transport: 'UDP' });

describe('the whole lifecycle, for every provider', () => {
  const cases: [string, () => CredentialsInput, () => SipConfigInput | undefined][] = [
    ['twilio', () => gqlCredentials(h.sim, 'twilio'), () => undefined],
    ['telnyx', () => gqlCredentials(h.sim, 'telnyx'), () => undefined],
    ['signalwire', () => gqlCredentials(h.sim, 'signalwire'), () => undefined],
    ['vonage', () => gqlCredentials(h.sim, 'vonage'), () => undefined],
    ['manual', () => ({ manual: { username: 'acme-trunk', password: 'trunk-password' } }), manualSip],
  ];

  it.each(cases)('%s: test → create → rotate → retest → rename → delete', async (provider, creds, sipConfig) => {
    const { connection, test } = await create(creds(), sipConfig() ? { sipConfig: sipConfig() } : {});
    expect(connection).toMatchObject({
      provider: provider.toUpperCase(),
      status: 'CONNECTED',
      name: test.suggestedConnectionName,
      inferredName: true,
      hasCredentials: true,
      numbersImported: 0,
      credentialsRotatedAt: null,
    });
    expect(connection.setupMethod).toBe(provider === 'manual' ? 'MANUAL' : 'API_KEY');
    if (provider === 'manual') expect(connection.sipConfig).toMatchObject({ domain: '127.0.0.1', transport: 'UDP' });
    expect(connection.lastTestedAt).toBeTruthy();

    h.clock.advance(1_000);
    const fresh = await passingTest(creds(), sipConfig());
    const rotated = (await h.op(RotateDocument, { input: { id: connection.id, credentials: creds(), verificationEvidenceId: fresh.verificationEvidenceId!, sipConfig: sipConfig() } })).rotateCredentials;
    expect(rotated).toMatchObject({ __typename: 'RotateCredentialsPayload', connection: { credentialsRotatedAt: expect.any(String), status: 'CONNECTED' } });

    const retested = (await h.op(RetestDocument, { input: { id: connection.id } })).retestConnection;
    expect(retested).toMatchObject({ __typename: 'RetestConnectionPayload', result: { connection: { status: 'CONNECTED', lastError: null }, failures: [] } });

    const renamed = (await h.op(UpdateDocument, { input: { id: connection.id, name: '  Main line  ' } })).updateConnection;
    expect(renamed).toMatchObject({ connection: { name: 'Main line', inferredName: false } });

    const deleted = (await h.op(DeleteConnectionDocument, { input: { id: connection.id } })).deleteConnection;
    expect(deleted).toMatchObject({ __typename: 'DeleteConnectionPayload', deleted: { id: connection.id } });
    expect((await h.op(GetConnDocument, { id: connection.id })).connection).toBeNull();
  });
});

describe('testCredentials', () => {
  it('returns the checks, a suggested name and evidence that expires with the TTL', async () => {
    const test = await passingTest(gqlCredentials(h.sim, 'twilio'));
    expect(test.suggestedConnectionName).toMatch(/^Twilio: Acme valid \(\+1415\d{7}\)$/);
    expect(test.verificationEvidenceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(test.evidenceExpiresAt!) - h.clock.now().getTime()).toBe(600_000);
    expect(test.checks.credentialsValid.status).toBe('PASS');
  });

  it('reports failed checks without evidence, and persists nothing', async () => {
    const before = await h.runtime.deps.db.selectFrom('verification_evidence').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const res = (await h.op(TestCredentialsDocument, { input: { credentials: gqlCredentials(h.sim, 'twilio', 'valid', { auth_token: 'f'.repeat(32) }) } })).testCredentials;
    expect(res).toMatchObject({
      __typename: 'TestCredentialsPayload',
      test: { status: 'FAIL', verificationEvidenceId: null, failures: [{ check: 'CREDENTIALS_VALID', code: 'credentials_rejected' }] },
    });
    const trial = (await h.op(TestCredentialsDocument, { input: { credentials: gqlCredentials(h.sim, 'twilio', 'trial') } })).testCredentials;
    expect(trial).toMatchObject({ test: { status: 'FAIL', failures: [{ check: 'OUTBOUND_AUTHORIZED', code: 'trial_account' }] } });
    const after = await h.runtime.deps.db.selectFrom('verification_evidence').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('reports an unreachable provider as ProviderUnavailableError, not a failed test', async () => {
    for (const scenario of ['failing', 'reset', 'garbage', 'slow'] as const) {
      const res = (await h.op(TestCredentialsDocument, { input: { credentials: gqlCredentials(h.sim, 'vonage', scenario) } })).testCredentials;
      expect(res).toMatchObject({ __typename: 'ProviderUnavailableError', code: 'provider_unavailable' });
    }
  });

  it('validates credentials with the provider schema and names the field', async () => {
    const res = (await h.op(TestCredentialsDocument, { input: { credentials: { twilio: { accountSid: 'nope', authToken: 'x' } } } })).testCredentials;
    expect(res).toMatchObject({ __typename: 'ValidationError', fields: [{ path: 'credentials.account_sid' }] });
  });

  it('refuses a SIP trunk on a private address unless the operator allows it', async () => {
    const strict = await startHarness({ TRUNKLINE_ALLOW_PRIVATE_SIP: 'false' });
    try {
      const res = (await strict.op(TestCredentialsDocument, { input: { credentials: { manual: {} }, sipConfig: manualSip() } })).testCredentials;
      expect(res).toMatchObject({ __typename: 'ValidationError', fields: [{ path: 'sip_config.domain', message: expect.stringContaining('private') }] });
    } finally {
      await strict.close();
    }
  });

  it('suggests a name without issuing evidence', async () => {
    const res = (await h.op(SuggestConnectionNameDocument, { input: { credentials: gqlCredentials(h.sim, 'signalwire') } })).suggestConnectionName;
    expect(res).toMatchObject({ suggestion: { suggestedName: expect.stringMatching(/^SignalWire: Acme valid \(\+1310/), accountName: 'Acme valid' } });
  });
});

describe('createConnection and its evidence', () => {
  const twilio = () => gqlCredentials(h.sim, 'twilio');

  it('needs evidence: missing or unknown is evidence_missing', async () => {
    const none = (await h.op(CreateDocument, { input: { credentials: twilio() } })).createConnection;
    expect(none).toMatchObject({ __typename: 'EvidenceError', code: 'evidence_missing' });
    const unknown = (await h.op(CreateDocument, { input: { credentials: twilio(), verificationEvidenceId: '00000000-0000-4000-8000-000000000000' } })).createConnection;
    expect(unknown).toMatchObject({ __typename: 'EvidenceError', code: 'evidence_missing' });
  });

  it('uses evidence once: evidence_reused the second time', async () => {
    const test = await passingTest(twilio());
    const first = (await h.op(CreateDocument, { input: { credentials: twilio(), verificationEvidenceId: test.verificationEvidenceId } })).createConnection;
    expect(first.__typename).toBe('CreateConnectionPayload');
    const second = (await h.op(CreateDocument, { input: { credentials: twilio(), verificationEvidenceId: test.verificationEvidenceId } })).createConnection;
    expect(second).toMatchObject({ __typename: 'EvidenceError', code: 'evidence_reused' });
  });

  it('expires evidence after TRUNKLINE_EVIDENCE_TTL_SECONDS: evidence_stale', async () => {
    const test = await passingTest(twilio());
    h.clock.advance(601_000);
    const res = (await h.op(CreateDocument, { input: { credentials: twilio(), verificationEvidenceId: test.verificationEvidenceId } })).createConnection;
    expect(res).toMatchObject({ __typename: 'EvidenceError', code: 'evidence_stale' });
  });

  it('binds evidence to its provider: provider_mismatch', async () => {
    const test = await passingTest(twilio());
    const res = (await h.op(CreateDocument, { input: { credentials: gqlCredentials(h.sim, 'vonage'), verificationEvidenceId: test.verificationEvidenceId } })).createConnection;
    expect(res).toMatchObject({ __typename: 'EvidenceError', code: 'provider_mismatch' });
  });

  it('binds evidence to the tested credentials: credentials_failed_reverification, evidence still usable', async () => {
    const test = await passingTest(twilio());
    const other = gqlCredentials(h.sim, 'twilio', 'big');
    const res = (await h.op(CreateDocument, { input: { credentials: other, verificationEvidenceId: test.verificationEvidenceId } })).createConnection;
    expect(res).toMatchObject({ __typename: 'CredentialsReverificationError', code: 'credentials_failed_reverification' });
    const ok = (await h.op(CreateDocument, { input: { credentials: twilio(), verificationEvidenceId: test.verificationEvidenceId } })).createConnection;
    expect(ok.__typename).toBe('CreateConnectionPayload');
  });

  it("treats another organization's evidence as missing", async () => {
    const test = await passingTest(twilio(), undefined, h.orgB.key);
    const res = (await h.op(CreateDocument, { input: { credentials: twilio(), verificationEvidenceId: test.verificationEvidenceId } })).createConnection;
    expect(res).toMatchObject({ __typename: 'EvidenceError', code: 'evidence_missing' });
  });

  it('takes a chosen name, and refuses a setup method the provider lacks', async () => {
    const { connection } = await create(twilio(), { name: 'Support line' });
    expect(connection).toMatchObject({ name: 'Support line', inferredName: false });
    const test = await passingTest(twilio());
    const res = (await h.op(CreateDocument, { input: { credentials: twilio(), verificationEvidenceId: test.verificationEvidenceId, setupMethod: 'GUIDED_TELNYX' } })).createConnection;
    expect(res).toMatchObject({ __typename: 'ValidationError', fields: [{ path: 'setup_method' }] });
  });

  it('makes exactly one connection from 50 concurrent creates with one evidence id', async () => {
    const test = await passingTest(twilio());
    const results = await Promise.all(
      Array.from({ length: 50 }, () => h.op(CreateDocument, { input: { credentials: twilio(), verificationEvidenceId: test.verificationEvidenceId, name: 'race' } })),
    );
    const kinds = results.map((r) => (r.createConnection.__typename === 'EvidenceError' ? r.createConnection.code : r.createConnection.__typename));
    expect(kinds.filter((k) => k === 'CreateConnectionPayload')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'evidence_reused')).toHaveLength(49);
    const rows = await h.runtime.deps.db.selectFrom('voip_connections').select('id').where('name', '=', 'race').execute();
    expect(rows).toHaveLength(1);
  });
});

describe('guided Telnyx setup', () => {
  it('creates an FQDN connection and an outbound profile once, and reuses them', async () => {
    const account = h.sim.account('telnyx', 'valid');
    const creds = { telnyx: { apiKey: account.id } };
    const first = await create(creds, { setupMethod: 'GUIDED_TELNYX' });
    expect(first.connection.setupMethod).toBe('GUIDED_TELNYX');
    expect(first.connection.sipConfig).toMatchObject({ fqdnConnectionId: expect.any(String), outboundVoiceProfileId: expect.any(String) });
    const second = await create(creds, { setupMethod: 'GUIDED_TELNYX' });
    expect(second.connection.sipConfig).toMatchObject({ fqdnConnectionId: first.connection.sipConfig.fqdnConnectionId });
    // Made once for the account in the whole run, whichever test set it up first.
    const posts = h.sim.writes.filter((w) => w.account === account.id && w.method === 'POST').map((w) => w.path);
    expect(posts.sort()).toEqual(['/fqdn_connections', '/fqdns', '/outbound_voice_profiles']);
  });

  it('is what setup_method api_key does without a connection_id, reusing the same resources', async () => {
    const creds = { telnyx: { apiKey: h.sim.account('telnyx', 'valid').id } };
    const guided = await create(creds, { setupMethod: 'GUIDED_TELNYX' });
    const writesBefore = h.sim.writes.length;
    const test = await passingTest(creds);
    const res = (await h.op(CreateDocument, { input: { credentials: creds, verificationEvidenceId: test.verificationEvidenceId } })).createConnection;
    expect(res).toMatchObject({ __typename: 'CreateConnectionPayload', connection: { setupMethod: 'API_KEY', sipConfig: { fqdnConnectionId: guided.connection.sipConfig.fqdnConnectionId } } });
    expect(h.sim.writes.length).toBe(writesBefore);
  });

  it('persists nothing and leaves the evidence unused when Telnyx fails during setup', async () => {
    const account = h.sim.account('telnyx', 'big');
    const creds = { telnyx: { apiKey: account.id } };
    const test = await passingTest(creds);
    const count = async () => (await h.runtime.deps.db.selectFrom('voip_connections').select('id').execute()).length;
    const before = await count();
    account.behavior = 'failing';
    try {
      const res = (await h.op(CreateDocument, { input: { credentials: creds, verificationEvidenceId: test.verificationEvidenceId, setupMethod: 'GUIDED_TELNYX' } })).createConnection;
      expect(res).toMatchObject({ __typename: 'ProviderUnavailableError' });
      expect(await count()).toBe(before);
    } finally {
      account.behavior = 'big';
    }
    const retry = (await h.op(CreateDocument, { input: { credentials: creds, verificationEvidenceId: test.verificationEvidenceId, setupMethod: 'GUIDED_TELNYX' } })).createConnection;
    expect(retry.__typename).toBe('CreateConnectionPayload');
  });
});

describe('rotation, retest and updates', () => {
  it('keeps the old credentials when a rotation fails', async () => {
    const { connection } = await create(gqlCredentials(h.sim, 'vonage'));
    const sealedBefore = await h.runtime.deps.db.selectFrom('voip_connections').select('credentials_sealed').where('id', '=', Number(connection.id)).executeTakeFirstOrThrow();
    const otherTest = await passingTest(gqlCredentials(h.sim, 'vonage', 'big'));
    const res = (await h.op(RotateDocument, { input: { id: connection.id, credentials: gqlCredentials(h.sim, 'vonage', 'valid', { api_secret: 'rotated-secret' }), verificationEvidenceId: otherTest.verificationEvidenceId! } })).rotateCredentials;
    expect(res).toMatchObject({ __typename: 'CredentialsReverificationError' });
    const sealedAfter = await h.runtime.deps.db.selectFrom('voip_connections').select('credentials_sealed').where('id', '=', Number(connection.id)).executeTakeFirstOrThrow();
    expect(sealedAfter).toEqual(sealedBefore);
    const retest = (await h.op(RetestDocument, { input: { id: connection.id } })).retestConnection;
    expect(retest).toMatchObject({ result: { connection: { status: 'CONNECTED' } } });
  });

  it('needs evidence to rotate, and refuses evidence without credentials', async () => {
    const { connection } = await create(gqlCredentials(h.sim, 'vonage'));
    const noEvidence = (await h.op(UpdateDocument, { input: { id: connection.id, credentials: gqlCredentials(h.sim, 'vonage') } })).updateConnection;
    expect(noEvidence).toMatchObject({ __typename: 'EvidenceError', code: 'evidence_missing' });
    const loose = (await h.op(UpdateDocument, { input: { id: connection.id, verificationEvidenceId: '00000000-0000-4000-8000-000000000000' } })).updateConnection;
    expect(loose).toMatchObject({ __typename: 'ValidationError', fields: [{ path: 'verification_evidence_id' }] });
  });

  it('marks a connection ERROR with last_error when the stored credentials stop working', async () => {
    const account = h.sim.account('signalwire', 'big');
    const { connection } = await create(gqlCredentials(h.sim, 'signalwire', 'big'));
    const real = account.secret;
    account.secret = 'PTrevoked';
    try {
      const res = (await h.op(RetestDocument, { input: { id: connection.id } })).retestConnection;
      expect(res).toMatchObject({ result: { connection: { status: 'ERROR', lastError: { code: 'credentials_rejected' } }, failures: [{ check: 'CREDENTIALS_VALID' }] } });
    } finally {
      account.secret = real;
    }
    const healed = (await h.op(RetestDocument, { input: { id: connection.id } })).retestConnection;
    expect(healed).toMatchObject({ result: { connection: { status: 'CONNECTED', lastError: null } } });
  });

  it('restores the status when the provider is unreachable during a retest', async () => {
    const account = h.sim.account('twilio', 'big');
    const { connection } = await create(gqlCredentials(h.sim, 'twilio', 'big'));
    account.behavior = 'reset';
    try {
      const res = (await h.op(RetestDocument, { input: { id: connection.id } })).retestConnection;
      expect(res).toMatchObject({ __typename: 'ProviderUnavailableError' });
    } finally {
      account.behavior = 'big';
    }
    expect((await h.op(GetConnDocument, { id: connection.id })).connection?.status).toBe('CONNECTED');
  });

  it('merges sip_config updates and validates them with the provider schema', async () => {
    const { connection } = await create({ manual: {} }, { sipConfig: manualSip() });
    const moved = (await h.op(UpdateDocument, { input: { id: connection.id, sipConfig: { transport: 'TCP' } } })).updateConnection;
    expect(moved).toMatchObject({ connection: { sipConfig: { domain: '127.0.0.1', transport: 'TCP', port: h.sip.port } } });
    const bad = (await h.op(UpdateDocument, { input: { id: connection.id, sipConfig: { port: 70000 } } })).updateConnection;
    expect(bad).toMatchObject({ __typename: 'ValidationError', fields: [{ path: 'sip_config.port' }] });
  });
});

describe('tenancy', () => {
  it("behaves for another organization's connection exactly as for a missing one", async () => {
    const { connection } = await create(gqlCredentials(h.sim, 'twilio'), {}, h.orgB.key);
    expect((await h.op(GetConnDocument, { id: connection.id })).connection).toBeNull();
    for (const id of [connection.id, '999999', 'not-a-number']) {
      expect((await h.op(UpdateDocument, { input: { id, name: 'x' } })).updateConnection).toMatchObject({ __typename: 'NotFoundError', code: 'not_found' });
      expect((await h.op(RetestDocument, { input: { id } })).retestConnection).toMatchObject({ __typename: 'NotFoundError' });
      expect((await h.op(DeleteConnectionDocument, { input: { id } })).deleteConnection).toMatchObject({ __typename: 'NotFoundError' });
    }
    expect((await h.op(GetConnDocument, { id: connection.id }, h.orgB.key)).connection?.name).toBe(connection.name);
  });
});

describe('connections list', () => {
  it('pages newest first with cursors', async () => {
    // Four of its own, past the two pages read below, whatever other tests made.
    for (let i = 0; i < 4; i++) await create(gqlCredentials(h.sim, 'vonage'));
    const all = (await h.op(ListConnsDocument, { first: 100 })).connections.edges.map((e) => Number(e.node.id));
    expect(all.length).toBeGreaterThan(3);
    expect([...all].sort((a, b) => b - a)).toEqual(all);
    const first = (await h.op(ListConnsDocument, { first: 2 })).connections;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await h.op(ListConnsDocument, { first: 2, after: first.pageInfo.endCursor })).connections;
    expect(second.edges.map((e) => Number(e.node.id))).toEqual(all.slice(2, 4));
  });
});

describe('providers', () => {
  it('lists every provider with its setup methods and form fields', async () => {
    const { providers } = await h.op(ProvidersDocument, {});
    expect(providers.map((p) => p.id)).toEqual(['TWILIO', 'TELNYX', 'SIGNALWIRE', 'VONAGE', 'MANUAL']);
    expect(providers.find((p) => p.id === 'TELNYX')?.setupMethods).toEqual(['API_KEY', 'GUIDED_TELNYX']);
    expect(providers.find((p) => p.id === 'TWILIO')?.credentialFields.find((f) => f.name === 'auth_token')).toMatchObject({ secret: true, graphqlName: 'authToken' });
  });
});

describe('the credentials one-of input', () => {
  it('takes exactly one provider, and says so without echoing values', async () => {
    for (const credentials of [{ vonage: { apiKey: 'a', apiSecret: 'CANARY-ONEOF' }, twilio: { accountSid: 'x' } }, {}]) {
      const res = await h.gql('mutation($i: TestCredentialsInput!) { testCredentials(input: $i) { __typename } }', { i: { credentials } });
      expect(res.body.errors?.[0]?.message).toBe('Invalid value at "i.credentials": must name exactly one provider.');
      expect(JSON.stringify(res.body)).not.toContain('CANARY');
    }
  });
});
