/**
 * What GraphiQL opens on: the onboarding flow as runnable operations, and the header to add.
 * A test validates the document against the schema, so it cannot go stale.
 */
export const GRAPHIQL_DOCUMENT = `# Trunkline: connect a provider account, import its numbers, verify them.
#
# 1. Put your API key in the Headers tab below: {"Authorization": "Bearer sk_live_…"}
#    (the gateway prints one on first start; \`npm run demo\` prints one every time).
# 2. Run the operations in order with the ▶ button, filling the Variables tab as you go:
#    Providers → TestCredentials → CreateConnection → AvailableNumbers → ImportNumbers → VerifyPhoneNumber.
#    TestCredentials gives the verificationEvidenceId that CreateConnection needs.

query Providers {
  providers {
    id
    displayName
    setupMethods
    credentialFields { graphqlName label required secret description }
    sipConfigFields { graphqlName label required description }
  }
}

mutation TestCredentials($credentials: CredentialsInput!, $sipConfig: SipConfigInput) {
  testCredentials(input: { credentials: $credentials, sipConfig: $sipConfig }) {
    ... on TestCredentialsPayload {
      test {
        status
        verificationEvidenceId
        suggestedConnectionName
        checks {
          credentialsValid { status code detail }
          inboundReachable { status code detail }
          outboundAuthorized { status code detail }
        }
        failures { check code detail }
      }
    }
    ... on Error { code message }
  }
}

mutation CreateConnection($credentials: CredentialsInput!, $sipConfig: SipConfigInput, $verificationEvidenceId: String!) {
  createConnection(input: { credentials: $credentials, sipConfig: $sipConfig, verificationEvidenceId: $verificationEvidenceId }) {
    ... on CreateConnectionPayload { connection { id name provider status } }
    ... on Error { code message }
  }
}

query AvailableNumbers($connectionId: ID!) {
  connection(id: $connectionId) {
    availableNumbers(first: 20) {
      ... on AvailableNumberList {
        totalCount
        edges { node { phoneNumber friendlyName country capabilities { voice sms mms } } }
      }
      ... on Error { code message }
    }
  }
}

mutation ImportNumbers($connectionId: ID!, $numbers: [String!]!) {
  importNumbers(input: { connectionId: $connectionId, numbers: $numbers }) {
    ... on ImportNumbersPayload { report { imported results { number outcome code phoneNumber { id status } } } }
    ... on Error { code message }
  }
}

mutation VerifyPhoneNumber($phoneNumberId: ID!) {
  verifyPhoneNumber(input: { id: $phoneNumberId }) {
    ... on VerifyPhoneNumberPayload {
      verification {
        status
        phoneNumber { number status }
        failures { check code detail }
      }
    }
    ... on Error { code message }
  }
}
`;

/** Example variables for the flow (Twilio; see the providers query for each provider's fields). */
export const GRAPHIQL_VARIABLES = JSON.stringify(
  {
    credentials: { twilio: { accountSid: 'AC…', authToken: '…' } },
    verificationEvidenceId: 'from TestCredentials',
    connectionId: 'from CreateConnection',
    numbers: ['+14155550100'],
    phoneNumberId: 'from ImportNumbers',
  },
  null,
  2,
);

export const GRAPHIQL_HEADERS = JSON.stringify({ Authorization: 'Bearer sk_live_…' }, null, 2);
