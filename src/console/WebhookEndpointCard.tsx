import { useState } from 'preact/hooks';
import { apiError, requestFailure, useAction } from './api';
import { ConfirmDialog } from './ConfirmDialog';
import type { WebhookEndpointFieldsFragment } from './generated/graphql';
import { DeleteWebhookEndpointMutation, RotateWebhookEndpointSecretMutation, UpdateWebhookEndpointMutation } from './operations';
import { useSecretAction } from './secretAction';
import { endpointStatusText } from './webhookEvents';

type Endpoint = WebhookEndpointFieldsFragment;

interface Props {
  endpoint: Endpoint;
  selected: boolean;
  onOpen: (id: string) => void;
  onChanged: (endpoint: Endpoint) => void;
  onRotated: (endpoint: Endpoint, secret: string) => void;
  onDeleted: (id: string) => void;
}

/** One endpoint: what it receives and where, and its actions (enable/disable, rotate, delete). */
export function WebhookEndpointCard({ endpoint: e, selected, onOpen, onChanged, onRotated, onDeleted }: Props) {
  const [updating, update] = useAction(UpdateWebhookEndpointMutation);
  const [rotating, rotate] = useSecretAction(RotateWebhookEndpointSecretMutation);
  const [deleting, remove] = useAction(DeleteWebhookEndpointMutation);
  const [confirming, setConfirming] = useState<'rotate' | 'delete' | null>(null);
  const [failure, setFailure] = useState<string>();
  const disabled = e.status === 'DISABLED';

  const toggle = async () => {
    setFailure(undefined);
    const res = await update({ input: { id: e.id, status: disabled ? 'ACTIVE' : 'DISABLED' } });
    if (!res) return;
    if (res.error || !res.data) return setFailure(requestFailure(res.error!));
    const out = res.data.updateWebhookEndpoint;
    const err = apiError(out);
    if (err) return setFailure(err.message);
    if (out.__typename === 'UpdateWebhookEndpointPayload') onChanged(out.endpoint);
  };

  const runRotate = async () => {
    setFailure(undefined);
    const res = await rotate({ id: e.id });
    setConfirming(null);
    if (!res) return;
    if (res.error || !res.data) return setFailure(requestFailure(res.error!));
    const out = res.data.rotateWebhookEndpointSecret;
    const err = apiError(out);
    if (err) return setFailure(err.message);
    if (out.__typename === 'RotateWebhookEndpointSecretPayload') onRotated(out.rotated.endpoint, out.rotated.secret);
  };

  const runDelete = async () => {
    setFailure(undefined);
    const res = await remove({ id: e.id });
    setConfirming(null);
    if (!res) return;
    if (res.error || !res.data) return setFailure(requestFailure(res.error!));
    const err = apiError(res.data.deleteWebhookEndpoint);
    // Already gone (another tab deleted it) is what was asked for.
    if (err && err.__typename !== 'NotFoundError') return setFailure(err.message);
    onDeleted(e.id);
  };

  return (
    <li class={selected ? 'card selected' : 'card'} aria-label={e.label}>
      <div class="card-head">
        <button type="button" class="link" onClick={() => onOpen(e.id)} aria-current={selected ? 'true' : undefined} aria-label={`Deliveries of ${e.label}`}>
          {e.label}
        </button>
        <span class={`badge endpoint-${e.status.toLowerCase()}`}>{endpointStatusText[e.status]}</span>
      </div>
      <p class="endpoint-url">{e.url}</p>
      <dl class="facts">
        <div>
          <dt>Events</dt>
          <dd>
            <ul class="event-list" aria-label={`Events of ${e.label}`}>
              {e.events.map((t) => (
                <li key={t}>
                  <code>{t}</code>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Signing secret</dt>
          <dd>
            <code>{e.secretHint}</code>
          </dd>
        </div>
      </dl>
      {e.status === 'FAILING' && <p class="error">Every attempt has failed for at least 24 hours. Deliveries are still retried; the next success makes it active again.</p>}
      <div class="actions">
        <button type="button" onClick={toggle} disabled={updating} aria-label={`${disabled ? 'Enable' : 'Disable'} ${e.label}`}>
          {updating ? 'Saving…' : disabled ? 'Enable' : 'Disable'}
        </button>
        <button type="button" onClick={() => setConfirming('rotate')} aria-label={`Rotate secret of ${e.label}`}>
          Rotate secret
        </button>
        <button type="button" class="danger" onClick={() => setConfirming('delete')} aria-label={`Delete ${e.label}`}>
          Delete
        </button>
      </div>
      <p role="alert" class="error">
        {failure}
      </p>
      {confirming === 'rotate' && (
        <ConfirmDialog title={`Rotate the secret of “${e.label}”?`} confirmLabel="Rotate secret" busy={rotating} onConfirm={runRotate} onCancel={() => setConfirming(null)}>
          A new signing secret is made and shown once. The current one keeps signing for 24 hours beside it, so your receiver can switch without losing events.
        </ConfirmDialog>
      )}
      {confirming === 'delete' && (
        <ConfirmDialog title={`Delete “${e.label}”?`} confirmLabel="Delete endpoint" busy={deleting} onConfirm={runDelete} onCancel={() => setConfirming(null)}>
          It receives no more events. Its pending deliveries and its delivery log are deleted with it.
        </ConfirmDialog>
      )}
    </li>
  );
}
