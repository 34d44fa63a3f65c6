import type { CombinedError } from '@urql/core';
import { Provider, useQuery } from '@urql/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { AddConnection } from './AddConnection';
import { requestFailure } from './api';
import { createConnectClient } from './connectClient';
import { ConnectNumbers } from './ConnectNumbers';
import { ConnectSessionQuery } from './connectOperations';
import { when } from './format';
import { ProvidersQuery } from './operations';

/** The server's own sentence for a refused link (expired, revoked, unknown, out of reach); otherwise the console's. */
function linkFailure(error: CombinedError): string {
  const status = error.response?.status as number | undefined;
  const message = error.graphQLErrors[0]?.message;
  return message && (status === 401 || status === 403 || status === 409) ? message : requestFailure(error);
}

/**
 * /connect/{token}: whoever an organization sent a connect link to (no API key, no account) tests
 * their carrier credentials and creates one connection, with the console's own Add connection
 * form. The token is held in memory by this page's client only.
 */
export function ConnectPage({ token }: { token: string }) {
  // Each refused mutation (the link was revoked, expired or used meanwhile) re-reads the session.
  const [refusals, setRefusals] = useState(0);
  const client = useMemo(() => createConnectClient(token, () => setRefusals((n) => n + 1)), [token]);
  useEffect(() => {
    document.title = 'Connect a telephony account';
  }, []);
  return (
    <Provider value={client}>
      <ConnectSession refusals={refusals} />
    </Provider>
  );
}

function ConnectSession({ refusals }: { refusals: number }) {
  const [result, reread] = useQuery({ query: ConnectSessionQuery });
  const session = result.data?.connectSession;
  const pending = session?.state === 'PENDING';
  const [providers] = useQuery({ query: ProvidersQuery, pause: !pending });
  const [created, setCreated] = useState<string>();
  useEffect(() => {
    if (refusals > 0) reread();
  }, [refusals]);

  if (result.error) {
    return (
      <main class="sign-in">
        <h1>This link cannot be opened</h1>
        <p role="alert" class="error">
          {linkFailure(result.error)}
        </p>
        {!result.error.response?.status && (
          <button type="button" onClick={() => reread()}>
            Try again
          </button>
        )}
      </main>
    );
  }
  if (!session) {
    return (
      <main class="sign-in">
        <p role="status">Opening the link…</p>
      </main>
    );
  }

  const list = providers.data?.providers ?? [];
  const fixed = session.provider ? list.find((p) => p.id === session.provider) : undefined;
  const connection = session.connection;
  const done = created !== undefined || session.state === 'USED';

  return (
    <main class="layout">
      <header class="panel">
        <h1>{session.organizationName} asks you to connect a telephony account</h1>
        <p>
          <strong>{session.label}</strong>
        </p>
        {!done && (
          <p class="hint">
            {fixed ? `Provider: ${fixed.displayName}. ` : ''}This link works once, until {when(session.expiresAt)}. Your credentials are tested, then stored encrypted: they are never shown again.
          </p>
        )}
      </header>
      {done ? (
        <section class="panel" aria-labelledby="done-heading">
          <h2 id="done-heading">Connection created</h2>
          <p role="status">
            {connection || created ? `Connected: ${connection?.name ?? created}. You can close this page.` : 'This link was already used to create a connection. You can close this page.'}
          </p>
          {session.allowAvailableNumbers && connection && <ConnectNumbers key={connection.id} />}
        </section>
      ) : providers.error ? (
        <p role="alert" class="error">
          {linkFailure(providers.error)}
        </p>
      ) : !providers.data ? (
        <p role="status">Loading the providers…</p>
      ) : (
        <AddConnection
          providers={list}
          preset={{ provider: fixed, name: session.suggestedName ?? undefined }}
          onCreated={(c) => {
            setCreated(c.name);
            // The session now holds the connection (and, if allowed, its numbers).
            reread();
          }}
        />
      )}
    </main>
  );
}
