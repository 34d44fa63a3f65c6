import { useState } from 'preact/hooks';
import { apiError, requestFailure, useAction } from './api';
import { ConfirmDialog } from './ConfirmDialog';
import { RevokeConnectLinkMutation } from './connectLinkOperations';
import { when } from './format';
import type { ConnectLinkFieldsFragment, ConnectLinkState } from './generated/graphql';

type Link = ConnectLinkFieldsFragment;

const stateText: Record<ConnectLinkState, string> = { PENDING: 'Pending', USED: 'Used', EXPIRED: 'Expired', REVOKED: 'Revoked' };

/** The moment that matters for the link's state: when a pending one stops opening, when it ended otherwise. */
function moment(l: Link): string {
  switch (l.state) {
    case 'PENDING':
      return `Expires ${when(l.expiresAt)}`;
    case 'USED':
      return `Used ${when(l.usedAt)}`;
    case 'REVOKED':
      return `Revoked ${when(l.revokedAt)}`;
    case 'EXPIRED':
      return `Expired ${when(l.expiresAt)}`;
  }
}

interface Props {
  links: Link[];
  /** Names a provider enum value as people read it (the enum value itself until the names arrive). */
  providerName: (id: string) => string;
  canRevoke: boolean;
  /** Called after each revoke answer, so the list is read again. */
  onRevoked: () => void;
}

/** The organization's connect links, newest first, with Revoke for pending ones when the key may. */
export function ConnectLinkList({ links, providerName, canRevoke, onRevoked }: Props) {
  return (
    <div class="table-wrap">
      <table aria-label="Connect links">
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Provider</th>
            <th scope="col">State</th>
            <th scope="col">When</th>
            {canRevoke && (
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {links.map((l) => (
            <ConnectLinkRow key={l.id} link={l} provider={l.provider ? providerName(l.provider) : 'Any provider'} canRevoke={canRevoke} onRevoked={onRevoked} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ConnectLinkRow({ link: l, provider, canRevoke, onRevoked }: { link: Link; provider: string; canRevoke: boolean; onRevoked: () => void }) {
  const [revoking, revoke] = useAction(RevokeConnectLinkMutation);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string>();

  const runRevoke = async () => {
    setFailure(undefined);
    const res = await revoke({ id: l.id });
    setConfirming(false);
    if (!res) return;
    if (res.error || !res.data) return setFailure(requestFailure(res.error!));
    const err = apiError(res.data.revokeConnectLink);
    if (err) setFailure(err.message);
    // Refused or not, the list is read again: a refusal usually means the link changed meanwhile (used, expired).
    onRevoked();
  };

  return (
    <tr aria-label={l.label}>
      <td>{l.label}</td>
      <td>{provider}</td>
      <td>
        <span class={`badge link-${l.state.toLowerCase()}`}>{stateText[l.state]}</span>
      </td>
      <td>{moment(l)}</td>
      {canRevoke && (
        <td>
          {l.state === 'PENDING' && (
            <button type="button" class="danger" onClick={() => setConfirming(true)} aria-label={`Revoke ${l.label}`}>
              Revoke
            </button>
          )}
          <p role="alert" class="error">
            {failure}
          </p>
          {confirming && (
            <ConfirmDialog title={`Revoke “${l.label}”?`} confirmLabel="Revoke link" busy={revoking} onConfirm={runRevoke} onCancel={() => setConfirming(false)}>
              The link opens nothing from now on. A connection it already created stays.
            </ConfirmDialog>
          )}
        </td>
      )}
    </tr>
  );
}
