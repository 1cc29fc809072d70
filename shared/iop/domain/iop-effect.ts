import type { WaitKind, WaitOutput, WorkflowStage } from './case-model.js';

/**
 * What must happen outside the case item after a change is committed. The
 * domain returns these as data; the API and the workflow-tasks handler run
 * them (and only after the commit succeeded, so a lost race runs nothing).
 */
export type IopEffect =
  /** Start a stage's execution; the name makes a retried start a no-op. */
  | { readonly type: 'start-workflow'; readonly workflow: `iop-${WorkflowStage}`; readonly executionName: string; readonly input: { readonly caseId: string } }
  /** Answer the callback the current stage's execution waits on. */
  | { readonly type: 'complete-wait'; readonly waitKind: WaitKind; readonly output: WaitOutput }
  /** Activity on a human step: resets the step's HeartbeatSeconds (silence is what triggers a reminder). */
  | { readonly type: 'heartbeat'; readonly waitKind: WaitKind }
  /** One-time schedules that start iop-review at each anniversary and before the end. */
  | { readonly type: 'schedule-reviews'; readonly reviews: readonly ReviewSlot[] }
  /** A one-time schedule at the term end that starts iop-review on its end-agreement path. */
  | { readonly type: 'schedule-term-end'; readonly at: string }
  /** Start the execution that closes a consultation round at its deadline (one per round; the name makes a retry a no-op). */
  | { readonly type: 'watch-consultation'; readonly executionName: string; readonly startedAt: string; readonly deadline: string }
  /** Delete every schedule of the case, reviews and term end (terminated, closed, withdrawn). */
  | { readonly type: 'cancel-schedules' };

export interface ReviewSlot {
  readonly reviewNumber: number;
  readonly at: string;
  readonly final: boolean;
}
