import type { MatchWaitKind, WorkflowMatchStage } from '../../shared/procurement/domain/match-case/match-case-model.js';
import {
  type JsonObject,
  type Retrier,
  type StateMachine,
  type States,
  TaskTokenPath,
  type Timeouts,
  and,
  awaitRemindEscalate,
  booleanEquals,
  catchAll,
  catchTimeout,
  choice,
  days,
  fail,
  isPresent,
  lambdaTask,
  not,
  stateMachine,
  stringEquals,
  succeed,
  switchOn,
  wait,
  when,
} from '../builder/index.js';

/**
 * The procurement match case: one execution runs the stored case's current stage,
 * waits for the people of that stage, then advances the case. Its conventions
 * differ from the IOP stages (its own retry policy, payloads led by `task`, and
 * an escalated wait that times out into MarkNeedsAttention), so they are spelt out here.
 */
const ProcurementTasksFunction = '${ProcurementTasksFunctionArn}';
const NeedsAttention = 'MarkNeedsAttention';

/** Lambda faults and throttling: retried quickly, with jitter. */
const LambdaFaults: Retrier = {
  ErrorEquals: ['Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'],
  IntervalSeconds: 2,
  MaxAttempts: 4,
  BackoffRate: 2,
  JitterStrategy: 'FULL',
};
/** A handler error: twice more, slower. Not on callback steps: retrying one re-runs its whole wait with a new token. */
const HandlerErrors: Retrier = { ErrorEquals: ['States.TaskFailed'], IntervalSeconds: 5, MaxAttempts: 2, BackoffRate: 2 };

type ProcurementTask = 'load-case' | 'remind' | 'escalate' | 'standstill-end' | 'check-appeal' | 'advance-stage' | 'mark-needs-attention';

/** A step of the procurement workflow-tasks handler; its payload is task, caseId, then the task's own fields. */
const step = (task: ProcurementTask, o: { with?: JsonObject; resultSelector?: JsonObject; resultPath?: string; next: string }) =>
  lambdaTask({
    functionName: ProcurementTasksFunction,
    payload: { task, 'caseId.$': '$.caseId', ...o.with },
    resultSelector: o.resultSelector,
    resultPath: o.resultPath,
    retry: [LambdaFaults, HandlerErrors],
    onError: NeedsAttention,
    next: o.next,
  });

/** A week after the reminder; once escalated, two more weeks, then the case needs a person. Heartbeats sit just below. */
const AfterReminder: Timeouts = { timeoutSeconds: days(7), heartbeatSeconds: days(7) - 1 };
const Escalated: Timeouts = { timeoutSeconds: days(14), heartbeatSeconds: days(13) };

/** The remind and escalate payloads: task, caseId, then what the reminder is about. */
const nudge = (task: 'remind' | 'escalate', waitKind: MatchWaitKind): JsonObject => ({ task, 'caseId.$': '$.caseId', waitKind });

/** One stage's wait for people: await, remind, await again, escalate, a last await; then AdvanceStage (or the award checks). */
function awaitStage(o: { name: string; waitKind: MatchWaitKind; what: string; first: Timeouts; next: string }): States {
  return awaitRemindEscalate({
    name: o.name,
    next: o.next,
    await: (round) => ({
      comment: round === 'first' ? o.what : round === 'after-reminder' ? `${o.what} (after a reminder)` : `${o.what} (escalated)`,
      functionName: ProcurementTasksFunction,
      payload: { task: 'await', waitKind: o.waitKind, 'caseId.$': '$.caseId', 'taskToken.$': TaskTokenPath },
      ...(round === 'first' ? o.first : round === 'after-reminder' ? AfterReminder : Escalated),
      retry: [LambdaFaults],
      onError: NeedsAttention,
    }),
    remind: { functionName: ProcurementTasksFunction, payload: nudge('remind', o.waitKind), retry: [LambdaFaults, HandlerErrors], onError: NeedsAttention },
    escalate: { functionName: ProcurementTasksFunction, payload: nudge('escalate', o.waitKind), retry: [LambdaFaults, HandlerErrors], onError: NeedsAttention },
    afterEscalation: { keepWaiting: { state: `Await${o.name}Escalated`, onTimeout: catchTimeout(NeedsAttention, '$.error') } },
  });
}

/** What the standstill steps answer: when the standstill ends, and whether an appeal holds it. */
const standstill: JsonObject = { 'endsAt.$': '$.Payload.endsAt', 'held.$': '$.Payload.held' };

