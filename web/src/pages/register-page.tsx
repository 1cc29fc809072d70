import type { RegisterEntry } from '../../../shared/iop/contract.js';
import { answer } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { LoadError, Loading } from '../components/feedback.js';
import { PageHeading } from '../components/layout.js';
import { formatSek, formatTerm } from '../format/dates.js';

/** The public register of active IOP agreements (transparency principle); open to anyone. */
export function RegisterPage() {
  const { t, api, lang } = useApp();
  // A row holds no personal data, only the agreement's public facts.
  const rows = useResource<RegisterEntry[]>(async () => (await answer(api.GET('/public/iop'))).agreements, 'register');
  return (
    <section aria-busy={rows.loading ? 'true' : 'false'}>
      <PageHeading text={t('register.title')} />
      <p class="lead">{t('register.intro')}</p>
      {rows.loading && !rows.data && <Loading />}
      {rows.error && <LoadError error={rows.error} onRetry={rows.reload} />}
      {rows.data && rows.data.length === 0 && <p>{t('register.empty')}</p>}
      {rows.data && rows.data.length > 0 && (
        <ul class="cards">
          {rows.data.map((r) => (
            <li key={r.reference} class="card">
              <h2>{r.title || r.reference}</h2>
              <p class="meta">{[r.reference, r.diarienummer].filter(Boolean).join(' · ')}</p>
              {r.purpose && <p>{r.purpose}</p>}
              <dl class="facts">
                {r.parties.length > 0 && (
                  <div>
                    <dt>{t('register.parties')}</dt>
                    <dd>{r.parties.map((p) => p.name).join(', ')}</dd>
                  </div>
                )}
                <div>
                  <dt>{t('register.term')}</dt>
                  <dd>{formatTerm(r.termStart, r.termEnd, lang)}</dd>
                </div>
                <div>
                  <dt>{t('draft.budgetPerYearSek')}</dt>
                  <dd>{formatSek(r.budgetPerYearSek, lang)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
