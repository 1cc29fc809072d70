import type { ComponentChildren } from 'preact';
import type { MatchAction, MatchActionType, MatchCaseView, MatchTimelineEntryView } from '../../../shared/procurement/contract.js';
import { answer, idempotent } from '../api/api-client.js';
import { useCaseDetail } from '../api/use-case-detail.js';
import type { FormErrors } from '../api/problem.js';
import { type AppContextValue, useApp } from '../app-context.js';
import { ActionForm, number, text, type Values } from '../components/action-form.js';
import { DateTimeline } from '../components/date-timeline.js';
import { PendingPage } from '../components/feedback.js';
import { CheckboxField, SelectField, TextArea, TextField } from '../components/form-fields.js';
import { PageHeading } from '../components/layout.js';
import { StageJourney } from '../components/stage-journey.js';
import { StatusSummary } from '../components/status-card.js';
import { TimelineSection } from '../components/timeline-list.js';
import { matchDueMeaning } from '../format/status.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { matchActionsToShow, matchDates } from '../procurement/match-actions.js';
import { NoticeQuestionsSection } from '../procurement/notice-questions-section.js';
import { TenderSchoolInvitations } from '../procurement/tender-school-invitations.js';

/** "Leverantör: ni (Anhörigcentrum Väst)" to the bidder itself, "Leverantör: Anhörigcentrum Väst" to others. */
export function bidderLine(c: Pick<MatchCaseView, 'bidderOrgId' | 'bidderName'>, readerOrg: string | undefined, t: AppContextValue['t']): string {
  const name = c.bidderName ?? t('matchCase.unnamed');
  return c.bidderOrgId === readerOrg ? t('you.bidder', { name }) : t('matchCase.bidder', { org: name });
}

