import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECT_LINK_FIELDS } from '../src/schema/field-scopes';
import { startHarness, type Harness } from './support/harness';
import { gqlCredentials, restCredentials } from './support/credentials';
import { connectSeeded, providerCalls } from './support/flows';
import { fieldCalls, restCalls, type FixtureIds } from './support/root-calls';

/**
 * Connect links (issue 26): a link creates exactly one connection for its organization, is
 * refused after use, after expiry and after revocation, reaches nothing else of the organization
 * through REST or GraphQL, and its token is never in a log line, the audit trail or a list.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

type Link = { id: number; url: string; state: string; expires_at: string; token: string };

async function newLink(body: Record<string, unknown> = {}, key = h.orgA.key): Promise<Link> {
  const res = await h.rest('POST', '/v1/connect-links', { label: 'Acme onboarding', ...body }, { key });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const token = new URL(res.body.url).pathname.split('/')[2]!;
  return { ...res.body, token };
}

const asLink = (link: Link, method: string, path: string, body?: unknown) => h.rest(method, path, body, { key: link.token });
const twilioBody = () => ({ provider: 'twilio', credentials: restCredentials(h.sim, 'twilio') });

/** Tests the credentials and creates the connection through the link, as its console page does. */
async function connectThrough(link: Link, body = twilioBody()) {
  const test = await asLink(link, 'POST', '/v1/voip-connections/test', body);
  expect(test.status, JSON.stringify(test.body)).toBe(200);
  return asLink(link, 'POST', '/v1/voip-connections', { ...body, name: 'Customer Twilio', verification_evidence_id: test.body.verification_evidence_id });
}

const rowCounts = async () => {
  const db = h.runtime.deps.db as unknown as Kysely<any>;
  const counts: Record<string, unknown> = {};
  for (const t of ['voip_connections', 'verification_evidence', 'phone_numbers', 'api_keys', 'webhook_endpoints', 'connect_links', 'audit_events']) {
    counts[t] = (await sql<{ n: number | string }>`select count(*) as n from ${sql.table(t)}`.execute(db)).rows[0]!.n;
  }
  return JSON.stringify(counts);
};

describe('creating and listing links', () => {
  it('answers the link with its URL once; lists and reads it with its state, never the token', async () => {
    const link = await newLink({ provider: 'twilio', suggested_name: 'Acme Twilio', allow_available_numbers: true });
    expect(link).toMatchObject({ label: 'Acme onboarding', provider: 'twilio', suggested_name: 'Acme Twilio', allow_available_numbers: true, state: 'pending', used_at: null, revoked_at: null, connection_id: null });
    expect(link.url).toBe(`${h.url}/connect/${link.token}`);
    expect(link.token).toMatch(/^cl_live_[\w-]{43}$/);
    // Seven days by default.
    expect(Date.parse(link.expires_at) - h.clock.now().getTime()).toBe(7 * 86_400_000);

    const one = await h.rest('GET', `/v1/connect-links/${link.id}`);
    expect(one.status).toBe(200);
    expect(one.body).not.toHaveProperty('url');
    const list = await h.rest('GET', '/v1/connect-links');
    expect(list.body.map((l: { id: number }) => l.id)).toContain(link.id);
    expect(JSON.stringify([one.body, list.body])).not.toContain(link.token);
    // Only the token's hash is stored.
    const db = h.runtime.deps.db as unknown as Kysely<any>;
    const rows = (await sql`select * from connect_links`.execute(db)).rows;
    expect(JSON.stringify(rows)).not.toContain(link.token.slice(8));
  });

  it('refuses bad input with every field named, and stores nothing', async () => {
    const before = await rowCounts();
    const res = await h.rest('POST', '/v1/connect-links', { label: '', provider: 'skype', allow_available_numbers: 'yes' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields).sort()).toEqual(['allow_available_numbers', 'label', 'provider']);
    const far = await h.rest('POST', '/v1/connect-links', { label: 'x', expires_at: new Date(h.clock.now().getTime() + 31 * 86_400_000).toISOString() });
    expect(far.body.fields).toEqual({ expires_at: ['must be at most 30 days ahead'] });
    const past = await h.rest('POST', '/v1/connect-links', { label: 'x', expires_at: new Date(h.clock.now().getTime() - 1000).toISOString() });
    expect(past.status).toBe(400);
    expect(past.body.fields.expires_at).toEqual(['must be in the future']);
    expect(await rowCounts()).toBe(before);
  });

  it("another organization's links are 404, and absent from its list", async () => {
    const link = await newLink();
    expect((await h.rest('GET', `/v1/connect-links/${link.id}`, undefined, { key: h.orgB.key })).status).toBe(404);
    expect((await h.rest('DELETE', `/v1/connect-links/${link.id}`, undefined, { key: h.orgB.key })).status).toBe(404);
    const list = await h.rest('GET', '/v1/connect-links', undefined, { key: h.orgB.key });
    expect(list.body.map((l: { id: number }) => l.id)).not.toContain(link.id);
  });
});

