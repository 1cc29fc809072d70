import { SendTaskSuccessCommand } from '@aws-sdk/client-sfn';
import type { WaitKind, WorkflowStage } from '../../shared/iop/domain/index.js';
// From the modules themselves, not the domain's index: that would bring the request schemas (and zod) along.
import { executionName } from '../../shared/iop/domain/case-model.js';
import { iopConfigFromEnv } from '../../shared/iop/domain/config.js';
import {
  endAgreement,
  escalate,
  markNeedsAttention,
  markReminderSent,
  openReview,
  pendingOutcome,
  renewalOf,
  scheduleReviews,
} from '../../shared/iop/domain/lifecycle.js';
import { isSupersededReview, pendingReviewOutcome } from '../../shared/iop/domain/lifecycle.js';
import { addDays, isAfter } from '../../shared/iop/domain/dates.js';
import { closeConsultationAtDeadline } from '../../shared/iop/domain/actions/consultation-actions.js';
import type { IopCase, WaitOutput } from '../../shared/iop/domain/index.js';
import { iopStore, iopTokens, loadIopCase } from '../../shared/iop/store/iop-store.js';
import { mutateIopCase } from '../../shared/iop/store/mutate.js';
import { needsIopExecution } from '../../shared/iop/effects/resume.js';
import { commitIopChange } from '../../shared/iop/store/commit-iop-change.js';
import { executionArnOf, recordExecution, startIopExecution } from '../../shared/iop/effects/iop-executions.js';
import type { WorkflowTaskName } from '../../shared/iop/domain/workflow-task-names.js';
import { sfnClient } from '../../shared/platform/aws-clients.js';
import { sendTaskSuccessIfWaiting } from '../../shared/platform/step-functions.js';
import { clock } from '../../shared/platform/clock.js';
import { createLogger } from '../../shared/platform/logger.js';

/**
 * The Task steps of the five IOP state machines. Each is small and idempotent:
 * the state machine may retry it, and DynamoDB (not the execution) holds the
 * truth about the case.
 */
export interface IopTaskEvent {
  readonly task: WorkflowTaskName;
  readonly caseId: string;
  readonly taskToken?: string;
  readonly waitKind?: WaitKind;
  readonly round?: string;
  readonly executionName?: string;
  readonly stage?: WorkflowStage;
  readonly reviewNumber?: number;
  readonly final?: boolean;
  /** The term-end schedule's run of iop-review: end the agreement whatever the reviews' state. */
  readonly termEnd?: boolean;
  /** The consultation round iop-consultation watches, by when it started. */
  readonly startedAt?: string;
  readonly error?: { readonly Error?: string; readonly Cause?: string };
}

const logger = createLogger({ function: 'IopTasks' });
const config = iopConfigFromEnv();

/** The longest a wait task of the IOP state machines runs (the *AfterEscalation waits' TimeoutSeconds, 180 days). */
const LONGEST_WAIT_DAYS = 180;

const unchanged = (state: IopCase) => ({ state, timeline: [], effects: [] });

const stageOfWait: Record<WaitKind, WorkflowStage> = {
  invitations: 'initiation',
  consensus: 'dialogue',
  decision: 'approval',
  signatures: 'agreement',
  review: 'review',
};

function need<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`Task input lacks ${name}`);
  return value;
}

