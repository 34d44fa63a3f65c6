import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness';
import { connectSeeded } from '../support/flows';
import { restCredentials } from '../support/credentials';
import { snapshot } from '../support/snapshot';

/**
 * Text the database cannot hold as given: a NUL (U+0000, which PostgreSQL text refuses) in any
 * string, a lone UTF-16 surrogate, a body that is not UTF-8 (it would be stored with U+FFFD in
 * its place). Each is a 400 naming the field on both doors, before anything is written.
 */
let h: Harness;
let connectionId: string;
let phoneNumberId: string;
beforeAll(async () => {
  h = await startHarness();
  connectionId = await connectSeeded(h, 'vonage');
  const imported = await h.rest('POST', `/v1/voip-connections/${connectionId}/import-numbers`, { numbers: [h.sim.account('vonage', 'valid').numbers[0]!.e164] });
  phoneNumberId = String(imported.body.results[0].phone_number.id);
  await h.rest('GET', '/v1/voip-connections'); // settles last_used_at before snapshots are compared
});
afterAll(() => h.close());

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\ud800b';

/** A request the database must not see: refused with 400, nothing written, no 5xx anywhere. */
async function refused<T extends { status: number }>(send: () => Promise<T>): Promise<T> {
  const before = await snapshot(h.runtime.deps.db);
  const res = await send();
  expect(res.status).toBe(400);
  expect(await snapshot(h.runtime.deps.db)).toBe(before);
  return res;
}

describe('a NUL character over REST', () => {
  it.each([
    ['a connection name', () => ['PATCH', `/v1/voip-connections/${connectionId}`, { name: NUL }], 'name'],
    ['a phone number label', () => ['PATCH', `/v1/phone-numbers/${phoneNumberId}`, { label: NUL }], 'label'],
    ['an API key name', () => ['POST', '/v1/developer/api-keys', { name: NUL }], 'name'],
    ['a secret', () => ['POST', '/v1/voip-connections/test', { provider: 'vonage', credentials: { ...restCredentials(h.sim, 'vonage'), api_secret: NUL } }], 'credentials.api_secret'],
    ['a number to import', () => ['POST', `/v1/voip-connections/${connectionId}/import-numbers`, { numbers: ['+1202\u00005550100'] }], 'numbers.0'],
    ['a field name', () => ['PATCH', `/v1/voip-connections/${connectionId}`, { ['na\u0000me']: 'x' }], 'body'],
  ] as const)('in %s is a 400 naming the field', async (_what, request, path) => {
    const [method, url, body] = request() as [string, string, unknown];
    const res = await refused(() => h.rest(method, url, body));
    expect(res.body.code).toBe('validation_failed');
    expect(Object.keys(res.body.fields)).toEqual([path]);
  });

  it.each([
    ['an audit filter', '/v1/audit-events?target_id=a%00b', 'target_id'],
    ['an audit action', '/v1/audit-events?action=connection.created%00', 'action'],
    ['a search', () => `/v1/voip-connections/${connectionId}/available-numbers?contains=1%00`, 'contains'],
    ['a query parameter name', '/v1/phone-numbers?st%00atus=active', 'query'],
  ] as const)('in %s is a 400 naming the parameter', async (_what, url, path) => {
    const res = await refused(() => h.rest('GET', typeof url === 'function' ? url() : url));
    expect(res.body.code).toBe('validation_failed');
    expect(Object.keys(res.body.fields)).toEqual([path]);
  });

  it('as a lone surrogate escape is a 400 too (it would be stored as U+FFFD)', async () => {
    const res = await refused(() => h.rest('PATCH', `/v1/voip-connections/${connectionId}`, { name: LONE_SURROGATE }));
    expect(res.body.fields).toEqual({ name: ['must be valid Unicode text'] });
  });
});