/** The wait each stage begins with; RouteStage sends the execution there. */
const stages: Record<WorkflowMatchStage, string> = {
  initiation: 'AwaitInitiation',
  dialogue: 'AwaitDialogue',
  approval: 'AwaitAwardDecision',
  agreement: 'AwaitContract',
  review: 'AwaitFollowUp',
};

export const matchCase = (): StateMachine =>
  stateMachine({
    comment: "Procurement match case: runs the stored case's current stage (one execution per stage, none lives past a year).",
    queryLanguage: 'JSONPath',
    startAt: 'LoadCase',
    states: {
      LoadCase: step('load-case', {
        with: { 'input.$': '$' },
        resultSelector: { 'stage.$': '$.Payload.stage', 'directAward.$': '$.Payload.directAward' },
        resultPath: '$.case',
        next: 'RouteStage',
      }),
      RouteStage: switchOn({
        comment: 'One execution per stage: the stored case says which stage to run.',
        variable: '$.case.stage',
        cases: stages,
        otherwise: 'NothingToRun',
      }),
      ...awaitStage({
        name: 'Initiation',
        waitKind: 'initiation',
        what: 'The bidder pursues the match or accepts the invitation',
        first: { timeoutSeconds: days(14), heartbeatSeconds: days(13) },
        next: 'AdvanceStage',
      }),
      ...awaitStage({
        name: 'Dialogue',
        waitKind: 'dialogue',
        what: 'Questions and answers, tender school, consortium; ends when the tender is submitted',
        first: { timeoutSeconds: days(60), heartbeatSeconds: days(59) },
        next: 'AdvanceStage',
      }),
      ...awaitStage({
        name: 'AwardDecision',
        waitKind: 'award-decision',
        what: 'Evaluation and the award decision',
        first: { timeoutSeconds: days(90), heartbeatSeconds: days(89) },
        next: 'IsDirectAward',
      }),
      IsDirectAward: choice({
        comment: 'No standstill for direct awards; none either when nothing was awarded.',
        choices: [
          when(booleanEquals('$.case.directAward', true), 'AdvanceStage'),
          when(and(isPresent('$.answer.outcome'), not(stringEquals('$.answer.outcome', 'awarded'))), 'Done'),
        ],
        otherwise: 'ComputeStandstill',
      }),
      ComputeStandstill: step('standstill-end', { resultSelector: standstill, resultPath: '$.standstill', next: 'WaitStandstill' }),
      WaitStandstill: wait({
        comment: 'Avtalsspärr: until the last day of the standstill (or 10 days after a court decision).',
        timestampPath: '$.standstill.endsAt',
        next: 'CheckAppeal',
      }),
      CheckAppeal: step('check-appeal', { resultSelector: standstill, resultPath: '$.standstill', next: 'StandstillHeld' }),
      StandstillHeld: choice({
        comment: 'An appeal (överprövning) holds the contract until 10 days after the court decides.',
        choices: [when(booleanEquals('$.standstill.held', true), 'WaitStandstill')],
        otherwise: 'AdvanceStage',
      }),
      ...awaitStage({
        name: 'Contract',
        waitKind: 'contract',
        what: 'The contract is signed and its term recorded',
        first: { timeoutSeconds: days(30), heartbeatSeconds: days(29) },
        next: 'AdvanceStage',
      }),
      ...awaitStage({
        name: 'FollowUp',
        waitKind: 'follow-up',
        what: 'Yearly follow-up of the social commitments',
        first: { timeoutSeconds: days(60), heartbeatSeconds: days(59) },
        next: 'AdvanceStage',
      }),
      AdvanceStage: step('advance-stage', { next: 'Done' }),
      Done: succeed(),
      NothingToRun: succeed('The case is closed or already past this stage.'),
      [NeedsAttention]: lambdaTask({
        functionName: ProcurementTasksFunction,
        payload: { task: 'mark-needs-attention', 'caseId.$': '$.caseId', 'error.$': '$.error' },
        retry: [LambdaFaults, HandlerErrors],
        // Even if flagging the case fails, the execution fails visibly rather than looping back here.
        catch: [catchAll('Failed', '$.markError')],
        next: 'Failed',
      }),
      Failed: fail('MatchCase.NeedsAttention', 'A step failed or timed out after reminders and escalation; the case is marked as needing attention.'),
    },
  });
