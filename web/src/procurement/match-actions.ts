import type { Actor } from '../../../shared/platform/auth/actor.js';
import type { MatchActionType, MatchCase } from '../../../shared/procurement/domain/match-case/match-case-model.js';

/**
 * Which match-case actions to offer the reader now (the API decides in the
 * end): the bidder pursues, asks, tenders and reports; procurement staff answer,
 * evaluate, award, record appeals and conclude the contract.
 */
export function matchActionsFor(c: MatchCase, actor: Actor): MatchActionType[] {
  const bidder = actor.role === 'civil' && actor.org === c.bidderOrgId;
  const staff = actor.role === 'procurement';
  const out: MatchActionType[] = [];
  switch (c.stage) {
    case 'initiation':
      if (bidder && c.initiatedBy === 'procurement') out.push('accept-invitation', 'decline-invitation');
      if (staff && c.initiatedBy === 'bidder') out.push('acknowledge');
      break;
    case 'dialogue':
      if (bidder) out.push('ask-question', 'submit-tender');
      if (staff) {
        if (c.questions.some((q) => q.answer === null)) out.push('answer-question');
        out.push('invite-tender-school');
      }
      break;
    case 'approval':
      if (staff) {
        if (!c.evaluation) out.push('record-evaluation');
        if (!c.award) out.push('decide-award');
        else if (!c.appeal && c.award.standstill) out.push('file-appeal');
        if (c.appeal && !c.appeal.courtDecidedAt) out.push('record-court-decision');
      }
      break;
    case 'agreement':
      if (staff && !c.contract) out.push('conclude-contract');
      break;
    case 'review': {
      const open = c.reviews.at(-1);
      if (bidder && open && !open.report) out.push('submit-follow-up');
      if (staff && open && !open.decision) out.push('review-decision');
      break;
    }
  }
  if ((bidder || staff) && ['initiation', 'dialogue', 'approval'].includes(c.stage)) out.push('withdraw');
  return out;
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
    | 'contractEnd'
    | 'followUpDue';
  readonly at: string;
  readonly kind: 'event' | 'deadline';
  readonly number?: number;
}

/** The dates of a match case in the order the law puts them: award, standstill, appeal, contract, follow-up. */
export function matchDates(c: MatchCase): MatchDate[] {
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
    dates.push({ label: 'contractEnd', at: c.contract.endDate, kind: 'event' });
  }
  for (const r of c.reviews) if (!r.report) dates.push({ label: 'followUpDue', at: r.dueAt, kind: 'deadline', number: r.number });
  return dates;
}
