/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ConnectionCardFields on Connection {\n    id\n    name\n    provider\n    status\n    setupMethod\n    numbersImported\n    lastTestedAt\n    lastError {\n      code\n      detail\n    }\n  }\n": typeof types.ConnectionCardFieldsFragmentDoc,
    "\n  fragment PhoneNumberRowFields on PhoneNumber {\n    id\n    number\n    status\n    voipConnectionId\n    voipVerificationStatus\n    voipLastVerifiedAt\n    updatedAt\n    verificationFailures {\n      check\n      code\n      detail\n    }\n  }\n": typeof types.PhoneNumberRowFieldsFragmentDoc,
    "\n  fragment CheckFields on Check {\n    status\n    code\n    detail\n  }\n": typeof types.CheckFieldsFragmentDoc,
    "\n  fragment TestReportFields on CredentialTest {\n    status\n    verificationEvidenceId\n    suggestedConnectionName\n    checks {\n      credentialsValid {\n        ...CheckFields\n      }\n      inboundReachable {\n        ...CheckFields\n      }\n      outboundAuthorized {\n        ...CheckFields\n      }\n    }\n    failures {\n      check\n      code\n      detail\n    }\n  }\n": typeof types.TestReportFieldsFragmentDoc,
    "\n  fragment ErrorFields on Error {\n    __typename\n    code\n    message\n    ... on ValidationError {\n      fields {\n        path\n        message\n      }\n    }\n  }\n": typeof types.ErrorFieldsFragmentDoc,
    "\n  query ConsoleViewer {\n    viewer {\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleViewerDocument,
    "\n  fragment ProviderFields on ProviderInfo {\n    id\n    displayName\n    setupMethods\n    credentialFields {\n      name\n      graphqlName\n      label\n      description\n      required\n      secret\n    }\n    sipConfigFields {\n      name\n      graphqlName\n      label\n      description\n      required\n      secret\n    }\n  }\n": typeof types.ProviderFieldsFragmentDoc,
    "\n  query ConsoleProviders {\n    providers {\n      ...ProviderFields\n    }\n  }\n": typeof types.ConsoleProvidersDocument,
    "\n  query ConsoleConnections($after: String) {\n    connections(first: 50, after: $after) {\n      edges {\n        node {\n          ...ConnectionCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsoleConnectionsDocument,
    "\n  mutation ConsoleTestCredentials($input: TestCredentialsInput!) {\n    testCredentials(input: $input) {\n      __typename\n      ... on TestCredentialsPayload {\n        test {\n          ...TestReportFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n": typeof types.ConsoleTestCredentialsDocument,
    "\n  mutation ConsoleCreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on CreateConnectionPayload {\n        connection {\n          ...ConnectionCardFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n": typeof types.ConsoleCreateConnectionDocument,
    "\n  mutation ConsoleRotateCredentials($input: RotateCredentialsInput!) {\n    rotateCredentials(input: $input) {\n      __typename\n      ... on RotateCredentialsPayload {\n        connection {\n          ...ConnectionCardFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n": typeof types.ConsoleRotateCredentialsDocument,
    "\n  mutation ConsoleRetestConnection($id: ID!) {\n    retestConnection(input: { id: $id }) {\n      __typename\n      ... on RetestConnectionPayload {\n        result {\n          connection {\n            ...ConnectionCardFields\n          }\n          failures {\n            check\n            code\n            detail\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n": typeof types.ConsoleRetestConnectionDocument,
    "\n  mutation ConsoleDeleteConnection($id: ID!) {\n    deleteConnection(input: { id: $id }) {\n      __typename\n      ... on DeleteConnectionPayload {\n        deleted {\n          id\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n": typeof types.ConsoleDeleteConnectionDocument,
    "\n  query ConsoleAvailableNumbers($id: ID!, $after: String, $contains: String, $country: String, $capability: Capability) {\n    connection(id: $id) {\n      id\n      availableNumbers(first: 20, after: $after, contains: $contains, country: $country, capability: $capability, includeImported: true) {\n        __typename\n        ... on AvailableNumberList {\n          edges {\n            node {\n              phoneNumber\n              friendlyName\n              country\n              importState\n              capabilities {\n                voice\n                sms\n                mms\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n        ... on Error {\n          ...ErrorFields\n        }\n      }\n    }\n  }\n": typeof types.ConsoleAvailableNumbersDocument,
    "\n  mutation ConsoleImportNumbers($input: ImportNumbersInput!) {\n    importNumbers(input: $input) {\n      __typename\n      ... on ImportNumbersPayload {\n        report {\n          imported\n          alreadyImported\n          failed\n          results {\n            number\n            outcome\n            code\n            phoneNumber {\n              ...PhoneNumberRowFields\n            }\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n": typeof types.ConsoleImportNumbersDocument,
    "\n  query ConsolePhoneNumbers($connectionId: ID!, $after: String) {\n    phoneNumbers(connectionId: $connectionId, first: 50, after: $after) {\n      edges {\n        node {\n          ...PhoneNumberRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsolePhoneNumbersDocument,
    "\n  fragment CallCheckFields on CallCheck {\n    status\n    code\n    detail\n    carrierCode\n    fix\n  }\n": typeof types.CallCheckFieldsFragmentDoc,
    "\n  fragment TestCallFields on TestCall {\n    id\n    phoneNumberId\n    purpose\n    status\n    createdAt\n    finishedAt\n    outboundCall {\n      ...CallCheckFields\n    }\n    inboundCall {\n      ...CallCheckFields\n    }\n    legs {\n      role\n      placedBy\n      provider\n      from\n      to\n      timeline {\n        kind\n        status\n        providerStatus\n        carrierCode\n        transport\n        ms\n        at\n      }\n    }\n  }\n": typeof types.TestCallFieldsFragmentDoc,
    "\n  mutation ConsoleVerifyPhoneNumber($id: ID!) {\n    verifyPhoneNumber(input: { id: $id }) {\n      __typename\n      ... on VerifyPhoneNumberPayload {\n        verification {\n          phoneNumber {\n            ...PhoneNumberRowFields\n          }\n          outboundCall {\n            ...CallCheckFields\n          }\n          inboundCall {\n            ...CallCheckFields\n          }\n          testCall {\n            ...TestCallFields\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n": typeof types.ConsoleVerifyPhoneNumberDocument,
    "\n  subscription ConsoleConnectionUpdated {\n    connectionUpdated {\n      id\n      deleted\n      connection {\n        ...ConnectionCardFields\n      }\n    }\n  }\n": typeof types.ConsoleConnectionUpdatedDocument,
    "\n  subscription ConsolePhoneNumberUpdated {\n    phoneNumberUpdated {\n      id\n      phoneNumber {\n        ...PhoneNumberRowFields\n      }\n    }\n  }\n": typeof types.ConsolePhoneNumberUpdatedDocument,
    "\n  mutation ConsoleTestCall($id: ID!) {\n    testCall(input: { id: $id }) {\n      __typename\n      ... on TestCallPayload {\n        testCall {\n          ...TestCallFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n": typeof types.ConsoleTestCallDocument,
    "\n  subscription ConsoleTestCallUpdated($phoneNumberId: ID!) {\n    testCallUpdated(phoneNumberId: $phoneNumberId) {\n      id\n      phoneNumberId\n      testCall {\n        ...TestCallFields\n      }\n    }\n  }\n": typeof types.ConsoleTestCallUpdatedDocument,
};
const documents: Documents = {
    "\n  fragment ConnectionCardFields on Connection {\n    id\n    name\n    provider\n    status\n    setupMethod\n    numbersImported\n    lastTestedAt\n    lastError {\n      code\n      detail\n    }\n  }\n": types.ConnectionCardFieldsFragmentDoc,
    "\n  fragment PhoneNumberRowFields on PhoneNumber {\n    id\n    number\n    status\n    voipConnectionId\n    voipVerificationStatus\n    voipLastVerifiedAt\n    updatedAt\n    verificationFailures {\n      check\n      code\n      detail\n    }\n  }\n": types.PhoneNumberRowFieldsFragmentDoc,
    "\n  fragment CheckFields on Check {\n    status\n    code\n    detail\n  }\n": types.CheckFieldsFragmentDoc,
    "\n  fragment TestReportFields on CredentialTest {\n    status\n    verificationEvidenceId\n    suggestedConnectionName\n    checks {\n      credentialsValid {\n        ...CheckFields\n      }\n      inboundReachable {\n        ...CheckFields\n      }\n      outboundAuthorized {\n        ...CheckFields\n      }\n    }\n    failures {\n      check\n      code\n      detail\n    }\n  }\n": types.TestReportFieldsFragmentDoc,
    "\n  fragment ErrorFields on Error {\n    __typename\n    code\n    message\n    ... on ValidationError {\n      fields {\n        path\n        message\n      }\n    }\n  }\n": types.ErrorFieldsFragmentDoc,
    "\n  query ConsoleViewer {\n    viewer {\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleViewerDocument,
    "\n  fragment ProviderFields on ProviderInfo {\n    id\n    displayName\n    setupMethods\n    credentialFields {\n      name\n      graphqlName\n      label\n      description\n      required\n      secret\n    }\n    sipConfigFields {\n      name\n      graphqlName\n      label\n      description\n      required\n      secret\n    }\n  }\n": types.ProviderFieldsFragmentDoc,
    "\n  query ConsoleProviders {\n    providers {\n      ...ProviderFields\n    }\n  }\n": types.ConsoleProvidersDocument,
    "\n  query ConsoleConnections($after: String) {\n    connections(first: 50, after: $after) {\n      edges {\n        node {\n          ...ConnectionCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsoleConnectionsDocument,
    "\n  mutation ConsoleTestCredentials($input: TestCredentialsInput!) {\n    testCredentials(input: $input) {\n      __typename\n      ... on TestCredentialsPayload {\n        test {\n          ...TestReportFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n": types.ConsoleTestCredentialsDocument,
    "\n  mutation ConsoleCreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on CreateConnectionPayload {\n        connection {\n          ...ConnectionCardFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n": types.ConsoleCreateConnectionDocument,
    "\n  mutation ConsoleRotateCredentials($input: RotateCredentialsInput!) {\n    rotateCredentials(input: $input) {\n      __typename\n      ... on RotateCredentialsPayload {\n        connection {\n          ...ConnectionCardFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n": types.ConsoleRotateCredentialsDocument,
    "\n  mutation ConsoleRetestConnection($id: ID!) {\n    retestConnection(input: { id: $id }) {\n      __typename\n      ... on RetestConnectionPayload {\n        result {\n          connection {\n            ...ConnectionCardFields\n          }\n          failures {\n            check\n            code\n            detail\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n": types.ConsoleRetestConnectionDocument,
    "\n  mutation ConsoleDeleteConnection($id: ID!) {\n    deleteConnection(input: { id: $id }) {\n      __typename\n      ... on DeleteConnectionPayload {\n        deleted {\n          id\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n": types.ConsoleDeleteConnectionDocument,
    "\n  query ConsoleAvailableNumbers($id: ID!, $after: String, $contains: String, $country: String, $capability: Capability) {\n    connection(id: $id) {\n      id\n      availableNumbers(first: 20, after: $after, contains: $contains, country: $country, capability: $capability, includeImported: true) {\n        __typename\n        ... on AvailableNumberList {\n          edges {\n            node {\n              phoneNumber\n              friendlyName\n              country\n              importState\n              capabilities {\n                voice\n                sms\n                mms\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n        ... on Error {\n          ...ErrorFields\n        }\n      }\n    }\n  }\n": types.ConsoleAvailableNumbersDocument,
    "\n  mutation ConsoleImportNumbers($input: ImportNumbersInput!) {\n    importNumbers(input: $input) {\n      __typename\n      ... on ImportNumbersPayload {\n        report {\n          imported\n          alreadyImported\n          failed\n          results {\n            number\n            outcome\n            code\n            phoneNumber {\n              ...PhoneNumberRowFields\n            }\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n": types.ConsoleImportNumbersDocument,
    "\n  query ConsolePhoneNumbers($connectionId: ID!, $after: String) {\n    phoneNumbers(connectionId: $connectionId, first: 50, after: $after) {\n      edges {\n        node {\n          ...PhoneNumberRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsolePhoneNumbersDocument,
    "\n  fragment CallCheckFields on CallCheck {\n    status\n    code\n    detail\n    carrierCode\n    fix\n  }\n": types.CallCheckFieldsFragmentDoc,
    "\n  fragment TestCallFields on TestCall {\n    id\n    phoneNumberId\n    purpose\n    status\n    createdAt\n    finishedAt\n    outboundCall {\n      ...CallCheckFields\n    }\n    inboundCall {\n      ...CallCheckFields\n    }\n    legs {\n      role\n      placedBy\n      provider\n      from\n      to\n      timeline {\n        kind\n        status\n        providerStatus\n        carrierCode\n        transport\n        ms\n        at\n      }\n    }\n  }\n": types.TestCallFieldsFragmentDoc,
    "\n  mutation ConsoleVerifyPhoneNumber($id: ID!) {\n    verifyPhoneNumber(input: { id: $id }) {\n      __typename\n      ... on VerifyPhoneNumberPayload {\n        verification {\n          phoneNumber {\n            ...PhoneNumberRowFields\n          }\n          outboundCall {\n            ...CallCheckFields\n          }\n          inboundCall {\n            ...CallCheckFields\n          }\n          testCall {\n            ...TestCallFields\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n": types.ConsoleVerifyPhoneNumberDocument,
    "\n  subscription ConsoleConnectionUpdated {\n    connectionUpdated {\n      id\n      deleted\n      connection {\n        ...ConnectionCardFields\n      }\n    }\n  }\n": types.ConsoleConnectionUpdatedDocument,
    "\n  subscription ConsolePhoneNumberUpdated {\n    phoneNumberUpdated {\n      id\n      phoneNumber {\n        ...PhoneNumberRowFields\n      }\n    }\n  }\n": types.ConsolePhoneNumberUpdatedDocument,
    "\n  mutation ConsoleTestCall($id: ID!) {\n    testCall(input: { id: $id }) {\n      __typename\n      ... on TestCallPayload {\n        testCall {\n          ...TestCallFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n": types.ConsoleTestCallDocument,
    "\n  subscription ConsoleTestCallUpdated($phoneNumberId: ID!) {\n    testCallUpdated(phoneNumberId: $phoneNumberId) {\n      id\n      phoneNumberId\n      testCall {\n        ...TestCallFields\n      }\n    }\n  }\n": types.ConsoleTestCallUpdatedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConnectionCardFields on Connection {\n    id\n    name\n    provider\n    status\n    setupMethod\n    numbersImported\n    lastTestedAt\n    lastError {\n      code\n      detail\n    }\n  }\n"): (typeof documents)["\n  fragment ConnectionCardFields on Connection {\n    id\n    name\n    provider\n    status\n    setupMethod\n    numbersImported\n    lastTestedAt\n    lastError {\n      code\n      detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PhoneNumberRowFields on PhoneNumber {\n    id\n    number\n    status\n    voipConnectionId\n    voipVerificationStatus\n    voipLastVerifiedAt\n    updatedAt\n    verificationFailures {\n      check\n      code\n      detail\n    }\n  }\n"): (typeof documents)["\n  fragment PhoneNumberRowFields on PhoneNumber {\n    id\n    number\n    status\n    voipConnectionId\n    voipVerificationStatus\n    voipLastVerifiedAt\n    updatedAt\n    verificationFailures {\n      check\n      code\n      detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckFields on Check {\n    status\n    code\n    detail\n  }\n"): (typeof documents)["\n  fragment CheckFields on Check {\n    status\n    code\n    detail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestReportFields on CredentialTest {\n    status\n    verificationEvidenceId\n    suggestedConnectionName\n    checks {\n      credentialsValid {\n        ...CheckFields\n      }\n      inboundReachable {\n        ...CheckFields\n      }\n      outboundAuthorized {\n        ...CheckFields\n      }\n    }\n    failures {\n      check\n      code\n      detail\n    }\n  }\n"): (typeof documents)["\n  fragment TestReportFields on CredentialTest {\n    status\n    verificationEvidenceId\n    suggestedConnectionName\n    checks {\n      credentialsValid {\n        ...CheckFields\n      }\n      inboundReachable {\n        ...CheckFields\n      }\n      outboundAuthorized {\n        ...CheckFields\n      }\n    }\n    failures {\n      check\n      code\n      detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ErrorFields on Error {\n    __typename\n    code\n    message\n    ... on ValidationError {\n      fields {\n        path\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ErrorFields on Error {\n    __typename\n    code\n    message\n    ... on ValidationError {\n      fields {\n        path\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleViewer {\n    viewer {\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleViewer {\n    viewer {\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProviderFields on ProviderInfo {\n    id\n    displayName\n    setupMethods\n    credentialFields {\n      name\n      graphqlName\n      label\n      description\n      required\n      secret\n    }\n    sipConfigFields {\n      name\n      graphqlName\n      label\n      description\n      required\n      secret\n    }\n  }\n"): (typeof documents)["\n  fragment ProviderFields on ProviderInfo {\n    id\n    displayName\n    setupMethods\n    credentialFields {\n      name\n      graphqlName\n      label\n      description\n      required\n      secret\n    }\n    sipConfigFields {\n      name\n      graphqlName\n      label\n      description\n      required\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleProviders {\n    providers {\n      ...ProviderFields\n    }\n  }\n"): (typeof documents)["\n  query ConsoleProviders {\n    providers {\n      ...ProviderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleConnections($after: String) {\n    connections(first: 50, after: $after) {\n      edges {\n        node {\n          ...ConnectionCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleConnections($after: String) {\n    connections(first: 50, after: $after) {\n      edges {\n        node {\n          ...ConnectionCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTestCredentials($input: TestCredentialsInput!) {\n    testCredentials(input: $input) {\n      __typename\n      ... on TestCredentialsPayload {\n        test {\n          ...TestReportFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleTestCredentials($input: TestCredentialsInput!) {\n    testCredentials(input: $input) {\n      __typename\n      ... on TestCredentialsPayload {\n        test {\n          ...TestReportFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on CreateConnectionPayload {\n        connection {\n          ...ConnectionCardFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on CreateConnectionPayload {\n        connection {\n          ...ConnectionCardFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRotateCredentials($input: RotateCredentialsInput!) {\n    rotateCredentials(input: $input) {\n      __typename\n      ... on RotateCredentialsPayload {\n        connection {\n          ...ConnectionCardFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRotateCredentials($input: RotateCredentialsInput!) {\n    rotateCredentials(input: $input) {\n      __typename\n      ... on RotateCredentialsPayload {\n        connection {\n          ...ConnectionCardFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRetestConnection($id: ID!) {\n    retestConnection(input: { id: $id }) {\n      __typename\n      ... on RetestConnectionPayload {\n        result {\n          connection {\n            ...ConnectionCardFields\n          }\n          failures {\n            check\n            code\n            detail\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRetestConnection($id: ID!) {\n    retestConnection(input: { id: $id }) {\n      __typename\n      ... on RetestConnectionPayload {\n        result {\n          connection {\n            ...ConnectionCardFields\n          }\n          failures {\n            check\n            code\n            detail\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteConnection($id: ID!) {\n    deleteConnection(input: { id: $id }) {\n      __typename\n      ... on DeleteConnectionPayload {\n        deleted {\n          id\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteConnection($id: ID!) {\n    deleteConnection(input: { id: $id }) {\n      __typename\n      ... on DeleteConnectionPayload {\n        deleted {\n          id\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAvailableNumbers($id: ID!, $after: String, $contains: String, $country: String, $capability: Capability) {\n    connection(id: $id) {\n      id\n      availableNumbers(first: 20, after: $after, contains: $contains, country: $country, capability: $capability, includeImported: true) {\n        __typename\n        ... on AvailableNumberList {\n          edges {\n            node {\n              phoneNumber\n              friendlyName\n              country\n              importState\n              capabilities {\n                voice\n                sms\n                mms\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n        ... on Error {\n          ...ErrorFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAvailableNumbers($id: ID!, $after: String, $contains: String, $country: String, $capability: Capability) {\n    connection(id: $id) {\n      id\n      availableNumbers(first: 20, after: $after, contains: $contains, country: $country, capability: $capability, includeImported: true) {\n        __typename\n        ... on AvailableNumberList {\n          edges {\n            node {\n              phoneNumber\n              friendlyName\n              country\n              importState\n              capabilities {\n                voice\n                sms\n                mms\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n        ... on Error {\n          ...ErrorFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleImportNumbers($input: ImportNumbersInput!) {\n    importNumbers(input: $input) {\n      __typename\n      ... on ImportNumbersPayload {\n        report {\n          imported\n          alreadyImported\n          failed\n          results {\n            number\n            outcome\n            code\n            phoneNumber {\n              ...PhoneNumberRowFields\n            }\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleImportNumbers($input: ImportNumbersInput!) {\n    importNumbers(input: $input) {\n      __typename\n      ... on ImportNumbersPayload {\n        report {\n          imported\n          alreadyImported\n          failed\n          results {\n            number\n            outcome\n            code\n            phoneNumber {\n              ...PhoneNumberRowFields\n            }\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePhoneNumbers($connectionId: ID!, $after: String) {\n    phoneNumbers(connectionId: $connectionId, first: 50, after: $after) {\n      edges {\n        node {\n          ...PhoneNumberRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsolePhoneNumbers($connectionId: ID!, $after: String) {\n    phoneNumbers(connectionId: $connectionId, first: 50, after: $after) {\n      edges {\n        node {\n          ...PhoneNumberRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallCheckFields on CallCheck {\n    status\n    code\n    detail\n    carrierCode\n    fix\n  }\n"): (typeof documents)["\n  fragment CallCheckFields on CallCheck {\n    status\n    code\n    detail\n    carrierCode\n    fix\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestCallFields on TestCall {\n    id\n    phoneNumberId\n    purpose\n    status\n    createdAt\n    finishedAt\n    outboundCall {\n      ...CallCheckFields\n    }\n    inboundCall {\n      ...CallCheckFields\n    }\n    legs {\n      role\n      placedBy\n      provider\n      from\n      to\n      timeline {\n        kind\n        status\n        providerStatus\n        carrierCode\n        transport\n        ms\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TestCallFields on TestCall {\n    id\n    phoneNumberId\n    purpose\n    status\n    createdAt\n    finishedAt\n    outboundCall {\n      ...CallCheckFields\n    }\n    inboundCall {\n      ...CallCheckFields\n    }\n    legs {\n      role\n      placedBy\n      provider\n      from\n      to\n      timeline {\n        kind\n        status\n        providerStatus\n        carrierCode\n        transport\n        ms\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleVerifyPhoneNumber($id: ID!) {\n    verifyPhoneNumber(input: { id: $id }) {\n      __typename\n      ... on VerifyPhoneNumberPayload {\n        verification {\n          phoneNumber {\n            ...PhoneNumberRowFields\n          }\n          outboundCall {\n            ...CallCheckFields\n          }\n          inboundCall {\n            ...CallCheckFields\n          }\n          testCall {\n            ...TestCallFields\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleVerifyPhoneNumber($id: ID!) {\n    verifyPhoneNumber(input: { id: $id }) {\n      __typename\n      ... on VerifyPhoneNumberPayload {\n        verification {\n          phoneNumber {\n            ...PhoneNumberRowFields\n          }\n          outboundCall {\n            ...CallCheckFields\n          }\n          inboundCall {\n            ...CallCheckFields\n          }\n          testCall {\n            ...TestCallFields\n          }\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleConnectionUpdated {\n    connectionUpdated {\n      id\n      deleted\n      connection {\n        ...ConnectionCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ConsoleConnectionUpdated {\n    connectionUpdated {\n      id\n      deleted\n      connection {\n        ...ConnectionCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsolePhoneNumberUpdated {\n    phoneNumberUpdated {\n      id\n      phoneNumber {\n        ...PhoneNumberRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ConsolePhoneNumberUpdated {\n    phoneNumberUpdated {\n      id\n      phoneNumber {\n        ...PhoneNumberRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTestCall($id: ID!) {\n    testCall(input: { id: $id }) {\n      __typename\n      ... on TestCallPayload {\n        testCall {\n          ...TestCallFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleTestCall($id: ID!) {\n    testCall(input: { id: $id }) {\n      __typename\n      ... on TestCallPayload {\n        testCall {\n          ...TestCallFields\n        }\n      }\n      ... on Error {\n        ...ErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleTestCallUpdated($phoneNumberId: ID!) {\n    testCallUpdated(phoneNumberId: $phoneNumberId) {\n      id\n      phoneNumberId\n      testCall {\n        ...TestCallFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ConsoleTestCallUpdated($phoneNumberId: ID!) {\n    testCallUpdated(phoneNumberId: $phoneNumberId) {\n      id\n      phoneNumberId\n      testCall {\n        ...TestCallFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;