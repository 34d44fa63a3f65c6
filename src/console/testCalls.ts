import { useSubscription } from '@urql/preact';
import type { CallCheckFieldsFragment, TestCallFieldsFragment } from './generated/graphql';
import { TestCallUpdatedSubscription } from './operations';
import { usePermissions } from './permissions';

type TestCall = TestCallFieldsFragment;

/** What a number's calls panel shows: its latest test call, live, and what started it from this tab. */
export interface CallsView {
  testCall: TestCall | null;
  /** verify-voip's own call checks: the only ones there are when it placed no call (NOT_CHECKED, with why). */
  checks: { outboundCall: CallCheckFieldsFragment; inboundCall: CallCheckFieldsFragment } | null;
  /** What this tab is waiting for, if anything. */
  running: 'verify' | 'test' | null;
  error: string | null;
}

export const NO_CALLS: CallsView = { testCall: null, checks: null, running: null, error: null };

const steps = (t: TestCall) => t.legs.reduce((n, leg) => n + leg.timeline.length, 0);

/**
 * The later of two states of a number's test calls. Live events and the mutation's answer carry
 * the whole test call and may arrive in either order: a newer test call wins, and within one, a
 * finished state is never replaced by a running one, nor a timeline by a shorter one.
 */
export function laterTestCall(current: TestCall | null, next: TestCall): TestCall {
  if (!current) return next;
  if (current.id !== next.id) return Number(next.id) > Number(current.id) ? next : current;
  if (current.status !== 'RUNNING' && next.status === 'RUNNING') return current;
  if (current.status === next.status && steps(next) < steps(current)) return current;
  return next;
}

/** Each state of this number's test calls (verify-voip's and testCall's, from any tab), over the live stream. */
export function useTestCallUpdates(phoneNumberId: string, onTestCall: (t: TestCall) => void) {
  const allowed = usePermissions().can('testCallEvents');
  useSubscription({ query: TestCallUpdatedSubscription, variables: { phoneNumberId }, pause: !allowed }, (_prev, event) => {
    if (event.testCallUpdated.testCall) onTestCall(event.testCallUpdated.testCall);
    return event;
  });
}
