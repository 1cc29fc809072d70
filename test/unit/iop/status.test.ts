import { describe, expect, it } from 'vitest';
import { statusOf } from '../../../shared/iop/domain/index.js';
import { active, allConsent, inAgreement, inApproval, inDialogue, inReview, initiated, later, t0 } from './fixtures.js';

/** The reader's status: where the case is, what happens next, who acts, by when, in both languages. */
describe('statusOf', () => {
  it('initiation: the invited organisations answer by the invitation deadline', () => {
    const s = statusOf(initiated(), t0);
    expect(s.whoActs.orgs).toEqual(['svenska-roda-korset', 'goteborgs-stadsmission']);
    expect(s.dueAt).toBe(later(14).toISOString());
    expect(s.next.sv).toContain('tackar ja eller nej');
    expect(s.next.en).toContain('accept or decline');
  });

  it('dialogue: those who have not consented to the current version act; then the healthcare unit asks for a decision', () => {
    expect(statusOf(inDialogue(), t0).whoActs.orgs).toEqual(['angereds-narsjukhus', 'svenska-roda-korset', 'goteborgs-stadsmission']);
    const agreed = statusOf(allConsent(inDialogue()), t0);
    expect(agreed.whoActs).toMatchObject({ orgs: ['angereds-narsjukhus'], roles: ['healthcare'] });
    expect(agreed.next.en).toContain('asks for a decision');
  });

  it('approval: the decision-maker acts by the decision deadline', () => {
    const s = statusOf(inApproval(), t0);
    expect(s.whoActs.roles).toEqual(['approver']);
    expect(s.dueAt).toBe(later(30).toISOString());
  });

  it('agreement: parties sign; once active the next review date is shown', () => {
    expect(statusOf(inAgreement(), t0).whoActs.orgs).toHaveLength(3);
    const s = statusOf(active(), t0);
    expect(s.headline.en).toBe('The agreement is in force until 2032-01-01');
    expect(s.dueAt).toBe('2028-01-01T00:00:00.000Z');
  });

  it('review: the organisations report first', () => {
    expect(statusOf(inReview(), later(365)).whoActs).toMatchObject({ orgs: ['svenska-roda-korset', 'goteborgs-stadsmission'], roles: ['civil'] });
  });

  it('never shows the internal stage name as the headline', () => {
    for (const state of [initiated(), inDialogue(), inApproval(), inAgreement(), active(), inReview()]) {
      const s = statusOf(state, t0);
      expect(s.headline.en.toLowerCase()).not.toBe(state.stage);
      expect(s.headline.sv).not.toBe(s.headline.en);
    }
  });
});
