import type { Network, SimCall } from './network';
import type { Outcome } from './outcome';

/** What a provider says as its call progresses; each returns when that event has been sent. */
export interface CallReporter {
  initiated(): Promise<void>;
  ringing(): Promise<void>;
  answered(): Promise<void>;
  /** The terminal event; `answered` means it ended after an answer (completed). */
  ended(outcome: Outcome): Promise<void>;
}

/**
 * Runs one placed call after the create request was answered: initiated, then the delivery
 * (ringing when the far end alerts), then the end — each event sent only after the one before
 * it, so a call's events leave in order.
 */
export async function runCall(network: Network, call: SimCall, ringMs: number, report: CallReporter): Promise<void> {
  await report.initiated();
  let ringing: Promise<void> = Promise.resolve();
  let rang = false;
  const outcome = await network.deliver({
    from: call.from,
    to: call.to,
    signal: call.abort.signal,
    ringMs,
    onRinging: () => {
      if (rang || call.abort.signal.aborted) return;
      rang = true;
      ringing = report.ringing();
    },
  });
  await ringing;
  if (outcome.kind === 'answered') {
    call.answeredAt = network.now();
    await report.answered();
  }
  call.outcome = outcome;
  call.endedAt = network.now();
  await report.ended(outcome);
}
