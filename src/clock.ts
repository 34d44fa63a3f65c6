/** Time comes from one place so that tests can move it (evidence expiry, rate-limit refills, call bounds). */
export interface Clock {
  now(): Date;
  /**
   * Resolves after `ms` of this clock's time; rejects with the signal's reason if it aborts first.
   * The system clock uses a timer; a manual clock resolves when a test advances it past the due time.
   */
  after(ms: number, signal?: AbortSignal): Promise<void>;
}

function abortable(signal: AbortSignal | undefined, start: (done: () => void) => () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      cancel();
      reject(signal!.reason);
    };
    const cancel = start(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export const systemClock: Clock = {
  now: () => new Date(),
  after: (ms, signal) =>
    abortable(signal, (done) => {
      const timer = setTimeout(done, ms);
      return () => clearTimeout(timer);
    }),
};

/** A clock tests can set and advance; its timers fire when it is advanced past them. */
export class ManualClock implements Clock {
  private readonly timers = new Set<{ due: number; fire: () => void }>();
  constructor(private current = new Date('2026-01-01T00:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  after(ms: number, signal?: AbortSignal): Promise<void> {
    return abortable(signal, (done) => {
      const timer = { due: this.current.getTime() + ms, fire: done };
      this.timers.add(timer);
      if (ms <= 0) queueMicrotask(() => this.fireDue());
      return () => this.timers.delete(timer);
    });
  }
  /** How many timers wait on this clock: a test's positive signal that something is waiting. */
  pendingTimers(): number {
    return this.timers.size;
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
    this.fireDue();
  }
  private fireDue(): void {
    const now = this.current.getTime();
    for (const timer of [...this.timers].sort((a, b) => a.due - b.due)) {
      if (timer.due > now) continue;
      this.timers.delete(timer);
      timer.fire();
    }
  }
}
