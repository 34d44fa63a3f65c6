import { useState } from 'preact/hooks';
import { apiError, requestFailure, useAction } from './api';
import { ConfirmDialog } from './ConfirmDialog';
import { connectionStatusText, when } from './format';
import type { ConnectionCardFieldsFragment } from './generated/graphql';
import { DeleteConnectionMutation, RetestConnectionMutation } from './operations';
import { usePermissions } from './permissions';

interface Props {
  connections: ConnectionCardFieldsFragment[] | null;
  selectedId?: string;
  onOpen: (id: string) => void;
  onRotate: (id: string) => void;
  onAdd: () => void;
  onChanged: (connection: ConnectionCardFieldsFragment) => void;
  onDeleted: (id: string) => void;
}

export function ConnectionList({ connections, selectedId, onOpen, onRotate, onAdd, onChanged, onDeleted }: Props) {
  const canAdd = usePermissions().can('addConnection');
  return (
    <section class="connections" aria-labelledby="connections-heading">
      <div class="section-head">
        <h2 id="connections-heading">Connections</h2>
        {canAdd && (
          <button type="button" onClick={onAdd}>
            Add connection
          </button>
        )}
      </div>
      {connections === null ? (
        <p role="status">Loading connections…</p>
      ) : connections.length === 0 ? (
        <p>No connections yet.{canAdd && " Add one to bring your provider account's numbers."}</p>
      ) : (
        <ul class="cards" aria-label="Connections">
          {connections.map((c) => (
            <ConnectionCard key={c.id} connection={c} selected={c.id === selectedId} onOpen={onOpen} onRotate={onRotate} onChanged={onChanged} onDeleted={onDeleted} />
          ))}
        </ul>
      )}
    </section>
  );
}

interface CardProps {
  connection: ConnectionCardFieldsFragment;
  selected: boolean;
  onOpen: (id: string) => void;
  onRotate: (id: string) => void;
  onChanged: (connection: ConnectionCardFieldsFragment) => void;
  onDeleted: (id: string) => void;
}

function ConnectionCard({ connection: c, selected, onOpen, onRotate, onChanged, onDeleted }: CardProps) {
  const [retesting, retest] = useAction(RetestConnectionMutation);
  const [deleting, remove] = useAction(DeleteConnectionMutation);
  const [confirming, setConfirming] = useState(false);
  const { can } = usePermissions();
  const [canRetest, canRotate, canDelete] = [can('retestConnection'), can('rotateCredentials'), can('deleteConnection')];
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  const runRetest = async () => {
    const res = await retest({ id: c.id });
    if (!res) return;
    if (res.error || !res.data) return setMessage({ text: requestFailure(res.error!), error: true });
    const out = res.data.retestConnection;
    const err = apiError(out);
    if (err) return setMessage({ text: err.message, error: true });
    if (out.__typename !== 'RetestConnectionPayload') return;
    onChanged(out.result.connection);
    const failures = out.result.failures;
    setMessage(failures.length ? { text: `The test failed: ${failures.map((f) => f.detail).join(' ')}`, error: true } : { text: 'The test passed.', error: false });
  };

  const runDelete = async () => {
    const res = await remove({ id: c.id });
    setConfirming(false);
    if (!res) return;
    if (res.error || !res.data) return setMessage({ text: requestFailure(res.error!), error: true });
    const err = apiError(res.data.deleteConnection);
    if (err) return setMessage({ text: err.message, error: true });
    onDeleted(c.id);
  };

  return (
    <li class={selected ? 'card selected' : 'card'} aria-label={c.name}>
      <div class="card-head">
        <button type="button" class="link" onClick={() => onOpen(c.id)} aria-current={selected ? 'true' : undefined}>
          {c.name}
        </button>
        <span class={`badge status-${c.status.toLowerCase()}`}>{connectionStatusText[c.status]}</span>
      </div>
      <dl class="facts">
        <div>
          <dt>Numbers imported</dt>
          <dd>{c.numbersImported}</dd>
        </div>
        <div>
          <dt>Last tested</dt>
          <dd>{when(c.lastTestedAt)}</dd>
        </div>
      </dl>
      {c.status === 'ERROR' && c.lastError && <p class="error">{c.lastError.detail}</p>}
      {(canRetest || canRotate || canDelete) && (
        <div class="actions">
          {canRetest && (
            <button type="button" onClick={runRetest} disabled={retesting} aria-label={`Retest ${c.name}`}>
              {retesting ? 'Retesting…' : 'Retest'}
            </button>
          )}
          {canRotate && (
            <button type="button" onClick={() => onRotate(c.id)} aria-label={`Rotate credentials of ${c.name}`}>
              Rotate credentials
            </button>
          )}
          {canDelete && (
            <button type="button" class="danger" onClick={() => setConfirming(true)} aria-label={`Delete ${c.name}`}>
              Delete
            </button>
          )}
        </div>
      )}
      <p role={message?.error ? 'alert' : 'status'} class={message?.error ? 'error' : 'notice'}>
        {message?.text}
      </p>
      {confirming && (
        <ConfirmDialog
          title={`Delete “${c.name}”?`}
          confirmLabel="Delete connection"
          busy={deleting}
          onConfirm={runDelete}
          onCancel={() => setConfirming(false)}
        >
          Its sealed credentials are erased. Its phone numbers stay in your organization, unlinked; nothing changes at the provider.
        </ConfirmDialog>
      )}
    </li>
  );
}
