import { EnvNames, requireEnv } from '../../platform/env-names.js';
import { CaseStore, ItemStore, TaskTokenStore } from '../../platform/dynamodb/index.js';
import type { CaseIndex, StoredCase, TransactionPut } from '../../platform/dynamodb/index.js';
import { publishNotifications } from '../../platform/outbox/publish-notifications.js';
import type { TimelineEntry } from '../../platform/timeline/timeline-entry.js';
import { createOneTimeSchedule, deleteOneTimeSchedule } from '../../platform/schedules.js';
import { isExecutionRunning, sendHeartbeatQuietly, sendTaskSuccessIfWaiting, startExecutionOnce } from '../../platform/step-functions.js';
import { followUpScheduleName } from '../domain/match-case/follow-up-schedule.js';
import type { MatchCase, MatchEffect } from '../domain/match-case/match-case-model.js';
import { matchOutboxOf, type MatchOutboxEffect } from './match-outbox.js';
import { isTerminalStage } from '../domain/match-case/terminal-stage.js';
import { MATCH_CASE_KIND } from '../store/match-case-kind.js';

/**
 * AWS plumbing of match cases: commits a change with its effects, and runs them from the stream.
 * Yearly follow-ups are opened by one-time schedules, one per anniversary,
 * that start the match-case state machine (its load-case step opens the
 * follow-up); the hourly reconciler stays the safety net.
 */
export { MATCH_CASE_KIND };
export const matchTokens = new TaskTokenStore(MATCH_CASE_KIND);
export const matchCases = new CaseStore<MatchCase>(MATCH_CASE_KIND);
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

/**
 * Runs the effects of one committed match-case change, in order, from the
 * table's stream. Each is idempotent (fixed execution and schedule names, a
 * late callback ignored, deterministic event ids); a failure throws so the
 * stream consumer retries the record.
 */
export async function runMatchOutbox(caseId: string, version: number, effects: readonly MatchOutboxEffect[]): Promise<void> {
  for (const effect of effects) {
    switch (effect.type) {
      case 'start-workflow':
        await startMatchExecution(caseId, effect.executionName);
        break;
      case 'complete-wait': {
        const token = await matchTokens.get(caseId, effect.waitKind);
        if (!token) break; // the wait has not started yet: load-case sees the new stage instead
        await sendTaskSuccessIfWaiting(token.token, effect.output);
        await matchTokens.delete(caseId, effect.waitKind);
        break;
      }
      case 'heartbeat': {
        const token = await matchTokens.get(caseId, effect.waitKind);
        if (token) await sendHeartbeatQuietly(token.token);
        break;
      }
      case 'schedule-reviews':
        for (const [i, at] of effect.at.entries()) {
          await createOneTimeSchedule({
            name: followUpScheduleName(caseId, i + 1),
            at,
            description: `Match case ${effect.reference}: yearly follow-up ${i + 1} of the social commitments`,
            stateMachineArn: stateMachineArn(),
            input: { caseId, followUp: i + 1 },
          });
        }
        break;
      case 'cancel-schedules':
        for (const name of effect.scheduleNames) await deleteOneTimeSchedule(name);
        break;
      case 'notify':
        await publishNotifications(effect, { kind: MATCH_CASE_KIND, version });
        break;
    }
  }
}

/** Commits one match-case change as one transaction, its effects on the event item. */
export async function commitMatchChange(
  previous: StoredCase<MatchCase> | undefined,
  t: { readonly state: MatchCase; readonly timeline: readonly TimelineEntry[]; readonly effects: readonly MatchEffect[] },
  also: readonly TransactionPut[] = [],
  expectedVersion = previous?.version ?? 0,
): Promise<StoredCase<MatchCase>> {
  const options = { effects: matchOutboxOf(t.state, t.effects, t.timeline), also };
  return previous
    ? matchCases.commit(t.state.id, expectedVersion, t.state, t.timeline, matchCaseIndex(t.state), previous.index, options)
    : matchCases.create(t.state.id, t.state, t.timeline, matchCaseIndex(t.state), options);
}

export const needsExecution = (s: MatchCase): boolean => !isTerminalStage(s.stage) && !(s.stage === 'agreement' && s.contract !== null);
