import { ConflictError } from '../../platform/errors/domain-errors.js';
import { EnvironmentTable, type DynamoTable } from '../../platform/dynamodb/dynamo-table.js';
import { ItemStore, type TransactionPut, writeAll } from '../../platform/dynamodb/index.js';
import type { NotifyEffect } from '../../platform/outbox/notify-effect.js';
import type { TimelineEntry } from '../../platform/timeline/timeline-entry.js';
import type { NoticeQuestion } from '../domain/questions/notice-question.js';

/**
 * A notice's questions and answers, under the notice's own partition:
 *   question:  pk NOTICE#<noticeId>, sk QUESTION#<questionId>  (`answered` set once answered)
 *   event:     pk NOTICE#<noticeId>, sk QUESTION-EVENT#<questionId>#<1 asked | 2 answered>
 *   bidder:    pk NOTICE#<noticeId>, sk BIDDER#<orgId>  (an organisation with a match case on the notice)
 * Asking or answering is one transaction: the question, the event item that
 * carries its notification (the table's stream runs it, as for cases) and the
 * Idempotency-Key's answer. An answer is written once: a second one is a conflict.
 */
export const NOTICE_QUESTION_KIND = 'NOTICE-QUESTION';
const pk = (noticeId: string) => `NOTICE#${noticeId}`;
const questionSk = (id: string) => `QUESTION#${id}`;

export class NoticeQuestionsStore {
  private readonly items: ItemStore;
  constructor(private readonly table: DynamoTable = EnvironmentTable) {
    this.items = new ItemStore(table);
  }

  async list(noticeId: string): Promise<NoticeQuestion[]> {
    return (await this.items.query<{ question: NoticeQuestion }>(pk(noticeId), { beginsWith: 'QUESTION#' })).map((i) => i.question);
  }

  async get(noticeId: string, id: string): Promise<NoticeQuestion | undefined> {
    return (await this.items.get<{ question: NoticeQuestion }>(pk(noticeId), questionSk(id)))?.question;
  }

  /** Organisations that started a match case on the notice (besides its stored matches, the bidders an answer goes to). */
  async bidderOrgs(noticeId: string): Promise<string[]> {
    return (await this.items.query<{ orgId: string }>(pk(noticeId), { beginsWith: 'BIDDER#', attributes: ['orgId'] })).map((i) => i.orgId);
  }

  async saveAsked(question: NoticeQuestion, entry: TimelineEntry, notify: NotifyEffect | undefined, also: readonly TransactionPut[]): Promise<void> {
    await writeAll(
      [
        {
          item: { pk: pk(question.noticeId), sk: questionSk(question.id), question },
          condition: 'attribute_not_exists(pk)',
          conflict: () => new ConflictError({ sv: `Frågan ${question.id} finns redan.`, en: `A question ${question.id} already exists.` }),
        },
        this.event(question, 1, entry, notify),
        ...also,
      ],
      this.table,
    );
  }

  async saveAnswered(question: NoticeQuestion, entry: TimelineEntry, notify: NotifyEffect | undefined, also: readonly TransactionPut[]): Promise<void> {
    await writeAll(
      [
        {
          item: { pk: pk(question.noticeId), sk: questionSk(question.id), question, answered: true },
          condition: 'attribute_exists(pk) AND attribute_not_exists(answered)',
          conflict: () =>
            new ConflictError({
              sv: 'Någon annan hann svara på frågan först. Ett publicerat svar ändras inte.',
              en: `Question ${question.id} was answered by someone else first; answers are not changed once published.`,
            }),
        },
        this.event(question, 2, entry, notify),
        ...also,
      ],
      this.table,
    );
  }

  /** The event item: the stream's filter picks it up by `hasEffects` and the effects consumer publishes the notification. */
  private event(question: NoticeQuestion, version: 1 | 2, entry: TimelineEntry, notify: NotifyEffect | undefined): TransactionPut {
    const caseId = `${question.noticeId}#${question.id}`;
    return {
      item: {
        pk: pk(question.noticeId),
        sk: `QUESTION-EVENT#${question.id}#${version}`,
        kind: NOTICE_QUESTION_KIND,
        caseId,
        version,
        at: entry.at,
        timeline: [entry],
        ...(notify ? { effects: [notify], hasEffects: true } : {}),
      },
      condition: 'attribute_not_exists(pk)',
      conflict: () =>
        new ConflictError({
          sv: 'Frågan ändrades samtidigt av någon annan. Ladda om sidan.',
          en: `Question ${question.id} changed at the same time; reload it.`,
        }),
    };
  }
}

/** The membership put that marks an organisation as a bidder of the notice (committed with its match case). */
export function noticeBidderPut(noticeId: string, orgId: string): TransactionPut {
  return { item: { pk: pk(noticeId), sk: `BIDDER#${orgId}`, orgId } };
}
