import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index';
import { restCredentials } from './support/credentials';
import { startHarness, type Harness } from './support/harness';

/**
 * phoneNumbers reads only the columns of the fields a query selects. Whatever is selected, and
 * however (one field, fragments, aliases, the whole type), every value equals the one read whole.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  const credentials = restCredentials(h.sim, 'twilio');
  const test = await h.rest('POST', '/v1/voip-connections/test', { provider: 'twilio', credentials });
  const created = await h.rest('POST', '/v1/voip-connections', { provider: 'twilio', credentials, verification_evidence_id: test.body.verification_evidence_id });
  const imported = await h.rest('POST', `/v1/voip-connections/${created.body.id}/import-numbers`, { numbers: ['+14152000000', '+14152000004', '+14152000001', '+14152000002'] });
  const [good, locked, labelled] = imported.body.results.map((r: { phone_number: { id: number } }) => r.phone_number.id);
  // Numbers in every state a field can show: verified, failed with reasons, labelled with agents, untouched.
  expect((await h.rest('POST', `/v1/phone-numbers/${good}/verify-voip`)).status).toBe(200);
  await h.rest('POST', `/v1/phone-numbers/${locked}/verify-voip`);
  expect((await h.rest('PATCH', `/v1/phone-numbers/${labelled}`, { label: 'Front desk', inbound_agent_id: 7, outbound_agent_id: 9 })).status).toBe(200);
});
afterAll(() => h.close());

/** A field with every leaf under it, two levels deep. */
function fieldSelection(field: { name: string; type: Parameters<typeof getNamedType>[0] }, depth = 0): string {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return field.name;
  return depth < 1 ? `${field.name} { ${selectionOf(named, depth + 1)} }` : '';
}

function selectionOf(type: GraphQLObjectType, depth = 0): string {
  return Object.values(type.getFields()).map((f) => fieldSelection(f, depth)).filter(Boolean).join(' ');
}

const phoneNumberType = schema.getType('PhoneNumber') as GraphQLObjectType;
const fieldSelections = Object.values(phoneNumberType.getFields()).map((f) => [f.name, fieldSelection(f)] as const);

async function nodes(selection: string, extra = ''): Promise<Record<string, unknown>[]> {
  const res = await h.gql(`{ phoneNumbers(first: 50) { edges { node { ${selection} } } } } ${extra}`);
  expect(res.body.errors).toBeUndefined();
  return res.body.data.phoneNumbers.edges.map((e: { node: Record<string, unknown> }) => e.node);
}

describe('phoneNumbers reads only what is selected, and answers the same', () => {
  let whole: Record<string, unknown>[];
  beforeAll(async () => {
    whole = await nodes(selectionOf(phoneNumberType));
    expect(whole).toHaveLength(4);
    // The fixture shows every kind of value: a failure's reasons, agents, a verification time.
    expect(whole.some((n) => (n.verificationFailures as unknown[]).length > 0)).toBe(true);
    expect(whole.some((n) => n.inboundAgentId === '7' && n.label === 'Front desk')).toBe(true);
    expect(whole.some((n) => n.voipLastVerifiedAt !== null)).toBe(true);
  });

  it.each(fieldSelections)('%s alone', async (field, selection) => {
    const alone = await nodes(selection);
    expect(alone).toEqual(whole.map((n) => ({ [field]: n[field] })));
  });

  it('through named and inline fragments, with aliases and __typename', async () => {
    const got = await nodes('__typename ... on PhoneNumber { num: number } ...Rest', 'fragment Rest on PhoneNumber { status capabilities { sms } verificationFailures { code } }');
    expect(got).toEqual(
      whole.map((n) => ({ __typename: 'PhoneNumber', num: n.number, status: n.status, capabilities: { sms: (n.capabilities as { sms: boolean }).sms }, verificationFailures: (n.verificationFailures as { code: string }[]).map((f) => ({ code: f.code })) })),
    );
  });

  it('alongside the cursor, page info and total', async () => {
    const res = await h.gql('{ phoneNumbers(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { label } } } }');
    const next = await h.gql(`{ phoneNumbers(first: 50, after: "${res.body.data.phoneNumbers.pageInfo.endCursor}") { edges { node { id label } } } }`);
    expect(res.body.data.phoneNumbers.totalCount).toBe(4);
    // Each edge's cursor continues after its own node; the last one is the page's endCursor.
    expect(res.body.data.phoneNumbers.edges.at(-1).cursor).toBe(res.body.data.phoneNumbers.pageInfo.endCursor);
    const afterFirst = await h.gql(`{ phoneNumbers(first: 1, after: "${res.body.data.phoneNumbers.edges[0].cursor}") { edges { node { id } } } }`);
    expect(afterFirst.body.data.phoneNumbers.edges[0].node.id).toBe(whole[1]!.id);
    expect(res.body.data.phoneNumbers.edges.map((e: { node: { label: unknown } }) => e.node.label)).toEqual(whole.slice(0, 2).map((n) => n.label));
    expect(next.body.data.phoneNumbers.edges.map((e: { node: unknown }) => e.node)).toEqual(whole.slice(2).map((n) => ({ id: n.id, label: n.label })));
  });
});
