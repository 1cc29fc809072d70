import { DefaultIopConfig, reviewSlots, type IopCaseView } from '../../../shared/iop/contract.js';
import { lastDayBefore } from '../format/dates.js';
import type { MessageKey } from '../i18n/dictionary.js';

export interface CaseDate {
  readonly label: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly at: string;
  readonly kind: 'event' | 'deadline';
}

const DeadlineLabels = {
  invitations: 'dates.deadline.invitations',
  consensus: 'dates.deadline.consensus',
  decision: 'dates.deadline.decision',
  signatures: 'dates.deadline.signatures',
  review: 'dates.deadline.review',
} as const satisfies Record<string, MessageKey>;

const DeadlineOfStage = {
  initiation: 'invitations',
  dialogue: 'consensus',
  approval: 'decision',
  agreement: 'signatures',
  review: 'review',
} as const satisfies Record<string, keyof typeof DeadlineLabels>;

/**
 * The dates a reader of an IOP case plans by: the term, each review (annual and
 * final, at the anniversaries the workflow schedules) and the open deadlines.
 */
export function caseDates(c: Partial<IopCaseView>): CaseDate[] {
  const dates: CaseDate[] = [];
  const agreement = c.agreementInForce ?? c.agreement;
  if (agreement?.termStart && agreement.termEnd) {
    dates.push({ label: 'dates.termStart', at: agreement.termStart, kind: 'event' });
    for (const slot of reviewSlots(agreement, DefaultIopConfig)) {
      dates.push({ label: slot.final ? 'dates.finalReview' : 'dates.review', params: { number: slot.reviewNumber }, at: slot.at, kind: 'deadline' });
    }
    // The term is shown by its last day in force: a term up to 1 January 2032 ends on 31 December 2031.
    dates.push({ label: 'dates.termLastDay', at: lastDayBefore(agreement.termEnd), kind: 'event' });
  }
  // Only the deadline of the stage the case is in: earlier ones were met (or missed) and are in the timeline.
  const open = c.stage ? (DeadlineOfStage as Record<string, keyof typeof DeadlineLabels | undefined>)[c.stage] : undefined;
  const deadline = open ? c.deadlines?.[open] : undefined;
  if (open && deadline?.dueAt) dates.push({ label: DeadlineLabels[open], at: deadline.dueAt, kind: 'deadline' });
  if (c.consultation?.deadline) dates.push({ label: 'dates.consultation', at: c.consultation.deadline, kind: 'deadline' });
  if (c.endsAt) dates.push({ label: 'dates.endsAt', at: c.endsAt, kind: 'event' });
  return dates;
}
