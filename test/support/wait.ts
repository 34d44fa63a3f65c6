/**
 * The one place tests pause: polling for a positive signal. For ordering, never for timing: a
 * test asserts what happened, not how long it took. The deadlines only stop a test that would
 * otherwise hang.
 */

/** Resolves once `predicate` holds (polled; it may be async, e.g. an HTTP request), or rejects after `timeoutMs`. */
export async function waitFor(predicate: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Counted attempts: calls `attempt` until `settled` accepts its result or `attempts` calls were
 * made, with a short pause between; the last result. For a server that has not yet seen what the
 * test did (a closed connection), where there is no signal to wait for.
 */
export async function retry<T>(attempt: () => Promise<T>, settled: (result: T) => boolean, attempts = 200): Promise<T> {
  for (let i = 1; ; i++) {
    const result = await attempt();
    if (settled(result) || i >= attempts) return result;
    await new Promise((r) => setTimeout(r, 10));
  }
}
