import type { TenderSchoolView } from '../../../shared/procurement/contract.js';
import { answer, idempotent } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { ActionForm, text } from '../components/action-form.js';
import { PendingPage } from '../components/feedback.js';
import { chosenCodes, CodeChoice, TextArea } from '../components/form-fields.js';
import { PageHeading } from '../components/layout.js';
import { answerKey, attendanceKey, OwnInvitation, SchoolFacts } from '../procurement/tender-school-parts.js';

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
        </section>
      ) : (
        <OwnInvitation school={s} onDone={school.reload} />
      )}
    </article>
  );
}
