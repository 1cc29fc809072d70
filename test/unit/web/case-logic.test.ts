import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/platform/auth/actor.js';
import type { IopDraft } from '../../../shared/iop/domain/case-model.js';
import { availableActions, everyoneConsented, type CaseView } from '../../../web/src/cases/available-actions.js';
import { awaitingDecisionOrder } from '../../../web/src/cases/case-summary.js';
import { caseDates } from '../../../web/src/cases/case-dates.js';
import { draftChanges } from '../../../web/src/cases/draft-changes.js';

const unit: Actor = { sub: 's', name: 'Sara', role: 'healthcare', org: 'angered' };
const civil: Actor = { sub: 'a', name: 'Ahmed', role: 'civil', org: 'roda-korset' };
const approver: Actor = { sub: 'p', name: 'Per', role: 'approver', org: 'vgr' };
const parties = [
  { orgId: 'angered', name: 'Angered', side: 'public' as const, invitation: 'initiator' },
  { orgId: 'roda-korset', name: 'Röda Korset', side: 'civil' as const, invitation: 'pending' },
];

describe('availableActions', () => {
  it('offers an invited organisation to accept or decline, and the initiator only to withdraw', () => {
    const view: CaseView = { id: 'c', stage: 'initiation', parties };
    expect(availableActions(view, civil)).toEqual(['accept-invitation', 'decline-invitation', 'withdraw']);
    expect(availableActions(view, unit)).toEqual(['withdraw']);
  });

  it('lets a user act only through the side their role belongs to', () => {
    const view: CaseView = { id: 'c', stage: 'initiation', parties };
    expect(availableActions(view, { ...civil, role: 'healthcare' })).toEqual([]);
  });

  it('offers consent until the party consented to the current version, and a decision request once everyone has', () => {
    const dialogue = (consents: Record<string, number>): CaseView => ({
      id: 'c',
      stage: 'dialogue',
      parties: parties.map((p) => ({ ...p, invitation: 'accepted' })),
      draft: { version: 2 },
      consents,
    });
    expect(availableActions(dialogue({ 'roda-korset': 1 }), civil)).toContain('consent');
    expect(availableActions(dialogue({ 'roda-korset': 2 }), civil)).not.toContain('consent');
    expect(availableActions(dialogue({ 'roda-korset': 2 }), unit)).not.toContain('request-decision');
    expect(availableActions(dialogue({ 'roda-korset': 2, angered: 2 }), unit)).toContain('request-decision');
    expect(availableActions(dialogue({ 'roda-korset': 2, angered: 2 }), civil)).not.toContain('request-decision');
  });

  it('gives the decision to the decision-maker only', () => {
    const view: CaseView = { id: 'c', stage: 'approval', parties };
    expect(availableActions(view, approver)).toEqual(['decide']);
    expect(availableActions(view, unit)).not.toContain('decide');
  });

  it('asks each party to sign once, and nobody may withdraw after the agreement is in force', () => {
    const signing: CaseView = { id: 'c', stage: 'agreement', parties, agreement: { signatures: { angered: {} } } };
    expect(availableActions(signing, unit)).toEqual(['withdraw']);
    expect(availableActions(signing, civil)).toEqual(['sign', 'withdraw']);
    const review: CaseView = { id: 'c', stage: 'review', parties, reviews: [{ reports: [] }] };
    expect(availableActions(review, civil)).toEqual(['submit-review-report']);
    expect(availableActions(review, unit)).toEqual(['review-decision']);
  });
});

describe('everyoneConsented', () => {
  it('ignores a party that declined, and needs the same version from all the others', () => {
    const view: CaseView = {
      id: 'c',
      stage: 'dialogue',
      draft: { version: 3 },
      parties: [...parties, { orgId: 'gone', name: 'Gone', side: 'civil', invitation: 'declined' }],
      consents: { angered: 3, 'roda-korset': 3 },
    };
    expect(everyoneConsented(view)).toBe(true);
    expect(everyoneConsented({ ...view, consents: { angered: 3, 'roda-korset': 2 } })).toBe(false);
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
      ['dates.termEnd', '2029-12-31'],
      ['dates.deadline.review', '2028-03-01'],
    ]);
  });

  it('leaves out the deadlines of stages the case has left', () => {
    const dates = caseDates({ stage: 'dialogue', deadlines: { invitations: { dueAt: '2026-12-01' }, consensus: { dueAt: '2027-03-01' } } });
    expect(dates.map((d) => d.label)).toEqual(['dates.deadline.consensus']);
  });
});
