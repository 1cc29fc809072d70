import type { ReviewReportView } from '../../../shared/iop/contract.js';
import { answer } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { PendingPage } from '../components/feedback.js';
import { PageHeading } from '../components/layout.js';
import { Link } from '../components/link.js';
import { pathTo } from '../router/routes.js';
import { formatDate, formatSek } from '../format/dates.js';
import * as agreementDocumentTexts from '../i18n/dictionary/agreement-document.js';
import { registerMessages } from '../i18n/messages.js';

// This page's texts travel in its chunk, not in the first load: here before the page first renders.
registerMessages(agreementDocumentTexts);

/**
 * One review as the parties read it after the reports went in: each
 * organisation's report, each party's position, the reflection on the six
 * principles and the decision. Printable like the agreement.
 */
export function ReviewReportPage({ id, number }: { readonly id: string; readonly number: string }) {
  const { t, api, lang } = useApp();
  const review = useResource<ReviewReportView>(
    () => answer(api.GET('/iop/cases/{id}/reviews/{number}', { params: { path: { id, number } } })),
    `review-report/${id}/${number}`,
  );
  if (!review.data) return <PendingPage title={t('reviews.heading')} resource={review} />;
  const r = review.data;
  return (
    <article class="review-report-page" aria-busy={review.loading ? 'true' : 'false'}>
      <p class="no-print">
        <Link href={pathTo('case', { id })}>{t('reviewReport.backToCase')}</Link>
      </p>
      <PageHeading text={`${r.name[lang]} · ${r.title || r.reference}`} />
      <p class="meta">{t('reviewReport.meta', { reference: r.reference, opened: formatDate(r.openedAt, lang) })}</p>

      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">{t('reviewReport.reportsHeading')}</h2>
        {r.reports.length === 0 && <p>{t('reviewReport.noReports')}</p>}
        {r.reports.map((report) => (
          <section key={report.organisation} class="review-report" aria-labelledby={`report-${report.organisation}`}>
            <h3 id={`report-${report.organisation}`}>{t('reviewReport.reportOf', { name: report.organisation, date: formatDate(report.at, lang) })}</h3>
            <dl class="facts">
              <div>
                <dt>{t('reviewReport.activities')}</dt>
                <dd class="prewrap">{report.activities}</dd>
              </div>
              <div>
                <dt>{t('reviewReport.reach')}</dt>
                <dd>{report.reach}</dd>
              </div>
              <div>
                <dt>{t('reviewReport.outcomes')}</dt>
                <dd class="prewrap">{report.outcomes}</dd>
              </div>
              <div>
                <dt>{t('reviewReport.money')}</dt>
                <dd>{formatSek(report.moneyUsedSek, lang)}</dd>
              </div>
              <div>
                <dt>{t('reviewReport.inKind')}</dt>
                <dd>{formatSek(report.inKindUsedSek, lang)}</dd>
              </div>
            </dl>
          </section>
        ))}
        {r.awaiting.length > 0 && <p>{t('reviewReport.awaiting', { names: r.awaiting.join(', ') })}</p>}
      </section>

      <section aria-labelledby="positions-heading">
        <h2 id="positions-heading">{t('reviewReport.positionsHeading')}</h2>
        {r.positions.length === 0 ? (
          <p>{t('reviewReport.noPositions')}</p>
        ) : (
          <ul class="plain">
            {r.positions.map((p) => (
              <li key={p.organisation}>{`${p.organisation}: ${p.positionText[lang]}. ${p.statement}`}</li>
            ))}
          </ul>
        )}
      </section>

      {r.reflection && (
        <section aria-labelledby="reflection-heading">
          <h2 id="reflection-heading">{t('reviewReport.reflectionHeading')}</h2>
          <dl class="facts">
            {r.reflection.principles.map((p) => (
              <div key={p.principle}>
                <dt>{p.name[lang]}</dt>
                <dd class="prewrap">{p.text}</dd>
              </div>
            ))}
          </dl>
          <p class="meta">{t('reviewReport.reflectionBy', { name: r.reflection.organisation, date: formatDate(r.reflection.at, lang) })}</p>
        </section>
      )}

      <section aria-labelledby="decision-heading">
        <h2 id="decision-heading">{t('reviewReport.decisionHeading')}</h2>
        {r.decision ? (
          <>
            <p>{t('reviewReport.decision', { decision: r.decision.decisionText[lang], motivation: r.decision.motivation })}</p>
            <p class="meta">{t('reviewReport.decidedOn', { date: formatDate(r.decision.at, lang) })}</p>
          </>
        ) : (
          <p>{t('reviewReport.noDecision')}</p>
        )}
      </section>
    </article>
  );
}
