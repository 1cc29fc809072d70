import { TaskTokenStore } from '../../platform/dynamodb/index.js';
import { publishNotifications } from '../../platform/outbox/publish-notifications.js';
import { createOneTimeSchedule, deleteOneTimeSchedule } from '../../platform/schedules.js';
import { sendHeartbeatQuietly, sendTaskSuccessIfWaiting } from '../../platform/step-functions.js';
import { followUpScheduleName } from '../domain/match-case/follow-up-schedule.js';
import type { MatchOutboxEffect } from './match-outbox.js';
import { MATCH_CASE_KIND } from '../store/match-case-kind.js';
import { matchStateMachineArn, startMatchExecution } from './match-executions.js';

/**
 * What the outbox effects of match cases do (executions in match-executions.ts,
 * the commit in commit-match-change.ts). Yearly follow-ups are opened by
 * one-time schedules, one per anniversary, that start the match-case state
 * machine (its load-case step opens the follow-up); the hourly reconciler
 * stays the safety net.
 */
export { MATCH_CASE_KIND };
export const matchTokens = new TaskTokenStore(MATCH_CASE_KIND);

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
            stateMachineArn: matchStateMachineArn(),
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
