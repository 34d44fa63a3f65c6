import { useState } from 'preact/hooks';
import { apiError, requestFailure, useAction } from './api';
import type { ProviderInfo } from './credentials';
import { CredentialsForm, type PassedTest } from './CredentialsForm';
import type { ConnectionCardFieldsFragment } from './generated/graphql';
import { CreateConnectionMutation } from './operations';

interface Props {
  providers: ProviderInfo[];
  onCreated: (connection: ConnectionCardFieldsFragment) => void;
  /** A connect link's choices (ConnectPage): the one provider offered, and the name to propose. */
  preset?: { provider?: ProviderInfo; name?: string };
}

/** Provider, credentials, test; then a name (the suggested one) and "Create connection". */
export function AddConnection({ providers, onCreated, preset }: Props) {
  const [passed, setPassed] = useState<PassedTest | null>(null);
  const [name, setName] = useState('');
  const [failure, setFailure] = useState<string>();
  const [creating, create] = useAction(CreateConnectionMutation);

  const tested = (p: PassedTest | null) => {
    setPassed(p);
    setFailure(undefined);
    if (p) setName(preset?.name ?? p.test.suggestedConnectionName);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!passed) return;
    const res = await create({ input: { ...passed.input, verificationEvidenceId: passed.test.verificationEvidenceId, name: name.trim() || undefined } });
    if (!res) return;
    if (res.error || !res.data) return setFailure(requestFailure(res.error!));
    const out = res.data.createConnection;
    const err = apiError(out);
    if (err) {
      // Evidence is single use and short lived: a refused one needs a fresh test.
      if (err.__typename === 'EvidenceError' || err.__typename === 'CredentialsReverificationError') setPassed(null);
      return setFailure(err.message);
    }
    if (out.__typename === 'CreateConnectionPayload') onCreated(out.connection);
  };

  return (
    <section class="panel" aria-labelledby="add-heading">
      <h2 id="add-heading">Add connection</h2>
      <CredentialsForm providers={providers} fixedProvider={preset?.provider} onTested={tested} />
      <form class="create" onSubmit={submit} noValidate>
        <div class="field">
          <label for="connection-name">Connection name</label>
          <input id="connection-name" type="text" maxLength={200} value={name} disabled={!passed} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <button type="submit" disabled={!passed || creating}>
          {creating ? 'Creating…' : 'Create connection'}
        </button>
        {!passed && <p class="hint">Test the credentials first: creating needs a passing test.</p>}
        <p role="alert" class="error">
          {failure}
        </p>
      </form>
    </section>
  );
}
