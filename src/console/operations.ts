import { graphql } from './generated';

/**
 * Every GraphQL document the console sends: the public API only, typed by codegen
 * (`npm run codegen`). Fragments name what a view shows, so a query, a mutation's result and a
 * live event all fill the same shape.
 */

export const ConnectionCardFields = graphql(`
  fragment ConnectionCardFields on Connection {
    id
    name
    provider
    status
    setupMethod
    numbersImported
    lastTestedAt
    lastError {
      code
      detail
    }
  }
`);

export const PhoneNumberRowFields = graphql(`
  fragment PhoneNumberRowFields on PhoneNumber {
    id
    number
    status
    voipConnectionId
    voipVerificationStatus
    voipLastVerifiedAt
    updatedAt
    verificationFailures {
      check
      code
      detail
    }
  }
`);

export const CheckFields = graphql(`
  fragment CheckFields on Check {
    status
    code
    detail
  }
`);

export const TestReportFields = graphql(`
  fragment TestReportFields on CredentialTest {
    status
    verificationEvidenceId
    suggestedConnectionName
    checks {
      credentialsValid {
        ...CheckFields
      }
      inboundReachable {
        ...CheckFields
      }
      outboundAuthorized {
        ...CheckFields
      }
    }
    failures {
      check
      code
      detail
    }
  }
`);

export const ErrorFields = graphql(`
  fragment ErrorFields on Error {
    __typename
    code
    message
    ... on ValidationError {
      fields {
        path
        message
      }
    }
  }
`);

export const ViewerQuery = graphql(`
  query ConsoleViewer {
    viewer {
      organization {
        id
        name
      }
      scopes
    }
  }
`);

export const ProviderFields = graphql(`
  fragment ProviderFields on ProviderInfo {
    id
    displayName
    setupMethods
    credentialFields {
      name
      graphqlName
      label
      description
      required
      secret
    }
    sipConfigFields {
      name
      graphqlName
      label
      description
      required
      secret
    }
  }
`);

export const ProvidersQuery = graphql(`
  query ConsoleProviders {
    providers {
      ...ProviderFields
    }
  }
`);

