import type { Deps } from '../domain/deps';
import { BudgetExceededError } from '../domain/errors';
import { claimDueConnections, recheckConnection } from '../domain/rechecks';
import type { Limiter } from '../security/rate-limiter';

export interface RecheckScheduler {
  /** Runs one round now (claim what is due, re-check it); resolves when the round is done. */
  runOnce(): Promise<number>;
  /** Stops the timer and waits for the round in progress. */
  stop(): Promise<void>;
}

/**
 * Re-tests CONNECTED and ERROR connections every `deps.recheckIntervalSeconds`, under leases in
 * the database (so across instances each connection is re-checked once per interval), a few at
 * a time, spending the provider budget of the `system` principal like any caller.
 */
export function startRecheckScheduler(deps: Deps, budget: Limiter, opts: { concurrency?: number } = {}): RecheckScheduler {
  const concurrency = opts.concurrency ?? 4;
  let round: Promise<number> | undefined;
  let stopped = false;
  const spend = async () => {
    const d = await budget.take('system:recheck');
    if (!d.allowed) throw new BudgetExceededError('provider budget spent', {});
  };

  async function runRound(): Promise<number> {
    let done = 0;
    for (;;) {
      const due = stopped ? [] : await claimDueConnections(deps, concurrency);
      if (due.length === 0) return done;
      const outcomes = await Promise.allSettled(due.map((c) => recheckConnection(deps, c, { beforeProviderCall: spend })));
      for (const o of outcomes) if (o.status === 'rejected') deps.log.error({ reason: String(o.reason) }, 're-check failed');
      done += due.length;
      // The budget is spent (or something else said wait): the rest waits for the next round.
      if (outcomes.some((o) => o.status === 'fulfilled' && o.value === 'postponed')) return done;
    }
  }
  const runOnce = () => (round ??= runRound().finally(() => (round = undefined)));

  // Ticks often enough that a due connection waits a small part of its interval.
  const tickMs = Math.min(Math.max((deps.recheckIntervalSeconds * 1000) / 10, 250), 30_000);
  const timer = setInterval(() => {
    runOnce().catch((err: unknown) => deps.log.error({ reason: String(err) }, 're-check round failed'));
  }, tickMs);
  timer.unref();

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await round?.catch(() => undefined);
    },
  };
}