describe('opening a link', () => {
  it('creates exactly one connection, named in the audit trail by the link, then is used', async () => {
    const link = await newLink({ provider: 'twilio' });
    const session = await h.gql('{ connectSession { label organizationName provider state connection { id } } }', {}, link.token);
    expect(session.body.data.connectSession).toEqual({ label: 'Acme onboarding', organizationName: expect.any(String), provider: 'TWILIO', state: 'PENDING', connection: null });

    const created = await connectThrough(link);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    // The organization sees it.
    const seen = await h.rest('GET', `/v1/voip-connections/${created.body.id}`);
    expect(seen.body).toMatchObject({ id: created.body.id, name: 'Customer Twilio', provider: 'twilio', status: 'connected' });
    expect((await h.rest('GET', `/v1/connect-links/${link.id}`)).body).toMatchObject({ state: 'used', connection_id: created.body.id, used_at: h.clock.now().toISOString() });

    const audit = await h.rest('GET', `/v1/audit-events?action=connection.created&target_id=${created.body.id}`);
    expect(audit.body.items[0].actor).toEqual({ type: 'connect_link', api_key_id: null, key_prefix: null, connect_link_id: link.id });

    // Used: it tests and creates nothing more (409), and still reads its session.
    const before = await rowCounts();
    const again = await asLink(link, 'POST', '/v1/voip-connections/test', twilioBody());
    expect([again.status, again.body.code]).toEqual([409, 'connect_link_used']);
    const gqlAgain = await h.gql('mutation($i: TestCredentialsInput!) { testCredentials(input: $i) { __typename } }', { i: { credentials: gqlCredentials(h.sim, 'twilio') } }, link.token);
    expect(gqlAgain.body.errors?.[0]?.extensions).toMatchObject({ code: 'connect_link_used' });
    expect(await rowCounts()).toBe(before);
    const after = await h.gql('{ connectSession { state connection { id name } } }', {}, link.token);
    expect(after.body.data.connectSession).toEqual({ state: 'USED', connection: { id: String(created.body.id), name: 'Customer Twilio' } });
  });

  it('lets one of two concurrent creations through a link win; the other changes nothing', async () => {
    const link = await newLink();
    const body = twilioBody();
    const tests = await Promise.all([asLink(link, 'POST', '/v1/voip-connections/test', body), asLink(link, 'POST', '/v1/voip-connections/test', body)]);
    const creates = await Promise.all(tests.map((t) => asLink(link, 'POST', '/v1/voip-connections', { ...body, verification_evidence_id: t.body.verification_evidence_id })));
    expect(creates.map((c) => c.status).sort()).toEqual([201, 409]);
    expect(creates.find((c) => c.status === 409)!.body.code).toBe('connect_link_used');
    const connections = (await h.rest('GET', '/v1/voip-connections')).body.filter((c: { id: number }) => creates.some((x) => x.body.id === c.id));
    expect(connections).toHaveLength(1);
  });

  it('is refused after expiry and after revocation, with nothing changed', async () => {
    const expiring = await newLink({ expires_at: new Date(h.clock.now().getTime() + 60_000).toISOString() });
    const revoked = await newLink();
    const revoke = await h.rest('DELETE', `/v1/connect-links/${revoked.id}`);
    expect(revoke.body).toMatchObject({ id: revoked.id, state: 'revoked', revoked_at: h.clock.now().toISOString() });
    expect((await h.rest('DELETE', `/v1/connect-links/${revoked.id}`)).body.state).toBe('revoked');
    h.clock.advance(60_000);
    expect((await h.rest('GET', `/v1/connect-links/${expiring.id}`)).body.state).toBe('expired');

    const before = await rowCounts();
    const calls = providerCalls(h);
    for (const [link, code] of [[expiring, 'connect_link_expired'], [revoked, 'connect_link_revoked']] as const) {
      const test = await asLink(link, 'POST', '/v1/voip-connections/test', twilioBody());
      expect([test.status, test.body.code]).toEqual([401, code]);
      const session = await h.gql('{ connectSession { label } }', {}, link.token);
      expect([session.status, session.body.errors?.[0]?.extensions?.code]).toEqual([401, code]);
    }
    const forged = await asLink({ token: `cl_live_${'A'.repeat(43)}` } as Link, 'POST', '/v1/voip-connections/test', twilioBody());
    expect([forged.status, forged.body.code]).toEqual([401, 'invalid_connect_link']);
    expect(await rowCounts()).toBe(before);
    expect(providerCalls(h)).toBe(calls);
  });

  it('is held to the provider it names', async () => {
    const link = await newLink({ provider: 'telnyx' });
    const test = await asLink(link, 'POST', '/v1/voip-connections/test', twilioBody());
    expect(test.status).toBe(400);
    expect(test.body.fields).toEqual({ provider: ['this connect link is for telnyx'] });
  });
});

