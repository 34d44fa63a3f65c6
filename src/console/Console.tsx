import { useQuery, useSubscription } from '@urql/preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { requestFailure } from './api';
import { AddConnection } from './AddConnection';
import { ConnectionList } from './ConnectionList';
import { ConnectionView } from './ConnectionView';
import type { ConnectionCardFieldsFragment } from './generated/graphql';
import { LiveContext, useLive } from './live';
import { ConnectionsQuery, ConnectionUpdatedSubscription, PhoneNumberUpdatedSubscription, ProvidersQuery, ViewerQuery } from './operations';
import { RotateCredentials } from './RotateCredentials';
import { Webhooks } from './Webhooks';

type Card = ConnectionCardFieldsFragment;
/** The console's two sections, switched from the header. */
type Section = 'connections' | 'webhooks';
type View = { kind: 'add' } | { kind: 'connection'; id: string } | { kind: 'rotate'; id: string } | { kind: 'none' };

const upsert = (cards: Card[], c: Card) => (cards.some((x) => x.id === c.id) ? cards.map((x) => (x.id === c.id ? c : x)) : [c, ...cards]);

/** The signed-in console: connections on one side, the chosen connection or a form on the other. */
export function Console({ onSignOut }: { onSignOut: () => void }) {
  const hub = useContext(LiveContext);
  const [viewer] = useQuery({ query: ViewerQuery });
  const [providers] = useQuery({ query: ProvidersQuery });
  const [list, reloadList] = useQuery({ query: ConnectionsQuery, variables: {} });
  const [cards, setCards] = useState<Card[] | null>(null);
  const [view, setView] = useState<View>({ kind: 'none' });
  const [section, setSection] = useState<Section>('connections');

  useEffect(() => {
    const page = list.data?.connections;
    if (!page) return;
    const fresh = page.edges.map((e) => e.node);
    setCards(fresh);
    setView((v) => (v.kind === 'none' && fresh.length === 0 ? { kind: 'add' } : v));
  }, [list.data]);

  // Live: every change to this organization's connections and phone numbers, whoever made it.
  useSubscription({ query: ConnectionUpdatedSubscription }, (_prev, event) => {
    const e = event.connectionUpdated;
    setCards((current) => (current === null ? current : e.deleted || !e.connection ? current.filter((c) => c.id !== e.id) : upsert(current, e.connection)));
    return event;
  });
  useSubscription({ query: PhoneNumberUpdatedSubscription }, (_prev, event) => {
    if (event.phoneNumberUpdated.phoneNumber) hub.emit('phoneNumber', event.phoneNumberUpdated.phoneNumber);
    return event;
  });
  useLive('resync', () => reloadList());

  const changed = (c: Card) => setCards((current) => upsert(current ?? [], c));
  const selectedId = view.kind === 'connection' || view.kind === 'rotate' ? view.id : undefined;
  const selected = cards?.find((c) => c.id === selectedId);
  const providerList = providers.data?.providers ?? [];
  const failure = viewer.error ?? list.error ?? providers.error;

  return (
    <div class="console">
      <header class="top">
        <h1>Trunkline console</h1>
        <span class="org">{viewer.data?.viewer.organization.name}</span>
        <nav class="sections" aria-label="Sections">
          <button type="button" aria-current={section === 'connections' ? 'page' : undefined} onClick={() => setSection('connections')}>
            Connections
          </button>
          <button type="button" aria-current={section === 'webhooks' ? 'page' : undefined} onClick={() => setSection('webhooks')}>
            Webhooks
          </button>
        </nav>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      {failure && (
        <p role="alert" class="error banner">
          {requestFailure(failure)}
        </p>
      )}
      {section === 'webhooks' && <Webhooks />}
      <main class="layout" hidden={section !== 'connections'}>
        <ConnectionList
          connections={cards}
          selectedId={selectedId}
          onOpen={(id) => setView({ kind: 'connection', id })}
          onRotate={(id) => setView({ kind: 'rotate', id })}
          onAdd={() => setView({ kind: 'add' })}
          onChanged={changed}
          onDeleted={(id) => {
            setCards((current) => (current ?? []).filter((c) => c.id !== id));
            if (selectedId === id) setView({ kind: 'none' });
          }}
        />
        {view.kind === 'add' && providerList.length > 0 && (
          <AddConnection
            providers={providerList}
            onCreated={(c) => {
              changed(c);
              setView({ kind: 'connection', id: c.id });
            }}
          />
        )}
        {view.kind === 'connection' && selected && <ConnectionView connection={selected} />}
        {view.kind === 'rotate' && selected && (
          <RotateCredentials
            key={selected.id}
            connection={selected}
            provider={providerList.find((p) => p.id === selected.provider)!}
            onRotated={(c) => {
              changed(c);
              setView({ kind: 'connection', id: c.id });
            }}
            onCancel={() => setView({ kind: 'connection', id: selected.id })}
          />
        )}
        {selectedId && cards && !selected && (
          <p role="status" class="panel">
            This connection was deleted.
          </p>
        )}
        {view.kind === 'none' && cards && cards.length > 0 && <p class="panel hint">Choose a connection to see its numbers, or add one.</p>}
      </main>
    </div>
  );
}
