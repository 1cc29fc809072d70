import type { Catcher, TaskState } from './asl.js';
import { catchTimeout } from './errors.js';
import { type CallbackTaskOptions, type LambdaTaskOptions, callbackTask, lambdaTask } from './lambda-tasks.js';

/**
 * People are slow, so no wait may end a case silently. Each wait runs as
 *
 *   Await<Name> --timeout--> Remind<Name> --> Await<Name>AfterReminder --timeout--> Escalate<Name>
 *     --> either one more long wait (whose timeout escalates again or fails the case) or a state that ends the wait
 *
 * and every await round goes to the same `next` with the answer. The wiring lives here once; what each
 * state says and sends (comment, payload, timeouts) comes from the caller, per round.
 */
export type AwaitRound = 'first' | 'after-reminder' | 'after-escalation';

/** A round's callback task without its wiring (Next and the timeout catch come from the pattern). */
export type AwaitRoundTask = Omit<CallbackTaskOptions, 'next' | 'onTimeout'>;
/** The remind or escalate step without its Next. */
export type NudgeTask = Omit<LambdaTaskOptions, 'next'>;

/** After escalating, wait once more. Its timeout escalates again unless `onTimeout` says otherwise. */
export interface KeepWaiting {
  /** The state name; defaults to Await<Name>AfterEscalation. */
  state?: string;
  onTimeout?: Catcher;
}

export interface AwaitRemindEscalateOptions {
  /** The base of the state names, e.g. "Consensus" for AwaitConsensus, RemindConsensus, … */
  name: string;
  /** Where an answer goes, from every round (usually a gate on the outcome). */
  next: string;
  /** The callback task of each round. */
  await: (round: AwaitRound) => AwaitRoundTask;
  remind: NudgeTask;
  escalate: NudgeTask;
  /** What follows the escalation: keep waiting, or go on to `next` (e.g. the invitations lapse). */
  afterEscalation: { keepWaiting: KeepWaiting } | { next: string };
}

export const awaitStateName = (name: string): string => `Await${name}`;
export const remindStateName = (name: string): string => `Remind${name}`;
export const afterReminderStateName = (name: string): string => `Await${name}AfterReminder`;
export const escalateStateName = (name: string): string => `Escalate${name}`;
export const afterEscalationStateName = (name: string): string => `Await${name}AfterEscalation`;

/** The states of one await → remind → escalate wait, in reading order, to spread into a machine's States. */
export function awaitRemindEscalate(o: AwaitRemindEscalateOptions): Record<string, TaskState> {
  const remind = remindStateName(o.name);
  const afterReminder = afterReminderStateName(o.name);
  const escalate = escalateStateName(o.name);
  const keepWaiting = 'keepWaiting' in o.afterEscalation ? o.afterEscalation.keepWaiting : undefined;
  const afterEscalation = keepWaiting?.state ?? afterEscalationStateName(o.name);
  const escalateNext = 'next' in o.afterEscalation ? o.afterEscalation.next : afterEscalation;

  const states: Record<string, TaskState> = {
    [awaitStateName(o.name)]: callbackTask({ ...o.await('first'), onTimeout: remind, next: o.next }),
    [remind]: lambdaTask({ ...o.remind, next: afterReminder }),
    [afterReminder]: callbackTask({ ...o.await('after-reminder'), onTimeout: escalate, next: o.next }),
    [escalate]: lambdaTask({ ...o.escalate, next: escalateNext }),
  };
  if (keepWaiting) {
    states[afterEscalation] = callbackTask({ ...o.await('after-escalation'), onTimeout: keepWaiting.onTimeout ?? catchTimeout(escalate), next: o.next });
  }
  return states;
}
