import type { IopCaseView } from '../../../shared/iop/contract.js';
import { useApp } from '../app-context.js';
import { formatDate, formatSek } from '../format/dates.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { PrincipleKeys } from './review-forms.js';
import { Link } from './link.js';
import { pathTo } from '../router/routes.js';

/**
 * Every review of the agreement, newest first: the organisations' reports
 * (readable after they were submitted), each party's position, the joint
 * reflection on the six principles and the decision.
 */
export function ReviewHistory({ detail }: { readonly detail: IopCaseView }) {
  const { t, lang } = useApp();
  if (detail.reviews.length === 0) return null;
  const nameOf = (orgId: string) => detail.parties.find((p) => p.orgId === orgId)?.name ?? orgId;
  const reviews = [...detail.reviews].sort((a, b) => b.number - a.number);
  return (
    <section aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">{t('reviews.heading')}</h2>
      {reviews.map((r) => (
        <article key={r.number} class="review">
          <h3>
            {r.final ? t('reviews.final') : t('reviews.review', { number: r.number })} · {formatDate(r.openedAt, lang)}
          </h3>
          {r.reports.map((report) => (
            <div key={report.orgId} class="review-report">
              <h4>{t('reviews.report', { name: nameOf(report.orgId), date: formatDate(report.at, lang) })}</h4>
              <p class="prewrap">{t('reviews.activities', { text: report.activities })}</p>
              <p class="prewrap">{t('reviews.outcomes', { text: report.outcomes })}</p>
              <p class="meta">
                {t('reviews.reportFacts', { reach: report.reach, money: formatSek(report.moneyUsedSek, lang), inKind: formatSek(report.inKindUsedSek, lang) })}
              </p>
            </div>
          ))}
          {(r.positions ?? []).length > 0 && (
            <ul class="plain">
              {(r.positions ?? []).map((p) => (
                <li key={p.orgId}>
                  {p.position === 'abstain'
                    ? t('reviews.abstainedOf', { name: nameOf(p.orgId), statement: p.statement })
                    : t('reviews.positionOf', { name: nameOf(p.orgId), position: t(`reviewDecision.${p.position}` as MessageKey), statement: p.statement })}
                </li>
              ))}
            </ul>
          )}
          {r.reflection && (
            <>
              <h4>{t('reviews.reflection')}</h4>
              <dl class="facts">
                {PrincipleKeys.map((p) => (
                  <div key={p}>
                    <dt>{t(`principle.${p}` as MessageKey)}</dt>
                    <dd class="prewrap">{r.reflection!.principles[p]}</dd>
                  </div>
                ))}
              </dl>
            </>
          )}
          <p>
            <Link href={pathTo('reviewReport', { id: detail.id, number: String(r.number) })}>
              {t('reviewReport.link', { name: r.final ? t('reviews.final') : t('reviews.review', { number: r.number }) })}
            </Link>
          </p>
          {r.decision && (
            <p>{t('reviews.decision', { decision: t(`reviewDecision.${r.decision.decision}` as MessageKey), motivation: r.decision.motivation })}</p>
          )}
        </article>
      ))}
    </section>
  );
}
