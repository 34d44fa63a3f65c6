import { Provider } from '@urql/preact';
import { useRef, useState } from 'preact/hooks';
import { requestFailure } from './api';
import { createApiClient, type ApiClient } from './client';
import { Console } from './Console';
import { LiveContext, LiveHub } from './live';
import { ViewerQuery } from './operations';
import { session } from './session';
import { SignIn } from './SignIn';

interface Signed {
  api: ApiClient;
  hub: LiveHub;
}

const EXPIRED = 'Your session has ended: the API key was refused (revoked or mistyped). Sign in again.';

/** Signed out: the key form. Signed in: the console, with a client bound to that key. */
export function App() {
  const active = useRef<Signed | null>(null);
  const [notice, setNotice] = useState<string>();

  const end = (message?: string) => {
    session.clear();
    active.current?.api.dispose();
    active.current = null;
    setSigned(null);
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

  const signIn = async (apiKey: string) => {
    const candidate = open(apiKey);
    const res = await candidate.api.client.query(ViewerQuery, {}).toPromise();
    if (res.error) {
      candidate.api.dispose();
      return res.error.response?.status === 401 ? 'That API key was not accepted. Check it and paste it again.' : requestFailure(res.error);
    }
    session.set(apiKey);
    active.current = candidate;
    setNotice(undefined);
    setSigned(candidate);
    return undefined;
  };

  if (!signed) return <SignIn onSignIn={signIn} notice={notice} />;
  return (
    <Provider value={signed.api.client}>
      <LiveContext.Provider value={signed.hub}>
        <Console onSignOut={() => end('You are signed out. The key was removed from this tab.')} />
      </LiveContext.Provider>
    </Provider>
  );
}
