import { useState } from 'preact/hooks';
import { areaName, followUpName, type PublicRegisterPage } from '../../../shared/reporting/contract.js';
import { answer } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { LoadError, Loading } from '../components/feedback.js';
import { PageHeading } from '../components/layout.js';
import { Link } from '../components/link.js';
import { formatDate, formatSek, formatTerm } from '../format/dates.js';
import { pathTo } from '../router/routes.js';
import * as registerSearchTexts from '../i18n/dictionary/register-search.js';
import { registerMessages } from '../i18n/messages.js';

// This page's texts travel in its chunk, not in the first load: here before the page first renders.
registerMessages(registerSearchTexts);

interface Filters {
  readonly q: string;
  readonly area: string;
  readonly unit: string;
  readonly organisation: string;
  readonly year: string;
}
const NoFilters: Filters = { q: '', area: '', unit: '', organisation: '', year: '' };

/** The filters as the API's query: only those set. */
function queryOf(f: Filters): Record<string, string> {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v.trim() !== ''));
}

/**
 * The public register of IOP agreements in force (transparency principle),
 * open to anyone: search and filters (area, unit, organisation, year), each
 * agreement's public money per year, where its follow-up stands and its
 * plain-language summary; the whole register as CSV and JSON; and the yearly
 * follow-up of each region or municipality. No personal data.
 */
