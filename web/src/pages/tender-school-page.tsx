import type { TenderSchoolView } from '../../../shared/procurement/contract.js';
import { answer, idempotent } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { ActionForm, text } from '../components/action-form.js';
import { PendingPage } from '../components/feedback.js';
import { chosenCodes, CodeChoice, TextArea } from '../components/form-fields.js';
import { PageHeading } from '../components/layout.js';
import { TimelineList } from '../components/timeline-list.js';
import { answerKey, attendanceKey, OwnInvitation, SchoolFacts } from '../procurement/tender-school-parts.js';
import * as tenderSchoolPageTexts from '../i18n/dictionary/tender-school-page.js';
import { registerMessages } from '../i18n/messages.js';

// This page's texts travel in its chunk, not in the first load: here before the page first renders.
registerMessages(tenderSchoolPageTexts);

/**
 * One tender school. The buyer's staff see who is invited, their answers and,
 * after the date, record who attended (or cancel it before); an invited
 * bidder sees its own invitation and answers it.
 */
export function TenderSchoolPage({ id }: { readonly id: string }) {
  const { t, api, session } = useApp();
  const path = { params: { path: { id } } };
  const school = useResource<TenderSchoolView>(() => answer(api.GET('/procurement/tender-schools/{id}', path)), `tender-school/${id}`);
  if (!school.data) return <PendingPage title={t('school.title')} resource={school} />;
  const s = school.data;
  const staff = session?.actor.role === 'procurement';
  const can = (action: TenderSchoolView['allowedActions'][number]) => s.allowedActions.includes(action);
  const post = (to: '/procurement/tender-schools/{id}/attendance' | '/procurement/tender-schools/{id}/cancel', key: string, body: object) =>
    answer(api.POST(to, { params: { path: { id }, header: idempotent(key) }, body: { ...body, expectedVersion: s.version } as never }));
  return (
    <article aria-busy={school.loading ? 'true' : 'false'}>
      <PageHeading text={s.title} />
      <SchoolFacts school={s} />
      {staff ? (
        <section aria-labelledby="invited-heading">
          <h2 id="invited-heading">{t('school.invited', { count: s.counts.invited })}</h2>
          <p>{s.phase === 'held' ? t('school.countsHeld', s.counts) : t('school.counts', s.counts)}</p>
          {s.invitations.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('school.bidder')}</th>
                  <th scope="col">{t('school.answer')}</th>
                  <th scope="col">{t('school.attendance')}</th>
                </tr>
              </thead>
              <tbody>
                {s.invitations.map((i) => (
                  <tr key={i.orgId}>
                    <th scope="row">{i.name}</th>
                    <td>{t(answerKey(i))}</td>
                    <td>{t(attendanceKey(i))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {can('record-attendance') && s.invitations.length > 0 && (
            <ActionForm
              scope="school-attendance"
              title={t('school.recordTitle')}
              submitLabel={t('school.record')}
              fields={['attendance']}
              send={(v, key) => {
                const attended = new Set(chosenCodes(v, 'attendance'));
                return post('/procurement/tender-schools/{id}/attendance', key, {
                  attendance: s.invitations.map((i) => ({ orgId: i.orgId, attended: attended.has(i.orgId) })),
                });
              }}
              onDone={school.reload}
            >
              {(e) => (
                <CodeChoice
                  name="attendance"
                  label={t('school.attended')}
                  options={s.invitations.map((i) => ({ code: i.orgId, label: i.name }))}
                  chosen={s.invitations.filter((i) => i.attendance === 'attended').map((i) => i.orgId)}
                  errors={e}
                />
              )}
            </ActionForm>
          )}
          {can('invite') && <InviteMore school={s} onDone={school.reload} />}
          {can('cancel') && (
            <ActionForm
              scope="school-cancel"
              title={t('school.cancelTitle')}
              submitLabel={t('school.cancel')}
              collapsed
              fields={['reason']}
              send={(v, key) => post('/procurement/tender-schools/{id}/cancel', key, { reason: text(v, 'reason') })}
              onDone={school.reload}
            >
              {(e) => <TextArea name="reason" label={t('school.reason')} required errors={e} />}
            </ActionForm>
          )}
          <SchoolTimeline id={id} version={s.version} />
        </section>
      ) : (
        <OwnInvitation school={s} onDone={school.reload} />
      )}
    </article>
  );
}

/** More bidders of the school's notices (their reach views), those not yet invited. */
function InviteMore({ school, onDone }: { readonly school: TenderSchoolView; readonly onDone: () => void }) {
  const { t, api } = useApp();
  const reach = useResource(
    () => Promise.all(school.notices.map((n) => answer(api.GET('/procurement/notices/{id}/matches', { params: { path: { id: n.id } } })))),
    `tender-school/${school.id}/reach/${school.version}`,
  );
  const invited = new Set(school.invitations.map((i) => i.orgId));
  const more = new Map<string, string>();
  for (const lot of (reach.data ?? []).flatMap((r) => r.lots)) {
    for (const r of lot.reached) if (!invited.has(r.orgId)) more.set(r.orgId, t('school.reached', { name: r.name }));
    for (const r of lot.nearMissed) if (!invited.has(r.orgId) && !more.has(r.orgId)) more.set(r.orgId, t('school.near', { name: r.name }));
  }
  if (more.size === 0) return null;
  return (
    <ActionForm
      scope="school-more"
      title={t('school.inviteMore')}
      submitLabel={t('school.create')}
      collapsed
      fields={['orgIds']}
      send={(v, key) =>
        answer(
          api.POST('/procurement/tender-schools/{id}/invitations', {
            params: { path: { id: school.id }, header: idempotent(key) },
            body: { orgIds: chosenCodes(v, 'orgIds'), expectedVersion: school.version },
          }),
        )
      }
      onDone={onDone}
    >
      {(e) => <CodeChoice name="orgIds" label={t('school.bidders')} options={[...more].map(([code, label]) => ({ code, label }))} errors={e} />}
    </ActionForm>
  );
}

/** Who did what with the school, oldest first (the first page). */
function SchoolTimeline({ id, version }: { readonly id: string; readonly version: number }) {
  const { t, api } = useApp();
  const timeline = useResource(
    () => answer(api.GET('/procurement/tender-schools/{id}/timeline', { params: { path: { id }, query: { limit: 100 } } })),
    `tender-school/${id}/timeline/${version}`,
  );
  return (
    <section aria-labelledby="school-timeline">
      <h2 id="school-timeline">{t('school.timeline')}</h2>
      {timeline.data && <TimelineList entries={timeline.data.items} />}
    </section>
  );
}
