import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startHarness, type Harness } from '../support/harness';
import { credentialsFor, type SimProvider } from '../../src/simulator/accounts';
import { startSipResponder } from '../../src/simulator/sip-responder';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startTracing, type Tracing } from '../../src/observability/tracing';
import { registry } from '../../src/observability/metrics';

/**
 * Every flow, through both doors, with canary credentials for every provider; then every
 * response body, every log line (at debug level), every exported span, every metric and a dump
 * of every table are searched for the canaries. None may appear in plaintext. Each test searches
 * for its own canary in what its own flows produced, so any one of them can run alone.
 */
let h: Harness;
let tracing: Tracing;
const spans = new InMemorySpanExporter();
const canary = (label: string) => `CANARY${label}${randomBytes(6).toString('hex')}`;

beforeAll(async () => {
  tracing = await startTracing({ spanProcessors: [new SimpleSpanProcessor(spans)] });
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
  await tracing.shutdown();
});

/** Plants a canary in the provider account's secret (Telnyx: its API key): the canary, and the credentials that carry it. */
function plantCanary(provider: SimProvider): { secret: string; credentials: Record<string, string> } {
  const account = h.sim.account(provider, 'valid');
  if (provider === 'telnyx') account.id = `KEY${canary('telnyx')}`;
  else account.secret = canary(provider);
  return { secret: provider === 'telnyx' ? account.id : account.secret, credentials: credentialsFor(account) };
}

/** Where the harness's records stood when a test began: what a test produced comes after. */
interface Marks {
  bodies: number;
  logs: number;
  spans: number;
}

const mark = (): Marks => ({ bodies: h.bodies.length, logs: h.logs.length, spans: spans.getFinishedSpans().length });

/**
 * Searches what the flows since `since` produced (response bodies, log lines, spans) and what the
 * gateway keeps (metrics, every table) for `secret`, and for any canary at all.
 */
async function expectNowhere(secret: string, since: Marks) {
  const bodies = h.bodies.slice(since.bodies);
  const logs = h.logs.slice(since.logs);
  const exported = spans.getFinishedSpans().slice(since.spans);
  // Enough of each to make the search mean something: the flows ran, logged at debug and traced their provider calls.
  expect(bodies.length).toBeGreaterThan(15);
  expect(logs.length).toBeGreaterThan(15);
  expect(exported.filter((s) => s.attributes['trunkline.provider'] || s.name === 'SIP OPTIONS').length).toBeGreaterThan(3);
  const traced = exported.map((s) => JSON.stringify({ name: s.name, attributes: s.attributes, events: s.events, status: s.status, links: s.links }));
  const scraped = await registry.metrics();
  const tables = ['organizations', 'api_keys', 'voip_connections', 'verification_evidence', 'phone_numbers', 'idempotency_keys', 'audit_events'];
  const dump: string[] = [];
  for (const t of tables) dump.push(JSON.stringify((await sql`select * from ${sql.table(t)}`.execute(h.runtime.deps.db)).rows));
  expect(dump.join('\n')).toContain('v1.test1.'); // credentials are there — sealed
  expect(bodies.filter((b) => b.includes(secret)), `response bodies containing ${secret}`).toEqual([]);
  expect(logs.filter((l) => l.includes(secret)), `log lines containing ${secret}`).toEqual([]);
  expect(dump.filter((d) => d.includes(secret)), `tables containing ${secret}`).toEqual([]);
  expect(traced.filter((t) => t.includes(secret)), `spans containing ${secret}`).toEqual([]);
  const leaks = [...bodies, ...logs, ...dump, ...traced, scraped].filter((s) => s.includes('CANARY'));
  expect(leaks.map((s) => s.slice(Math.max(0, s.indexOf('CANARY') - 200), s.indexOf('CANARY') + 60))).toEqual([]);
}

