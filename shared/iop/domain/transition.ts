import type { Actor } from '../../platform/auth/actor.js';
import { type LocalizedText, type TimelineEntry, timelineActor } from '../../platform/timeline/timeline-entry.js';
import type { IopConfig } from './config.js';
import type { IopCase, WaitKind, WorkflowStage } from './case-model.js';
import { WaitKinds } from './case-model.js';
import { addDays } from './dates.js';
import type { IopEffect } from './iop-effect.js';

/** The result of every change: the next state, what to append to the timeline, what to do after the commit. */
export interface IopTransition {
  readonly state: IopCase;
  readonly timeline: TimelineEntry[];
  readonly effects: IopEffect[];
}

export function timelineEntry(type: string, actor: Actor, now: Date, text: LocalizedText, material: boolean, data?: Record<string, unknown>): TimelineEntry {
  return {
    at: now.toISOString(),
    actor: timelineActor(actor),
    type,
    text,
    material,
    ...(data === undefined ? {} : { data }),
  };
}

export const StageNames = {
  initiation: { sv: 'initiering', en: 'initiation' },
  dialogue: { sv: 'dialog', en: 'dialogue' },
  approval: { sv: 'beslut', en: 'approval' },
  agreement: { sv: 'överenskommelse', en: 'agreement' },
  review: { sv: 'uppföljning', en: 'review' },
} as const satisfies Record<WorkflowStage, LocalizedText>;

export function stageDays(stage: WorkflowStage, config: IopConfig): number {
  switch (stage) {
    case 'initiation':
      return config.invitationDays;
    case 'dialogue':
      return config.dialogueDays;
    case 'approval':
      return config.decisionDays;
    case 'agreement':
      return config.signatureDays;
    case 'review':
      return config.reviewReportDays;
  }
}

/**
 * Moves a case into a stage: a fresh deadline, the execution counter that names
 * the stage's next execution, and no left-over escalation marks or outcome.
 */
export function enterStage(state: IopCase, stage: WorkflowStage, now: Date, config: IopConfig): IopCase {
  const waitKind: WaitKind = WaitKinds[stage];
  const { [waitKind]: _previous, ...outcomes } = state.outcomes;
  return {
    ...state,
    stage,
    stageRuns: { ...state.stageRuns, [stage]: (state.stageRuns[stage] ?? 0) + 1 },
    deadlines: { ...state.deadlines, [waitKind]: { dueAt: addDays(now, stageDays(stage, config)) } },
    outcomes,
    flags: { ...state.flags, stalled: undefined, overdue: undefined },
  };
}

export function stageChanged(actor: Actor, now: Date, from: string, to: WorkflowStage | 'closed' | 'rejected' | 'withdrawn'): TimelineEntry {
  const names: Record<string, LocalizedText> = {
    ...StageNames,
    closed: { sv: 'avslutat', en: 'closed' },
    rejected: { sv: 'avslaget', en: 'rejected' },
    withdrawn: { sv: 'återkallat', en: 'withdrawn' },
  };
  const toName = names[to] as LocalizedText;
  return timelineEntry(
    'stage-changed',
    actor,
    now,
    {
      sv: `Ärendet har gått vidare till steget ${toName.sv}.`,
      en: `The case has moved to the ${toName.en} stage.`,
    },
    true,
    { from, to },
  );
}
