import { randomUUID } from 'node:crypto';
import { NotFoundError } from '../../platform/errors/domain-errors.js';
import type { RouteAnswer, RouteArgs } from '../../platform/http/http-types.js';
import { notifyEffectOf } from '../../platform/outbox/notify-effect.js';
import { ok } from '../../platform/http/route.js';
import type { TransactionPut } from '../../platform/dynamodb/index.js';
import type { AnswerQuestion, AskQuestion } from '../contract/question-requests.js';
import type { Notice } from '../domain/notice.js';
import { answerQuestion, askQuestion, type NoticeQuestion, type QuestionChange } from '../domain/questions/notice-question.js';
import type { NoticeQuestionsStore } from '../store/notice-questions-store.js';
import { toNoticeQuestionListView, toNoticeQuestionView } from './notice-question-views.js';
import type { ProcurementRepository } from './procurement-handlers.js';

export interface NoticeQuestionDependencies {
  readonly questions: Pick<NoticeQuestionsStore, 'list' | 'get' | 'bidderOrgs' | 'saveAsked' | 'saveAnswered'>;
  readonly repository: Pick<ProcurementRepository, 'getNotice' | 'storedNoticeMatches'>;
  readonly clock: { now(): Date };
}

type Args<B = unknown> = Pick<RouteArgs<B, unknown>, 'actor' | 'params' | 'body' | 'idempotency'>;

/**
 * The routes of a notice's questions and answers: anyone working with
 * procurement reads them, a bidder asks, the buyer's staff answer. A new
 * question tells the buyer; an answer tells every bidder of the notice (its
 * stored matches and near-misses, and every organisation with a match case on it).
 */
export function noticeQuestionHandlers({ questions, repository, clock }: NoticeQuestionDependencies) {
  async function noticeOr404(id: string | undefined): Promise<Notice> {
    const notice = await repository.getNotice(id ?? '');
    if (!notice) throw new NotFoundError({ sv: `Det finns ingen upphandling ${id}.`, en: `No notice ${id}.` });
    return notice;
  }

  const notifyOf = (notice: Notice, change: QuestionChange, to: readonly string[]) =>
    notifyEffectOf({
      source: 'iop-workflows.procurement',
      detailPrefix: 'notice-question',
      caseId: notice.id,
      reference: notice.id,
      stage: 'questions',
      to: [...new Set(to)],
      timeline: [change.entry],
    });

  const numberOf = (all: readonly NoticeQuestion[], q: NoticeQuestion) =>
    [...all].sort((a, b) => a.askedAt.localeCompare(b.askedAt) || a.id.localeCompare(b.id)).findIndex((x) => x.id === q.id) + 1;
  const also = (args: Args<unknown>, answer: RouteAnswer): TransactionPut[] => (args.idempotency ? [args.idempotency.recordWith(answer)] : []);

  return {
    listNoticeQuestions: async ({ actor, params }: Args) => {
      const notice = await noticeOr404(params.id);
      return ok(toNoticeQuestionListView(notice, await questions.list(notice.id), actor, clock.now()));
    },

    askNoticeQuestion: async (args: Args<AskQuestion>) => {
      const notice = await noticeOr404(args.params.id);
      const change = askQuestion(notice, { id: `Q-${randomUUID().slice(0, 8)}`, text: args.body.text }, args.actor, clock.now());
      const all = [...(await questions.list(notice.id)), change.question];
      const answer = ok(toNoticeQuestionView(change.question, numberOf(all, change.question), args.actor), 201);
      await questions.saveAsked(change.question, change.entry, notifyOf(notice, change, [notice.buyer.orgId]), also(args, answer));
      return answer;
    },

    answerNoticeQuestion: async (args: Args<AnswerQuestion>) => {
      const notice = await noticeOr404(args.params.id);
      const question = await questions.get(notice.id, args.params.questionId ?? '');
      if (!question) {
        throw new NotFoundError({
          sv: `Upphandlingen ${notice.id} har ingen fråga ${args.params.questionId}.`,
          en: `No question ${args.params.questionId} on notice ${notice.id}.`,
        });
      }
      const change = answerQuestion(notice, question, args.body.text, args.actor, clock.now());
      const bidders = await bidderOrgsOf(notice);
      const all = await questions.list(notice.id);
      const answer = ok(toNoticeQuestionView(change.question, numberOf(all, change.question), args.actor));
      await questions.saveAnswered(change.question, change.entry, notifyOf(notice, change, [...bidders, question.askedBy.org]), also(args, answer));
      return answer;
    },
  };

  /** Every bidder of the notice: matched or nearly matched, or with a match case on it. */
  async function bidderOrgsOf(notice: Notice): Promise<string[]> {
    const [matches, pursuing] = await Promise.all([repository.storedNoticeMatches(notice.id), questions.bidderOrgs(notice.id)]);
    return [...matches.map((m) => m.orgId), ...pursuing];
  }
}