async function everyRestFlow(provider: string, credentials: Record<string, string>, secret: string, sipConfig?: Record<string, unknown>) {
  const base = { provider, credentials, ...(sipConfig ? { sip_config: sipConfig } : {}) };
  const test = await h.rest('POST', '/v1/voip-connections/test', base);
  expect(test.body.status, JSON.stringify(test.body)).toBe('pass');
  await h.rest('POST', '/v1/voip-connections/suggest-name', base);
  const created = await h.rest('POST', '/v1/voip-connections', { ...base, verification_evidence_id: test.body.verification_evidence_id }, { headers: { 'idempotency-key': `create-${provider}-${randomBytes(6).toString('hex')}` } });
  expect(created.status).toBe(201);
  const id = created.body.id;
  await h.rest('GET', '/v1/voip-connections');
  await h.rest('GET', `/v1/voip-connections/${id}`);
  const fresh = await h.rest('POST', '/v1/voip-connections/test', base);
  expect((await h.rest('PATCH', `/v1/voip-connections/${id}`, { credentials, ...(sipConfig ? { sip_config: sipConfig } : {}), verification_evidence_id: fresh.body.verification_evidence_id })).status).toBe(200);
  const numbers = provider === 'manual' ? ['+15550009999'] : (await h.rest('GET', `/v1/voip-connections/${id}/available-numbers`)).body.slice(0, 1).map((n: { phone_number: string }) => n.phone_number);
  const imported = await h.rest('POST', `/v1/voip-connections/${id}/import-numbers`, { numbers });
  const numberId = imported.body.results[0].phone_number.id;
  await h.rest('POST', `/v1/phone-numbers/${numberId}/verify-voip`);
  await h.rest('DELETE', `/v1/phone-numbers/${numberId}`);
  // Unhappy paths that carry the secret: wrong shapes, wrong secret, unknown fields.
  await h.rest('POST', '/v1/voip-connections/test', { provider, credentials: { ...credentials, not_a_field: secret } });
  await h.rest('POST', '/v1/voip-connections', { ...base, verification_evidence_id: 'not-a-uuid' });
  await h.rest('POST', '/v1/voip-connections', { ...base, verification_evidence_id: fresh.body.verification_evidence_id });
  return id;
}

async function everyGraphQLFlow(provider: string, credentials: Record<string, string>, secret: string, sipConfig?: Record<string, unknown>) {
  const camel = Object.fromEntries(Object.entries(credentials).map(([k, v]) => [k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()), v]));
  const input = { credentials: { [provider]: camel }, ...(sipConfig ? { sipConfig: { ...sipConfig, transport: 'UDP' } } : {}) };
  const test = await h.gql('mutation($i: TestCredentialsInput!) { testCredentials(input: $i) { ... on TestCredentialsPayload { test { verificationEvidenceId status } } ... on Error { code message } } }', { i: input });
  const evidence = test.body.data.testCredentials.test.verificationEvidenceId;
  const created = await h.gql('mutation($i: CreateConnectionInput!) { createConnection(input: $i) { ... on CreateConnectionPayload { connection { id sipConfig { domain port transport fqdnConnectionId outboundVoiceProfileId } } } ... on Error { code message } } }', { i: { ...input, verificationEvidenceId: evidence } });
  const id = created.body.data.createConnection.connection.id;
  await h.gql('mutation($i: ConnectionIdInput!) { retestConnection(input: $i) { __typename } }', { i: { id } });
  // A value of the wrong type and an unknown field, both carrying the secret: graphql-js would echo it.
  await h.gql('mutation($i: TestCredentialsInput!) { testCredentials(input: $i) { __typename } }', { i: { credentials: { [provider]: { ...camel, sneaky: secret } } } });
  await h.gql('mutation($i: TestCredentialsInput!) { testCredentials(input: $i) { __typename } }', { i: { credentials: { [provider]: { ...camel, [Object.keys(camel).at(-1)!]: [secret] } } } });
  await h.gql('mutation($i: ConnectionIdInput!) { deleteConnection(input: $i) { __typename } }', { i: { id } });
}

describe('secrets canary', () => {
  it.each(['twilio', 'telnyx', 'signalwire', 'vonage'] as const)('%s: no canary escapes any flow (response, log, span, metric, table)', async (provider) => {
    const since = mark();
    const { secret, credentials } = plantCanary(provider);
    await everyRestFlow(provider, credentials, secret);
    await everyGraphQLFlow(provider, credentials, secret);
    await expectNowhere(secret, since);
  });

  it('manual: no canary escapes any flow (response, log, span, metric, table)', async () => {
    const since = mark();
    const password = canary('sip');
    const sipConfig = { domain: '127.0.0.1', port: h.sip.port };
    await everyRestFlow('manual', { username: 'trunk-user', password }, password, { ...sipConfig, transport: 'udp' });
    await everyGraphQLFlow('manual', { username: 'trunk-user', password }, password, sipConfig);
    await expectNowhere(password, since);
  });

  it('manual, against a trunk that asks for Digest: no canary escapes any flow, nor goes to the trunk in the clear', async () => {
    const since = mark();
    const password = canary('digest');
    const trunk = await startSipResponder({ auth: { realm: 'canary.trunk', username: 'trunk-user', password, algorithms: ['SHA-256', 'MD5'] } });
    try {
      const sipConfig = { domain: '127.0.0.1', port: trunk.port };
      await everyRestFlow('manual', { username: 'trunk-user', password }, password, { ...sipConfig, transport: 'udp' });
      await everyGraphQLFlow('manual', { username: 'trunk-user', password }, password, sipConfig);
      expect(trunk.requests.filter((m) => m.headers.has('authorization')).length).toBeGreaterThan(3);
      const sent = trunk.requests.map((m) => JSON.stringify([...m.headers]) + m.body);
      expect(sent.filter((text) => text.includes(password))).toEqual([]);
    } finally {
      await trunk.close();
    }
    await expectNowhere(password, since);
  });
});
