import type { IopCaseView } from '../../../shared/iop/contract.js';
import { answer } from '../api/api-client.js';
import { useCaseDetail } from '../api/use-case-detail.js';
import { useApp } from '../app-context.js';
import { caseDates } from '../cases/case-dates.js';
import { draftChanges, DraftFields } from '../cases/draft-changes.js';
import { ConsultationRound } from '../components/consultation-round.js';
import { DateTimeline } from '../components/date-timeline.js';
import { ReviewHistory } from '../components/review-history.js';
import { AgreementSummaryPanel } from '../agreement/agreement-summary-panel.js';
import { PendingPage } from '../components/feedback.js';
import { IopActions } from '../components/iop-actions.js';
import { PageHeading } from '../components/layout.js';
import { PrecheckList } from '../components/precheck-list.js';
import { StageJourney } from '../components/stage-journey.js';
import { StateAidSummary } from '../components/state-aid-summary.js';
import { StatusSummary } from '../components/status-card.js';
import { TimelineSection } from '../components/timeline-list.js';
import { formatDate, formatDateTime, formatSek, isoOf } from '../format/dates.js';
import { formatMonths } from '../format/numbers.js';
import { iopDueMeaning } from '../format/status.js';
import type { MessageKey } from '../i18n/dictionary.js';

type IopDraftView = IopCaseView['draft'];

