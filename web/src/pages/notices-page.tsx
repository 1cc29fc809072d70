import type { NoticeView } from '../../../shared/procurement/contract.js';
import { answer } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { LoadError, Loading } from '../components/feedback.js';
import { PageHeading } from '../components/layout.js';
import { Link } from '../components/link.js';
import { formatDate, formatSek, isoOf } from '../format/dates.js';
import { reservationKeys } from '../procurement/reservation-label.js';
import { pathTo } from '../router/routes.js';
import { placeNames } from '../format/places.js';

/** Procurement staff's notices, each linking to its reach view. */
export function NoticesPage() {
  const { t, api, lang } = useApp();
  // The newest page, as large as the API gives; older notices are not listed here yet.
  const notices = useResource<{ items: NoticeView[]; more: boolean }>(
    () => answer(api.GET('/procurement/notices', { params: { query: { limit: 100 } } })),
    'notices',
  );
  return (
    <section aria-busy={notices.loading ? 'true' : 'false'}>
      <PageHeading text={t('notices.title')} />
      <p class="lead">{t('notices.intro')}</p>
      {notices.loading && !notices.data && <Loading />}
      {notices.error && <LoadError error={notices.error} onRetry={notices.reload} />}
      {notices.data && notices.data.items.length === 0 && <p>{t('notices.empty')}</p>}
      {notices.data && notices.data.items.length > 0 && (
        <ul class="cards">
          {notices.data.items.map((n) => (
            <li key={n.id} class="card">
              <h2>
                <Link href={pathTo('notice', { id: n.id })}>{n.title}</Link>
                {n.closed && <span class="badge"> {t('notice.closed')}</span>}
              </h2>
              <p class="meta">
                {t('notice.number', { id: n.id })} · {placeNames(n.nuts, lang)} · {formatSek(n.estimatedValueSek, lang)} ·{' '}
                {t('notices.lots', { count: n.lots.length })}
                {reservationKeys(n)
                  .filter((key) => key !== 'reservation.none')
                  .map((key) => ` · ${t(key)}`)
                  .join('')}
              </p>
              <p>
                {t('notices.deadline')} <time dateTime={isoOf(n.deadline)}>{formatDate(n.deadline, lang)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      {notices.data?.more && <p class="hint">{t('notices.more', { count: notices.data.items.length })}</p>}
    </section>
  );
}
