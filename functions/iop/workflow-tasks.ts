import { SendTaskSuccessCommand } from '@aws-sdk/client-sfn';
import type { WaitKind, WorkflowStage } from '../../shared/iop/index.js';
import {
  endAgreement, escalate, executionName, iopConfigFromEnv, markNeedsAttention, markReminderSent, openReview,
  pendingOutcome, renewalOf, scheduleReviews,
} from '../../shared/iop/index.js';
import { iopStore, iopTokens, loadIopCase } from '../../shared/iop/runtime/iop-store.js';
import { mutateIopCase } from '../../shared/iop/runtime/mutate.js';
import { commitIopChange } from '../../shared/iop/runtime/commit-iop-change.js';
import { executionArnOf, recordExecution, startIopExecution } from '../../shared/iop/runtime/run-iop-effects.js';
import type { WorkflowTaskName } from '../../shared/iop/workflow-task-names.js';
import { sfnClient } from '../../shared/platform/aws-clients.js';
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
  readonly error?: { readonly Error?: string; readonly Cause?: string };
}

const logger = createLogger({ function: 'IopTasks' });
const config = iopConfigFromEnv();

const stageOfWait: Record<WaitKind, WorkflowStage> = {
  invitations: 'initiation', consensus: 'dialogue', decision: 'approval', signatures: 'agreement', review: 'review',
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
      const { state } = await loadIopCase(event.caseId);
      const dueAt = state.deadlines[waitKind]?.dueAt ?? now().toISOString();
      await iopTokens.put(event.caseId, waitKind, { token, dueAt, createdAt: now().toISOString() });
      if (event.executionName) await recordExecution(event.caseId, executionArnOf(stageOfWait[waitKind], event.executionName), stageOfWait[waitKind]);
      // Re-read after storing the token: an answer committed in between finds no token, so it is answered here.
      const fresh = await loadIopCase(event.caseId);
      const outcome = pendingOutcome(fresh.state, waitKind);
      if (outcome) {
        await sfnClient().send(new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify(outcome) }));
        await iopTokens.delete(event.caseId, waitKind);
      }
      return { waiting: outcome === undefined };
    }
    case 'remind': {
      const waitKind = need(event.waitKind, 'waitKind');
      await mutateIopCase(event.caseId, (s) => markReminderSent(s, waitKind, now(), config), config, log);
      return {};
    }
    case 'escalate': {
      const waitKind = need(event.waitKind, 'waitKind');
      await mutateIopCase(event.caseId, (s) => escalate(s, waitKind, now()), config, log);
      return {};
    }
    case 'start-stage': {
      const stage = need(event.stage, 'stage');
      const { state } = await loadIopCase(event.caseId);
      if (state.stage !== stage) return { started: false, stage: state.stage };
      await startIopExecution(state.id, stage, executionName(state.id, stage, state.stageRuns[stage] ?? 1));
      return { started: true };
    }
    case 'schedule-reviews':
      await mutateIopCase(event.caseId, (s) => scheduleReviews(s, now(), config), config, log);
      return {};
    case 'open-review': {
      const reviewNumber = need(event.reviewNumber, 'reviewNumber');
      const result = await mutateIopCase(event.caseId, (s) => openReview(s, { reviewNumber, final: event.final === true }, now(), config), config, log);
      return { opened: result.opened };
    }
    case 'start-renewal':
      return startRenewal(event.caseId);
    case 'end-agreement':
      await mutateIopCase(event.caseId, (s) => endAgreement(s, now()), config, log);
      return {};
    case 'mark-needs-attention': {
      const error = `${event.error?.Error ?? 'Error'}: ${event.error?.Cause ?? ''}`;
      await mutateIopCase(event.caseId, (s) => markNeedsAttention(s, error, now()), config, log);
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

export { resumeIopCase, needsIopExecution } from '../../shared/iop/runtime/resume.js';
