import { useQuery } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { requestFailure } from './api';
import type { WebhookEndpointFieldsFragment } from './generated/graphql';
import { WebhookEndpointsQuery } from './operations';
import { SigningSecret, type RevealedSecret } from './SigningSecret';
import { WebhookDeliveries } from './WebhookDeliveries';
import { WebhookEndpointCard } from './WebhookEndpointCard';
import { WebhookEndpointForm } from './WebhookEndpointForm';

type Endpoint = WebhookEndpointFieldsFragment;
type View = { kind: 'add' } | { kind: 'deliveries'; id: string } | { kind: 'none' };

const upsert = (list: Endpoint[], e: Endpoint) => (list.some((x) => x.id === e.id) ? list.map((x) => (x.id === e.id ? e : x)) : [e, ...list]);

/**
 * The organization's webhook endpoints: the list on one side; the add form, an endpoint's
 * delivery log, or a signing secret just made (shown once) on the other.
 */
export function Webhooks() {
  const [list, reloadList] = useQuery({ query: WebhookEndpointsQuery });
  const [endpoints, setEndpoints] = useState<Endpoint[] | null>(null);
  const [view, setView] = useState<View>({ kind: 'none' });
  // The one place a secret lives in the console, until it is dismissed (or the view left).
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);

  useEffect(() => {
    const page = list.data?.webhookEndpoints;
    if (!page) return;
    const fresh = page.edges.map((e) => e.node);
    setEndpoints(fresh);
    setView((v) => (v.kind === 'none' && fresh.length === 0 ? { kind: 'add' } : v));
  }, [list.data]);

  const changed = (e: Endpoint) => setEndpoints((current) => upsert(current ?? [], e));
  const gone = (id: string) => {
    setEndpoints((current) => (current ?? []).filter((e) => e.id !== id));
    setView((v) => (v.kind === 'deliveries' && v.id === id ? { kind: 'none' } : v));
  };
  const selectedId = view.kind === 'deliveries' ? view.id : undefined;
  const selected = endpoints?.find((e) => e.id === selectedId);

  return (
    <main class="layout">
      <section class="connections" aria-labelledby="webhooks-heading">
        <div class="section-head">
          <h2 id="webhooks-heading">Webhook endpoints</h2>
          <button type="button" onClick={() => setView({ kind: 'add' })}>
            Add endpoint
          </button>
        </div>
        <p class="hint">Your backend receives each lifecycle event of your connections, numbers and test calls, signed per Standard Webhooks.</p>
        {list.error && (
          <p role="alert" class="error">
            {requestFailure(list.error)}
            <button type="button" class="link" onClick={() => reloadList({ requestPolicy: 'network-only' })}>
              Try again
            </button>
          </p>
        )}
        {endpoints === null ? (
          !list.error && <p role="status">Loading webhook endpoints…</p>
        ) : endpoints.length === 0 ? (
          <p>No endpoints yet. Add one to receive events at your backend.</p>
        ) : (
          <ul class="cards" aria-label="Webhook endpoints">
            {endpoints.map((e) => (
              <WebhookEndpointCard
                key={e.id}
                endpoint={e}
                selected={e.id === selectedId}
                onOpen={(id) => setView({ kind: 'deliveries', id })}
                onChanged={changed}
                onRotated={(updated, secret) => {
                  changed(updated);
                  setRevealed({ endpointLabel: updated.label, secret, reason: 'rotated' });
                }}
                onDeleted={gone}
              />
            ))}
          </ul>
        )}
      </section>
      <div class="stack">
        {revealed && <SigningSecret revealed={revealed} onDismiss={() => setRevealed(null)} />}
        {view.kind === 'add' && (
          <WebhookEndpointForm
            onCreated={(e, secret) => {
              changed(e);
              setRevealed({ endpointLabel: e.label, secret, reason: 'created' });
              setView({ kind: 'deliveries', id: e.id });
            }}
            onCancel={() => setView({ kind: 'none' })}
          />
        )}
        {view.kind === 'deliveries' && selected && <WebhookDeliveries key={selected.id} endpoint={selected} onEndpoint={changed} onGone={gone} />}
        {view.kind === 'none' && endpoints && endpoints.length > 0 && <p class="panel hint">Choose an endpoint to see its delivery log, or add one.</p>}
      </div>
    </main>
  );
}
