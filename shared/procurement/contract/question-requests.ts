import { maxLength, minLength, strictObject, string, trim, type infer as Infer } from 'zod/mini';

/** The questions and answers of a notice as the API takes them (apart from their views, which the API bundle does not carry). */
const QuestionText = string().check(trim(), minLength(1), maxLength(5000));

/** POST /procurement/notices/{id}/questions (a bidder). */
export const AskQuestionSchema = strictObject({ text: QuestionText });
export type AskQuestion = Infer<typeof AskQuestionSchema>;

/** POST /procurement/notices/{id}/questions/{questionId}/answer (the buyer's staff). */
export const AnswerQuestionSchema = strictObject({ text: QuestionText });
export type AnswerQuestion = Infer<typeof AnswerQuestionSchema>;
