import type { WorkflowTaskName } from '../../shared/iop/domain/workflow-task-names.js';
import {
  type AwaitRound,
  ExecutionNamePath,
  type JsonObject,
  type States,
  TaskTokenPath,
  type Timeouts,
  awaitRemindEscalate,
  days,
  fail,
  lambdaTask,
  pass,
  switchOn,
} from '../builder/index.js';

/**
 * What the five IOP stage machines share: every step calls the IOP workflow-tasks
 * function, every failure ends in MarkNeedsAttention (the case is flagged, never
 * dropped), and every wait for people follows the same await → remind → escalate rounds.
 */
export const IopTasksFunction = '${IopTasksFunctionArn}';
const NeedsAttention = 'MarkNeedsAttention';

export interface IopTaskOptions {
  comment: string;
  /** Fields after caseId and task. */
  with?: JsonObject;
  resultSelector?: JsonObject;
  resultPath?: string | null;
  next: string;
}

/** A step of the IOP workflow-tasks handler; its payload is caseId, task, then the task's own fields. */
export const iopTask = (task: WorkflowTaskName, o: IopTaskOptions) =>
  lambdaTask({
    comment: o.comment,
    functionName: IopTasksFunction,
    payload: { 'caseId.$': '$.caseId', task, ...o.with },
    resultSelector: o.resultSelector,
    resultPath: o.resultPath,
    onError: NeedsAttention,
    next: o.next,
  });

/** Stages run as executions of their own, so none lives for years; this starts the next one. */
export const startStage = (stage: 'dialogue' | 'approval' | 'agreement', o: { comment?: string; next: string }) =>
  iopTask('start-stage', {
    comment: o.comment ?? `Start the ${stage} stage as its own execution (name <caseId>-${stage}-<n>)`,
    with: { stage },
    next: o.next,
  });

/** A week after the reminder (the heartbeat just below it, as Step Functions requires). */
const AfterReminder: Timeouts = { timeoutSeconds: days(7), heartbeatSeconds: days(7) - 1 };
/** Once escalated, the case is stalled but kept: wait half a year at a time. */
const AfterEscalation: Timeouts = { timeoutSeconds: days(180), heartbeatSeconds: days(90) };

export interface AwaitPartiesOptions {
  /** The base of the state names (AwaitConsensus, RemindConsensus, …). */
  name: string;
  /** The callback kind the API answers, also what the reminder and the escalation are about. */
  waitKind: string;
  /** What is awaited, as the comments say it: "Wait for <what>", "remind whoever acts next about <what>". */
  what: string;
  first: Timeouts;
  /** Fields the handler needs besides caseId (added to the await, remind and escalate payloads). */
  with?: JsonObject;
  /** What the escalation does, as its comment says. */
  escalation: string;
  /** After escalating: keep waiting (the comment of that last round), or go on to a state. */
  afterEscalation: { keepWaiting: string } | { next: string };
  /** Where the answer goes. */
  next: string;
}

/** One wait for people in an IOP stage: the await → remind → escalate rounds with IOP's payloads and comments. */
export function awaitParties(o: AwaitPartiesOptions): States {
  const keepWaiting = 'keepWaiting' in o.afterEscalation ? o.afterEscalation.keepWaiting : undefined;
  const comment = (round: AwaitRound) =>
    round === 'first'
      ? `Wait for ${o.what}; the API answers this callback`
      : round === 'after-reminder'
        ? `Wait for ${o.what} after the reminder`
        : keepWaiting;
  const timeouts: Record<AwaitRound, Timeouts> = { first: o.first, 'after-reminder': AfterReminder, 'after-escalation': AfterEscalation };
  const nudge = (task: 'remind' | 'escalate', comment: string) => ({
    comment,
    functionName: IopTasksFunction,
    payload: { 'caseId.$': '$.caseId', task, waitKind: o.waitKind, ...o.with },
    onError: NeedsAttention,
  });
  return awaitRemindEscalate({
    name: o.name,
    next: o.next,
    await: (round) => ({
      comment: comment(round),
      functionName: IopTasksFunction,
      payload: {
        task: 'await',
        waitKind: o.waitKind,
        round,
        'caseId.$': '$.caseId',
        'taskToken.$': TaskTokenPath,
        'executionName.$': ExecutionNamePath,
        ...o.with,
      },
      ...timeouts[round],
      onError: NeedsAttention,
    }),
    remind: nudge('remind', `Nothing happened in time: remind whoever acts next about ${o.what}`),
    escalate: nudge('escalate', o.escalation),
    afterEscalation: 'next' in o.afterEscalation ? { next: o.afterEscalation.next } : { keepWaiting: {} },
  });
}

/** Branch on the callback's outcome; an outcome nobody expected flags the case instead of guessing. */
export const outcomeGate = (comment: string, outcomes: Record<string, string>) =>
  switchOn({ comment, variable: '$.answer.outcome', cases: outcomes, otherwise: 'MarkNeedsAttentionUnknownOutcome' });

/** The end of every IOP stage machine: whatever failed is recorded on the case for a person and the reconciler. */
export const needsAttention = (): States => ({
  MarkNeedsAttentionUnknownOutcome: pass({
    parameters: { 'caseId.$': '$.caseId', error: { Error: 'UnknownOutcome', Cause: 'The callback output did not match any gate' } },
    next: NeedsAttention,
  }),
  [NeedsAttention]: lambdaTask({
    comment: 'Something failed after retries: flag the case for a person and the reconciler, never drop it',
    functionName: IopTasksFunction,
    payload: { task: 'mark-needs-attention', 'caseId.$': '$.caseId', 'error.$': '$.error', 'executionName.$': ExecutionNamePath },
    // No catch: this is where failures go, it cannot go to itself.
    next: 'StageFailed',
  }),
  StageFailed: fail('IopStageFailed', 'A step failed after its retries; the case is marked as needing attention.'),
});
