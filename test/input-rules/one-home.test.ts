import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness';
import { restCredentials } from '../support/credentials';
import { createOrganization } from '../../src/domain/organizations';

/**
 * Each input rule has one home (src/domain/input-rules.ts): the REST door and the GraphQL door
 * refuse the same boundary values, with the same field path and the same message, and accept
 * the value just inside. Both doors are reached over HTTP.
 */
let h: Harness;
let connectionId: number;
let phoneNumberId: number;
beforeAll(async () => {
  h = await startHarness();
  const credentials = restCredentials(h.sim, 'vonage');
  const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'vonage', credentials });
  const created = await h.rest('POST', '/v1/voip-connections', { provider: 'vonage', credentials, verification_evidence_id: test.body.verification_evidence_id });
  connectionId = created.body.id;
  const number = h.sim.account('vonage', 'valid').numbers[0]!.e164;
  const imported = await h.rest('POST', `/v1/voip-connections/${connectionId}/import-numbers`, { numbers: [number] });
  phoneNumberId = imported.body.results[0].phone_number.id;
});
afterAll(() => h.close());

type Fields = Record<string, string[]>;

/** A REST answer's field problems; fails unless it is the 400 validation problem. */
function restFields(res: { status: number; body: { code?: string; fields?: Fields } }): Fields {
  expect(res.status).toBe(400);
  expect(res.body.code).toBe('validation_failed');
  return res.body.fields!;
}

const VALIDATION = '__typename ... on ValidationError { code fields { path message } }';

/** A GraphQL mutation result's field problems, in the REST form; fails unless it is a typed ValidationError. */
function graphqlFields(result: { __typename: string; code?: string; fields?: { path: string; message: string }[] }): Fields {
  expect(result.__typename).toBe('ValidationError');
  expect(result.code).toBe('validation_failed');
  const fields: Fields = {};
  for (const f of result.fields!) (fields[f.path] ??= []).push(f.message);
  return fields;
}

async function gqlData(query: string, variables: Record<string, unknown>) {
  const res = await h.gql(query, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data;
}

const createApiKey = (name: unknown) => gqlData(`mutation($name: String!) { createApiKey(input: { name: $name }) { ${VALIDATION} } }`, { name }).then((d) => d.createApiKey);
const renameConnection = (name: unknown) =>
  gqlData(`mutation($id: ID!, $name: String) { updateConnection(input: { id: $id, name: $name }) { ${VALIDATION} } }`, { id: String(connectionId), name }).then((d) => d.updateConnection);
const importNumbers = (numbers: unknown) =>
  gqlData(`mutation($id: ID!, $numbers: [String!]!) { importNumbers(input: { connectionId: $id, numbers: $numbers }) { ${VALIDATION} ... on ImportNumbersPayload { report { results { code } } } } }`, {
    id: String(connectionId),
    numbers,
  }).then((d) => d.importNumbers);
const updatePhoneNumber = (input: Record<string, unknown>) =>
  gqlData(`mutation($input: UpdatePhoneNumberInput!) { updatePhoneNumber(input: $input) { ${VALIDATION} } }`, { input: { id: String(phoneNumberId), ...input } }).then((d) => d.updatePhoneNumber);

const NAME = 'must be 1 to 200 characters';

describe('display names: 1 to 200 characters', () => {
  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['201 characters', 'n'.repeat(201)],
  ])('an API key name %s: the same refusal on both doors', async (_what, name) => {
    const rest = restFields(await h.rest('POST', '/v1/developer/api-keys', { name }));
    expect(rest).toEqual({ name: [NAME] });
    expect(graphqlFields(await createApiKey(name))).toEqual(rest);
  });

  it.each([
    ['empty', ''],
    ['201 characters', 'n'.repeat(201)],
  ])('a connection name %s: the same refusal on both doors', async (_what, name) => {
    const rest = restFields(await h.rest('PATCH', `/v1/voip-connections/${connectionId}`, { name }));
    expect(rest).toEqual({ name: [NAME] });
    expect(graphqlFields(await renameConnection(name))).toEqual(rest);
  });

  it('200 characters pass on both doors', async () => {
    const name = 'n'.repeat(200);
    expect((await h.rest('PATCH', `/v1/voip-connections/${connectionId}`, { name })).status).toBe(200);
    expect((await renameConnection(name)).__typename).toBe('UpdateConnectionPayload');
    expect((await h.rest('POST', '/v1/developer/api-keys', { name })).status).toBe(201);
    expect((await createApiKey(name)).__typename).toBe('CreateApiKeyPayload');
  });

  it('where the domain is the entry point (the command line), the same rule and message', async () => {
    await expect(createOrganization(h.runtime.deps, ' ')).rejects.toMatchObject({ code: 'validation_failed', issues: [{ path: 'name', message: NAME }] });
  });
});

