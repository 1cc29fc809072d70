import type { TenderSchoolListView } from '../../../shared/procurement/contract.js';
import { answer } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { LoadError } from '../components/feedback.js';
import { Link } from '../components/link.js';
import { pathTo } from '../router/routes.js';
import { OwnInvitation, SchoolFacts } from './tender-school-parts.js';

/**
 * On the bidder's matches (and its match case, for the case's notice): the tender schools it is invited to, with its answer
 * buttons, and after the date whether it attended.
 */
export function TenderSchoolInvitations({ org, noticeId }: { readonly org: string; readonly noticeId?: string }) {
  const { t, api } = useApp();
  const list = useResource<TenderSchoolListView>(
    () => answer(api.GET('/bidders/{orgId}/tender-schools', { params: { path: { orgId: org } } })),
    `bidder-tender-schools/${org}`,
  );
  const items = (list.data?.items ?? []).filter((s) => noticeId === undefined || s.notices.some((n) => n.id === noticeId));
  // On a match case, nothing is said when no school is about its notice.
  if (noticeId !== undefined && items.length === 0) return null;
  return (
    <section aria-labelledby="schools-heading">
      <h2 id="schools-heading">{t('school.yourInvitations')}</h2>
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      {list.data && items.length === 0 && <p>{t('school.none')}</p>}
      <ul class="cards">
        {items.map((s) => (
          <li key={s.id} class="card">
            <h3>
              <Link href={pathTo('tenderSchool', { id: s.id })}>{s.title}</Link>
            </h3>
            <SchoolFacts school={s} />
            <OwnInvitation school={s} onDone={list.reload} />
          </li>
        ))}
      </ul>
    </section>
  );
}