describe('a NUL character over GraphQL', () => {
  const rename = `mutation($input: UpdateConnectionInput!) { updateConnection(input: $input) { __typename } }`;

  it.each([
    ['a connection name', () => [rename, { input: { id: connectionId, name: NUL } }], 'name'],
    ['a label', () => [`mutation($input: UpdatePhoneNumberInput!) { updatePhoneNumber(input: $input) { __typename } }`, { input: { id: phoneNumberId, label: NUL } }], 'label'],
    ['an API key name', () => [`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename } }`, { input: { name: NUL } }], 'name'],
    ['a secret', () => [`mutation($input: TestCredentialsInput!) { testCredentials(input: $input) { __typename } }`, { input: { credentials: { vonage: { apiKey: 'k', apiSecret: NUL } } } }], 'credentials.api_secret'],
    ['an audit filter', () => [`query($t: ID) { auditEvents(targetId: $t) { totalCount } }`, { t: NUL }], 't'],
    ['a cursor', () => [`query($after: String) { auditEvents(after: $after) { totalCount } }`, { after: NUL }], 'after'],
    ['a search', () => [`query($id: ID!, $c: String) { connection(id: $id) { availableNumbers(contains: $c) { __typename } } }`, { id: connectionId, c: NUL }], 'c'],
  ] as const)('in a variable (%s) is refused naming the variable path', async (_what, request, path) => {
    const [query, variables] = request() as [string, Record<string, unknown>];
    for (let i = 0; i < 3; i++) {
      // The first sighting runs on Yoga; from the second the GraphQL door runs the compiled document.
      const before = await snapshot(h.runtime.deps.db);
      const res = await h.gql(query, variables as Record<string, unknown>);
      expect(res.status).toBeLessThan(500);
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors).toEqual([expect.objectContaining({ message: `Invalid value at "${path}": must not contain a NUL character.` })]);
      expect(await snapshot(h.runtime.deps.db)).toBe(before);
    }
  });

  it.each([
    ['a connection name', () => `mutation { updateConnection(input: {id: "${connectionId}", name: "a\\u0000b"}) { __typename } }`, 'name'],
    ['an API key name', () => `mutation { createApiKey(input: {name: "a\\u0000b"}) { __typename } }`, 'name'],
    ['a list of numbers', () => `mutation { importNumbers(input: {connectionId: "${connectionId}", numbers: ["+1", "a\\u0000b"]}) { __typename } }`, 'numbers.1'],
    ['a cursor', () => `{ auditEvents(after: "a\\u0000b") { totalCount } }`, 'after'],
  ] as [string, () => string, string][])('in a literal (%s) is refused naming the argument path', async (_what, query, path) => {
    const before = await snapshot(h.runtime.deps.db);
    const res = await h.gql(query());
    expect(res.status).toBeLessThan(500);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors).toEqual([expect.objectContaining({ message: `Invalid value at "${path}": must not contain a NUL character.` })]);
    expect(await snapshot(h.runtime.deps.db)).toBe(before);
  });

  it('decoded from a cursor is refused', async () => {
    const cursor = Buffer.from(`2026-01-01T00:00:00.000Z\u0000|1`).toString('base64url');
    const res = await h.gql(`query($after: String) { auditEvents(after: $after) { totalCount } }`, { after: cursor });
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors?.[0]?.message).toMatch(/cursor/);
  });
});