describe('imports: 1 to 1,000 numbers', () => {
  const COUNT = 'must list 1 to 1000 numbers';
  it.each([
    ['no numbers', [] as string[], { numbers: [COUNT] }],
    ['1,001 numbers', Array.from({ length: 1001 }, () => '+12025550100'), { numbers: [COUNT] }],
    ['a 33-character entry', ['+'.padEnd(33, '1')], { 'numbers.0': ['must be at most 32 characters'] }],
  ])('%s: the same refusal on both doors', async (_what, numbers, expected) => {
    const rest = restFields(await h.rest('POST', `/v1/voip-connections/${connectionId}/import-numbers`, { numbers }));
    expect(rest).toEqual(expected);
    expect(graphqlFields(await importNumbers(numbers))).toEqual(rest);
  });

  it('a number that is not E.164 fails on its own (invalid_number) on both doors, not the import', async () => {
    const rest = await h.rest('POST', `/v1/voip-connections/${connectionId}/import-numbers`, { numbers: ['12345'] });
    expect(rest).toMatchObject({ status: 200, body: { results: [{ number: '12345', outcome: 'failed', code: 'invalid_number' }] } });
    expect(await importNumbers(['12345'])).toEqual({ __typename: 'ImportNumbersPayload', report: { results: [{ code: 'invalid_number' }] } });
  });
});

describe('phone numbers: labels and agent ids', () => {
  it('a 201-character label: the same refusal on both doors; 200 pass', async () => {
    const rest = restFields(await h.rest('PATCH', `/v1/phone-numbers/${phoneNumberId}`, { label: 'l'.repeat(201) }));
    expect(rest).toEqual({ label: ['must be at most 200 characters'] });
    expect(graphqlFields(await updatePhoneNumber({ label: 'l'.repeat(201) }))).toEqual(rest);
    expect((await h.rest('PATCH', `/v1/phone-numbers/${phoneNumberId}`, { label: 'l'.repeat(200) })).status).toBe(200);
    expect((await updatePhoneNumber({ label: 'l'.repeat(200) })).__typename).toBe('UpdatePhoneNumberPayload');
  });

  it.each([
    ['inbound_agent_id', 'inboundAgentId', 0],
    ['outbound_agent_id', 'outboundAgentId', -1],
  ])('%s %s: the same refusal on both doors', async (field, graphqlField, agent) => {
    const rest = restFields(await h.rest('PATCH', `/v1/phone-numbers/${phoneNumberId}`, { [field]: agent }));
    expect(rest).toEqual({ [field]: ['must be a positive integer'] });
    expect(graphqlFields(await updatePhoneNumber({ [graphqlField]: String(agent) }))).toEqual(rest);
  });

  it('several invalid fields at once: every one of them, on both doors', async () => {
    const rest = restFields(await h.rest('PATCH', `/v1/phone-numbers/${phoneNumberId}`, { inbound_agent_id: 0, outbound_agent_id: 0, label: 'l'.repeat(201) }));
    expect(Object.keys(rest)).toEqual(['inbound_agent_id', 'outbound_agent_id', 'label']);
    expect(graphqlFields(await updatePhoneNumber({ inboundAgentId: '0', outboundAgentId: '0', label: 'l'.repeat(201) }))).toEqual(rest);
  });
});

describe('available-number filters', () => {
  const availableNumbers = (args: Record<string, unknown>) =>
    gqlData(`query($id: ID!, $first: Int = 1, $country: String, $contains: String) { connection(id: $id) { availableNumbers(first: $first, country: $country, contains: $contains) { ${VALIDATION} } } }`, {
      id: String(connectionId),
      ...args,
    }).then((d) => d.connection.availableNumbers);

  it.each([
    ['country', 'USA', 'must be an ISO 3166 alpha-2 code'],
    ['country', 'U1', 'must be an ISO 3166 alpha-2 code'],
    ['contains', '41a', 'must be digits'],
    ['contains', '1'.repeat(17), 'must be digits'],
  ])('%s=%s: the same refusal on both doors', async (filter, value, message) => {
    const rest = restFields(await h.rest('GET', `/v1/voip-connections/${connectionId}/available-numbers?${filter}=${value}`));
    expect(rest).toEqual({ [filter]: [message] });
    expect(graphqlFields(await availableNumbers({ [filter]: value }))).toEqual(rest);
  });

  it('a page size out of 1 to 100 on the nested list: a typed ValidationError, like its filters', async () => {
    expect(graphqlFields(await availableNumbers({ first: 0 }))).toEqual({ first: ['must be between 1 and 100'] });
  });
});
