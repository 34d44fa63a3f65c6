import type { Deps } from '../domain/deps';
import { claimDueDeliveries, deliverOne, PER_ENDPOINT_IN_FLIGHT, type ClaimedDelivery } from '../domain/webhook-delivery';

export interface WebhookWorker {
  /**
   * Claims and delivers what is due now, and what that unblocks (an object's next event), until
   * nothing is in flight; resolves once those attempts are recorded, with how many were started.
   * For tests (the clock is theirs); the worker runs by itself anyway.
   */
  runOnce(): Promise<number>;
  /** Stops claiming and waits for the attempts in flight to be recorded. */
  stop(): Promise<void>;
}

/**
 * Delivers webhooks: claims due deliveries under leases when a write of this instance wakes it
 * (deps.webhooks.wakeup) and every `pollMs` (retries, other instances' writes), with at most
 * `concurrency` attempts in flight, at most PER_ENDPOINT_IN_FLIGHT to one endpoint. It claims
 * again as soon as an attempt ends, so a slot freed by a fast receiver is used at once and a slow
 * one holds only its own few. A failure (the database gone) is logged and the next poll tries again.
 */
export function startWebhookWorker(deps: Deps, opts: { concurrency: number; pollMs: number }): WebhookWorker {
  let stopped = false;
  /** The claim pass running (passes never overlap: the in-flight counts they read must be exact). */
  let pass: Promise<void> | undefined;
  let passAgain = false;
  const inFlight = new Set<Promise<void>>();
  const byEndpoint = new Map<number, number>();
  const deliveryIds = new Set<number>();
  /** runOnce calls listening for the attempts started meanwhile. */
  const observers = new Set<{ started: number }>();

  function start(claimed: ClaimedDelivery): void {
    const endpointId = claimed.endpoint.id;
    byEndpoint.set(endpointId, (byEndpoint.get(endpointId) ?? 0) + 1);
    deliveryIds.add(claimed.id);
    for (const o of observers) o.started++;
    const attempt: Promise<void> = deliverOne(deps, claimed)
      .then(() => undefined)
      .catch((err: unknown) => deps.log.error({ deliveryId: claimed.id, endpointId, reason: String(err) }, 'webhook attempt could not be recorded; its lease will expire and it will be retried'))
      .finally(() => {
        inFlight.delete(attempt);
        deliveryIds.delete(claimed.id);
        const n = (byEndpoint.get(endpointId) ?? 1) - 1;
        if (n === 0) byEndpoint.delete(endpointId);
        else byEndpoint.set(endpointId, n);
        // A slot is free, and the object's next event may now be due.
        void kick();
      });
    inFlight.add(attempt);
  }

  async function claimWhileRoom(): Promise<void> {
    while (!stopped) {
      const free = opts.concurrency - inFlight.size;
      if (free <= 0) return;
      const claimed = await claimDueDeliveries(deps, free, { byEndpoint, deliveryIds });
      for (const c of claimed) start(c);
      // Fewer than asked and no endpoint newly at its cap: nothing more is due. An endpoint at
      // its cap may have hidden others' deliveries from this claim's scan: claim again.
      const capped = claimed.some((c) => byEndpoint.get(c.endpoint.id) === PER_ENDPOINT_IN_FLIGHT);
      if (claimed.length === 0 || (claimed.length < free && !capped)) return;
    }
  }

  /** Runs a claim pass now, or once more after the one running; resolves when that is done. */
  function kick(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (pass) {
      passAgain = true;
      return pass;
    }
    pass = (async () => {
      do {
        passAgain = false;
        try {
          await claimWhileRoom();
        } catch (err) {
          deps.log.error({ reason: String(err) }, 'webhook deliveries could not be claimed; trying again at the next poll');
          return;
        }
      } while (passAgain && !stopped);
    })().finally(() => (pass = undefined));
    return pass;
  }

  // Under a steady write load most wake-ups name endpoints already at their cap: a claim would
  // find nothing for them, and the attempt that ends frees the slot and kicks a pass anyway.
  const unlisten = deps.webhooks.wakeup.listen((endpointIds) => {
    if (endpointIds && [...endpointIds].every((id) => (byEndpoint.get(id) ?? 0) >= PER_ENDPOINT_IN_FLIGHT)) return;
    void kick();
  });
  const timer = setInterval(() => void kick(), opts.pollMs);
  timer.unref();

  return {
    async runOnce() {
      const observer = { started: 0 };
      observers.add(observer);
      try {
        for (;;) {
          await kick();
          if (inFlight.size === 0) return observer.started;
          // Each attempt that ends kicks a pass (its object's next event): awaited on the next turn.
          await Promise.allSettled([...inFlight]);
        }
      } finally {
        observers.delete(observer);
      }
    },
    async stop() {
      stopped = true;
      unlisten();
      clearInterval(timer);
      await pass;
      await Promise.allSettled([...inFlight]);
    },
  };
}
