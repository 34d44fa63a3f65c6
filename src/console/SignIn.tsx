import { useState } from 'preact/hooks';

interface Props {
  /** Checks the key against the API; resolves to an error sentence, or undefined once signed in. */
  onSignIn: (apiKey: string) => Promise<string | undefined>;
  notice?: string;
}

export function SignIn({ onSignIn, notice }: Props) {
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const apiKey = String(new FormData(form).get('apiKey') ?? '').trim();
    if (!apiKey) return setError('Paste an API key to sign in.');
    setBusy(true);
    setError(undefined);
    const failure = await onSignIn(apiKey);
    setBusy(false);
    if (failure) {
      setError(failure);
      form.reset();
    }
  };

  return (
    <main class="sign-in">
      <h1>Trunkline console</h1>
      <p>Connect your own telephony provider account and bring its numbers to your voice agents.</p>
      {notice && <p role="status" class="notice">{notice}</p>}
      <form onSubmit={submit} noValidate>
        <label for="api-key">Trunkline API key</label>
        <input id="api-key" name="apiKey" type="password" autocomplete="off" spellcheck={false} placeholder="sk_live_…" aria-describedby="api-key-hint" required />
        <p id="api-key-hint" class="hint">Kept in this tab only, and forgotten when you sign out or close it.</p>
        <button type="submit" disabled={busy}>
          Sign in
        </button>
        <p role="alert" class="error">{error}</p>
      </form>
    </main>
  );
}
