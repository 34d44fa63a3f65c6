import { createPubSub, Repeater, type PubSubEventTarget } from 'graphql-yoga';
import type { Logger } from '../logger';
import { metrics } from '../observability/metrics';

/**
 * What changed, and for which organization. Events carry ids only: a subscriber re-reads what it
 * shows, scoped to its own organization, so an event never carries more than it may see.
 */
export type DomainEvent = (
  | { kind: 'connection'; organizationId: number; connectionId: number; deleted: boolean }
  | { kind: 'phone_number'; organizationId: number; phoneNumberId: number; connectionId: number | null }
) & {
  /** When the bus published it (ms since the epoch), to measure delivery lag. */
  publishedAt?: number;
};

export type EventKind = DomainEvent['kind'];
type EventOf<K extends EventKind> = Extract<DomainEvent, { kind: K }>;

/**
 * The one way events leave the domain. `publish` is called after the write's transaction commits,
 * and never throws: a lost event is logged, the write stands. `subscribe` yields one
 * organization's events of one kind until the subscriber leaves or the bus closes.
 */
export interface EventBus {
  publish(event: DomainEvent): void;
  subscribe<K extends EventKind>(kind: K, organizationId: number): AsyncIterableIterator<EventOf<K>>;
  /** How many subscriptions are open on this instance. */
  openSubscriptions(): number;
  /** Ends every open subscription: their streams complete, and clients reconnect (to another instance). */
  endSubscriptions(): Promise<void>;
  /** Ends the subscriptions and stops the transport. */
  close(): Promise<void>;
}

/** Topics are per kind and organization: an organization's subscriber never sees another's events. */
const topic = (kind: EventKind, organizationId: number) => `${kind}:${organizationId}`;

/**
 * A bus over an EventTarget: in-process by default, or one shared by every instance (Redis
 * pub/sub). Delivery failures of a distributed target are reported through `onLost`.
 */
export function createEventBus(log: Logger, eventTarget?: PubSubEventTarget<Record<string, [DomainEvent]>>, close: () => Promise<void> = async () => {}): EventBus {
  const pubsub = createPubSub<Record<string, [DomainEvent]>>(eventTarget ? { eventTarget } : {});
  /** How to end each open subscription. */
  const open = new Set<() => void>();
  return {
    publish(event) {
      try {
        pubsub.publish(topic(event.kind, event.organizationId), { ...event, publishedAt: Date.now() });
        metrics.eventsPublished.inc({ kind: event.kind, outcome: 'published' });
      } catch (err) {
        metrics.eventsPublished.inc({ kind: event.kind, outcome: 'lost' });
        log.warn({ kind: event.kind, reason: err instanceof Error ? err.message : String(err) }, 'event lost');
      }
    },
    subscribe<K extends EventKind>(kind: K, organizationId: number) {
      return new Repeater<EventOf<K>>(async (push, stop) => {
        const source = pubsub.subscribe(topic(kind, organizationId));
        const end = () => stop();
        open.add(end);
        stop.then(() => {
          open.delete(end);
          void source.return();
        });
        for await (const event of source) await push(event as EventOf<K>);
      });
    },
    openSubscriptions: () => open.size,
    async endSubscriptions() {
      for (const end of [...open]) end();
    },
    async close() {
      await this.endSubscriptions();
      await close();
    },
  };
}
