import type { IopCaseSummaryView } from '../../../shared/iop/contract.js';
import { answer } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { LoadError, Loading } from '../components/feedback.js';
import { PageHeading } from '../components/layout.js';
import { Link } from '../components/link.js';
import { StatusSummary } from '../components/status-card.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { pathTo } from '../router/routes.js';
import { iopDueMeaning } from '../format/status.js';

/** "My cases": one card per case saying where it is, what happens next, who acts and by when. */
export function CasesPage() {
  const { t, api, session } = useApp();
  const cases = useResource<IopCaseSummaryView[]>(async () => (await answer(api.GET('/iop/cases'))).items, 'cases');
  const canStart = session?.actor.role === 'healthcare' || session?.actor.role === 'civil';
  return (
    <section aria-busy={cases.loading ? 'true' : 'false'}>
      <PageHeading text={t('cases.title')} />
      <p class="lead">{t('cases.intro')}</p>
      {canStart && (
        <p>
          <Link href={pathTo('newCase')} class="button primary">
            {t('cases.start')}
          </Link>
        </p>
      )}
      {cases.loading && !cases.data && <Loading />}
      {cases.error && <LoadError error={cases.error} onRetry={cases.reload} />}
      {cases.data && cases.data.length === 0 && <p>{t('cases.empty')}</p>}
      {cases.data && cases.data.length > 0 && <CaseCards cases={cases.data} />}
    </section>
  );
}

export function CaseCards({
  cases,
  showDue,
}: {
  readonly cases: readonly IopCaseSummaryView[];
  readonly showDue?: (c: IopCaseSummaryView) => string | undefined;
}) {
  const { t } = useApp();
  return (
    <ul class="cards">
      {cases.map((c) => (
        <li key={c.id} class="card">
          <h2>
            <Link href={pathTo('case', { id: c.id })}>{c.title || c.reference}</Link>
          </h2>
          <p class="meta">
            <span>{t('cases.reference', { reference: c.reference })}</span> <span class={`badge stage-${c.stage}`}>{t(`stage.${c.stage}` as MessageKey)}</span>
          </p>
          {showDue?.(c) && <p class="due">{showDue(c)}</p>}
          <StatusSummary status={c.status} dueMeaning={iopDueMeaning(c)} />
        </li>
      ))}
    </ul>
  );
}