export async function handler(event: IopTaskEvent): Promise<Record<string, unknown>> {
  const log = logger.child({ caseId: event.caseId, task: event.task, waitKind: event.waitKind });
  log.info('iop task');
  const now = () => clock.now();
  switch (event.task) {
    case 'await': {
      const waitKind = need(event.waitKind, 'waitKind');
      const token = need(event.taskToken, 'taskToken');
      // A review's execution knows its review: once a later review holds the period, it hands over.
      const outcomeOf = (s: IopCase): WaitOutput | undefined =>
        waitKind === 'review' ? pendingReviewOutcome(s, event.reviewNumber) : pendingOutcome(s, waitKind);
      const { state } = await loadIopCase(event.caseId);
      const early = outcomeOf(state);
      if (early?.outcome === 'superseded' && waitKind === 'review') {
        // Answered without storing the token: the holder's token stays the one the API answers.
        await sfnClient().send(new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify(early) }));
        return { waiting: false };
      }
      // The token lives as long as this wait can: an escalated wait outlasts its due date by up to
      // LONGEST_WAIT_DAYS, and a late answer (or a later review taking over) must still find the token.
      const longest = addDays(now(), LONGEST_WAIT_DAYS);
      const deadline = state.deadlines[waitKind]?.dueAt;
      const dueAt = deadline && isAfter(deadline, longest) ? deadline : longest;
      const previous = waitKind === 'review' ? await iopTokens.get(event.caseId, waitKind) : undefined;
      await iopTokens.put(event.caseId, waitKind, { token, dueAt, createdAt: now().toISOString() });
      if (event.executionName) await recordExecution(event.caseId, executionArnOf(stageOfWait[waitKind], event.executionName), stageOfWait[waitKind]);
      // Re-read after storing the token: an answer committed in between finds no token, so it is answered here.
      const fresh = await loadIopCase(event.caseId);
      const outcome = outcomeOf(fresh.state);
      if (outcome) {
        await sfnClient().send(new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify(outcome) }));
        // Superseded meanwhile: put back the token this one overwrote (the later review's, if it was already waiting).
        if (outcome.outcome === 'superseded' && previous) await iopTokens.put(event.caseId, waitKind, previous);
        else await iopTokens.delete(event.caseId, waitKind);
      }
      return { waiting: outcome === undefined };
    }
    case 'remind': {
      const waitKind = need(event.waitKind, 'waitKind');
      await mutateIopCase(
        event.caseId,
        (s) => (isSupersededReview(s, event.reviewNumber) ? unchanged(s) : markReminderSent(s, waitKind, now(), config)),
        config,
      );
      return {};
    }
    case 'escalate': {
      const waitKind = need(event.waitKind, 'waitKind');
      await mutateIopCase(event.caseId, (s) => (isSupersededReview(s, event.reviewNumber) ? unchanged(s) : escalate(s, waitKind, now())), config);
      return {};
    }
    case 'start-stage': {
      const stage = need(event.stage, 'stage');
      const { state } = await loadIopCase(event.caseId);
      if (state.stage !== stage) {
        // The people were quicker than the workflow: the case already left the stage this step
        // was to start (a decision taken before the approval execution ran). Start the stage the
        // case is in instead, or nobody would wait for it. Its name is fixed by the stage's run,
        // so if that execution exists already this is a no-op. Reviews start from their schedules.
        const current = state.stage as WorkflowStage;
        if (current === 'review' || !needsIopExecution(state)) return { started: false, stage: state.stage };
        await startIopExecution(state.id, current, executionName(state.id, current, state.stageRuns[current] ?? 1));
        return { started: true, stage: current };
      }
      await startIopExecution(state.id, stage, executionName(state.id, stage, state.stageRuns[stage] ?? 1));
      return { started: true };
    }
    case 'schedule-reviews':
      await mutateIopCase(event.caseId, (s) => scheduleReviews(s, now(), config), config);
      return {};
    case 'open-review': {
      const reviewNumber = need(event.reviewNumber, 'reviewNumber');
      const result = await mutateIopCase(event.caseId, (s) => openReview(s, { reviewNumber, final: event.final === true }, now(), config), config);
      if (result.opened) {
        // This execution holds the review period now. The one that held it (an earlier review still open, or a
        // duplicate start of this one) is still waiting on the stored token: it hands over. This execution's
        // own wait comes after this step, so the stored token is never its own.
        const held = await iopTokens.get(event.caseId, 'review');
        if (held) await sendTaskSuccessIfWaiting(held.token, { outcome: 'superseded' });
      }
      return { opened: result.opened, waiting: result.waiting };
    }
    case 'start-renewal':
      return startRenewal(event.caseId);
    case 'end-agreement':
      await mutateIopCase(event.caseId, (s) => endAgreement(s, now(), { atTermEnd: event.termEnd === true }), config);
      return {};
    case 'close-consultation': {
      const startedAt = need(event.startedAt, 'startedAt');
      const result = await mutateIopCase(event.caseId, (s) => closeConsultationAtDeadline(s, startedAt, now()), config);
      return { open: result.open, deadline: result.deadline };
    }
    case 'mark-needs-attention': {
      const error = `${event.error?.Error ?? 'Error'}: ${event.error?.Cause ?? ''}`;
      await mutateIopCase(event.caseId, (s) => markNeedsAttention(s, error, now()), config);
      log.error('iop case needs attention', { error });
      return {};
    }
  }
}

/** Creates the linked renewal case once (its id is fixed) and starts its dialogue. */
async function startRenewal(caseId: string): Promise<Record<string, unknown>> {
  const { state } = await loadIopCase(caseId);
  if (!state.renewedBy) return { renewed: false };
  const existing = await iopStore.get(state.renewedBy);
  if (existing) {
    await startIopExecution(existing.state.id, 'dialogue', executionName(existing.state.id, 'dialogue', existing.state.stageRuns.dialogue ?? 1));
    return { renewed: true, caseId: existing.state.id };
  }
  const t = renewalOf(state, clock.now(), config);
  await commitIopChange(undefined, t, config);
  return { renewed: true, caseId: t.state.id };
}

export { resumeIopCase, needsIopExecution } from '../../shared/iop/effects/resume.js';
