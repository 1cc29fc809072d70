import type { TenderSchoolInvitationView, TenderSchoolView } from '../../../shared/procurement/contract.js';
import { answer, idempotent } from '../api/api-client.js';
import { useSubmit } from '../api/use-submit.js';
import { useApp } from '../app-context.js';
import { ErrorSummary } from '../components/form-fields.js';
import { formatDateTime, isoOf } from '../format/dates.js';
import type { MessageKey } from '../i18n/dictionary.js';

/** What a tender school is, for anyone who reads it: when, where, about what, and where it stands. */
export function SchoolFacts({ school }: { readonly school: TenderSchoolView }) {
  const { t, lang } = useApp();
  return (
    <>
      {school.cancelled && <p class="notice warn">{t('school.cancelledBecause', { reason: school.cancelled.reason })}</p>}
      <dl class="facts">
        <div>
          <dt>{t('school.when')}</dt>
          <dd>
            <time dateTime={isoOf(school.startsAt)}>{formatDateTime(school.startsAt, lang)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('school.where')}</dt>
          <dd>
            {school.place && <p>{school.place}</p>}
            {school.onlineLink && (
              <p>
                <a href={school.onlineLink} rel="noopener noreferrer">
                  {school.onlineLink}
                </a>
              </p>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('school.about')}</dt>
          <dd>{school.notices.map((n) => n.title).join(', ')}</dd>
        </div>
      </dl>
      <p>
        <strong>{school.status.headline[lang]}.</strong> {school.status.next[lang]}
      </p>
      {school.description && <p>{school.description}</p>}
    </>
  );
}

export const answerKey = (i: TenderSchoolInvitationView): MessageKey =>
  i.answer === null ? 'school.noAnswer' : i.answer.coming ? 'school.coming' : 'school.notComing';
export const attendanceKey = (i: TenderSchoolInvitationView): MessageKey =>
  i.attendance === null ? 'school.notRecorded' : i.attendance === 'attended' ? 'school.attended' : 'school.absent';

/** The invited bidder's answer: two buttons, "we are coming" and "we are not", until the school starts. */
export function AnswerButtons({ school, onDone }: { readonly school: TenderSchoolView; readonly onDone: () => void }) {
  const { t, api } = useApp();
  const submission = useSubmit<unknown>(['coming'], (error) => error.status === 409 && onDone());
  const own = school.yourInvitation;
  async function onSubmit(event: Event) {
    event.preventDefault();
    const coming = (event as SubmitEvent).submitter?.getAttribute('value') === 'yes';
    const done = await submission.submit((key) =>
      answer(
        api.POST('/procurement/tender-schools/{id}/answer', {
          params: { path: { id: school.id }, header: idempotent(key) },
          body: { coming, expectedVersion: school.version },
        }),
      ),
    );
    if (done !== undefined) onDone();
  }
  const titleId = `answer-${school.id}`;
  return (
    <form class="action-form" noValidate onSubmit={onSubmit} aria-busy={submission.busy ? 'true' : 'false'} aria-labelledby={titleId}>
      <h3 id={titleId}>{t('school.answerTitle')}</h3>
      {own && <p>{t('school.yourAnswer', { answer: t(answerKey(own)) })}</p>}
      <ErrorSummary errors={submission.errors} />
      <button type="submit" value="yes" class="primary" disabled={submission.busy}>
        {t('school.answerYes')}
      </button>{' '}
      <button type="submit" value="no" disabled={submission.busy}>
        {t('school.answerNo')}
      </button>
    </form>
  );
}

/** The bidder's own invitation: its answer buttons before the school, whether it attended after. */
export function OwnInvitation({ school, onDone }: { readonly school: TenderSchoolView; readonly onDone: () => void }) {
  const { t } = useApp();
  const own = school.yourInvitation;
  if (!own) return null;
  if (school.allowedActions.includes('answer')) return <AnswerButtons school={school} onDone={onDone} />;
  return (
    <p>
      {t('school.yourAnswer', { answer: t(answerKey(own)) })} {own.attendance && `${t('school.attendance')}: ${t(attendanceKey(own))}`}
    </p>
  );
}