/** One match case, with award, standstill and appeal dates on a timeline. */
export function MatchCasePage({ id }: { readonly id: string }) {
  const { t, api, session } = useApp();
  const path = { params: { path: { id } } };
  const { detail, timeline, reload } = useCaseDetail<MatchCaseView>(`match-case/${id}`, {
    detail: () => answer(api.GET('/procurement/matches/{id}', path)),
    timeline: async (): Promise<MatchTimelineEntryView[]> =>
      (await answer(api.GET('/procurement/matches/{id}/timeline', { params: { path: { id }, query: { limit: 200 } } }))).items,
  });
  if (!detail.data) return <PendingPage title={t('matchCase.title')} resource={detail} />;
  const c = detail.data;
  const actions = matchActionsToShow(c);
  const send = (body: MatchAction, key: string) =>
    answer(
      api.POST('/procurement/matches/{id}/actions', {
        params: { ...path.params, header: idempotent(key) },
        body: { ...body, expectedVersion: c.version },
      }),
    );
  const form = (type: MatchActionType, fields: string[], body: (v: Values) => Record<string, unknown>, children?: (e: FormErrors) => ComponentChildren) => (
    <ActionForm
      key={type}
      scope={`m-${type}`}
      title={t(`matchAction.${type}` as MessageKey)}
      submitLabel={t(`matchAction.${type}` as MessageKey)}
      fields={fields}
      collapsed={type === 'withdraw' || type === 'decline-invitation'}
      send={(v, key) => send({ type, ...body(v) } as MatchAction, key)}
      onDone={reload}
    >
      {children}
    </ActionForm>
  );
  return (
    <article aria-busy={detail.loading ? 'true' : 'false'}>
      <PageHeading text={c.noticeTitle ?? c.reference} />
      <p class="meta">
        {c.reference} · {bidderLine(c, session?.actor.org, t)} · {t('matchCase.buyer', { name: c.buyerName ?? t('matchCase.unnamed') })} ·{' '}
        {c.lotId === 'whole' ? t('notice.wholeNotice') : t('matchCase.lot', { id: c.lotId })}
      </p>
      <StageJourney stage={c.stage} id="match-journey" names="matchStage" />
      <section class="panel" aria-labelledby="m-status-heading">
        <h2 id="m-status-heading">{t('case.statusHeading')}</h2>
        <StatusSummary status={c.status} dueMeaning={matchDueMeaning(c)} />
        {c.award && !c.award.standstill && <p>{t('matchCase.noStandstill')}</p>}
      </section>
      <section aria-labelledby="m-dates-heading">
        <h2 id="m-dates-heading">{t('matchCase.datesHeading')}</h2>
        <DateTimeline
          id="match-dates"
          title={t('matchCase.datesHeading')}
          items={matchDates(c).map((d) => ({ label: t(`matchDate.${d.label}` as MessageKey, { number: d.number ?? '' }), at: d.at, kind: d.kind }))}
        />
      </section>
      {session && (
        <section class="panel" aria-labelledby="m-actions-heading">
          <h2 id="m-actions-heading">{t('case.actionsHeading')}</h2>
          {actions.length === 0 && <p>{t('action.none')}</p>}
          <div class="actions">
            {actions.map((type) => {
              switch (type) {
                case 'invite-tender-school':
                  return form(
                    type,
                    ['at'],
                    (v) => ({ at: text(v, 'at') ? new Date(text(v, 'at')).toISOString() : '' }),
                    (e) => <TextField name="at" type="datetime-local" label={t('matchCase.schoolAt')} required errors={e} />,
                  );
                case 'record-evaluation':
                  return form(
                    type,
                    ['note'],
                    (v) => ({ note: text(v, 'note') }),
                    (e) => <TextArea name="note" label={t('matchCase.evaluationNote')} required errors={e} />,
                  );
                case 'decide-award':
                  return form(
                    type,
                    ['outcome', 'sentElectronically'],
                    (v) => ({ outcome: text(v, 'outcome'), sentElectronically: v.sentElectronically === true }),
                    (e) => (
                      <>
                        <SelectField
                          name="outcome"
                          label={t('matchCase.outcome')}
                          options={(['awarded', 'not-awarded', 'cancelled'] as const).map((o) => ({ value: o, label: t(`awardOutcome.${o}` as MessageKey) }))}
                          errors={e}
                        />
                        <CheckboxField
                          name="sentElectronically"
                          label={t('matchCase.sentElectronically')}
                          hint={t('matchCase.sentElectronicallyHint')}
                          defaultChecked
                          errors={e}
                        />
                      </>
                    ),
                  );
                case 'conclude-contract':
                  return form(
                    type,
                    ['startDate', 'termMonths', 'framework'],
                    (v) => ({ startDate: text(v, 'startDate'), termMonths: number(v, 'termMonths'), framework: v.framework === true }),
                    (e) => (
                      <>
                        <TextField name="startDate" type="date" label={t('matchCase.startDate')} required errors={e} />
                        <TextField name="termMonths" type="number" min={1} max={120} label={t('matchCase.termMonths')} required errors={e} />
                        <CheckboxField name="framework" label={t('matchCase.framework')} hint={t('matchCase.frameworkHint')} errors={e} />
                      </>
                    ),
                  );
                case 'submit-follow-up':
                  return form(
                    type,
                    ['text', 'commitmentsMet'],
                    (v) => ({ text: text(v, 'text'), commitmentsMet: v.commitmentsMet === true }),
                    (e) => (
                      <>
                        <TextArea name="text" label={t('matchCase.followUp')} required errors={e} />
                        <CheckboxField name="commitmentsMet" label={t('matchCase.commitmentsMet')} errors={e} />
                      </>
                    ),
                  );
                case 'review-decision':
                  return form(
                    type,
                    ['decision'],
                    (v) => ({ decision: text(v, 'decision') }),
                    (e) => (
                      <SelectField
                        name="decision"
                        label={t('action.decision')}
                        options={(['continue', 'close'] as const).map((d) => ({ value: d, label: t(`reviewDecision.${d}` as MessageKey) }))}
                        errors={e}
                      />
                    ),
                  );
                case 'decline-invitation':
                case 'withdraw':
                  return form(
                    type,
                    ['reason'],
                    (v) => (text(v, 'reason') ? { reason: text(v, 'reason') } : {}),
                    (e) => <TextArea name="reason" label={t('action.reason')} errors={e} />,
                  );
                case 'record-court-decision':
                  return form(
                    type,
                    ['decidedAt'],
                    (v) => (text(v, 'decidedAt') ? { decidedAt: new Date(text(v, 'decidedAt')).toISOString() } : {}),
                    (e) => (
                      <TextField
                        name="decidedAt"
                        type="datetime-local"
                        label={t('matchCase.courtDecidedAt')}
                        hint={t('matchCase.courtDecidedAtHint')}
                        errors={e}
                      />
                    ),
                  );
                default:
                  return form(type, [], () => ({}));
              }
            })}
          </div>
        </section>
      )}
      <NoticeQuestionsSection noticeId={c.noticeId} />
      {session?.actor.role === 'civil' && <TenderSchoolInvitations org={session.actor.org} noticeId={c.noticeId} />}
      <TimelineSection headingId="m-timeline-heading" timeline={timeline} />
    </article>
  );
}
