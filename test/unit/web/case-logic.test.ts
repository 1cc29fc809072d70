import { describe, expect, it } from 'vitest';
import { IopActionTypes, type IopCaseView } from '../../../shared/iop/contract.js';
import { ActionOrder, actionsToShow, FoldedActions } from '../../../web/src/cases/case-actions.js';
import { awaitingDecisionOrder } from '../../../web/src/cases/case-summary.js';
import { caseDates } from '../../../web/src/cases/case-dates.js';
import { draftChanges } from '../../../web/src/cases/draft-changes.js';

type IopDraft = IopCaseView['draft'];

describe('actionsToShow', () => {
  it('offers exactly the actions the API allows for the reader, nothing it does not', () => {
    expect(actionsToShow({ allowedActions: ['accept-invitation', 'decline-invitation', 'withdraw'] })).toEqual([
      'accept-invitation',
      'decline-invitation',
      'withdraw',
    ]);
    expect(actionsToShow({ allowedActions: ['decide'] })).toEqual(['decide']);
    expect(actionsToShow({ allowedActions: [] })).toEqual([]);
  });

  it('puts what the reader is usually here to do first, the dialogue’s tools after it and withdrawing last', () => {
    // The API lists its action table's order; the page keeps its own.
    const dialogue = ['record-meeting', 'revise-draft', 'consent', 'start-consultation', 'request-decision', 'withdraw'];
    expect(actionsToShow({ allowedActions: dialogue })).toEqual([
      'consent',
      'record-meeting',
      'revise-draft',
      'start-consultation',
      'request-decision',
      'withdraw',
    ]);
    expect(actionsToShow({ allowedActions: ['withdraw', 'sign'] })).toEqual(['sign', 'withdraw']);
  });

  it('folds the less common actions so the usual one stands out', () => {
    const shown = actionsToShow({ allowedActions: ['record-meeting', 'revise-draft', 'consent', 'start-consultation', 'withdraw'] });
    expect(shown.filter((a) => !FoldedActions.includes(a))).toEqual(['consent']);
  });

  it('leaves out an action the app has no form for instead of showing a broken one', () => {
    expect(actionsToShow({ allowedActions: ['sign', 'pause-case'] })).toEqual(['sign']);
  });

  it('has a place in the order for every IOP action, so none the API allows is lost', () => {
    expect([...ActionOrder].sort()).toEqual([...IopActionTypes].sort());
  });
});

describe('draftChanges', () => {
  const v1 = {
    version: 1,
    purpose: 'P',
    targetGroup: 'T',
    activities: ['a', 'b'],
    contributions: { x: { moneySekPerYear: 1, inKindSekPerYear: 2 } },
    budgetPerYearSek: 100,
    plannedStart: '2027-01-01',
    durationMonths: 60,
    governance: '',
    followUp: '',
    noticeMonths: 3,
  } as unknown as IopDraft;

  it('names the fields that changed between versions, not the bookkeeping', () => {
    const v2 = { ...v1, version: 2, activities: ['a', 'c'], budgetPerYearSek: 120, at: 'later', summary: 'more' } as IopDraft;
    expect(draftChanges(v1, v2)).toEqual(['activities', 'budgetPerYearSek']);
  });

  it('compares contributions by value, whatever the key order', () => {
    const v2 = { ...v1, contributions: { x: { inKindSekPerYear: 2, moneySekPerYear: 1 } } } as IopDraft;
    expect(draftChanges(v1, v2)).toEqual([]);
    expect(draftChanges(undefined, v1)).toEqual([]);
  });
});

describe('awaitingDecisionOrder', () => {
  it('lists cases in approval, the longest waiting first', () => {
    const order = awaitingDecisionOrder([
      { id: 'new', stage: 'approval', approvalRequestedAt: '2027-02-01T00:00:00Z' },
      { id: 'dialogue', stage: 'dialogue', approvalRequestedAt: '2026-01-01T00:00:00Z' },
      { id: 'old', stage: 'approval', approvalRequestedAt: '2027-01-01T00:00:00Z' },
    ]);
    expect(order.map((c) => c.id)).toEqual(['old', 'new']);
  });
});

describe('caseDates', () => {
  it('puts the term, each annual review, the final review and open deadlines on the line', () => {
    const dates = caseDates({
      stage: 'review',
      agreementInForce: { termStart: '2027-01-01', termEnd: '2029-12-31' } as never,
      deadlines: { review: { dueAt: '2028-03-01T00:00:00Z' }, decision: { dueAt: '2026-10-01T00:00:00Z' } },
    });
    expect(dates.map((d) => [d.label, d.at.slice(0, 10)])).toEqual([
      ['dates.termStart', '2027-01-01'],
      ['dates.review', '2028-01-01'],
      ['dates.review', '2029-01-01'],
      ['dates.finalReview', '2029-09-30'],
      ['dates.termLastDay', '2029-12-30'],
      ['dates.deadline.review', '2028-03-01'],
    ]);
  });

  it('leaves out the deadlines of stages the case has left', () => {
    const dates = caseDates({ stage: 'dialogue', deadlines: { invitations: { dueAt: '2026-12-01' }, consensus: { dueAt: '2027-03-01' } } });
    expect(dates.map((d) => d.label)).toEqual(['dates.deadline.consensus']);
  });
});
