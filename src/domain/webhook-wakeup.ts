/**
 * How a write tells this instance's delivery worker that deliveries are due, once they committed:
 * the worker starts at once instead of at its next poll. Other instances find them by polling.
 *
 * A write that stored deliveries `owe`s a wake-up inside its transaction; the domain's
 * after-commit publication (events.ts) `flush`es it. A rolled-back write leaves a wake-up owed
 * that the next write flushes: one claim that finds nothing, never a missed delivery.
 */
/**
 * A listener hears which endpoints are owed new deliveries, or null for "maybe any": a worker
 * whose slots for every one of those endpoints are full has nothing to claim, and skips the pass.
 */
export type WakeupListener = (endpointIds: ReadonlySet<number> | null) => void;

export class WebhookWakeup {
  private readonly listeners = new Set<WakeupListener>();
  private owed = new Set<number>();

  owe(endpointIds: Iterable<number>): void {
    for (const id of endpointIds) this.owed.add(id);
  }

  /** Wakes the worker if a committed write owes it. */
  flush(): void {
    if (this.owed.size === 0) return;
    const owed = this.owed;
    this.owed = new Set();
    for (const listener of this.listeners) listener(owed);
  }

  /** Wakes the worker now, for any endpoint (a delivery retried by hand). */
  notify(): void {
    for (const listener of this.listeners) listener(null);
  }

  listen(listener: WakeupListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
