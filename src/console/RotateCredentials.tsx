import { useState } from 'preact/hooks';
import { apiError, requestFailure, useAction } from './api';
import type { ProviderInfo } from './credentials';
import { CredentialsForm, type PassedTest } from './CredentialsForm';
import type { ConnectionCardFieldsFragment } from './generated/graphql';
import { RotateCredentialsMutation } from './operations';

interface Props {
  connection: ConnectionCardFieldsFragment;
  provider: ProviderInfo;
  onRotated: (connection: ConnectionCardFieldsFragment) => void;
  onCancel: () => void;
}

/** New credentials for the same provider, tested, then swapped in; the old ones stay until then. */
export function RotateCredentials({ connection, provider, onRotated, onCancel }: Props) {
  const [passed, setPassed] = useState<PassedTest | null>(null);
  const [failure, setFailure] = useState<string>();
  const [saving, rotate] = useAction(RotateCredentialsMutation);

  const save = async () => {
    if (!passed) return;
    const { credentials, sipConfig } = passed.input;
    const res = await rotate({ input: { id: connection.id, credentials, sipConfig, verificationEvidenceId: passed.test.verificationEvidenceId } });
    if (!res) return;
    if (res.error || !res.data) return setFailure(requestFailure(res.error!));
    const out = res.data.rotateCredentials;
    const err = apiError(out);
    if (err) {
      if (err.__typename === 'EvidenceError' || err.__typename === 'CredentialsReverificationError') setPassed(null);
      return setFailure(err.message);
    }
    if (out.__typename === 'RotateCredentialsPayload') onRotated(out.connection);
  };

  return (
    <section class="panel" aria-labelledby="rotate-heading">
      <h2 id="rotate-heading">Rotate credentials of {connection.name}</h2>
      <p>The current credentials keep working until the new ones pass a test and are saved.</p>
      <CredentialsForm providers={[provider]} fixedProvider={provider} fixedMethod={connection.setupMethod} onTested={setPassed} />
      <div class="actions">
        <button type="button" onClick={save} disabled={!passed || saving}>
          {saving ? 'Saving…' : 'Save new credentials'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p role="alert" class="error">
        {failure}
      </p>
    </section>
  );
}
