import type { IopCaseView } from '../../../shared/iop/contract.js';
import { useApp } from '../app-context.js';
import { formatDate, formatDateTime, isoOf } from '../format/dates.js';
import type { MessageKey } from '../i18n/dictionary.js';

/**
 * The consultation round as the case page shows it: the question, the
 * deadline (and each extension), the answers (joint ones with every name),
 * and once it closed who answered and who did not, and how the unit handled the answers.
 */
export function ConsultationRound({ consultation: c }: { readonly consultation: NonNullable<IopCaseView['consultation']> }) {
  const { t, lang } = useApp();
  const nameOf = (orgId: string) => c.responders.find((r) => r.orgId === orgId)?.name ?? orgId;
  return (
    <section aria-labelledby="consultation-heading">
      <h2 id="consultation-heading">{t('case.consultationHeading')}</h2>
      <p class="prewrap">{c.question}</p>
      <p>
        {t('case.consultationDeadline')} <time dateTime={isoOf(c.deadline)}>{formatDateTime(c.deadline, lang)}</time>
      </p>
      {(c.extensions ?? []).map((x) => (
        <p key={x.at} class="meta">
          {t('consultation.extended', { from: formatDate(x.previousDeadline, lang), to: formatDate(x.deadline, lang) })}
          {x.reason && <> {t('consultation.reason', { reason: x.reason })}</>}
        </p>
      ))}
      <ul class="plain">
        {c.responses.map((r) => (
          <li key={r.orgId}>
            <strong>{[r.orgId, ...(r.jointWith ?? [])].map(nameOf).join(', ')}:</strong> {r.response}
          </li>
        ))}
      </ul>
      {c.closed && (
        <div class="consultation-closed">
          <h3>{t(`consultation.closed.${c.closed.how}` as MessageKey, { date: formatDate(c.closed.at, lang) })}</h3>
          {c.closed.reason && <p>{t('consultation.reason', { reason: c.closed.reason })}</p>}
          <p>{t('consultation.answered', { names: c.closed.answered.map(nameOf).join(', ') || '–' })}</p>
          <p>{t('consultation.unanswered', { names: c.closed.unanswered.map(nameOf).join(', ') || '–' })}</p>
          <p class="prewrap">{c.handling ? t('consultation.handled', { text: c.handling.text }) : t('consultation.notHandled')}</p>
        </div>
      )}
    </section>
  );
}
