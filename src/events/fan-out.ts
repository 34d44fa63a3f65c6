/**
 * Work shared by every subscriber of one event on this instance. The bus hands the same event
 * object to each subscriber of its topic (in process, and once per Redis message), so what they
 * would each read — whether a key is still active, the object as it is now — is read once per
 * event and name, and forgotten with the event. Four hundred subscriptions of one organization
 * then cost one read of the changed object per event, not four hundred.
 */
const shared = new WeakMap<object, Map<string, Promise<unknown>>>();

export function oncePerEvent<T>(event: object, name: string, read: () => Promise<T>): Promise<T> {
  let reads = shared.get(event);
  if (!reads) shared.set(event, (reads = new Map()));
  let pending = reads.get(name) as Promise<T> | undefined;
  if (!pending) reads.set(name, (pending = read()));
  return pending;
}
