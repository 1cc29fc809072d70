import type { MatchActionType, MatchCaseView } from '../../../shared/procurement/contract.js';
import { lastDayBefore } from '../format/dates.js';

/**
 * The order the match case page offers actions in, stage by stage: the bidder
 * pursues, tenders and reports; procurement staff evaluate,
 * award, record appeals and conclude the contract; withdrawing last. The API
 * decides which actions there are (`allowedActions`); the page only arranges them.
 */
export const MatchActionOrder: readonly MatchActionType[] = [
  'accept-invitation',
  'decline-invitation',
  'acknowledge',
  'submit-tender',
  'invite-tender-school',
  'record-evaluation',
  'decide-award',
  'file-appeal',
  'record-court-decision',
  'conclude-contract',
  'submit-follow-up',
  'review-decision',
  'withdraw',
];

/** The case's allowed actions in the page's order; one the page has no form for (forming a consortium) is left out. */
export function matchActionsToShow(view: Pick<MatchCaseView, 'allowedActions'>): MatchActionType[] {
  const allowed = new Set<string>(view.allowedActions);
  return MatchActionOrder.filter((type) => allowed.has(type));
}

export interface MatchDate {
  readonly label:
    | 'tenderDeadline'
    | 'tenderSubmitted'
    | 'awardDecision'
    | 'standstillLastDay'
    | 'appealFiled'
    | 'courtDecision'
    | 'appealHoldLastDay'
    | 'contractStart'
    | 'contractLastDay'
    | 'followUpDue';
  readonly at: string;
  readonly kind: 'event' | 'deadline';
  readonly number?: number;
}

/** The dates of a match case in the order the law puts them: award, standstill, appeal, contract, follow-up. */
export function matchDates(c: MatchCaseView): MatchDate[] {
  const dates: MatchDate[] = [{ label: 'tenderDeadline', at: c.tenderDeadline, kind: 'deadline' }];
  if (c.tenderSubmittedAt) dates.push({ label: 'tenderSubmitted', at: c.tenderSubmittedAt, kind: 'event' });
  if (c.award) {
    dates.push({ label: 'awardDecision', at: c.award.decidedAt, kind: 'event' });
    if (c.award.standstill) dates.push({ label: 'standstillLastDay', at: c.award.standstill.lastDay, kind: 'deadline' });
  }
  if (c.appeal) {
    dates.push({ label: 'appealFiled', at: c.appeal.filedAt, kind: 'event' });
    if (c.appeal.courtDecidedAt) dates.push({ label: 'courtDecision', at: c.appeal.courtDecidedAt, kind: 'event' });
    if (c.appeal.holdUntil) dates.push({ label: 'appealHoldLastDay', at: c.appeal.holdUntil.lastDay, kind: 'deadline' });
  }
  if (c.contract) {
    dates.push({ label: 'contractStart', at: c.contract.startDate, kind: 'event' });
    // The contract's end date is the first day after it: the page shows its last day.
    dates.push({ label: 'contractLastDay', at: lastDayBefore(c.contract.endDate), kind: 'event' });
  }
  for (const r of c.reviews) if (!r.report) dates.push({ label: 'followUpDue', at: r.dueAt, kind: 'deadline', number: r.number });
  return dates;
}
