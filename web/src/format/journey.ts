import { isEndStage, journeyIndex, JourneyStages, type JourneyStage } from './status.js';

/**
 * The steps a case's journey diagram draws, in the order the case lives them.
 * The five stages come first; once an agreement has reviews, "review" becomes
 * one step per review year (år 1, år 2, … and the final review), so a case in
 * its third annual review reads initiation → dialogue → approval → agreement
 * → år 1 → år 2 → år 3, and a case back in its agreement between two reviews
 * moves on to the next year instead of jumping back to "agreement".
 */
export type JourneyStep =
  | { readonly kind: 'stage'; readonly stage: JourneyStage; readonly state: StepState }
  | { readonly kind: 'review'; readonly number: number; readonly final: boolean; readonly state: StepState };
export type StepState = 'done' | 'current' | 'todo';

export interface Journey {
  readonly steps: readonly JourneyStep[];
  /** Index of the current step; -1 when the case has ended. */
  readonly current: number;
  /** The end state (closed, rejected, withdrawn), when the case has one. */
  readonly ended?: string;
}

export interface ReviewOfJourney {
  readonly number: number;
  readonly final: boolean;
  readonly closedAt?: string | undefined;
}

export function journeyOf(stage: string, reviews: readonly ReviewOfJourney[] = []): Journey {
  const ended = isEndStage(stage) ? stage : undefined;
  const byNumber = [...reviews].sort((a, b) => a.number - b.number);
  const reviewSteps: { number: number; final: boolean; closed: boolean }[] = byNumber.map((r) => ({
    number: r.number,
    final: r.final,
    closed: r.closedAt !== undefined,
  }));
  // Between two reviews the case is in its agreement again: its next step is the coming year's review.
  const last = reviewSteps.at(-1);
  if (stage === 'agreement' && last?.closed && !last.final) reviewSteps.push({ number: last.number + 1, final: false, closed: false });

  const position = ((): number => {
    if (ended) return -1;
    const index = journeyIndex(stage);
    if (reviewSteps.length === 0 || index < journeyIndex('agreement') || (stage === 'agreement' && reviewSteps.every((r) => !r.closed))) return index;
    // In review, or in the agreement between reviews: the first review not yet closed.
    const open = reviewSteps.findIndex((r) => !r.closed);
    return journeyIndex('agreement') + 1 + (open === -1 ? reviewSteps.length - 1 : open);
  })();
  // An ended case has no current step; it marks as done only the reviews it held.
  const stateOf = (i: number): StepState => (i < position ? 'done' : i === position ? 'current' : 'todo');

  const stages = reviewSteps.length === 0 ? JourneyStages : JourneyStages.filter((s) => s !== 'review');
  const steps: JourneyStep[] = [
    ...stages.map((s, i): JourneyStep => ({ kind: 'stage', stage: s, state: stateOf(i) })),
    ...reviewSteps.map(
      (r, j): JourneyStep => ({
        kind: 'review',
        number: r.number,
        final: r.final,
        state: ended && r.closed ? 'done' : stateOf(stages.length + j),
      }),
    ),
  ];
  return { steps, current: position, ...(ended ? { ended } : {}) };
}
