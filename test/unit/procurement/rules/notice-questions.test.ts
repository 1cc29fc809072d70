import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../../shared/platform/auth/actor.js';
import { ConflictError, ForbiddenError, RuleViolationError } from '../../../../shared/platform/errors/domain-errors.js';
import { toNoticeQuestionListView } from '../../../../shared/procurement/api/notice-question-views.js';
import { NoticeQuestionListView } from '../../../../shared/procurement/contract/questions.js';
import type { Notice } from '../../../../shared/procurement/domain/notice.js';
import { answerQuestion, askQuestion } from '../../../../shared/procurement/domain/questions/notice-question.js';
import { questionTiming } from '../../../../shared/procurement/domain/questions/question-deadlines.js';
import { seedNotices } from '../../../../local/seed/procurement-seed.js';

const t0 = new Date('2027-04-01T08:00:00Z');
const notice: Notice = { ...seedNotices(t0)[0]!, deadline: '2027-04-20T12:00:00+02:00', publicBody: 'vgr' };
const eva: Actor = { sub: 'u1', name: 'Eva Bidder', role: 'civil', org: 'org-eva' };
const lars: Actor = { sub: 'u2', name: 'Lars Bidder', role: 'civil', org: 'org-lars' };
const buyer: Actor = { sub: 'u3', name: 'Per Inköp', role: 'procurement', org: 'vgr', publicBody: 'vgr' };
const otherBuyer: Actor = { sub: 'u4', name: 'Sten Inköp', role: 'procurement', org: 'region-stockholm', publicBody: 'region-stockholm' };

describe('questions and answers belong to the notice', () => {
  it('owes an answer six days before the tender deadline, not six days after the question', () => {
    // Deadline Tuesday 20 April: the deadline day is not counted, so the answer is due by the end of 14 April (Stockholm time).
    expect(questionTiming(t0, notice.deadline)).toEqual({ inGoodTime: true, answerDueAt: '2027-04-14T22:00:00.000Z' });
    expect(questionTiming(new Date('2027-04-10T21:59:00Z'), notice.deadline).inGoodTime).toBe(true);
  });

  it('owes no answer by law to a question asked less than ten days before the deadline', () => {
    expect(questionTiming(new Date('2027-04-10T22:00:00Z'), notice.deadline)).toEqual({ inGoodTime: false, answerDueAt: null });
  });

  it('shows every bidder the same question and answer, never who asked', () => {
    const asked = askQuestion(notice, { id: 'Q-1', text: 'Får vi lämna anbud i konsortium?' }, eva, t0);
    expect(JSON.stringify(asked.entry)).not.toContain('Eva');
    const answered = answerQuestion(notice, asked.question, 'Ja.', buyer, new Date('2027-04-02T08:00:00Z'));
    const forLars = NoticeQuestionListView.parse(toNoticeQuestionListView(notice, [answered.question], lars, t0));
    const forEva = toNoticeQuestionListView(notice, [answered.question], eva, t0);
    expect(forLars.items[0]).toMatchObject({ number: 1, text: 'Får vi lämna anbud i konsortium?', answer: { text: 'Ja.' }, askedByYou: false });
    expect(forEva.items[0]!.askedByYou).toBe(true);
    expect(JSON.stringify(forLars)).not.toMatch(/org-eva|Eva/);
  });

  it("lets only the buyer's own staff answer, and only once", () => {
    const { question } = askQuestion(notice, { id: 'Q-1', text: 'Fråga?' }, eva, t0);
    expect(() => answerQuestion(notice, question, 'Svar', otherBuyer, t0)).toThrow(ForbiddenError);
    expect(() => answerQuestion(notice, question, 'Svar', lars, t0)).toThrow(ForbiddenError);
    const once = answerQuestion(notice, question, 'Svar', buyer, t0).question;
    expect(() => answerQuestion(notice, once, 'Annat svar', buyer, t0)).toThrow(ConflictError);
  });

  it('takes no question once the notice is closed, and says why in Swedish and English', () => {
    try {
      askQuestion(notice, { id: 'Q-2', text: 'För sent?' }, eva, new Date('2027-04-20T10:00:00Z'));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleViolationError);
      const error = (e as RuleViolationError).errors[0]!;
      expect(error.text?.sv).toMatch(/Sista anbudsdag.*2027-04-20.*stängd/);
      expect(error.text?.en).toMatch(/tender deadline.*closed/);
    }
  });
});
