import type { Match } from '../../../shared/procurement/domain/matching/match-types.js';
import { rowsOf } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { ActionForm } from '../components/action-form.js';
import { LoadError, Loading } from '../components/feedback.js';
import { PageHeading } from '../components/layout.js';
import { formatDate, formatPercent, formatSek, isoOf } from '../format/dates.js';
import { pick } from '../i18n/translate.js';
import { pathTo } from '../router/routes.js';

/** GET /bidders/{org}/matches answers {items, nearMisses}; the page sorts them apart again by `kind`. */
export function matchesOf(body: unknown): Match[] {
  const nearMisses = (body as { nearMisses?: unknown } | null)?.nearMisses;
  return [...rowsOf<Match>(body), ...(Array.isArray(nearMisses) ? (nearMisses as Match[]) : [])];
}

/** Notices that fit the organisation, best first, with the reasons; and the ones it nearly fits. */
export function BidderMatchesPage() {
  const { t, api, session } = useApp();
  const org = session?.actor.org ?? '';
  const path = `/bidders/${encodeURIComponent(org)}/matches`;
  const matches = useResource(async () => matchesOf(await api.get(path)), path);
  const fits = (matches.data ?? []).filter((m) => m.kind === 'match').sort((a, b) => b.score - a.score);
  const near = (matches.data ?? []).filter((m) => m.kind === 'near-miss').sort((a, b) => b.score - a.score);
  return (
    <section aria-busy={matches.loading ? 'true' : 'false'}>
      <PageHeading text={t('bidderMatches.title')} />
      <p class="lead">{t('bidderMatches.intro')}</p>
      {matches.loading && !matches.data && <Loading label={t('bidderMatches.loading')} />}
      {matches.error && <LoadError error={matches.error} onRetry={matches.reload} />}
      {matches.data && (
        <>
          <h2>{t('bidderMatches.fits', { count: fits.length })}</h2>
          {fits.length === 0 ? <p>{t('bidderMatches.none')}</p> : <MatchList matches={fits} org={org} />}
          <h2>{t('bidderMatches.near', { count: near.length })}</h2>
          <p class="hint">{t('bidderMatches.nearIntro')}</p>
          {near.length === 0 ? <p>{t('bidderMatches.noneNear')}</p> : <MatchList matches={near} org={org} />}
        </>
      )}
    </section>
  );
}

function MatchList({ matches, org }: { readonly matches: readonly Match[]; readonly org: string }) {
  const { t, lang, api, navigate } = useApp();
  return (
    <ul class="cards">
      {matches.map((m) => (
        <li key={`${m.noticeId}-${m.lotId}`} class="card">
          <h3>{m.lotTitle ? `${m.title} – ${m.lotTitle}` : m.title}</h3>
          <p class="meta">
            {m.noticeId} · {formatSek(m.valueSek, lang)} · {t('notices.deadline')} <time dateTime={isoOf(m.deadline)}>{formatDate(m.deadline, lang)}</time>
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
                const created = await api.post<{ id: string }>('/procurement/matches', { noticeId: m.noticeId, lotId: m.lotId, orgId: org }, key);
                if (created?.id) navigate(pathTo('matchCase', { id: created.id }));
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
