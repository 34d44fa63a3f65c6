import { Client, fetchExchange, mapExchange } from '@urql/core';

/**
 * A GraphQL client for a connect link's token, sent as the Bearer credential like an API key.
 * Unlike createApiClient (client.ts): no live event stream (a link may not subscribe) and no
 * session storage; the token lives in this page's memory only. No cache: every read is fresh.
 */
export function createConnectClient(token: string, onRefused: () => void): Client {
  return new Client({
    url: '/graphql',
    requestPolicy: 'network-only',
    // Yoga's CSRF prevention accepts JSON bodies with this header.
    fetchOptions: { headers: { authorization: `Bearer ${token}`, 'x-graphql-yoga-csrf': 'console' } },
    exchanges: [
      mapExchange({
        onError(error, operation) {
          // A test or create refused because the link was revoked or expired meanwhile (401), or
          // used already (409): the page reads its session again, which then shows why, instead
          // of a form that can only fail. (A refused read is shown as it is: no loop.)
          const status = error.response?.status as number | undefined;
          if (operation.kind === 'mutation' && (status === 401 || status === 409)) onRefused();
        },
      }),
      fetchExchange,
    ],
  });
}
