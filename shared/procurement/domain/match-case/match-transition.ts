import type { Actor } from '../../../platform/auth/actor.js';
import { ConflictError } from '../../../platform/errors/domain-errors.js';
import { type LocalizedText, type TimelineEntry, timelineActor } from '../../../platform/timeline/timeline-entry.js';
import { authorise, fitsStage } from './match-case-actions.js';
import type { MatchActionType, MatchCase, MatchEffect, MatchStage, MatchWaitKind } from './match-case-model.js';
import { isTerminalStage } from './terminal-stage.js';

/**
 * What every match-case action produces, and the pieces both reducers (the
 * parties' actions and the workflow's) build it from: the next state, the
 * timeline entries it adds and the effects to run after the commit.
 */
export interface MatchTransition {
  readonly state: MatchCase;
  readonly timeline: readonly TimelineEntry[];
  readonly effects: readonly MatchEffect[];
}

export const DAY = 86_400_000;
/** Questions are asked on the notice, where every bidder reads them (domain/questions); a match case keeps none of its own. */
export const MatchDeadlines = { followUpDays: 60, initiationDays: 14 } as const;

export const StageNames: Readonly<Record<MatchStage, LocalizedText>> = {
  initiation: { sv: 'Start', en: 'Initiation' },
  dialogue: { sv: 'Dialog', en: 'Dialogue' },
  approval: { sv: 'Anbud och tilldelning', en: 'Tender and award' },
  agreement: { sv: 'Avtal', en: 'Agreement' },
  review: { sv: 'Uppföljning', en: 'Follow-up' },
  closed: { sv: 'Avslutat', en: 'Closed' },
  withdrawn: { sv: 'Återkallat', en: 'Withdrawn' },
};

/**
 * The gate every action passes first: wrong stage → 409 naming the stage,
 * wrong party → 403 (both from the table in match-case-actions.ts). Gives the
 * case stamped with the time and a timeline writer for the actor.
 */
export function admit(state: MatchCase, type: MatchActionType, actor: Actor, now: Date) {
  if (!fitsStage(type, state.stage)) {
    throw new ConflictError(
      `"${type}" cannot be done when the case is in stage "${state.stage}".`,
      { stage: state.stage },
      {
        sv: `Det steget passar inte i skedet ${StageNames[state.stage].sv.toLowerCase()}. Ladda om sidan och se vad som står i tur.`,
        en: `"${type}" cannot be done when the case is in stage "${state.stage}".`,
      },
    );
  }
  authorise(type, state, actor);
  const at = now.toISOString();
  const s: MatchCase = { ...state, updatedAt: at };
  const log = (entryType: string, text: LocalizedText, material = true) => entry(actor, at, entryType, text, material);
  return { at, s, log };
}

export function entry(actor: Actor, at: string, type: string, text: LocalizedText, material: boolean): TimelineEntry {
  return { at, actor: timelineActor(actor), type, text, material };
}

export const complete = (waitKind: MatchWaitKind, output: Record<string, unknown>): MatchEffect => ({ type: 'complete-wait', waitKind, output });
export const heartbeat = (waitKind: MatchWaitKind): MatchEffect => ({ type: 'heartbeat', waitKind });

export function startStage(state: MatchCase, stage: MatchStage): MatchEffect {
  const n = stage === 'review' ? state.reviews.length : 1;
  return { type: 'start-workflow', workflow: 'match-case', executionName: `${state.id}-${stage}-${n}`, input: { caseId: state.id } };
}

export function done(state: MatchCase, timeline: TimelineEntry[], effects: MatchEffect[]): MatchTransition {
  return { state, timeline, effects };
}

/** A stage change: a timeline line and, for a live stage, that stage's execution. */
export function moveTo(
  state: MatchCase,
  stage: MatchStage,
  actor: Actor,
  at: string,
  timeline: TimelineEntry[],
  effects: MatchEffect[],
  workflow: 'workflow' | 'no-workflow' = 'workflow',
): MatchTransition {
  const next = { ...state, stage };
  const changed = entry(actor, at, 'stage-changed', { sv: `Nytt skede: ${StageNames[stage].sv}.`, en: `New stage: ${StageNames[stage].en}.` }, true);
  const extra: MatchEffect[] = isTerminalStage(stage) ? [{ type: 'cancel-schedules' }] : workflow === 'workflow' ? [startStage(next, stage)] : [];
  return { state: next, timeline: [...timeline, { ...changed, data: { from: state.stage, to: stage } }], effects: [...effects, ...extra] };
}
