import { useState } from 'preact/hooks';
import { type OverviewFigures, overviewCsv, overviewTables, type StaffOverview } from '../../../../shared/reporting/contract.js';
import { answer } from '../../api/api-client.js';
import { useResource } from '../../api/use-resource.js';
import { useApp } from '../../app-context.js';
import { LoadError, Loading } from '../../components/feedback.js';
import { PageHeading } from '../../components/layout.js';
import { Link } from '../../components/link.js';
import { formatDate, formatDateTime } from '../../format/dates.js';
import { pathTo } from '../../router/routes.js';
import { TableChart } from './bar-chart.js';
import { FiguresTable } from './overview-table.js';
import * as overviewTexts from '../../i18n/dictionary/overview.js';
import { registerMessages } from '../../i18n/messages.js';

// This page's texts travel in its chunk, not in the first load: here before the page first renders.
registerMessages(overviewTexts);

/** The years one can pick: three back, this one and the next (agreements already signed for it). */
const yearsAround = (now: number) => [now - 3, now - 2, now - 1, now, now + 1];

/**
 * The yearly follow-up of a public body for the annual follow-up conference:
 * every chart followed by its table (the same rows), a CSV download with those
 * rows, and a print layout (styles.css, @media print). The staff version
 * (`/uppfoljning`) is the caller's own body; the public one
 * (`/register/uppfoljning/:id`) is open to anyone and names no people.
 */
export function OverviewPage({ publicBody }: { readonly publicBody?: string }) {
  const { t, api, session, config } = useApp();
  const isPublic = publicBody !== undefined;
  const [year, setYear] = useState(new Date().getFullYear());
  const [picked, setPicked] = useState(year);

  const body = useResource<string | undefined>(
    async () => {
      if (publicBody !== undefined) return publicBody;
      const org = await answer(api.GET('/organisations/{id}', { params: { path: { id: session?.actor.org ?? '' } } }));
      return org.kind === 'public-body' ? org.id : org.publicBodyId;
    },
    `overview-body/${publicBody ?? session?.actor.org}`,
  );

  const figures = useResource<OverviewFigures | undefined>(async () => {
    const id = body.data;
    if (id === undefined) return undefined;
    const params = { params: { path: { publicBody: id }, query: { year } } };
    return isPublic ? await answer(api.GET('/public/overview/{publicBody}', params)) : await answer(api.GET('/overview/{publicBody}', params));
  }, `overview/${isPublic}/${body.data}/${year}`);

  const o = figures.data;
  const loading = body.loading || figures.loading;
  return (
    <section class="overview" aria-busy={loading ? 'true' : 'false'}>
      <PageHeading text={o ? t('overview.title', { body: o.publicBody.name }) : t('overview.titlePending')} />
      <p class="lead">{t('overview.intro')}</p>
      <p>{isPublic ? t('overview.publicIntro') : t('overview.staffNote')}</p>
      {body.error && <LoadError error={body.error} onRetry={body.reload} />}
      {!body.loading && !body.error && body.data === undefined && <p class="notice">{t('overview.noBody')}</p>}
      <form
        class="overview-tools no-print"
        onSubmit={(e) => {
          e.preventDefault();
          setYear(picked);
        }}
      >
        <div class="field">
          <label for="overview-year">{t('overview.year')}</label>
          <select id="overview-year" value={String(picked)} onChange={(e) => setPicked(Number(e.currentTarget.value))}>
            {yearsAround(new Date().getFullYear()).map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('overview.show')}</button>
        {o && <CsvDownload figures={o} isPublic={isPublic} apiUrl={config.apiUrl} />}
        {o && (
          <button type="button" onClick={() => print()}>
            {t('overview.print')}
          </button>
        )}
      </form>
      {!isPublic && body.data && (
        <p class="no-print">
          <Link href={pathTo('publicOverview', { id: body.data })}>{t('overview.publicLink')}</Link>
        </p>
      )}
      {loading && <Loading />}
      {figures.error && <LoadError error={figures.error} onRetry={figures.reload} />}
      {o && <Figures figures={o} />}
    </section>
  );
}

function Figures({ figures }: { readonly figures: OverviewFigures }) {
  const { t, lang } = useApp();
  const staff = 'reportedBy' in (figures.reviews.lines[0] ?? {}) ? (figures as StaffOverview) : undefined;
  return (
    <>
      <p class="meta">{t('overview.computedAt', { at: formatDateTime(figures.computedAt, lang) })}</p>
      {overviewTables(figures, lang).map((table) => (
        <section key={table.id} class="overview-part" aria-labelledby={`part-${table.id}`}>
          <h2 id={`part-${table.id}`}>{table.caption}</h2>
          {table.chart && <TableChart table={table} label={t('overview.chartOf', { caption: table.caption })} />}
          <FiguresTable table={table} />
        </section>
      ))}
      {staff && staff.reviews.lines.length > 0 && (
        <section class="overview-part" aria-labelledby="part-people">
          <h2 id="part-people">{t('overview.people', { year: String(figures.year) })}</h2>
          <ul class="plain-list">
            {staff.reviews.lines.map((l) => (
              <li key={`${l.reference}-${l.number}`}>
                {l.reference} {l.title}, {formatDate(l.dueAt, lang)}: {t('overview.reportedBy')} {l.reportedBy.join(', ') || '–'}
                {l.decidedBy && `; ${t('overview.decidedBy')} ${l.decidedBy}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/**
 * The public CSV is a plain link to the API (anyone may fetch it); the staff
 * one needs the sign-in token, so the page writes the same file from the
 * figures it has, with the same function the API uses.
 */
function CsvDownload({ figures, isPublic, apiUrl }: { readonly figures: OverviewFigures; readonly isPublic: boolean; readonly apiUrl: string }) {
  const { t, lang } = useApp();
  const name = `uppfoljning-${figures.publicBody.id}-${figures.year}.csv`;
  if (isPublic) {
    const href = `${apiUrl}/public/overview/${encodeURIComponent(figures.publicBody.id)}/overview.csv?year=${figures.year}&lang=${lang}`;
    return (
      <a class="button" href={href} download={name}>
        {t('overview.downloadCsv')}
      </a>
    );
  }
  return (
    <button
      type="button"
      onClick={() => {
        const url = URL.createObjectURL(new Blob([overviewCsv(figures, lang)], { type: 'text/csv;charset=utf-8' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = name;
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      }}
    >
      {t('overview.downloadCsv')}
    </button>
  );
}
