import { answer } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { awaitingDecisionOrder, decisionDueAt } from '../cases/case-summary.js';
import { LoadError, Loading } from '../components/feedback.js';
import { PageHeading } from '../components/layout.js';
import { formatDate } from '../format/dates.js';
import { CaseCards } from './cases-page.js';

/** The decision-maker's queue: cases awaiting decision, oldest first, each with its deadline. */
export function DecisionsPage() {
  const { t, api, lang } = useApp();
  const cases = useResource(
    async () => awaitingDecisionOrder((await answer(api.GET('/iop/cases', { params: { query: { stage: 'approval' } } }))).items),
    'decisions',
  );
  return (
    <section aria-busy={cases.loading ? 'true' : 'false'}>
      <PageHeading text={t('decisions.title')} />
      <p class="lead">{t('decisions.intro')}</p>
      {cases.loading && !cases.data && <Loading />}
      {cases.error && <LoadError error={cases.error} onRetry={cases.reload} />}
      {cases.data && cases.data.length === 0 && <p>{t('decisions.empty')}</p>}
      {cases.data && cases.data.length > 0 && (
        <CaseCards
          cases={cases.data}
          showDue={(c) => {
            const due = decisionDueAt(c);
            return due ? t('decisions.due', { date: formatDate(due, lang) }) : undefined;
          }}
        />
      )}
    </section>
  );
}
