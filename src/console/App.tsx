import { Provider } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { requestFailure } from './api';
import { createApiClient, type ApiClient } from './client';
import { Console } from './Console';
import { LiveContext, LiveHub } from './live';
import { ViewerQuery } from './operations';
import { PermissionsContext, permissionsOf, type Permissions } from './permissions';
import { session } from './session';
import { SignIn } from './SignIn';

interface Signed {
  api: ApiClient;
  hub: LiveHub;
}

/** Who the key is: read once per sign-in (scopes are fixed when a key is created). */
export interface Viewer {
  organizationName: string;
  permissions: Permissions;
}

const EXPIRED = 'Your session has ended: the API key was refused (revoked or mistyped). Sign in again.';

/** The key's organization and scopes, or the failed result. */
async function readViewer(api: ApiClient) {
  const res = await api.client.query(ViewerQuery, {}).toPromise();
  if (res.error || !res.data) return { error: res.error };
  const { organization, scopes } = res.data.viewer;
  return { viewer: { organizationName: organization.name, permissions: permissionsOf(scopes) } satisfies Viewer };
}

/** Signed out: the key form. Signed in: the console, with a client bound to that key. */
export function App() {
  const active = useRef<Signed | null>(null);
  const [notice, setNotice] = useState<string>();
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [viewerFailure, setViewerFailure] = useState<string>();

  const end = (message?: string) => {
    session.clear();
    active.current?.api.dispose();
    active.current = null;
    setSigned(null);
    setViewer(null);
    setNotice(message);
  };

  const open = (apiKey: string): Signed => {
    const hub = new LiveHub();
    const signed: Signed = {
      hub,
      api: createApiClient(apiKey, {
        // Only the client in use can end the session (not one still checking a pasted key).
        onUnauthorized: () => active.current === signed && end(EXPIRED),
        onReconnected: () => hub.emit('resync', undefined),
      }),
    };
    return signed;
  };

  const [signed, setSigned] = useState<Signed | null>(() => {
    const apiKey = session.get();
    return apiKey ? (active.current = open(apiKey)) : null;
  });

  // A key kept in this tab (a reload): read its scopes before showing anything they decide.
  const restore = async (current: Signed) => {
    setViewerFailure(undefined);
    const read = await readViewer(current.api);
    if (active.current !== current) return;
    if (read.viewer) setViewer(read.viewer);
    // A refused key has already ended the session (onUnauthorized).
    else if (read.error && read.error.response?.status !== 401) setViewerFailure(requestFailure(read.error));
  };
  useEffect(() => {
    if (signed && !viewer) void restore(signed);
  }, [signed]);

  const signIn = async (apiKey: string) => {
    const candidate = open(apiKey);
    const read = await readViewer(candidate.api);
    if (!read.viewer) {
      candidate.api.dispose();
      const status = read.error?.response?.status;
      return status === 401 ? 'That API key was not accepted. Check it and paste it again.' : read.error ? requestFailure(read.error) : 'Something went wrong: try again.';
    }
    session.set(apiKey);
    active.current = candidate;
    setNotice(undefined);
    setViewer(read.viewer);
    setSigned(candidate);
    return undefined;
  };

  if (!signed) return <SignIn onSignIn={signIn} notice={notice} />;
  if (!viewer) {
    return (
      <main class="sign-in">
        <h1>Trunkline console</h1>
        {viewerFailure ? (
          <div role="alert" class="error">
            <p>{viewerFailure}</p>
            <button type="button" onClick={() => restore(signed)}>
              Try again
            </button>
            <button type="button" onClick={() => end()}>
              Sign out
            </button>
          </div>
        ) : (
          <p role="status">Signing in…</p>
        )}
      </main>
    );
  }
  return (
    <Provider value={signed.api.client}>
      <LiveContext.Provider value={signed.hub}>
        <PermissionsContext.Provider value={viewer.permissions}>
          <Console organizationName={viewer.organizationName} onSignOut={() => end('You are signed out. The key was removed from this tab.')} />
        </PermissionsContext.Provider>
      </LiveContext.Provider>
    </Provider>
  );
}
