import { useState } from 'preact/hooks';
import { apiError, requestFailure } from './api';
import { CreateConnectLinkMutation } from './connectLinkOperations';
import { FieldError, useFieldErrors } from './formErrors';
import type { ConnectLinkFieldsFragment, Provider } from './generated/graphql';
import { useSecretAction } from './secretAction';

interface Props {
  providers: readonly { id: Provider; displayName: string }[];
  onCreated: (link: ConnectLinkFieldsFragment, url: string) => void;
}

const FIELDS = ['label', 'provider', 'suggestedName'] as const;

/** A new connect link: a label, optionally a provider and a connection name; the answer carries its URL once. */
export function ConnectLinkForm({ providers, onCreated }: Props) {
  const [label, setLabel] = useState('');
  const [provider, setProvider] = useState<Provider | ''>('');
  const [suggestedName, setSuggestedName] = useState('');
  const [allowAvailableNumbers, setAllowAvailableNumbers] = useState(false);
  const fields = useFieldErrors('link', FIELDS);
  const [failure, setFailure] = useState<string>();
  // The URL holds the token: handed to the parent, kept in no mutation state here.
  const [creating, create] = useSecretAction(CreateConnectLinkMutation);

  const submit = async (event: Event) => {
    event.preventDefault();
    setFailure(undefined);
    fields.clear();
    const name = suggestedName.trim();
    const res = await create({ input: { label: label.trim(), provider: provider || undefined, suggestedName: name || undefined, allowAvailableNumbers } });
    if (!res) return;
    if (res.error || !res.data) return setFailure(requestFailure(res.error!));
    const out = res.data.createConnectLink;
    const err = apiError(out);
    if (err) return setFailure(fields.show(err));
    if (out.__typename !== 'CreateConnectLinkPayload') return;
    // A fresh form for the next link: this one is made.
    setLabel('');
    setProvider('');
    setSuggestedName('');
    setAllowAvailableNumbers(false);
    onCreated(out.created.connectLink, out.created.url);
  };

  return (
    <section class="panel" aria-labelledby="create-link-heading">
      <h2 id="create-link-heading">Create link</h2>
      <form onSubmit={submit} noValidate aria-describedby="link-error">
        <div class="field">
          <label for="link-label">Label</label>
          <input
            id="link-label"
            type="text"
            maxLength={200}
            value={label}
            {...fields.aria('label', 'link-label-hint')}
            onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)}
          />
          <p id="link-label-hint" class="hint">
            Its opener sees it too, e.g. “Acme: connect your Twilio account”.
          </p>
          <FieldError label="Label" {...fields.errorOf('label')} />
        </div>
        <div class="field">
          <label for="link-provider">Provider</label>
          <select
            id="link-provider"
            value={provider}
            {...fields.aria('provider')}
            onChange={(e) => setProvider((e.currentTarget as HTMLSelectElement).value as Provider | '')}
          >
            <option value="">Any provider</option>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
          <FieldError label="Provider" {...fields.errorOf('provider')} />
        </div>
        <div class="field">
          <label for="link-suggested-name">Suggested connection name (optional)</label>
          <input
            id="link-suggested-name"
            type="text"
            maxLength={200}
            value={suggestedName}
            {...fields.aria('suggestedName')}
            onInput={(e) => setSuggestedName((e.currentTarget as HTMLInputElement).value)}
          />
          <FieldError label="Suggested connection name" {...fields.errorOf('suggestedName')} />
        </div>
        <div class="field">
          <label class="choice">
            <input
              type="checkbox"
              checked={allowAvailableNumbers}
              aria-describedby="link-numbers-hint"
              onChange={(e) => setAllowAvailableNumbers((e.currentTarget as HTMLInputElement).checked)}
            />
            <span>Let them list the account's numbers</span>
          </label>
          <p id="link-numbers-hint" class="hint">
            Once their connection is made, they see the provider account's numbers (read only: importing stays yours).
          </p>
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={creating}>
            {creating ? 'Creating…' : 'Create link'}
          </button>
        </div>
        <p id="link-error" role="alert" class="error">
          {failure}
        </p>
      </form>
    </section>
  );
}
