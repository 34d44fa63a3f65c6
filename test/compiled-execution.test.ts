import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { startHarness, type Harness } from './support/harness';
import { connectSeeded, overCostQuery, providerCalls } from './support/flows';

/**
 * Queries and mutations run compiled by graphql-jit (src/http/compiled-execution.ts); with
 * TRUNKLINE_GRAPHQL_JIT=false, on graphql-js's interpreter. Two gateways, one of each, seeded
 * alike, must answer every case the same: data, typed errors, variable errors, authentication,
 * limits. (Timestamps, and the cursors made of them, differ between the two databases.)
 */
const gateways: { h: Harness; connectionId: string }[] = [];
let h: Harness;
let connectionId: string;
beforeAll(async () => {
  for (const env of [{}, { TRUNKLINE_GRAPHQL_JIT: 'false' }] as Record<string, string>[]) {
    const gateway = await startHarness(env);
    const id = await connectSeeded(gateway, 'twilio', 'big');
    await gateway.gql(`mutation { importNumbers(input: { connectionId: "${id}", numbers: ["${gateway.sim.account('twilio', 'big').numbers[0]!.e164}"] }) { __typename } }`);
    gateways.push({ h: gateway, connectionId: id });
  }
  ({ h, connectionId } = gateways[0]!);
});
afterAll(() => Promise.all(gateways.map((g) => g.h.close())));

const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;
// Cursors encode a row's creation time too.
const timeless = (key: string, value: unknown) => ((key === 'cursor' || key === 'endCursor') && typeof value === 'string' ? '<cursor>' : value);
const comparable = (answer: { status: number; body: unknown }) => ({ status: answer.status, body: JSON.parse(JSON.stringify(answer.body, timeless).replace(ISO, '<time>')) });

const cases: { name: string; query: () => string; variables?: () => Record<string, unknown>; key?: () => string; answers?: (body: any) => void }[] = [
  {
    name: 'a list with fragments, aliases and nested objects',
    query: () => `query List($first: Int) { phoneNumbers(first: $first) { edges { cursor node { ...N } } pageInfo { hasNextPage endCursor } }
                  first: phoneNumbers(first: 1) { edges { node { number } } } }
                  fragment N on PhoneNumber { id number status voipVerificationStatus capabilities { voice sms mms } voipConnectionId createdAt }`,
    variables: () => ({ first: 10 }),
    answers: (body) => expect(body.data.phoneNumbers.edges[0].node.voipConnectionId).toBeTruthy(),
  },
  { name: 'a typed error in a result union', query: () => `{ connection(id: "${connectionId}") { availableNumbers(first: 2, country: "GB") { __typename ... on AvailableNumberList { edges { node { phoneNumber } } } } } }` },
  { name: 'a missing node', query: () => '{ phoneNumber(id: "999999") { id } }' },
  { name: 'a mutation answering with a typed error', query: () => 'mutation { releasePhoneNumber(input: { id: "999999" }) { __typename } }' },
  { name: 'a variable of the wrong type', query: () => 'query L($first: Int) { phoneNumbers(first: $first) { edges { cursor } } }', variables: () => ({ first: 'ten' }) },
  { name: 'a one-of input naming two providers', query: () => 'mutation T($input: TestCredentialsInput!) { testCredentials(input: $input) { __typename } }', variables: () => ({ input: { credentials: { twilio: { accountSid: 'AC1', authToken: 'x' }, vonage: { apiKey: 'a', apiSecret: 'b' } } } }) },
  { name: 'an argument out of range', query: () => '{ phoneNumbers(first: 101) { edges { cursor } } }' },
  { name: 'no API key', query: () => '{ viewer { organization { name } } }', key: () => '' },
  {
    name: 'directives driven by variables',
    query: () => 'query D($full: Boolean!) { __typename viewer { organization { name id @include(if: $full) } } connections(first: 5) @skip(if: $full) { edges { cursor } } }',
    variables: () => ({ full: true }),
    answers: (body) => expect(body.data).toMatchObject({ __typename: 'Query', viewer: { organization: { id: expect.any(String) } } }),
  },
  {
    name: 'the full introspection query GraphiQL sends on every load',
    query: () => getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, oneOf: true }),
    answers: (body) => expect(body.data.__schema.types.length).toBeGreaterThan(50),
  },
  { name: 'introspection', query: () => '{ __type(name: "PhoneNumberStatus") { enumValues { name } } }' },
];

describe('compiled execution answers exactly as graphql-js does', () => {
  it.each(cases)('$name', async ({ query, variables, key, answers: check }) => {
    const answers = [];
    for (const gateway of gateways) {
      ({ h, connectionId } = gateway);
      // Twice on each: the second run comes from the caches (parsed, validated, compiled).
      for (let run = 0; run < 2; run++) answers.push(comparable(await h.gql(query(), variables?.(), key?.())));
    }
    ({ h, connectionId } = gateways[0]!);
    // Every case gets past validation: the executors are what is compared.
    expect(JSON.stringify(answers[0]!.body)).not.toContain('GRAPHQL_VALIDATION_FAILED');
    check?.(answers[0]!.body);
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
  });

  it('the cost limit holds on compiled runs: no provider is called however often it is sent', async () => {
    const before = providerCalls(h);
    for (let run = 0; run < 3; run++) {
      const res = await h.gql(overCostQuery(connectionId));
      expect(res.body.errors?.[0]?.extensions?.code).toBe('query_too_complex');
    }
    expect(providerCalls(h)).toBe(before);
  });
});
