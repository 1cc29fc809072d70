import { array, boolean, int, nullable, strictObject, string, type infer as Infer } from 'zod/mini';
import { described, withMeta } from '../../platform/http/contract/schema-meta.js';
import { InstantField } from '../../platform/http/contract/view-fields.js';

/**
 * Questions and answers of a notice as the API shows them (question-requests.ts
 * has what it takes). The asker is never part of a view: every bidder reads the same text.
 */
const Instant = InstantField;

export const NoticeQuestionView = withMeta(
  strictObject({
    id: described(string(), 'Name it in the answer path'),
    number: described(int(), '1 for the first question of the notice, in the order they were asked'),
    askedAt: Instant,
    text: string(),
    inGoodTime: described(boolean(), 'Asked at least ten days before the tender deadline: an answer is owed six days before it'),
    answerDueAt: described(nullable(Instant), 'The latest the answer may come (LOU 12 kap. 11 §, 19 kap. 28 §); null for a late question'),
    answer: nullable(strictObject({ at: Instant, text: string() })),
    askedByYou: described(boolean(), "Whether the reader's own organisation asked it (nobody else learns who asked)"),
  }),
  { id: 'NoticeQuestion' },
);
export type NoticeQuestionView = Infer<typeof NoticeQuestionView>;

export const NoticeQuestionListView = strictObject({
  noticeId: string(),
  items: described(array(NoticeQuestionView), 'Oldest first'),
  askInGoodTimeUntil: described(Instant, 'Questions asked before this are answered at the latest by answerDueAt'),
  answerDueAt: described(Instant, 'Six days before the tender deadline'),
  closed: described(boolean(), 'The tender deadline has passed: no more questions'),
});
export type NoticeQuestionListView = Infer<typeof NoticeQuestionListView>;
