import type { Actor } from '../../../platform/auth/actor.js';
import { ConflictError, ForbiddenError, RuleViolationError } from '../../../platform/errors/domain-errors.js';
import type { TimelineEntry } from '../../../platform/timeline/timeline-entry.js';
import type { Notice } from '../notice.js';
import { closedNoticeRefusal, isNoticeClosed } from '../notice-closed.js';
import { swedishDate } from '../match-case/standstill.js';
import { questionTiming } from './question-deadlines.js';

/**
 * A bidder's question about a notice and the buyer's answer. Both belong to
 * the notice, not to the bidder's match case: equal treatment (LOU 4 kap. 1 §)
 * means every bidder of the notice reads the same questions and answers at
 * the same time (LOU 12 kap. 11 §, 19 kap. 28 §). Who asked is kept for the
 * record and never shown to anyone else.
 */
export interface NoticeQuestion {
  readonly id: string;
  readonly noticeId: string;
  readonly askedAt: string;
  /** The asking organisation (and person): stored, never published. */
  readonly askedBy: { readonly org: string; readonly sub: string };
  readonly text: string;
  readonly inGoodTime: boolean;
  readonly answerDueAt: string | null;
  readonly answer: { readonly at: string; readonly text: string; readonly by: { readonly sub: string; readonly name: string } } | null;
}

export interface QuestionChange {
  readonly question: NoticeQuestion;
  /** The line that tells people: the buyer of a new question, every bidder of the notice of an answer. */
  readonly entry: TimelineEntry;
}

const entry = (actor: Actor, at: string, type: string, text: TimelineEntry['text']): TimelineEntry => ({
  at,
  actor: { sub: actor.sub, name: actor.name, org: actor.org, role: actor.role },
  type,
  text,
  material: true,
});

/** A civil organisation asks about an open notice. */
export function askQuestion(notice: Notice, input: { id: string; text: string }, actor: Actor, now: Date): QuestionChange {
  if (actor.role !== 'civil')
    throw new ForbiddenError({
      sv: 'Det är anbudsgivarna som ställer frågor om en upphandling; upphandlaren svarar på dem.',
      en: 'Bidders ask questions about a notice; the buyer answers them.',
    });
  if (isNoticeClosed(notice, now)) {
    const refusal = closedNoticeRefusal(notice, 'text', { sv: 'inga fler frågor kan ställas.', en: 'no more questions can be asked.' });
    throw new RuleViolationError([refusal], refusal.message, refusal.text);
  }
  const at = now.toISOString();
  const timing = questionTiming(now, notice.deadline);
  const question: NoticeQuestion = {
    id: input.id,
    noticeId: notice.id,
    askedAt: at,
    askedBy: { org: actor.org, sub: actor.sub },
    text: input.text,
    ...timing,
    answer: null,
  };
  const due = timing.answerDueAt ? swedishDate(new Date(Date.parse(timing.answerDueAt) - 1)) : null;
  // The asker is not named, not even in the line that goes to the buyer's staff: answers go to everyone alike.
  const text = due
    ? {
        sv: `En anbudsgivare har ställt en fråga om "${notice.title}". Svara senast ${due}; svaret publiceras för alla anbudsgivare.`,
        en: `A bidder has asked a question about "${notice.title}". Answer by ${due}; the answer is published to every bidder.`,
      }
    : {
        sv: `En anbudsgivare har ställt en sen fråga om "${notice.title}" (mindre än tio dagar före sista anbudsdag). Ett svar nära sista anbudsdag kan kräva att anbudstiden förlängs.`,
        en: `A bidder has asked a late question about "${notice.title}" (less than ten days before the tender deadline). An answer close to the deadline may call for a longer tender period.`,
      };
  return { question, entry: { ...entry(actor, at, 'notice-question-asked', text), actor: { sub: 'bidder', name: 'En anbudsgivare', org: '', role: 'civil' } } };
}

/** The buyer's procurement staff answer; the answer is published to every bidder of the notice. */
export function answerQuestion(notice: Notice, question: NoticeQuestion, text: string, actor: Actor, now: Date): QuestionChange {
  if (actor.role !== 'procurement' || notice.publicBody === undefined || actor.publicBody !== notice.publicBody) {
    throw new ForbiddenError({
      sv: 'Du får inte svara på frågan. Bara upphandlarna hos den som gör upphandlingen svarar på frågor om den.',
      en: "Only the buyer's procurement staff answer questions about its notice.",
    });
  }
  if (question.answer) {
    throw new ConflictError({
      sv: 'Frågan är redan besvarad. Ett publicerat svar ändras inte.',
      en: `Question ${question.id} is already answered; answers are not changed once published.`,
    });
  }
  if (isNoticeClosed(notice, now)) {
    const refusal = closedNoticeRefusal(notice, 'text', { sv: 'frågan kan inte längre besvaras.', en: 'the question can no longer be answered.' });
    throw new RuleViolationError([refusal], refusal.message, refusal.text);
  }
  const at = now.toISOString();
  const answered: NoticeQuestion = { ...question, answer: { at, text, by: { sub: actor.sub, name: actor.name } } };
  const late = question.answerDueAt !== null && now.getTime() > Date.parse(question.answerDueAt);
  const line = late
    ? {
        sv: `Nytt svar på en fråga om "${notice.title}". Svaret kom senare än sex dagar före sista anbudsdag: upphandlaren bör förlänga anbudstiden.`,
        en: `A new answer to a question about "${notice.title}". It came later than six days before the tender deadline: the buyer should extend the tender period.`,
      }
    : {
        sv: `Nytt svar på en fråga om "${notice.title}". Läs frågan och svaret på annonsen.`,
        en: `A new answer to a question about "${notice.title}". Read the question and the answer on the notice.`,
      };
  return { question: answered, entry: entry(actor, at, 'notice-question-answered', line) };
}
