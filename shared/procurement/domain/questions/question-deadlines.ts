import { startOfSwedishDay, swedishDate } from '../match-case/standstill.js';

/**
 * When the buyer must answer a bidder's question (kompletterande
 * upplysningar, LOU 12 kap. 11 §; 19 kap. 28 § under 19 kap.): at the latest
 * six days before the tender deadline, when the question was asked in good
 * time. The law does not say what "in good time" is; the preparatory works
 * give ten days before the deadline as an example, which leaves the buyer four
 * days (prop. 2015/16:195 s. 1074), and that is the line used here. The
 * deadline day itself is not counted (Förvaltningsrätten i Malmö, mål 3487-16):
 * with a deadline on 20 April the answer is due by the end of 14 April.
 */
export const QuestionDays = {
  /** The answer is due by the end of the Swedish day this many days before the deadline day. */
  answerBeforeDeadline: 6,
  /** A question asked by the end of the day this many days before the deadline day is in good time. */
  goodTimeBeforeDeadline: 10,
} as const;

const minusDays = (day: string, n: number): string => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
};

/** The first instant after the Swedish day `n` days before the deadline's day. */
const endOfDayBefore = (deadline: string, n: number): Date => startOfSwedishDay(minusDays(minusDays(swedishDate(new Date(deadline)), n), -1));

export interface QuestionTiming {
  /** Asked by the good-time line: the buyer owes an answer by `answerDueAt`. */
  readonly inGoodTime: boolean;
  /** The latest the answer may come (six days before the deadline), or null for a late question: no answer is owed by law then. */
  readonly answerDueAt: string | null;
}

/** The last instant a question counts as asked in good time, and when the answer is due, for a tender deadline. */
export function questionLines(tenderDeadline: string): { readonly askInGoodTimeUntil: string; readonly answerDueAt: string } {
  return {
    askInGoodTimeUntil: endOfDayBefore(tenderDeadline, QuestionDays.goodTimeBeforeDeadline).toISOString(),
    answerDueAt: endOfDayBefore(tenderDeadline, QuestionDays.answerBeforeDeadline).toISOString(),
  };
}

export function questionTiming(askedAt: Date, tenderDeadline: string): QuestionTiming {
  const lines = questionLines(tenderDeadline);
  const inGoodTime = askedAt.getTime() < Date.parse(lines.askInGoodTimeUntil);
  return { inGoodTime, answerDueAt: inGoodTime ? lines.answerDueAt : null };
}
