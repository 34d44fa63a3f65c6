import { useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { requestFailure } from './api';
import { ConnectLinkForm } from './ConnectLinkForm';
import { ConnectLinkList } from './ConnectLinkList';
import { ConnectLinksQuery, ConnectLinkProvidersQuery } from './connectLinkOperations';
import { ConnectLinkUrl, type RevealedLink } from './ConnectLinkUrl';
import { usePermissions } from './permissions';

/**
 * The organization's connect links (issue 26): what they are for, the create form (with
 * connections:write), the URL of the link just made (shown once), and the list with its states.
 * No live events for links: the list is read again after each create and revoke, and each time
 * the section is opened.
 */
export function ConnectLinks() {
  const { can } = usePermissions();
  const canCreate = can('createConnectLink');
  const [list, reloadList] = useQuery({ query: ConnectLinksQuery });
  // Names for the provider column and choices for the form; any key may read them.
  const [providers, reloadProviders] = useQuery({ query: ConnectLinkProvidersQuery });
  // The one place a link's URL lives in the console, until it is dismissed or the section left.
  const [revealed, setRevealed] = useState<RevealedLink | null>(null);

  const reload = () => reloadList({ requestPolicy: 'network-only' });
  const providerList = providers.data?.providers ?? [];
  const providerName = (id: string) => providerList.find((p) => p.id === id)?.displayName ?? id;
  const links = list.data?.connectLinks.edges.map((e) => e.node);
  const total = list.data?.connectLinks.totalCount ?? 0;
  const failure = list.error ?? providers.error;

  return (
    <main class="layout">
      <div class="stack">
        <section class="connections" aria-labelledby="connect-links-heading">
          <h2 id="connect-links-heading">Connect links</h2>
          <p class="hint">
            Send a connect link to whoever holds the carrier credentials, such as a customer's IT admin: they test their account and create one connection for your
            organization, without an API key and seeing nothing else of it. Each link works once, for 7 days (unless the API set another expiry).
          </p>
        </section>
        {canCreate && (
          <ConnectLinkForm
            providers={providerList}
            onCreated={(link, url) => {
              setRevealed({ label: link.label, url });
              reload();
            }}
          />
        )}
      </div>
      <div class="stack">
        {revealed && <ConnectLinkUrl revealed={revealed} onDismiss={() => setRevealed(null)} />}
        <section class="panel" aria-labelledby="link-list-heading">
          <h2 id="link-list-heading">Links</h2>
          {failure && (
            <p role="alert" class="error">
              {requestFailure(failure)}
              <button
                type="button"
                class="link"
                onClick={() => {
                  if (list.error) reload();
                  if (providers.error) reloadProviders({ requestPolicy: 'network-only' });
                }}
              >
                Try again
              </button>
            </p>
          )}
          {links === undefined ? (
            !list.error && <p role="status">Loading connect links…</p>
          ) : links.length === 0 ? (
            <p>No connect links yet.{canCreate && ' Create one to let someone connect their account.'}</p>
          ) : (
            <ConnectLinkList links={links} providerName={providerName} canRevoke={can('revokeConnectLink')} onRevoked={reload} />
          )}
          {links && total > links.length && (
            <p class="hint">
              The {links.length} newest of {total} links.
            </p>
          )}
        </section>
      </div>
    </main>
  );
}
