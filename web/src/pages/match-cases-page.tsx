import type { MatchCaseView } from '../../../shared/procurement/contract.js';
import { answer } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { LoadError, Loading } from '../components/feedback.js';
import { PageHeading } from '../components/layout.js';
import { Link } from '../components/link.js';
import { StatusSummary } from '../components/status-card.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { pathTo } from '../router/routes.js';
import { matchDueMeaning } from '../format/status.js';
import { bidderLine } from './match-case-page.js';

/** Match cases: a bidder pursuing a notice or lot, through award, standstill, appeal, contract and follow-up. */
export function MatchCasesPage() {
  const { t, api, session } = useApp();
  const cases = useResource<{ items: MatchCaseView[]; more: boolean }>(
    () => answer(api.GET('/procurement/matches', { params: { query: { limit: 100 } } })),
    'match-cases',
  );
  return (
    <section aria-busy={cases.loading ? 'true' : 'false'}>
      <PageHeading text={t('matchCases.title')} />
      <p class="lead">{t('matchCases.intro')}</p>
      {cases.loading && !cases.data && <Loading />}
      {cases.error && <LoadError error={cases.error} onRetry={cases.reload} />}
      {cases.data && cases.data.items.length === 0 && <p>{t('matchCases.empty')}</p>}
      {cases.data && cases.data.items.length > 0 && (
        <ul class="cards">
          {cases.data.items.map((c) => (
            <li key={c.id} class="card">
              <h2>
                <Link href={pathTo('matchCase', { id: c.id })}>{c.noticeTitle || c.reference}</Link>
              </h2>
              <p class="meta">
                {c.reference} · {bidderLine(c, session?.actor.org, t)} ·{' '}
                <span class={`badge stage-${c.stage}`}>{t(`matchStage.${c.stage}` as MessageKey)}</span>
              </p>
              <StatusSummary status={c.status} dueMeaning={matchDueMeaning(c)} />
            </li>
          ))}
        </ul>
      )}
      {cases.data?.more && <p class="hint">{t('matchCases.more', { count: cases.data.items.length })}</p>}
    </section>
  );
}
