import { EnvNames, requireEnv } from '../../platform/env-names.js';
import { publishNotifications } from '../../platform/outbox/publish-notifications.js';
import { createOneTimeSchedule, deleteOneTimeSchedule } from '../../platform/schedules.js';
import { sendHeartbeatQuietly, sendTaskSuccessIfWaiting, startExecutionOnce } from '../../platform/step-functions.js';
import type { WorkflowStage } from '../domain/case-model.js';
import type { ReviewSlot } from '../domain/iop-effect.js';
import { scheduleNameOf, termEndScheduleNameOf, type IopOutboxEffect } from './iop-outbox.js';
import { IOP_KIND, iopTokens } from '../store/iop-store.js';
import { startIopExecution, stateMachineArn } from './iop-executions.js';

/** What the outbox effects of IOP cases do: executions, schedules, callbacks and events (the executions themselves in iop-executions.ts). */

async function createReviewSchedule(caseId: string, slot: ReviewSlot): Promise<void> {
  await createOneTimeSchedule({
    name: scheduleNameOf(caseId, slot.reviewNumber),
    at: slot.at,
    description: `IOP ${caseId}: ${slot.final ? 'final' : 'annual'} review ${slot.reviewNumber}`,
    stateMachineArn: stateMachineArn('review'),
    input: { caseId, reviewNumber: slot.reviewNumber, final: slot.final },
  });
}

/** The term end starts iop-review on its end-agreement path (input `termEnd: true`), whatever the reviews' state. */
async function createTermEndSchedule(caseId: string, at: string): Promise<void> {
  await createOneTimeSchedule({
    name: termEndScheduleNameOf(caseId),
    at,
    description: `IOP ${caseId}: the agreement ends at its term end`,
    stateMachineArn: stateMachineArn('review'),
    input: { caseId, termEnd: true },
  });
}

/** The execution that closes a consultation round at its deadline (and again at an extended one). */
async function watchConsultation(caseId: string, executionName: string, startedAt: string, deadline: string): Promise<void> {
  await startExecutionOnce(`${requireEnv(EnvNames.stateMachineArnPrefix)}iop-consultation`, executionName, {
    caseId,
    startedAt,
    round: { open: true, deadline },
  });
}

export async function completeWait(caseId: string, waitKind: string, output: unknown): Promise<void> {
  const token = await iopTokens.get(caseId, waitKind);
  if (!token) return; // the wait has not started: its await task sees the outcome in the case
  await sendTaskSuccessIfWaiting(token.token, output);
  // The used token is left in place (TTL removes it): a later answer to it is
  // refused by Step Functions and ignored here, and the next wait overwrites it.
}

/**
 * Runs the effects of one committed IOP change, in order, from the table's
 * stream (or directly, for a workflow step that changed nothing). Every effect
 * is idempotent: executions and schedules have fixed names, a callback to a
 * wait that ended is ignored, events carry deterministic ids. A failure
 * throws, so the stream consumer retries the record and, in the end, parks it
 * in the dead-letter queue.
 */
export async function runIopOutbox(caseId: string, version: number, effects: readonly IopOutboxEffect[]): Promise<void> {
  for (const effect of effects) {
    switch (effect.type) {
      case 'start-workflow':
        await startIopExecution(effect.input.caseId, effect.workflow.slice('iop-'.length) as WorkflowStage, effect.executionName);
        break;
      case 'complete-wait':
        await completeWait(caseId, effect.waitKind, effect.output);
        break;
      case 'heartbeat': {
        const token = await iopTokens.get(caseId, effect.waitKind);
        if (token) await sendHeartbeatQuietly(token.token);
        break;
      }
      case 'schedule-reviews':
        for (const slot of effect.reviews) await createReviewSchedule(caseId, slot);
        break;
      case 'schedule-term-end':
        await createTermEndSchedule(caseId, effect.at);
        break;
      case 'watch-consultation':
        await watchConsultation(caseId, effect.executionName, effect.startedAt, effect.deadline);
        break;
      case 'cancel-schedules':
        for (const name of effect.scheduleNames) await deleteOneTimeSchedule(name);
        break;
      case 'notify':
        await publishNotifications(effect, { kind: IOP_KIND, version });
        break;
    }
  }
}
