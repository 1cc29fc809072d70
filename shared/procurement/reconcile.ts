import { SystemActor } from '../auth/actor.js';
import { CaseStore } from '../data/index.js';
import { clock } from '../platform/clock.js';
import type { Logger } from '../platform/logger.js';
import type { MatchCase, WorkflowMatchStage } from './match-case/match-case-model.js';
import { applyMatchAction } from './match-case/match-case-reducer.js';
import { MATCH_CASE_KIND, isMatchExecutionRunning, matchCaseIndex, needsExecution, runMatchEffects, startMatchExecution } from './match-case/run-match-effects.js';

const LiveStages: readonly WorkflowMatchStage[] = ['initiation', 'dialogue', 'approval', 'agreement', 'review'];

/** Years of the contract that have passed by `now` (each opens one yearly follow-up). */
function dueReviews(s: MatchCase, now: Date): number {
  if (!s.contract) return 0;
  const start = new Date(`${s.contract.startDate}T00:00:00Z`);
  let years = 0;
  for (;;) {
    const next = new Date(start);
    next.setUTCFullYear(start.getUTCFullYear() + years + 1);
    if (next > now || next.toISOString().slice(0, 10) > s.contract.endDate) return years;
    years++;
  }
}

/**
 * Resumes every open match case: a stage whose execution is gone (failed,
 * timed out, lost in a redeploy or a local restart) gets a new one, and a
 * running contract whose anniversary has come gets its yearly follow-up.
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
        if (s.stage === 'agreement' && s.contract && dueReviews(s, now) > s.reviews.length) {
          const t = applyMatchAction(s, { type: 'open-review' }, SystemActor, now);
          await store.commit(s.id, stored.version, t.state, t.timeline, matchCaseIndex(t.state));
          await runMatchEffects(t.state, t.effects, t.timeline);
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
