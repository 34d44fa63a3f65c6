import { graphql } from './generated';

/**
 * The Connect links section's documents (issue 26): list, create, revoke. The link's URL (with its
 * token) is asked for only in the create answer: it is never stored, so nothing else can read it.
 */

export const ConnectLinkFields = graphql(`
  fragment ConnectLinkFields on ConnectLink {
    id
    label
    provider
    suggestedName
    allowAvailableNumbers
    state
    expiresAt
    createdAt
    usedAt
    revokedAt
    connectionId
  }
`);

export const ConnectLinksQuery = graphql(`
  query ConsoleConnectLinks {
    connectLinks(first: 50) {
      totalCount
      edges {
        node {
          ...ConnectLinkFields
        }
      }
    }
  }
`);

/** The provider choices by name only: the credential forms are the opener's, not this section's. */
export const ConnectLinkProvidersQuery = graphql(`
  query ConsoleConnectLinkProviders {
    providers {
      id
      displayName
    }
  }
`);

export const CreateConnectLinkMutation = graphql(`
  mutation ConsoleCreateConnectLink($input: CreateConnectLinkInput!) {
    createConnectLink(input: $input) {
      __typename
      ... on CreateConnectLinkPayload {
        created {
          url
          connectLink {
            ...ConnectLinkFields
          }
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);

export const RevokeConnectLinkMutation = graphql(`
  mutation ConsoleRevokeConnectLink($id: ID!) {
    revokeConnectLink(input: { id: $id }) {
      __typename
      ... on RevokeConnectLinkPayload {
        connectLink {
          ...ConnectLinkFields
        }
      }
      ... on Error {
        ...ErrorFields
      }
    }
  }
`);
