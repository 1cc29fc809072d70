import { SystemActor } from '../../platform/auth/actor.js';
import { clock } from '../../platform/clock.js';
import type { IopCase, WorkflowStage } from '../domain/case-model.js';
import { executionName, isTerminal, waitKindOf } from '../domain/case-model.js';
import { iopConfigFromEnv } from '../domain/config.js';
import { timelineEntry } from '../domain/transition.js';
import { loadIopCase } from '../store/iop-store.js';
import { changeIopCase } from '../store/change-iop-case.js';
import { startIopExecution } from './iop-executions.js';

/** The input a stage's state machine starts with. */
function inputFor(state: IopCase, stage: WorkflowStage): Record<string, unknown> {
  if (stage !== 'review') return {};
  const review = state.reviews.at(-1);
  return { reviewNumber: review?.number ?? 1, final: review?.final ?? false };
}

/** Whether the case has a stage that an execution should be running for. */
export function needsIopExecution(state: IopCase): boolean {
  if (isTerminal(state.stage) || waitKindOf(state.stage) === undefined) return false;
  // An agreement in force waits for its review schedules, not for an execution;
  // a terminated or closed one is waited out by its review execution.
  if (state.stage === 'agreement' && state.agreementInForce && state.agreement?.version === state.agreementInForce.version) {
    return !state.reviewsScheduledAt && !state.ending;
  }
  return true;
}

/**
 * Starts the current stage's execution again under a new name (<id>-<stage>-<n+1>),
 * for the reconciler after a failure, a timeout or a restart. The fresh
 * execution's first wait answers itself if the case already moved on.
 */
export async function resumeIopCase(caseId: string): Promise<{ resumed: boolean; executionName?: string }> {
  const { state } = await loadIopCase(caseId);
  if (!needsIopExecution(state)) return { resumed: false };
  const stage = state.stage as WorkflowStage;
  // Its change asks for no effect, so the outbox runner (and its EventBridge and Scheduler clients) stays out of the reconciler.
  const result = await changeIopCase(
    caseId,
    (s) => {
      if (s.stage !== stage) return { state: s, timeline: [], effects: [] };
      const n = (s.stageRuns[stage] ?? 0) + 1;
      const next: IopCase = { ...s, stageRuns: { ...s.stageRuns, [stage]: n }, flags: { ...s.flags, needsAttention: undefined } };
      return {
        state: next,
        timeline: [
          timelineEntry(
            'resumed',
            SystemActor,
            clock.now(),
            {
              sv: 'Ärendets arbetsflöde har startats om där det var.',
              en: 'The case workflow was restarted where it was.',
            },
            false,
            { stage, run: n },
          ),
        ],
        effects: [],
      };
    },
    iopConfigFromEnv(),
  );
  if (result.state.stage !== stage) return { resumed: false };
  const name = executionName(caseId, stage, result.state.stageRuns[stage] ?? 1);
  await startIopExecution(caseId, stage, name, inputFor(result.state, stage));
  return { resumed: true, executionName: name };
}
