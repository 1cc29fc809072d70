import type { MatchCase } from '../../../shared/procurement/domain/match-case/match-case-model.js';
import type { PublicStatus } from '../../../shared/platform/timeline/timeline-entry.js';
import { rowsOf } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { LoadError, Loading } from '../components/feedback.js';
import { PageHeading } from '../components/layout.js';
import { Link } from '../components/link.js';
import { StatusSummary } from '../components/status-card.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { pathTo } from '../router/routes.js';

export type MatchCaseDetail = MatchCase & { readonly status?: PublicStatus; readonly version?: number };

/** Match cases: a bidder pursuing a notice or lot, through award, standstill, appeal, contract and follow-up. */
export function MatchCasesPage() {
  const { t, api } = useApp();
  const cases = useResource(async () => rowsOf<MatchCaseDetail>(await api.get('/procurement/matches')), 'match-cases');
  return (
    <section aria-busy={cases.loading ? 'true' : 'false'}>
      <PageHeading text={t('matchCases.title')} />
      <p class="lead">{t('matchCases.intro')}</p>
      {cases.loading && !cases.data && <Loading />}
      {cases.error && <LoadError error={cases.error} onRetry={cases.reload} />}
      {cases.data && cases.data.length === 0 && <p>{t('matchCases.empty')}</p>}
      {cases.data && cases.data.length > 0 && (
        <ul class="cards">
          {cases.data.map((c) => (
            <li key={c.id} class="card">
              <h2>
                <Link href={pathTo('matchCase', { id: c.id })}>{c.noticeTitle ?? c.reference ?? c.id}</Link>
              </h2>
              <p class="meta">
                {c.reference} · {c.bidderOrgId} · <span class={`badge stage-${c.stage}`}>{t(`stage.${c.stage}` as MessageKey)}</span>
              </p>
              <StatusSummary status={c.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
