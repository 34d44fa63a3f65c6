import { setMaxListeners } from 'node:events';
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
  | { kind: 'api_key_revoked'; organizationId: number; apiKeyId: number }
  /** A test call of a number moved on (a leg placed, a status, an arrival, the result). */
  | { kind: 'test_call'; organizationId: number; testCallId: number; phoneNumberId: number }
  /** A webhook delivery moved on: an attempt was recorded, or it was retried by hand. */
  | { kind: 'webhook_delivery'; organizationId: number; endpointId: number; deliveryId: number }
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
  /**
   * Resolves `revoked` when a revocation of the key is published (by any instance sharing the
   * bus), so that its open streams end at once rather than at the organization's next event.
   * A watch is part of a stream, not a subscription of its own: `openSubscriptions` omits it.
   */
  watchRevocation(organizationId: number, apiKeyId: number): { revoked: Promise<void>; stop(): void };
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
 * The in-process transport: Node's EventTarget, without its listener-leak warning. Every
 * subscriber of a topic is one listener of one event type, so hundreds of them (an organization's
 * open streams) are the normal case, not a leak; the bus counts what is open itself, and the
 * per-key stream limit bounds it.
 */
function inProcessTarget(): EventTarget {
  const target = new EventTarget();
  setMaxListeners(0, target);
  return target;
}

/**
 * A bus over an EventTarget: in-process by default, or one shared by every instance (Redis
 * pub/sub). Delivery failures of a distributed target are reported through `onLost`.
 */
export function createEventBus(log: Logger, eventTarget?: PubSubEventTarget<Record<string, [DomainEvent]>>, close: () => Promise<void> = async () => {}): EventBus {
  const target = eventTarget ?? (inProcessTarget() as PubSubEventTarget<Record<string, [DomainEvent]>>);
  const pubsub = createPubSub<Record<string, [DomainEvent]>>({ eventTarget: target });
  /** How to end each open subscription (its repeater's stop). */
  const open = new Set<() => void>();
  /** Revocation watches: one bus subscription per organization with open streams, however many streams. */
  const watches = new Map<number, { source: AsyncIterator<unknown>; waiting: Map<number, Set<() => void>> }>();
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
      // One repeater fed by one listener of the target: pubsub.subscribe would add a second
      // repeater (and a loop between the two) to every open stream, ≈ 2 KB of heap each.
      const name = topic(kind, organizationId);
      return new Repeater<EventOf<K>>((push, stop) => {
        const listener = (event: Event) => void push((event as CustomEvent<EventOf<K>>).detail);
        target.addEventListener(name, listener);
        open.add(stop);
        void stop.then(() => {
          open.delete(stop);
          target.removeEventListener(name, listener);
        });
      });
    },
    watchRevocation(organizationId, apiKeyId) {
      let org = watches.get(organizationId);
      if (!org) {
        const source = pubsub.subscribe(topic('api_key_revoked', organizationId));
        const waiting = new Map<number, Set<() => void>>();
        org = { source, waiting };
        watches.set(organizationId, org);
        void (async () => {
          for await (const event of source) for (const revoked of waiting.get((event as EventOf<'api_key_revoked'>).apiKeyId) ?? []) revoked();
        })();
      }
      const { waiting, source } = org;
      let revoked!: () => void;
      const promise = new Promise<void>((resolve) => (revoked = resolve));
      const mine = waiting.get(apiKeyId) ?? new Set();
      waiting.set(apiKeyId, mine.add(revoked));
      return {
        // Never settles when the watch stops first: the stream it guards is ending anyway.
        revoked: promise,
        stop() {
          if (!mine.delete(revoked)) return;
          if (mine.size === 0) waiting.delete(apiKeyId);
          if (waiting.size === 0 && watches.get(organizationId)?.source === source) {
            watches.delete(organizationId);
            void source.return?.();
          }
        },
      };
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
