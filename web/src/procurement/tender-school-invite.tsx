import type { NoticeReachView, NoticeView, TenderSchoolView } from '../../../shared/procurement/contract.js';
import { answer, idempotent } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { ActionForm, text } from '../components/action-form.js';
import { Link } from '../components/link.js';
import { formatDateTime } from '../format/dates.js';
import { chosenCodes, CodeChoice, TextArea, TextField } from '../components/form-fields.js';
import { useApp } from '../app-context.js';
import { pathTo } from '../router/routes.js';
import { swedishLocalTime } from './swedish-local-time.js';

/**
 * "Bjud in till anbudsskola" under the reach view: the bidders the notice
 * reaches or nearly reaches are offered by name, and the buyer's other open
 * notices may be added. The API checks every choice again.
 */
export function TenderSchoolInvite({ notice, reach }: { readonly notice: NoticeView; readonly reach: NoticeReachView }) {
  const { t, api, navigate, lang } = useApp();
  const schools = useResource(() => answer(api.GET('/procurement/tender-schools', {})), 'tender-schools');
  const about = (schools.data?.items ?? []).filter((s) => s.notices.some((n) => n.id === notice.id));
  const others = useResource(() => answer(api.GET('/procurement/notices', {})), 'notices/for-school');
  const bidders = new Map<string, string>();
  for (const lot of reach.lots) {
    for (const r of lot.reached) bidders.set(r.orgId, t('school.reached', { name: r.name }));
    for (const r of lot.nearMissed) if (!bidders.has(r.orgId)) bidders.set(r.orgId, t('school.near', { name: r.name }));
  }
  const notices = [notice, ...(others.data?.items ?? []).filter((n) => n.id !== notice.id && !n.closed && n.buyer.orgId === notice.buyer.orgId)];
  return (
    <>
      {about.length > 0 && (
        <>
          <h3>{t('school.ofNotice')}</h3>
          <ul class="plain compact">
            {about.map((s) => (
              <li key={s.id}>
                <Link href={pathTo('tenderSchool', { id: s.id })}>{s.title}</Link> – {formatDateTime(s.startsAt, lang)} – {s.status.headline[lang]}
              </li>
            ))}
          </ul>
        </>
      )}
      <ActionForm
        scope="school-invite"
        title={t('school.invite')}
        submitLabel={t('school.create')}
        collapsed
        fields={['title', 'description', 'startsAt', 'place', 'onlineLink', 'noticeIds', 'orgIds']}
        send={async (v, key) => {
          const body = {
            title: text(v, 'title'),
            startsAt: swedishLocalTime(text(v, 'startsAt')),
            noticeIds: chosenCodes(v, 'noticeIds'),
            orgIds: chosenCodes(v, 'orgIds'),
            ...(text(v, 'description') ? { description: text(v, 'description') } : {}),
            ...(text(v, 'place') ? { place: text(v, 'place') } : {}),
            ...(text(v, 'onlineLink') ? { onlineLink: text(v, 'onlineLink') } : {}),
          };
          const created: TenderSchoolView = await answer(api.POST('/procurement/tender-schools', { params: { header: idempotent(key) }, body }));
          navigate(pathTo('tenderSchool', { id: created.id }));
          return created;
        }}
        onDone={() => undefined}
      >
        {(e) => (
          <>
            <TextField name="title" label={t('school.name')} required errors={e} />
            <TextArea name="description" label={t('school.description')} rows={3} errors={e} />
            <TextField name="startsAt" type="datetime-local" label={t('school.startsAt')} hint={t('school.startsAtHint')} required errors={e} />
            <TextField name="place" label={t('school.place')} errors={e} />
            <TextField name="onlineLink" label={t('school.onlineLink')} errors={e} />
            <CodeChoice
              name="noticeIds"
              label={t('school.notices')}
              options={notices.map((n) => ({ code: n.id, label: n.title }))}
              chosen={[notice.id]}
              errors={e}
            />
            <CodeChoice
              name="orgIds"
              label={t('school.bidders')}
              options={[...bidders].map(([code, label]) => ({ code, label }))}
              chosen={[...bidders.keys()]}
              errors={e}
            />
          </>
        )}
      </ActionForm>
    </>
  );
}
