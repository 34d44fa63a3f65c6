import type { Deps } from '../domain/deps';

/**
 * Runtimes whose instance is shutting down. Readiness fails for them at once, while they still
 * serve for the grace period, so a load balancer stops sending before the listener closes.
 * Keyed by the runtime's deps: several servers can share one process (tests), each its own state.
 */
const draining = new WeakSet<Deps>();

export function markDraining(deps: Deps): void {
  draining.add(deps);
}

export function isDraining(deps: Deps): boolean {
  return draining.has(deps);
}
