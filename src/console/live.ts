import { createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import type { PhoneNumberRowFieldsFragment } from './generated/graphql';

interface LiveEvents {
  /** A phone number changed: from a subscription event, or from this tab's own import or verify. */
  phoneNumber: PhoneNumberRowFieldsFragment;
  /** The live stream reconnected: re-read what is on screen, events may have been missed. */
  resync: undefined;
}

type Listener<K extends keyof LiveEvents> = (value: LiveEvents[K]) => void;

/** Fans live changes out to whichever views are showing them. */
export class LiveHub {
  private listeners: { [K in keyof LiveEvents]: Set<Listener<K>> } = { phoneNumber: new Set(), resync: new Set() };

  emit<K extends keyof LiveEvents>(kind: K, value: LiveEvents[K]) {
    for (const listener of this.listeners[kind]) listener(value);
  }

  on<K extends keyof LiveEvents>(kind: K, listener: Listener<K>): () => void {
    this.listeners[kind].add(listener);
    return () => this.listeners[kind].delete(listener);
  }
}

export const LiveContext = createContext<LiveHub>(new LiveHub());

/** Calls `listener` (the latest one rendered) for each `kind` event while the component is mounted. */
export function useLive<K extends keyof LiveEvents>(kind: K, listener: Listener<K>) {
  const hub = useContext(LiveContext);
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => hub.on(kind, (v) => latest.current(v)), [hub, kind]);
}
