import { CaseStore } from '../../platform/dynamodb/index.js';
import { clock } from '../../platform/clock.js';
import type { Logger } from '../../platform/logger.js';
import type { MatchCase, WorkflowMatchStage } from '../domain/match-case/match-case-model.js';
import { openDueFollowUp } from './open-due-follow-up.js';
import { MATCH_CASE_KIND } from '../store/match-case-kind.js';
import { isMatchExecutionRunning, needsExecution, startMatchExecution } from './match-executions.js';

const LiveStages: readonly WorkflowMatchStage[] = ['initiation', 'dialogue', 'approval', 'agreement', 'review'];

/**
 * Resumes every open match case: a stage whose execution is gone (failed,
 * timed out, lost in a redeploy or a local restart) gets a new one, and a
 * running contract whose anniversary has come gets its yearly follow-up
 * (normally opened by its one-time schedule; this is the safety net).
 */
export async function reconcileMatchCases(logger: Logger): Promise<{ resumed: number; reviewsOpened: number }> {
  const store = new CaseStore<MatchCase>(MATCH_CASE_KIND);
  const now = clock.now();
  let resumed = 0;
  let reviewsOpened = 0;
  for (const stage of LiveStages) {
    for (const stored of await store.listByStage(stage)) {
      const s = stored.state;
      try {
        if (await openDueFollowUp(stored, now)) {
          reviewsOpened++;
        } else if (needsExecution(s) && !(await isMatchExecutionRunning(s.id))) {
          await startMatchExecution(s.id, `${s.id}-${s.stage}-resume-${now.getTime()}`);
          resumed++;
        }
      } catch (error) {
        logger.warn('match case not reconciled', { caseId: s.id, error: String(error) });
      }
    }
  }
  return { resumed, reviewsOpened };
}
