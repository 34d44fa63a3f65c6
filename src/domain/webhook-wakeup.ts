/**
 * How a write tells this instance's delivery worker that deliveries are due, once they committed:
 * the worker starts at once instead of at its next poll. Other instances find them by polling.
 *
 * A write that stored deliveries `owe`s a wake-up inside its transaction; the domain's
 * after-commit publication (events.ts) `flush`es it. A rolled-back write leaves a wake-up owed
 * that the next write flushes: one claim that finds nothing, never a missed delivery.
 */
export class WebhookWakeup {
  private readonly listeners = new Set<() => void>();
  private owed = false;

  owe(): void {
    this.owed = true;
  }

  /** Wakes the worker if a committed write owes it. */
  flush(): void {
    if (!this.owed) return;
    this.owed = false;
    this.notify();
  }

  /** Wakes the worker now (a delivery retried by hand). */
  notify(): void {
    for (const listener of this.listeners) listener();
  }

  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