/** One IOP case: where it is, what the reader can do, the dialogue, the draft versions and the timeline. */
export function CasePage({ id }: { readonly id: string }) {
  const { t, api, session, lang } = useApp();
  const { detail, timeline, reload } = useCaseDetail<IopCaseView>(`iop-case/${id}`, {
    detail: () => answer(api.GET('/iop/cases/{id}', { params: { path: { id } } })),
    timeline: async () => (await answer(api.GET('/iop/cases/{id}/timeline', { params: { path: { id }, query: { limit: 200 } } }))).items,
  });
  if (!detail.data) return <PendingPage title={t('case.title')} resource={detail} />;
  const c = detail.data;
  const dates = caseDates(c);
  return (
    <article aria-busy={detail.loading || timeline.loading ? 'true' : 'false'}>
      <PageHeading text={c.title || c.reference} />
      <p class="meta">
        {t('cases.reference', { reference: c.reference })} · {t(`stage.${c.stage}` as MessageKey)}
      </p>
      <StageJourney stage={c.stage} id="case-journey" reviews={c.reviews} />
      <section class="panel" aria-labelledby="status-heading">
        <h2 id="status-heading">{t('case.statusHeading')}</h2>
        <StatusSummary status={c.status} dueMeaning={iopDueMeaning(c)} />
      </section>

      <AgreementSummaryPanel detail={c} />

      {session && (
        <section class="panel" aria-labelledby="actions-heading">
          <h2 id="actions-heading">{t('case.actionsHeading')}</h2>
          <IopActions detail={c} onDone={reload} />
        </section>
      )}

      {c.parties.length > 0 && (
        <section aria-labelledby="parties-heading">
          <h2 id="parties-heading">{t('case.partiesHeading')}</h2>
          <ul class="plain">
            {c.parties.map((p) => {
              // The reader's own organisation is "ni", the others by name.
              const own = p.orgId === session?.actor.org;
              return (
                <li key={p.orgId}>
                  <strong>{own ? t('you.party', { name: p.name }) : p.name}</strong> ({t(`side.${p.side}` as MessageKey)}) –{' '}
                  {t(`${own ? 'you.invitation' : 'invitation'}.${p.invitation}` as MessageKey)}
                  {c.consents[p.orgId] === c.draft.version && <> · {t(own ? 'you.consented' : 'case.consented', { version: c.draft.version })}</>}
                  {c.agreement?.signatures?.[p.orgId] && (
                    <> · {t(own ? 'you.signed' : 'case.signed', { date: formatDate(c.agreement.signatures[p.orgId]!.at, lang) })}</>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {c.precheck.length > 0 && (
        <section aria-labelledby="precheck-heading">
          <h2 id="precheck-heading">{t('newCase.precheckHeading')}</h2>
          <PrecheckList results={c.precheck} />
        </section>
      )}

      {c.stateAid && <StateAidSummary positions={c.stateAid} />}

      {dates.length > 0 && (
        <section aria-labelledby="dates-heading">
          <h2 id="dates-heading">{t('case.datesHeading')}</h2>
          <DateTimeline id="case-dates" title={t('case.datesHeading')} items={dates.map((d) => ({ label: t(d.label, d.params), at: d.at, kind: d.kind }))} />
        </section>
      )}

      <DraftSection current={c.draft} history={c.draftHistory} names={partyNames(c)} />

      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">{t('case.meetingsHeading')}</h2>
        {c.meetings.length === 0 ? (
          <p>{t('case.noMeetings')}</p>
        ) : (
          <ol class="plain">
            {c.meetings.map((m) => (
              <li key={m.number} class="meeting">
                <h3>{t('case.meeting', { number: m.number, date: formatDate(m.date, lang) })}</h3>
                <p class="meta">{t('case.participants', { names: m.participants.join(', ') })}</p>
                <p class="prewrap">{m.notes}</p>
              </li>
            ))}
          </ol>
        )}
        {c.meetingCount > c.meetings.length && <p class="meta">{t('case.newestMeetings', { shown: c.meetings.length, total: c.meetingCount })}</p>}
      </section>

      {c.consultation && <ConsultationRound consultation={c.consultation} />}

      <ReviewHistory detail={c} />

      <TimelineSection headingId="timeline-heading" timeline={timeline} />
    </article>
  );
}

/** orgId → the name the case knows it by (its parties and its consultation's responders). */
function partyNames(c: IopCaseView): ReadonlyMap<string, string> {
  return new Map([...(c.consultation?.responders ?? []).map((r) => [r.orgId, r.name] as const), ...c.parties.map((p) => [p.orgId, p.name] as const)]);
}

function draftValue(draft: IopDraftView, field: (typeof DraftFields)[number], lang: 'sv' | 'en', names: ReadonlyMap<string, string>): string {
  const value = draft[field];
  if (field === 'budgetPerYearSek') return formatSek(value as number, lang);
  if (field === 'plannedStart') return formatDate(value as string, lang);
  if (field === 'durationMonths' || field === 'noticeMonths') return value === undefined ? '–' : formatMonths(value as number, lang);
  if (field === 'activities') return ((value as string[] | undefined) ?? []).join('; ');
  if (field === 'contributions') {
    return Object.entries(value as IopDraftView['contributions'])
      .map(([org, c]) => `${names.get(org) ?? org}: ${formatSek(c.moneySekPerYear, lang)} + ${formatSek(c.inKindSekPerYear, lang)}`)
      .join('; ');
  }
  return value === undefined || value === '' ? '–' : String(value);
}

/** The current draft, and each earlier version with what changed from the one before. */
function DraftSection({
  current,
  history,
  names,
}: {
  readonly current: IopDraftView;
  readonly history: readonly IopDraftView[];
  readonly names: ReadonlyMap<string, string>;
}) {
  const { t, lang } = useApp();
  const versions = [...history.filter((d) => d.version !== current.version), current].sort((a, b) => b.version - a.version);
  const byVersion = new Map(versions.map((d) => [d.version, d]));
  return (
    <section aria-labelledby="draft-heading">
      <h2 id="draft-heading">{t('case.draftHeading', { version: current.version })}</h2>
      <dl class="facts">
        {DraftFields.map((field) => (
          <div key={field}>
            <dt>{t(`draft.${field}` as MessageKey)}</dt>
            <dd class="prewrap">{draftValue(current, field, lang, names)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('case.versionsHeading')}</h3>
      <ol class="plain versions" reversed>
        {versions.map((d) => {
          const changed = draftChanges(byVersion.get(d.version - 1), d);
          return (
            <li key={d.version}>
              <strong>{t('case.version', { version: d.version })}</strong> · <time dateTime={isoOf(d.at)}>{formatDateTime(d.at, lang)}</time>
              {d.summary && <> · {d.summary}</>}
              <br />
              {d.version === 1
                ? t('case.firstVersion')
                : changed.length === 0
                  ? t('case.noChanges')
                  : t('case.changed', { fields: changed.map((f) => t(`draft.${f}` as MessageKey).toLowerCase()).join(', ') })}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
