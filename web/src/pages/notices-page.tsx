import type { Notice } from '../../../shared/procurement/domain/notice.js';
import { rowsOf } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { LoadError, Loading } from '../components/feedback.js';
import { PageHeading } from '../components/layout.js';
import { Link } from '../components/link.js';
import { formatDate, formatSek, isoOf } from '../format/dates.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { pathTo } from '../router/routes.js';

/** Procurement staff's notices, each linking to its reach view. */
export function NoticesPage() {
  const { t, api, lang } = useApp();
  const notices = useResource(async () => rowsOf<Notice>(await api.get('/procurement/notices')), 'notices');
  return (
    <section aria-busy={notices.loading ? 'true' : 'false'}>
      <PageHeading text={t('notices.title')} />
      <p class="lead">{t('notices.intro')}</p>
      {notices.loading && !notices.data && <Loading />}
      {notices.error && <LoadError error={notices.error} onRetry={notices.reload} />}
      {notices.data && notices.data.length === 0 && <p>{t('notices.empty')}</p>}
      {notices.data && notices.data.length > 0 && (
        <ul class="cards">
          {notices.data.map((n) => (
            <li key={n.id} class="card">
              <h2>
                <Link href={pathTo('notice', { id: n.id })}>{n.title}</Link>
              </h2>
              <p class="meta">
                {n.id} · {formatSek(n.estimatedValueSek, lang)} · {t('notices.lots', { count: n.lots.length })}
                {n.reservation !== 'none' && <> · {t(`reservation.${n.reservation}` as MessageKey)}</>}
              </p>
              <p>
                {t('notices.deadline')} <time dateTime={isoOf(n.deadline)}>{formatDate(n.deadline, lang)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
