import type { Catcher, Retrier } from './asl.js';

/** The errors a callback task raises when nobody answered in time or the heartbeat stopped. */
export const TimeoutErrors = ['States.Timeout', 'States.HeartbeatTimeout'];

/**
 * Lambda throttling and service faults, and errors thrown by our task handlers,
 * retried with capped, jittered backoff so a burst of executions does not retry
 * in lockstep. Only after these four attempts does a Catch see the error.
 */
export const StandardRetry: Retrier = {
  ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException', 'States.TaskFailed'],
  IntervalSeconds: 2,
  MaxAttempts: 4,
  BackoffRate: 2,
  MaxDelaySeconds: 60,
  JitterStrategy: 'FULL',
};

/** A fresh copy per state, so editing one generated state can never change another. */
export const copyRetry = (retry: readonly Retrier[]): Retrier[] => retry.map((r) => ({ ...r, ErrorEquals: [...r.ErrorEquals] }));

/** Anything that is still failing after the retries goes to `next`, with the error kept at `resultPath`. */
export const catchAll = (next: string, resultPath: string | null = '$.error'): Catcher => ({ ErrorEquals: ['States.ALL'], ResultPath: resultPath, Next: next });

/** Nobody answered in time: go to `next` (usually a reminder), keeping the timeout apart from real errors. */
export const catchTimeout = (next: string, resultPath: string | null = '$.timeout'): Catcher => ({
  ErrorEquals: [...TimeoutErrors],
  ResultPath: resultPath,
  Next: next,
});
