import type { NoticeQuestionListView } from '../../../shared/procurement/contract.js';
import { answer, idempotent } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { ActionForm, text } from '../components/action-form.js';
import { LoadError, Loading } from '../components/feedback.js';
import { TextArea } from '../components/form-fields.js';
import { formatDateTime, isoOf } from '../format/dates.js';

/**
 * A notice's questions and answers, the same for every bidder: on the notice
 * page and on each bidder's match case. A bidder asks while the notice is
 * open; the buyer's staff answer each open question, and everyone reads it.
 */
export function NoticeQuestionsSection({ noticeId }: { readonly noticeId: string }) {
  const { t, api, session, lang } = useApp();
  const path = { params: { path: { id: noticeId } } };
  const list = useResource<NoticeQuestionListView>(() => answer(api.GET('/procurement/notices/{id}/questions', path)), `notice/${noticeId}/questions`);
  const role = session?.actor.role;
  const headingId = `q-${noticeId}-heading`;
  if (!list.data) {
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('questions.heading')}</h2>
        {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : <Loading />}
      </section>
    );
  }
  const q = list.data;
  const when = (at: string) => <time dateTime={isoOf(at)}>{formatDateTime(at, lang)}</time>;
  return (
    <section aria-labelledby={headingId} class="notice-questions">
      <h2 id={headingId}>{t('questions.heading')}</h2>
      <p class="hint">{t('questions.intro', { askBy: formatDateTime(q.askInGoodTimeUntil, lang), answerBy: formatDateTime(q.answerDueAt, lang) })}</p>
      {q.items.length === 0 ? (
        <p>{t('questions.none')}</p>
      ) : (
        <ol class="plain">
          {q.items.map((item) => (
            <li key={item.id}>
              <h3>
                {t('questions.number', { number: item.number })} {item.askedByYou && <span class="meta">{t('questions.yours')}</span>}
              </h3>
              <p>{item.text}</p>
              <p class="meta">
                {item.answerDueAt ? (
                  <>
                    {t('questions.answerBy')} {when(item.answerDueAt)}
                  </>
                ) : (
                  t('questions.late')
                )}
              </p>
              {item.answer ? (
                <p>
                  <strong>{t('questions.answer')}:</strong> {item.answer.text}
                </p>
              ) : (
                <p>{t('questions.unanswered')}</p>
              )}
              {!item.answer && !q.closed && role === 'procurement' && (
                <ActionForm
                  scope={`q-${item.id}`}
                  title={t('questions.answerTitle', { number: item.number })}
                  submitLabel={t('questions.answerSubmit')}
                  fields={['text']}
                  collapsed
                  send={(v, key) =>
                    answer(
                      api.POST('/procurement/notices/{id}/questions/{questionId}/answer', {
                        params: { path: { id: noticeId, questionId: item.id }, header: idempotent(key) },
                        body: { text: text(v, 'text') },
                      }),
                    )
                  }
                  onDone={list.reload}
                >
                  {(e) => <TextArea name="text" label={t('questions.answerLabel')} required errors={e} />}
                </ActionForm>
              )}
            </li>
          ))}
        </ol>
      )}
      {q.closed ? (
        <p>{t('questions.closed')}</p>
      ) : (
        role === 'civil' && (
          <ActionForm
            scope={`q-${noticeId}-ask`}
            title={t('questions.ask')}
            submitLabel={t('questions.askSubmit')}
            fields={['text']}
            send={(v, key) =>
              answer(
                api.POST('/procurement/notices/{id}/questions', {
                  params: { path: { id: noticeId }, header: idempotent(key) },
                  body: { text: text(v, 'text') },
                }),
              )
            }
            onDone={list.reload}
          >
            {(e) => <TextArea name="text" label={t('questions.askLabel')} required errors={e} />}
          </ActionForm>
        )
      )}
    </section>
  );
}
