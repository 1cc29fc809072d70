import type { BidderMatchesView, MatchCaseView, MatchView } from '../../../shared/procurement/contract.js';
import { answer, idempotent } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { ActionForm } from '../components/action-form.js';
import { LoadError, Loading } from '../components/feedback.js';
import { MatchingStatusNote } from '../components/matching-status-note.js';
import { PageHeading } from '../components/layout.js';
import { formatDate, formatPercent, formatSek, isoOf } from '../format/dates.js';
import { pick } from '../i18n/translate.js';
import { pathTo } from '../router/routes.js';
import { TenderSchoolInvitations } from '../procurement/tender-school-invitations.js';

const bestFirst = (matches: readonly MatchView[]): MatchView[] => [...matches].sort((a, b) => b.score - a.score);

/** Notices that fit the organisation, best first, with the reasons; and the ones it nearly fits. */
export function BidderMatchesPage() {
  const { t, api, session } = useApp();
  const org = session?.actor.org ?? '';
  const matches = useResource(
    async (): Promise<BidderMatchesView> => answer(api.GET('/bidders/{orgId}/matches', { params: { path: { orgId: org } } })),
    `bidder-matches/${org}`,
  );
  const fits = bestFirst(matches.data?.items ?? []);
  const near = bestFirst(matches.data?.nearMisses ?? []);
  return (
    <section aria-busy={matches.loading ? 'true' : 'false'}>
      <PageHeading text={t('bidderMatches.title')} />
      <p class="lead">{t('bidderMatches.intro')}</p>
      {matches.loading && !matches.data && <Loading label={t('bidderMatches.loading')} />}
      {matches.error && <LoadError error={matches.error} onRetry={matches.reload} />}
      {matches.data && (
        <>
          <MatchingStatusNote status={matches.data.matching} onRecheck={matches.reload} />
          <h2>{t('bidderMatches.fits', { count: fits.length })}</h2>
          {fits.length === 0 ? <p>{t('bidderMatches.none')}</p> : <MatchList matches={fits} org={org} />}
          <h2>{t('bidderMatches.near', { count: near.length })}</h2>
          <p class="hint">{t('bidderMatches.nearIntro')}</p>
          {near.length === 0 ? <p>{t('bidderMatches.noneNear')}</p> : <MatchList matches={near} org={org} />}
        </>
      )}
      <TenderSchoolInvitations org={org} />
    </section>
  );
}

function MatchList({ matches, org }: { readonly matches: readonly MatchView[]; readonly org: string }) {
  const { t, lang, api, navigate } = useApp();
  return (
    <ul class="cards">
      {matches.map((m) => (
        <li key={`${m.noticeId}-${m.lotId}`} class="card">
          <h3>{m.lotTitle ? `${m.title} – ${m.lotTitle}` : m.title}</h3>
          <p class="meta">
            {t('notice.number', { id: m.noticeId })} · {formatSek(m.valueSek, lang)} · {t('notices.deadline')}{' '}
            <time dateTime={isoOf(m.deadline)}>{formatDate(m.deadline, lang)}</time>
          </p>
          <p>
            <strong>{t('match.score', { score: formatPercent(m.score, lang) })}</strong>
          </p>
          {m.blockers.map((b) => (
            <p key={b.kind} class="notice warn">
              {t('match.blockedBy')} {pick(b.text, lang)}
            </p>
          ))}
          <h4>{t('match.reasons')}</h4>
          <ul>
            {m.reasons.map((r) => (
              <li key={r.kind}>
                {pick(r.text, lang)} <span class="meta">({t('match.share', { share: formatPercent(r.share, lang) })})</span>
              </li>
            ))}
          </ul>
          {m.cpv.path.length > 0 && <p class="meta">{t('match.cpvPath', { path: m.cpv.path.map((p) => `${p.code} ${pick(p.label, lang)}`).join(' › ') })}</p>}
          {m.matchedWords.length > 0 && <p class="meta">{t('match.words', { words: m.matchedWords.join(', ') })}</p>}
          {m.kind === 'match' && (
            <ActionForm
              scope={`pursue-${m.noticeId}-${m.lotId}`}
              title={t('match.pursueTitle')}
              submitLabel={t('match.pursue')}
              fields={['noticeId', 'lotId', 'orgId']}
              send={async (_, key) => {
                const body = { noticeId: m.noticeId, lotId: m.lotId, orgId: org };
                const created: MatchCaseView = await answer(api.POST('/procurement/matches', { params: { header: idempotent(key) }, body }));
                navigate(pathTo('matchCase', { id: created.id }));
                return created;
              }}
              onDone={() => undefined}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
