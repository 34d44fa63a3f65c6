import { graphql } from './generated';

/**
 * What the connect-link page sends besides the Add connection flow's own documents (providers,
 * testCredentials, createConnection in operations.ts): only fields a link's token may read.
 */

export const ConnectSessionQuery = graphql(`
  query ConnectSession {
    connectSession {
      label
      organizationName
      provider
      suggestedName
      state
      expiresAt
      allowAvailableNumbers
      connection {
        id
        name
        provider
        status
      }
    }
  }
`);

/** The new connection's numbers, reached through the session: a link may read no connection by id. */
export const ConnectNumbersQuery = graphql(`
  query ConnectAvailableNumbers {
    connectSession {
      connection {
        id
        availableNumbers(first: 50) {
          __typename
          ... on AvailableNumberList {
            edges {
              node {
                ...AvailableNumberFields
              }
            }
            pageInfo {
              hasNextPage
            }
          }
          ... on Error {
            ...ErrorFields
          }
        }
      }
    }
  }
`);
