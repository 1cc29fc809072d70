import type { Actor } from '../../platform/auth/actor.js';
import type { NoticeQuestionListView, NoticeQuestionView } from '../contract/questions.js';
import type { Notice } from '../domain/notice.js';
import { isNoticeClosed } from '../domain/notice-closed.js';
import type { NoticeQuestion } from '../domain/questions/notice-question.js';
import { questionLines } from '../domain/questions/question-deadlines.js';

/** A question as any reader sees it: the asker is left out, and only the asker learns it was theirs. */
export function toNoticeQuestionView(q: NoticeQuestion, number: number, reader: Actor): NoticeQuestionView {
  return {
    id: q.id,
    number,
    askedAt: q.askedAt,
    text: q.text,
    inGoodTime: q.inGoodTime,
    answerDueAt: q.answerDueAt,
    answer: q.answer && { at: q.answer.at, text: q.answer.text },
    askedByYou: reader.role === 'civil' && q.askedBy.org === reader.org,
  };
}

/** The notice's questions, oldest first and numbered in that order. */
export function toNoticeQuestionListView(notice: Notice, questions: readonly NoticeQuestion[], reader: Actor, now: Date): NoticeQuestionListView {
  const ordered = [...questions].sort((a, b) => a.askedAt.localeCompare(b.askedAt) || a.id.localeCompare(b.id));
  return {
    noticeId: notice.id,
    items: ordered.map((q, i) => toNoticeQuestionView(q, i + 1, reader)),
    ...questionLines(notice.deadline),
    closed: isNoticeClosed(notice, now),
  };
}
