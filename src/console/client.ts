import { Client, fetchExchange, mapExchange, subscriptionExchange } from '@urql/core';
import { createClient as createSseClient } from 'graphql-sse';

const AUTH_CODES = ['invalid_api_key', 'not_authenticated'];

export interface ApiClient {
  client: Client;
  dispose: () => void;
}

export interface ClientEvents {
  /** The key was refused (expired, revoked): the session is over. */
  onUnauthorized: () => void;
  /** The live stream came back after a drop: anything may have changed meanwhile. */
  onReconnected: () => void;
}

/**
 * A GraphQL client for one API key: queries and mutations over fetch, subscriptions over SSE
 * (graphql-sse in single connection mode, at /graphql/stream). No cache: every view reads fresh and live
 * events carry the current state.
 */
export function createApiClient(apiKey: string, events: ClientEvents): ApiClient {
  // Yoga's CSRF prevention accepts JSON bodies; the header also covers the SSE requests.
  const headers = { authorization: `Bearer ${apiKey}`, 'x-graphql-yoga-csrf': 'console' };
  // One event stream for all of this tab's subscriptions (see src/http/graphql-stream.ts).
  const sse = createSseClient({
    url: '/graphql/stream',
    singleConnection: true,
    headers,
    retryAttempts: 1_000,
    // A refused key ends the stream at once instead of being retried like a network drop.
    fetchFn: async (input: RequestInfo, init?: RequestInit) => {
      const res = await fetch(input, init);
      if (res.status === 401) {
        events.onUnauthorized();
        throw new Error('The API key was refused.');
      }
      return res;
    },
    on: { connected: (reconnected) => reconnected && events.onReconnected() },
  });
  const client = new Client({
    url: '/graphql',
    requestPolicy: 'network-only',
    fetchOptions: { headers },
    exchanges: [
      mapExchange({
        onError(error) {
          // A refused key: a 401 answer, or (on a live stream) an error naming the auth code.
          const refused = error.response?.status === 401 || error.graphQLErrors.some((e) => AUTH_CODES.includes(String(e.extensions?.code)));
          if (refused) events.onUnauthorized();
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: sse.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
  return { client, dispose: () => sse.dispose() };
}
