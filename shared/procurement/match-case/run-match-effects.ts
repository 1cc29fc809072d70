import { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { eventBridgeClient } from '../../platform/aws-clients.js';
import { EnvNames, requireEnv } from '../../platform/env-names.js';
import { ItemStore, TaskTokenStore } from '../../data/index.js';
import type { CaseIndex } from '../../data/index.js';
import type { TimelineEntry } from '../../timeline/timeline-entry.js';
import { createOneTimeSchedule, deleteOneTimeSchedule } from '../../platform/schedules.js';
import { isExecutionRunning, sendHeartbeatQuietly, sendTaskSuccessIfWaiting, startExecutionOnce } from '../../platform/step-functions.js';
import { followUpScheduleName, followUpSlots } from './follow-up-schedule.js';
import type { MatchCase, MatchEffect } from './match-case-model.js';
import { isTerminalStage } from './match-case-model.js';

/**
 * AWS plumbing of match cases: runs a transition's effects after its commit.
 * Yearly follow-ups are opened by one-time schedules, one per anniversary,
 * that start the match-case state machine (its load-case step opens the
 * follow-up); the hourly reconciler stays the safety net.
 */
export const MATCH_CASE_KIND = 'MATCH';
export const matchTokens = new TaskTokenStore(MATCH_CASE_KIND);
const items = new ItemStore();

export function matchCaseIndex(s: MatchCase): CaseIndex {
  return { orgs: [s.bidderOrgId, s.buyerOrgId, ...s.consortiumOrgIds], stage: s.stage, stageSortKey: `${s.updatedAt}#${s.id}` };
}

const stateMachineArn = () => `${requireEnv(EnvNames.stateMachineArnPrefix)}match-case`;
const executionKey = (caseId: string) => ({ pk: `${MATCH_CASE_KIND}#${caseId}`, sk: 'EXECUTION' });

export async function startMatchExecution(caseId: string, executionName: string): Promise<void> {
  // A retried start with the same name is fine: the execution already runs.
  const out = await startExecutionOnce(stateMachineArn(), executionName, { caseId });
  if (!out) return;
  const { pk, sk } = executionKey(caseId);
  await items.put(pk, sk, { executionArn: out.executionArn ?? '', startedAt: out.startDate?.toISOString() ?? '' });
}

/** Is the case's last execution still running? */
export async function isMatchExecutionRunning(caseId: string): Promise<boolean> {
  const { pk, sk } = executionKey(caseId);
  const stored = await items.get<{ executionArn: string }>(pk, sk);
  return isExecutionRunning(stored?.executionArn);
}

export async function runMatchEffects(state: MatchCase, effects: readonly MatchEffect[], timeline: readonly TimelineEntry[]): Promise<void> {
  for (const effect of effects) {
    switch (effect.type) {
      case 'start-workflow':
        await startMatchExecution(state.id, effect.executionName);
        break;
      case 'complete-wait': {
        const token = await matchTokens.get(state.id, effect.waitKind);
        if (!token) break; // the wait has not started yet: load-case sees the new stage instead
        await sendTaskSuccessIfWaiting(token.token, effect.output);
        await matchTokens.delete(state.id, effect.waitKind);
        break;
      }
      case 'heartbeat': {
        const token = await matchTokens.get(state.id, effect.waitKind);
        if (token) await sendHeartbeatQuietly(token.token);
        break;
      }
      case 'schedule-reviews':
        for (const [i, at] of effect.at.entries()) {
          await createOneTimeSchedule({
            name: followUpScheduleName(state.id, i + 1),
            at,
            description: `Match case ${state.reference}: yearly follow-up ${i + 1} of the social commitments`,
            stateMachineArn: stateMachineArn(),
            input: { caseId: state.id, followUp: i + 1 },
          });
        }
        break;
      case 'cancel-schedules':
        if (state.contract) for (const slot of followUpSlots(state.contract)) await deleteOneTimeSchedule(followUpScheduleName(state.id, slot.number));
        break;
    }
  }
  await notify(state, timeline);
}

/** Material changes go to the bus (locally the outbox); the rest only to the timeline. */
async function notify(state: MatchCase, timeline: readonly TimelineEntry[]): Promise<void> {
  const material = timeline.filter((e) => e.material);
  if (material.length === 0) return;
  const bus = process.env[EnvNames.eventBusName];
  if (!bus) return;
  await eventBridgeClient().send(
    new PutEventsCommand({
      Entries: material.map((e) => ({
        EventBusName: bus,
        Source: 'iop-workflows.procurement',
        DetailType: `match-case.${e.type}`,
        Detail: JSON.stringify({ caseId: state.id, reference: state.reference, stage: state.stage, to: [state.bidderOrgId, state.buyerOrgId, ...state.consortiumOrgIds], text: e.text, at: e.at }),
      })),
    }),
  );
}

export const needsExecution = (s: MatchCase): boolean => !isTerminalStage(s.stage) && !(s.stage === 'agreement' && s.contract !== null);