export function RegisterPage() {
  const { t, api, lang, config } = useApp();
  const [draft, setDraft] = useState<Filters>(NoFilters);
  const [filters, setFilters] = useState<Filters>(NoFilters);
  const query = queryOf(filters);
  const page = useResource<PublicRegisterPage>(
    async () => answer(api.GET('/public/register.json', { params: { query: { ...query, ...(query.year ? { year: Number(query.year) } : {}), lang } } })),
    `register/${JSON.stringify(query)}`,
  );
  const choices = page.data?.choices;
  const set = (name: keyof Filters) => (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) => setDraft({ ...draft, [name]: e.currentTarget.value });
  const select = (name: keyof Filters, label: string, options: readonly { value: string; text: string }[]) => (
    <div class="field">
      <label for={`register-${name}`}>{label}</label>
      <select id={`register-${name}`} value={draft[name]} onChange={set(name)}>
        <option value="">{t('registerSearch.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </div>
  );
  const search = new URLSearchParams({ ...query, lang }).toString();

  return (
    <section aria-busy={page.loading ? 'true' : 'false'}>
      <PageHeading text={t('register.title')} />
      <p class="lead">{t('register.intro')}</p>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not yet announced by every screen reader; the role on the form is. */}
      <form
        class="register-search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setFilters(draft);
        }}
      >
        <fieldset>
          <legend>{t('registerSearch.legend')}</legend>
          <div class="field">
            <label for="register-q">{t('registerSearch.q')}</label>
            <p class="hint" id="register-q-hint">
              {t('registerSearch.qHint')}
            </p>
            <input id="register-q" type="search" aria-describedby="register-q-hint" value={draft.q} onInput={set('q')} />
          </div>
          <div class="filter-row">
            {select(
              'area',
              t('registerSearch.area'),
              (choices?.areas ?? []).map((a) => ({ value: a, text: areaName(a, lang) })),
            )}
            {select(
              'unit',
              t('registerSearch.unit'),
              (choices?.units ?? []).map((u) => ({ value: u.orgId, text: u.name })),
            )}
            {select(
              'organisation',
              t('registerSearch.organisation'),
              (choices?.organisations ?? []).map((o) => ({ value: o.orgId, text: o.name })),
            )}
            {select(
              'year',
              t('registerSearch.year'),
              (choices?.years ?? []).map((y) => ({ value: String(y), text: String(y) })),
            )}
          </div>
          <p class="actions">
            <button type="submit" class="primary">
              {t('registerSearch.apply')}
            </button>{' '}
            <button
              type="button"
              onClick={() => {
                setDraft(NoFilters);
                setFilters(NoFilters);
              }}
            >
              {t('registerSearch.clear')}
            </button>
          </p>
        </fieldset>
      </form>
      {page.loading && !page.data && <Loading />}
      {page.error && <LoadError error={page.error} onRetry={page.reload} />}
      {page.data && (
        <>
          <p role="status">{t('registerSearch.count', { shown: String(page.data.agreements.length), total: String(page.data.total) })}</p>
          {page.data.total === 0 && <p>{t('register.empty')}</p>}
          {page.data.total > 0 && page.data.agreements.length === 0 && <p>{t('registerSearch.none')}</p>}
          <ul class="cards register-list">
            {page.data.agreements.map((r) => (
              <li key={r.reference} class="card">
                <h2>{r.title || r.reference}</h2>
                <p class="meta">{[r.reference, r.diarienummer].filter(Boolean).join(' · ')}</p>
                {r.purpose && <p>{r.purpose}</p>}
                <dl class="facts">
                  <div>
                    <dt>{t('registerSearch.publicBody')}</dt>
                    <dd>{r.publicBody.name}</dd>
                  </div>
                  <div>
                    <dt>{t('registerSearch.unitName')}</dt>
                    <dd>
                      {r.unit.name} ({areaName(r.unit.area, lang)})
                    </dd>
                  </div>
                  <div>
                    <dt>{t('register.parties')}</dt>
                    <dd>{r.organisations.map((o) => o.name).join(', ')}</dd>
                  </div>
                  <div>
                    <dt>{t('register.term')}</dt>
                    <dd>{formatTerm(r.termStart, r.endsAt ?? r.termEnd, lang)}</dd>
                  </div>
                  <div>
                    <dt>{t('draft.budgetPerYearSek')}</dt>
                    <dd>{formatSek(r.budgetPerYearSek, lang)}</dd>
                  </div>
                  <div>
                    <dt>{t('registerSearch.followUp')}</dt>
                    <dd>
                      {t('registerSearch.followUpLine', { state: followUpName(r.followUp.state, lang), done: String(r.followUp.reviewsDone) })}
                      {r.followUp.nextDueAt && <> {t('registerSearch.nextReview', { date: formatDate(r.followUp.nextDueAt, lang) })}</>}
                    </dd>
                  </div>
                </dl>
                <table class="figures compact">
                  <caption>
                    {t('registerSearch.money')}: {r.title}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('registerSearch.moneyYear')}</th>
                      <th scope="col">{t('registerSearch.moneyAmount')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.publicMoneyPerYear.map((m) => (
                      <tr key={m.year}>
                        <th scope="row">{m.year}</th>
                        <td class="num">{formatSek(m.moneySek + m.inKindSek, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <details>
                  <summary>{t('registerSearch.summary')}</summary>
                  {r.summary[lang].map((sentence) => (
                    <p key={sentence}>{sentence}</p>
                  ))}
                </details>
              </li>
            ))}
          </ul>
          <h2>{t('registerSearch.downloads')}</h2>
          <ul class="plain-list">
            <li>
              <a href={`${config.apiUrl}/public/register.csv?lang=${lang}`} download="iop-register.csv">
                {t('registerSearch.csv')}
              </a>
            </li>
            <li>
              <a href={`${config.apiUrl}/public/register.json`}>{t('registerSearch.json')}</a>
            </li>
            <li>
              <a href={`${config.apiUrl}/public/register.csv?${search}`} download="iop-register-urval.csv">
                {t('registerSearch.filteredCsv')}
              </a>
            </li>
          </ul>
          {page.data.choices.publicBodies.length > 0 && (
            <>
              <h2>{t('registerSearch.overviews')}</h2>
              <ul class="plain-list">
                {page.data.choices.publicBodies.map((b) => (
                  <li key={b.id}>
                    <Link href={pathTo('publicOverview', { id: b.id })}>{b.name}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
