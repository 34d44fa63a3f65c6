import type { CallChecks, CallLeg, LegEvent, TestCall } from '../db/repositories/test-calls';

/** A leg and what happened to it, each event with its milliseconds from the test call's start. */
export interface LegView extends CallLeg {
  timeline: (LegEvent & { ms: number })[];
}

/** A test call as it is reported: its row, its two checks, its legs' timelines. */
export interface TestCallReport {
  testCall: TestCall;
  checks: CallChecks;
  legs: LegView[];
}
