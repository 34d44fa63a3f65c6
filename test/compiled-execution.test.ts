import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery, parse } from 'graphql';
import { startHarness, type Harness } from './support/harness';
import { connectSeeded, overCostQuery, providerCalls } from './support/flows';
import { compileOperation } from '../src/http/compiled-execution';
import { schema } from '../src/schema/index';

/**
 * /graphql runs a document with graphql-js the first time it sees it and compiled by graphql-jit
 * from then on. Every answer must be the same either way: data, typed errors, variable errors,
 * authentication, limits.
 */
let h: Harness;
let connectionId: string;
beforeAll(async () => {
  h = await startHarness();
  connectionId = await connectSeeded(h, 'twilio', 'big');
  await h.gql(`mutation { importNumbers(input: { connectionId: "${connectionId}", numbers: ["${h.sim.account('twilio', 'big').numbers[0]!.e164}"] }) { __typename } }`);
});
afterAll(() => h.close());

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
    for (let run = 0; run < 3; run++) answers.push(await h.gql(query(), variables?.(), key?.()));
    // Every case gets past validation: the executors are what is compared.
    expect(JSON.stringify(answers[0]!.body)).not.toContain('GRAPHQL_VALIDATION_FAILED');
    check?.(answers[0]!.body);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('every case compiles, so runs after the first really are compiled', () => {
    for (const c of cases) expect(compileOperation(schema, parse(c.query())), c.name).not.toBeNull();
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
