import type { ZodType } from 'zod';
import type { $ZodType } from 'zod/v4/core';
import { array, boolean, describe, int, iso, maxLength, meta, minLength, nullable, number, strictObject, string, trim, type infer as Infer } from 'zod/mini';

/**
 * Questions and answers of a notice as the API takes and shows them. The
 * asker is never part of a view: every bidder reads the same text.
 */
const QuestionText = string().check(trim(), minLength(1), maxLength(5000));

/** POST /procurement/notices/{id}/questions (a bidder). */
export const AskQuestionSchema = strictObject({ text: QuestionText });
export type AskQuestion = Infer<typeof AskQuestionSchema>;

/** POST /procurement/notices/{id}/questions/{questionId}/answer (the buyer's staff). */
export const AnswerQuestionSchema = strictObject({ text: QuestionText });
export type AnswerQuestion = Infer<typeof AnswerQuestionSchema>;

const Instant = iso.datetime({ offset: true });

export const NoticeQuestionView = strictObject({
  id: string().check(describe('Name it in the answer path')),
  number: number().check(int(), describe('1 for the first question of the notice, in the order they were asked')),
  askedAt: Instant,
  text: string(),
  inGoodTime: boolean().check(describe('Asked at least ten days before the tender deadline: an answer is owed six days before it')),
  answerDueAt: nullable(Instant).check(describe('The latest the answer may come (LOU 12 kap. 11 §, 19 kap. 28 §); null for a late question')),
  answer: nullable(strictObject({ at: Instant, text: string() })),
  askedByYou: boolean().check(describe("Whether the reader's own organisation asked it (nobody else learns who asked)")),
}).check(meta({ id: 'NoticeQuestion' }));
export type NoticeQuestionView = Infer<typeof NoticeQuestionView>;

export const NoticeQuestionListView = strictObject({
  noticeId: string(),
  items: array(NoticeQuestionView).check(describe('Oldest first')),
  askInGoodTimeUntil: Instant.check(describe('Questions asked before this are answered at the latest by answerDueAt')),
  answerDueAt: Instant.check(describe('Six days before the tender deadline')),
  closed: boolean().check(describe('The tender deadline has passed: no more questions')),
});
export type NoticeQuestionListView = Infer<typeof NoticeQuestionListView>;

/**
 * The platform's Operation still names classic zod's schema type; a mini
 * schema parses and documents the same at runtime. Drop this once Operation
 * takes core schemas (the zod/mini conversion).
 */
export const declared = <T>(schema: $ZodType<T>): ZodType<T> => schema as unknown as ZodType<T>;