export const ConnectionsQuery = graphql(`
  query ConsoleConnections($after: String) {
    connections(first: 50, after: $after) {
      edges {
        node {
          ...ConnectionCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TestCredentialsMutation = graphql(`
  mutation ConsoleTestCredentials($input: TestCredentialsInput!) {
    testCredentials(input: $input) {
      __typename
      ... on TestCredentialsPayload {
        test {
          ...TestReportFields
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

export const CreateConnectionMutation = graphql(`
  mutation ConsoleCreateConnection($input: CreateConnectionInput!) {
    createConnection(input: $input) {
      __typename
      ... on CreateConnectionPayload {
        connection {
          ...ConnectionCardFields
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

export const RotateCredentialsMutation = graphql(`
  mutation ConsoleRotateCredentials($input: RotateCredentialsInput!) {
    rotateCredentials(input: $input) {
      __typename
      ... on RotateCredentialsPayload {
        connection {
          ...ConnectionCardFields
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

export const RetestConnectionMutation = graphql(`
  mutation ConsoleRetestConnection($id: ID!) {
    retestConnection(input: { id: $id }) {
      __typename
      ... on RetestConnectionPayload {
        result {
          connection {
            ...ConnectionCardFields
          }
          failures {
            check
            code
            detail
          }
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

export const DeleteConnectionMutation = graphql(`
  mutation ConsoleDeleteConnection($id: ID!) {
    deleteConnection(input: { id: $id }) {
      __typename
      ... on DeleteConnectionPayload {
        deleted {
          id
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

/** A provider account's number as both number lists show it (the console's and a connect link's). */
export const AvailableNumberFields = graphql(`
  fragment AvailableNumberFields on AvailableNumber {
    phoneNumber
    friendlyName
    country
    capabilities {
      voice
      sms
      mms
    }
  }
`);

export const AvailableNumbersQuery = graphql(`
  query ConsoleAvailableNumbers($id: ID!, $after: String, $contains: String, $country: String, $capability: Capability) {
    connection(id: $id) {
      id
      availableNumbers(first: 20, after: $after, contains: $contains, country: $country, capability: $capability, includeImported: true) {
        __typename
        ... on AvailableNumberList {
          edges {
            node {
              ...AvailableNumberFields
              importState
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        ... on Error {
          ...ErrorFields
        }
      }
    }
  }
`);

export const ImportNumbersMutation = graphql(`
  mutation ConsoleImportNumbers($input: ImportNumbersInput!) {
    importNumbers(input: $input) {
      __typename
      ... on ImportNumbersPayload {
        report {
          imported
          alreadyImported
          failed
          results {
            number
            outcome
            code
            phoneNumber {
              ...PhoneNumberRowFields
            }
          }
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

export const PhoneNumbersQuery = graphql(`
  query ConsolePhoneNumbers($connectionId: ID, $after: String) {
    phoneNumbers(connectionId: $connectionId, first: 50, after: $after) {
      edges {
        node {
          ...PhoneNumberRowFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CallCheckFields = graphql(`
  fragment CallCheckFields on CallCheck {
    status
    code
    detail
    carrierCode
    fix
  }
`);

/** A test call as the timeline shows it: a mutation's answer and each live event fill it alike. */
export const TestCallFields = graphql(`
  fragment TestCallFields on TestCall {
    id
    phoneNumberId
    purpose
    status
    createdAt
    finishedAt
    outboundCall {
      ...CallCheckFields
    }
    inboundCall {
      ...CallCheckFields
    }
    legs {
      role
      placedBy
      provider
      from
      to
      timeline {
        kind
        status
        providerStatus
        carrierCode
        transport
        ms
        at
      }
    }
  }
`);

export const VerifyPhoneNumberMutation = graphql(`
  mutation ConsoleVerifyPhoneNumber($id: ID!) {
    verifyPhoneNumber(input: { id: $id }) {
      __typename
      ... on VerifyPhoneNumberPayload {
        verification {
          phoneNumber {
            ...PhoneNumberRowFields
          }
          outboundCall {
            ...CallCheckFields
          }
          inboundCall {
            ...CallCheckFields
          }
          testCall {
            ...TestCallFields
          }
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

export const ConnectionUpdatedSubscription = graphql(`
  subscription ConsoleConnectionUpdated {
    connectionUpdated {
      id
      deleted
      connection {
        ...ConnectionCardFields
      }
    }
  }
`);

export const PhoneNumberUpdatedSubscription = graphql(`
  subscription ConsolePhoneNumberUpdated {
    phoneNumberUpdated {
      id
      phoneNumber {
        ...PhoneNumberRowFields
      }
    }
  }
`);

export const TestCallMutation = graphql(`
  mutation ConsoleTestCall($id: ID!) {
    testCall(input: { id: $id }) {
      __typename
      ... on TestCallPayload {
        testCall {
          ...TestCallFields
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

export const TestCallUpdatedSubscription = graphql(`
  subscription ConsoleTestCallUpdated($phoneNumberId: ID!) {
    testCallUpdated(phoneNumberId: $phoneNumberId) {
      id
      phoneNumberId
      testCall {
        ...TestCallFields
      }
    }
  }
`);

/** A webhook endpoint as its card shows it (never its secret: that comes only with create and rotate). */
export const WebhookEndpointFields = graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    label
    url
    events
    status
    secretHint
    createdAt
    updatedAt
  }
`);

export const WebhookDeliveryFields = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    eventId
    eventType
    status
    attempts
    nextAttemptAt
    lastStatusCode
    createdAt
    finishedAt
    attemptLog {
      at
      statusCode
      latencyMs
      responseExcerpt
      error
    }
  }
`);

export const WebhookEndpointsQuery = graphql(`
  query ConsoleWebhookEndpoints {
    webhookEndpoints(first: 20) {
      edges {
        node {
          ...WebhookEndpointFields
        }
      }
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query ConsoleWebhookDeliveries($id: ID!, $after: String) {
    webhookEndpoint(id: $id) {
      ...WebhookEndpointFields
      deliveries(first: 20, after: $after) {
        totalCount
        edges {
          node {
            ...WebhookDeliveryFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** Each attempt and retry of one endpoint's deliveries, with the endpoint as it now is (an attempt may make it failing, or active again). */
export const WebhookDeliveryUpdatedSubscription = graphql(`
  subscription ConsoleWebhookDeliveryUpdated($endpointId: ID!) {
    webhookDeliveryUpdated(endpointId: $endpointId) {
      id
      delivery {
        ...WebhookDeliveryFields
      }
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const CreateWebhookEndpointMutation = graphql(`
  mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      __typename
      ... on CreateWebhookEndpointPayload {
        created {
          secret
          endpoint {
            ...WebhookEndpointFields
          }
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

export const UpdateWebhookEndpointMutation = graphql(`
  mutation ConsoleUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      __typename
      ... on UpdateWebhookEndpointPayload {
        endpoint {
          ...WebhookEndpointFields
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

export const DeleteWebhookEndpointMutation = graphql(`
  mutation ConsoleDeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(input: { id: $id }) {
      __typename
      ... on DeleteWebhookEndpointPayload {
        deleted {
          id
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

export const RotateWebhookEndpointSecretMutation = graphql(`
  mutation ConsoleRotateWebhookEndpointSecret($id: ID!) {
    rotateWebhookEndpointSecret(input: { id: $id }) {
      __typename
      ... on RotateWebhookEndpointSecretPayload {
        rotated {
          secret
          endpoint {
            ...WebhookEndpointFields
          }
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

export const RetryWebhookDeliveryMutation = graphql(`
  mutation ConsoleRetryWebhookDelivery($endpointId: ID!, $deliveryId: ID!) {
    retryWebhookDelivery(input: { endpointId: $endpointId, deliveryId: $deliveryId }) {
      __typename
      ... on RetryWebhookDeliveryPayload {
        delivery {
          ...WebhookDeliveryFields
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);