describe('a body that is not UTF-8', () => {
  // "name": "ab<0xff>" — JSON with one byte no UTF-8 text holds.
  const invalid = (json: string) => Buffer.concat([Buffer.from(json.slice(0, json.indexOf('@'))), Buffer.from([0xff]), Buffer.from(json.slice(json.indexOf('@') + 1))]);

  async function send(path: string, method: string, body: Buffer, headers: Record<string, string> = {}) {
    return h.fetch(path, {
      method,
      headers: { authorization: `Bearer ${h.orgA.key}`, 'content-type': 'application/json', 'content-length': String(body.byteLength), ...headers },
      body: new Uint8Array(body),
    });
  }

  it('is refused by the REST door and nothing is stored', async () => {
    const res = await refused(() => send(`/v1/voip-connections/${connectionId}`, 'PATCH', invalid('{"name":"a@b"}')));
    expect(await res.json()).toEqual({ code: 'malformed_json', detail: 'The request body is not UTF-8 text.' });
  });

  it('is refused by the GraphQL door, first sighting and compiled alike, and nothing is stored', async () => {
    const query = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename } }`;
    const body = invalid(JSON.stringify({ query, variables: { input: { name: 'k@y' } } }));
    for (const accept of ['application/json', 'application/graphql-response+json', 'text/event-stream']) {
      for (let i = 0; i < 2; i++) {
        const res = await refused(() => send('/graphql', 'POST', body, { accept }));
        expect(await res.json()).toEqual({ code: 'malformed_json', detail: 'The request body is not UTF-8 text.' });
      }
      // The same document, valid, is compiled and served by the door: the check holds there too.
      expect((await h.gql(query, { input: { name: `k${accept}` } })).body.data.createApiKey.__typename).toBe('CreateApiKeyPayload');
    }
  });
});

describe('values typed inline in a document', () => {
  // A token a caller might type without quotes: every literal error must name where, never what.
  const CANARY = 'zqCanary7secret';
  const test = (credentials: string, extra = '') => `mutation { testCredentials(input: {credentials: ${credentials}${extra}}) { __typename } }`;

  it.each([
    ['an unquoted string', test(`{twilio: {accountSid: "AC1", authToken: ${CANARY}}}`), 'credentials.auth_token', 'has the wrong type (expected String)'],
    ['an object for a string', test(`{twilio: {accountSid: "AC1", authToken: {a: "${CANARY}"}}}`), 'credentials.auth_token', 'has the wrong type (expected String)'],
    ['a number for a string', test(`{twilio: {accountSid: "AC1", authToken: 7123987}}`), 'credentials.auth_token', 'has the wrong type (expected String)'],
    ['a string for an object', test(`"${CANARY}"`), 'credentials', 'has the wrong type (expected CredentialsInput!)'],
    ['a string for a list', `mutation { importNumbers(input: {connectionId: "1", numbers: {a: "${CANARY}"}}) { __typename } }`, 'numbers', 'has the wrong type (expected String)'],
    ['a token for an Int', test(`{twilio: {accountSid: "AC1"}}`, `, sipConfig: {port: ${CANARY}}`), 'sip_config.port', 'has the wrong type (expected Int)'],
    ['an object for an ID', `{ connection(id: {a: "${CANARY}"}) { id } }`, 'id', 'has the wrong type (expected ID)'],
    ['an unknown enum value', test(`{twilio: {accountSid: "AC1"}}`, `, setupMethod: ${CANARY}`), 'setup_method', 'is not one of the allowed values of SetupMethod'],
    ['a string for an enum', test(`{twilio: {accountSid: "AC1"}}`, `, setupMethod: "${CANARY}"`), 'setup_method', 'is not one of the allowed values of SetupMethod'],
    ['an unknown field', test(`{twilio: {accountSid: "AC1", bogusField: "${CANARY}"}}`), 'credentials.bogus_field', 'is not a known field'],
    ['a missing field', test(`{twilio: {authToken: "${CANARY}"}}`), 'credentials.account_sid', 'is required (String!)'],
    ['two providers (oneOf)', test(`{twilio: {accountSid: "${CANARY}"}, vonage: {apiKey: "${CANARY}", apiSecret: "${CANARY}"}}`), 'credentials', 'must name exactly one provider'],
    ['a null provider (oneOf)', test(`{twilio: null}`, `, name: ${CANARY}`), 'credentials', 'must name exactly one provider'],
    ['a bad variable default', `query($t: ID = {a: "${CANARY}"}) { auditEvents(targetId: $t) { totalCount } }`, 't', 'has the wrong type (expected ID)'],
  ])('%s is refused naming the path and the type, never the value', async (_kind, query, path, reason) => {
    const before = await snapshot(h.runtime.deps.db);
    const res = await h.gql(query);
    expect(res.status).toBeLessThan(500);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors!.map((e) => e.message)).toContain(`Invalid value at "${path}": ${reason}.`);
    expect(JSON.stringify(res.body)).not.toContain(CANARY);
    expect(await snapshot(h.runtime.deps.db)).toBe(before);
  });

  it.each([
    ['a bad DateTime', `{ auditEvents(since: "${CANARY}") { totalCount } }`],
    ['a name where a colon belongs', `{ auditEvents(targetId ${CANARY}) { totalCount } }`],
    ['a string where a colon belongs', `{ auditEvents(targetId "${CANARY}") { totalCount } }`],
    ['a number where a colon belongs', `{ auditEvents(targetId 7123987) { totalCount } }`],
  ])('%s is refused without the value', async (_kind, query) => {
    const res = await h.gql(query);
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.body)).not.toContain(CANARY);
    expect(JSON.stringify(res.body)).not.toContain("7123987");
  });
});
