import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { eventBridgeClient } from '../../platform/aws-clients.js';
import { EnvNames, requireEnv } from '../../platform/env-names.js';
import type { Logger } from '../../platform/logger.js';
import { createOneTimeSchedule, deleteOneTimeSchedule, scheduleName } from '../../platform/schedules.js';
import { isExecutionRunning, sendHeartbeatQuietly, sendTaskSuccessIfWaiting, startExecutionOnce } from '../../platform/step-functions.js';
import type { TimelineEntry } from '../../timeline/timeline-entry.js';
import { reviewSlots } from '../agreement.js';
import type { IopCase, WorkflowStage } from '../case-model.js';
import type { IopConfig } from '../config.js';
import type { IopEffect, ReviewSlot } from '../effects.js';
import { IOP_KIND, iopItems, iopTokens } from './iop-store.js';

/**
 * Runs the effects of a committed IOP change. Every effect is idempotent, so a
 * retried request or task may run them again: executions have fixed names,
 * schedules fixed names, a late callback answer is ignored by Step Functions.
 */
export const stateMachineArn = (stage: WorkflowStage): string => `${requireEnv(EnvNames.stateMachineArnPrefix)}iop-${stage}`;
const executionKey = (caseId: string) => ({ pk: `${IOP_KIND}#${caseId}`, sk: 'EXECUTION' });

/** Where the case's current stage execution is, for the reconciler. */
export async function recordExecution(caseId: string, executionArn: string, stage: WorkflowStage): Promise<void> {
  const { pk, sk } = executionKey(caseId);
  await iopItems.put(pk, sk, { executionArn, stage });
}

export const executionArnOf = (stage: WorkflowStage, name: string): string =>
  `${stateMachineArn(stage).replace(':stateMachine:', ':execution:')}:${name}`;

export async function startIopExecution(caseId: string, stage: WorkflowStage, executionName: string, input: Record<string, unknown> = {}): Promise<void> {
  // The execution's first wait records where it runs (the await task), so the
  // request path spends no DynamoDB write on it. A retried start with the same
  // name is a no-op: that execution already exists.
  await startExecutionOnce(stateMachineArn(stage), executionName, { caseId, ...input });
}

/** Is the case's last recorded execution still running? */
export async function isIopExecutionRunning(caseId: string): Promise<boolean> {
  const { pk, sk } = executionKey(caseId);
  const stored = await iopItems.get<{ executionArn: string }>(pk, sk);
  return isExecutionRunning(stored?.executionArn);
}

export const scheduleNameOf = (caseId: string, reviewNumber: number): string => scheduleName(`${caseId}-review-${reviewNumber}`);

async function createReviewSchedule(caseId: string, slot: ReviewSlot): Promise<void> {
  await createOneTimeSchedule({
    name: scheduleNameOf(caseId, slot.reviewNumber),
    at: slot.at,
    description: `IOP ${caseId}: ${slot.final ? 'final' : 'annual'} review ${slot.reviewNumber}`,
    stateMachineArn: stateMachineArn('review'),
    input: { caseId, reviewNumber: slot.reviewNumber, final: slot.final },
  });
}

async function deleteReviewSchedules(state: IopCase, config: IopConfig): Promise<void> {
  const agreement = state.agreementInForce ?? state.agreement;
  if (!agreement || !state.reviewsScheduledAt) return;
  for (const slot of reviewSlots(agreement, config)) await deleteOneTimeSchedule(scheduleNameOf(state.id, slot.reviewNumber));
}

export async function completeWait(caseId: string, waitKind: string, output: unknown): Promise<void> {
  const token = await iopTokens.get(caseId, waitKind);
  if (!token) return; // the wait has not started: its await task sees the outcome in the case
  await sendTaskSuccessIfWaiting(token.token, output);
  // The used token is left in place (TTL removes it): a later answer to it is
  // refused by Step Functions and ignored here, and the next wait overwrites it.
  // Not deleting it keeps a stage-ending action within four DynamoDB requests.
}

export async function runIopEffects(
  state: IopCase,
  effects: readonly IopEffect[],
  timeline: readonly TimelineEntry[],
  config: IopConfig,
  logger?: Logger,
): Promise<void> {
  for (const effect of effects) {
    try {
      switch (effect.type) {
        case 'start-workflow':
          await startIopExecution(effect.input.caseId, effect.workflow.slice('iop-'.length) as WorkflowStage, effect.executionName);
          break;
        case 'complete-wait':
          await completeWait(state.id, effect.waitKind, effect.output);
          break;
        case 'heartbeat': {
          const token = await iopTokens.get(state.id, effect.waitKind);
          if (token) await sendHeartbeatQuietly(token.token);
          break;
        }
        case 'schedule-reviews':
          for (const slot of effect.reviews) await createReviewSchedule(state.id, slot);
          break;
        case 'cancel-schedules':
          await deleteReviewSchedules(state, config);
          break;
      }
    } catch (error) {
      // The change is committed; a lost effect is recovered by the wait's own
      // check on the case (await task) or by the reconciler, never by failing the caller.
      logger?.error('iop effect failed', { caseId: state.id, effect: effect.type, error });
    }
  }
  await notifyIop(state, timeline, logger);
}

/** Material changes go to the bus (locally the outbox); the rest stays in the timeline for the digest. */
export async function notifyIop(state: IopCase, timeline: readonly TimelineEntry[], logger?: Logger): Promise<void> {
  const material = timeline.filter((e) => e.material);
  const bus = process.env[EnvNames.eventBusName];
  if (material.length === 0 || !bus) return;
  const to = state.parties.filter((p) => p.invitation !== 'declined').map((p) => p.orgId);
  try {
    for (let i = 0; i < material.length; i += 10) {
      await eventBridgeClient().send(new PutEventsCommand({
        Entries: material.slice(i, i + 10).map((e) => ({
          EventBusName: bus,
          Source: 'iop-workflows.iop',
          DetailType: `iop-case.${e.type}`,
          Detail: JSON.stringify({ caseId: state.id, reference: state.reference, stage: state.stage, to, text: e.text, at: e.at, actor: { name: e.actor.name, org: e.actor.org } }),
        })),
      }));
    }
  } catch (error) {
    logger?.error('iop notification failed', { caseId: state.id, error });
  }
}
