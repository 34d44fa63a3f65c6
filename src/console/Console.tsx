import { useQuery, useSubscription } from '@urql/preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { requestFailure } from './api';
import { AddConnection } from './AddConnection';
import { ConnectionList } from './ConnectionList';
import { ConnectLinks } from './ConnectLinks';
import { ConnectionView } from './ConnectionView';
import type { ConnectionCardFieldsFragment } from './generated/graphql';
import { LiveContext, useLive } from './live';
import { ConnectionsQuery, ConnectionUpdatedSubscription, PhoneNumberUpdatedSubscription, ProvidersQuery } from './operations';
import { usePermissions, type Part } from './permissions';
import { PhoneNumbers } from './PhoneNumbers';
import { RotateCredentials } from './RotateCredentials';
import { Webhooks } from './Webhooks';

type Card = ConnectionCardFieldsFragment;
/** The console's sections, switched from the header. */
type Section = 'connections' | 'webhooks' | 'connectLinks';
type View = { kind: 'add' } | { kind: 'connection'; id: string } | { kind: 'rotate'; id: string } | { kind: 'none' };

/** The sections a key may lack: each one it lacks is named, with the scope it needs, instead of an empty page. */
const SECTIONS: Part[] = ['connectionList', 'numberList', 'webhooks'];

const upsert = (cards: Card[], c: Card) => (cards.some((x) => x.id === c.id) ? cards.map((x) => (x.id === c.id ? c : x)) : [c, ...cards]);

/**
 * The signed-in console: connections on one side, the chosen connection or a form on the other.
 * Only what the key's scopes allow is shown, read or subscribed to (see permissions.ts); a key
 * that may read numbers but not connections sees the organization's numbers on their own.
 */
export function Console({ organizationName, onSignOut }: { organizationName: string; onSignOut: () => void }) {
  const hub = useContext(LiveContext);
  const { can, notice } = usePermissions();
  const canList = can('connectionList');
  const canAdd = can('addConnection');
  const canRotate = can('rotateCredentials');
  // Providers describe the credential forms: only adding and rotating draw one.
  const [providers] = useQuery({ query: ProvidersQuery, pause: !canAdd && !canRotate });
  const [list, reloadList] = useQuery({ query: ConnectionsQuery, variables: {}, pause: !canList });
  const [cards, setCards] = useState<Card[] | null>(null);
  const [view, setView] = useState<View>({ kind: 'none' });
  const [section, setSection] = useState<Section>('connections');

  useEffect(() => {
    const page = list.data?.connections;
    if (!page) return;
    const fresh = page.edges.map((e) => e.node);
    setCards(fresh);
    setView((v) => (v.kind === 'none' && fresh.length === 0 && canAdd ? { kind: 'add' } : v));
  }, [list.data]);

  // Live: every change to this organization's connections and phone numbers, whoever made it.
  useSubscription({ query: ConnectionUpdatedSubscription, pause: !can('connectionEvents') }, (_prev, event) => {
    const e = event.connectionUpdated;
    setCards((current) => (current === null ? current : e.deleted || !e.connection ? current.filter((c) => c.id !== e.id) : upsert(current, e.connection)));
    return event;
  });
  useSubscription({ query: PhoneNumberUpdatedSubscription, pause: !can('numberEvents') }, (_prev, event) => {
    if (event.phoneNumberUpdated.phoneNumber) hub.emit('phoneNumber', event.phoneNumberUpdated.phoneNumber);
    return event;
  });
  useLive('resync', () => canList && reloadList());

  const changed = (c: Card) => setCards((current) => upsert(current ?? [], c));
  const selectedId = view.kind === 'connection' || view.kind === 'rotate' ? view.id : undefined;
  const selected = cards?.find((c) => c.id === selectedId);
  const providerList = providers.data?.providers ?? [];
  const failure = list.error ?? providers.error;
  const missing = SECTIONS.map(notice).filter((n) => n !== undefined);
  // Connections (or the numbers alone, or only the notices) is always there; the others as the key allows.
  const sections: [Section, string][] = [['connections', 'Connections']];
  if (can('webhooks')) sections.push(['webhooks', 'Webhooks']);
  if (can('connectLinks')) sections.push(['connectLinks', 'Connect links']);

  return (
    <div class="console">
      <header class="top">
        <h1>Trunkline console</h1>
        <span class="org">{organizationName}</span>
        {sections.length > 1 && (
          <nav class="sections" aria-label="Sections">
            {sections.map(([id, name]) => (
              <button key={id} type="button" aria-current={section === id ? 'page' : undefined} onClick={() => setSection(id)}>
                {name}
              </button>
            ))}
          </nav>
        )}
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      {failure && (
        <p role="alert" class="error banner">
          {requestFailure(failure)}
        </p>
      )}
      {missing.length > 0 && (
        <div role="note" aria-label="Not available with this key" class="hint banner">
          {missing.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
      )}
      {section === 'webhooks' && can('webhooks') && <Webhooks />}
      {/* Mounted only while shown: leaving drops a just-made link's URL, and coming back reads the list again. */}
      {section === 'connectLinks' && can('connectLinks') && <ConnectLinks />}
      {!canList && can('numberList') && (
        // One column, full width: no connection list to sit beside.
        <main class="stack banner" hidden={section !== 'connections'}>
          <section class="panel" aria-label="Your organization's phone numbers">
            <PhoneNumbers />
          </section>
        </main>
      )}
      {canList && (
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
          {view.kind === 'add' && canAdd && providerList.length > 0 && (
            <AddConnection
              providers={providerList}
              onCreated={(c) => {
                changed(c);
                setView({ kind: 'connection', id: c.id });
              }}
            />
          )}
          {view.kind === 'connection' && selected && <ConnectionView connection={selected} />}
          {view.kind === 'rotate' && canRotate && selected && (
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
          {view.kind === 'none' && cards && cards.length > 0 && <p class="panel hint">{canAdd ? 'Choose a connection to see its numbers, or add one.' : 'Choose a connection to see its numbers.'}</p>}
        </main>
      )}
    </div>
  );
}