describe('what a link can reach', () => {
  it('reaches only its own fields: every other GraphQL root field and REST route is refused with nothing changed', async () => {
    const link = await newLink({ allow_available_numbers: false });
    const existing = await connectSeeded(h, 'twilio');
    const before = await rowCounts();
    const calls = providerCalls(h);

    // Every REST route and GraphQL root field a key may call, with the call that serves a key, but
    // the ones its page uses (test, suggest a name, create).
    const ids: FixtureIds = { connection: existing, phoneNumber: '1', apiKey: '1', webhookEndpoint: '1', webhookDelivery: '1', evidence: '00000000-0000-4000-8000-000000000000', connectLink: String(link.id) };
    const open = new Set(['POST /v1/voip-connections/test', 'POST /v1/voip-connections', 'POST /v1/voip-connections/suggest-name']);
    for (const [name, call] of Object.entries(restCalls(h)).filter(([name]) => !open.has(name))) {
      const [method, path, body] = call(ids);
      const res = await asLink(link, method, path, body);
      expect([name, res.status, res.body?.code]).toEqual([name, 403, 'connect_link_forbidden']);
    }
    for (const [field, call] of Object.entries(fieldCalls(h)).filter(([field]) => !(field in CONNECT_LINK_FIELDS))) {
      const [query, variables] = call(ids);
      const res = await h.gql(query, variables, link.token);
      expect([field, res.status, res.body.errors?.[0]?.extensions?.code]).toEqual([field, 403, 'connect_link_forbidden']);
    }
    // The event stream.
    const stream = await h.fetch('/graphql/stream', { method: 'PUT', headers: { authorization: `Bearer ${link.token}` } });
    expect(stream.status).toBe(403);
    expect(await rowCounts()).toBe(before);
    expect(providerCalls(h)).toBe(calls);
  });

  it("never receives the replay of another caller's Idempotency-Key: the same request from a link is refused", async () => {
    const link = await newLink();
    const existing = await connectSeeded(h, 'twilio');
    const body = { numbers: [h.sim.account('twilio', 'valid').numbers[2]!.e164] };
    const path = `/v1/voip-connections/${existing}/import-numbers`;
    const headers = { 'idempotency-key': `import-${link.id}` };
    const first = await h.rest('POST', path, body, { headers });
    expect(first.status).toBe(201);
    const replay = await h.rest('POST', path, body, { key: link.token, headers });
    expect([replay.status, replay.body.code]).toEqual([422, 'idempotency_key_reused']);
    // The key that made it still gets its replay.
    expect((await h.rest('POST', path, body, { headers })).body).toEqual(first.body);
  });

  it("lists its connection's available numbers only when it allows it, and no other connection's", async () => {
    const other = await connectSeeded(h, 'twilio');
    const numbersOf = (id: string, token: string) => h.gql(`query($id: ID!) { connection(id: $id) { id } }`, { id }, token).then(() => asLink({ token } as Link, 'GET', `/v1/voip-connections/${id}/available-numbers`));

    const allowed = await newLink({ allow_available_numbers: true });
    const made = await connectThrough(allowed);
    const listed = await h.gql('{ connectSession { connection { availableNumbers(first: 5) { ... on AvailableNumberList { edges { node { phoneNumber } } } } } } }', {}, allowed.token);
    expect(listed.body.errors).toBeUndefined();
    expect(listed.body.data.connectSession.connection.availableNumbers.edges.length).toBeGreaterThan(0);
    // The REST route and another connection stay closed.
    expect((await numbersOf(String(made.body.id), allowed.token)).body.code).toBe('connect_link_forbidden');
    expect((await numbersOf(other, allowed.token)).body.code).toBe('connect_link_forbidden');

    const denied = await newLink({ allow_available_numbers: false });
    await connectThrough(denied);
    const refused = await h.gql('{ connectSession { connection { availableNumbers(first: 5) { __typename } } } }', {}, denied.token);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'connect_link_forbidden' });
  });

  it('never shows its token in a log line, the audit trail or an answer after creation', async () => {
    const link = await newLink();
    await h.fetch(`/connect/${link.token}`);
    await connectThrough(link);
    await h.rest('DELETE', `/v1/connect-links/${link.id}`);
    const audit = await h.rest('GET', '/v1/audit-events?limit=1000');
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['connect_link.created', 'connect_link.revoked', 'connection.created']));
    const secret = link.token.slice('cl_live_'.length);
    expect(h.logs.join('\n')).not.toContain(secret);
    expect(h.logs.join('\n')).toContain('/connect/{token}');
    expect(JSON.stringify(audit.body)).not.toContain(secret);
    // The creation's answer is the one body that carries it.
    expect(h.bodies.filter((b) => b.includes(secret))).toHaveLength(1);
  });

  it('serves the console at its URL, sending no Referer on', async () => {
    const link = await newLink();
    const page = await h.fetch(`/connect/${link.token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
