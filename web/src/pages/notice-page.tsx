import { useState } from 'preact/hooks';
import type { NoticeMatchesView, NoticeReachView, NoticeView, WhatIfResultView } from '../../../shared/procurement/contract.js';
import { answer, idempotent, type RequestBody } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { ActionForm, number, text, type Values } from '../components/action-form.js';
import { LoadError, Loading, PendingPage } from '../components/feedback.js';
import { MatchingStatusNote } from '../components/matching-status-note.js';
import { SelectField, TextField } from '../components/form-fields.js';
import { PageHeading } from '../components/layout.js';
import { formatDate, formatPercent, formatSek } from '../format/dates.js';
import { formatMonths, formatNumber } from '../format/numbers.js';
import { placeNames } from '../format/places.js';
import { pick } from '../i18n/translate.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { NoticeQuestionsSection } from '../procurement/notice-questions-section.js';
import { reservationKeys } from '../procurement/reservation-label.js';
import { TenderSchoolInvite } from '../procurement/tender-school-invite.js';

type WhatIfBody = RequestBody<'/procurement/notices/{id}/what-if', 'post'>;

/** A notice for procurement staff: whom each lot reaches, whom it nearly reaches, and what-ifs. */
export function NoticePage({ id }: { readonly id: string }) {
  const { t, api, lang } = useApp();
  const path = { params: { path: { id } } };
  const notice = useResource<NoticeView>(() => answer(api.GET('/procurement/notices/{id}', path)), `notice/${id}`);
  // The answer also carries the stored matches behind the reach; the page shows the reach.
  const reach = useResource<NoticeMatchesView>(() => answer(api.GET('/procurement/notices/{id}/matches', path)), `notice/${id}/reach`);
  const [whatIf, setWhatIf] = useState<WhatIfResultView | undefined>(undefined);
  const [kind, setKind] = useState<'split-into-lots' | 'reserve' | 'set-cpv'>('split-into-lots');

  if (!notice.data) return <PendingPage title={t('notice.title')} resource={notice} />;
  const n = notice.data;
  // Sent as typed (an empty amount as ""): the API names the field that is wrong.
  function whatIfBody(v: Values): WhatIfBody {
    if (kind === 'split-into-lots') return { kind, lotValueSek: number(v, 'lotValueSek') } as WhatIfBody;
    if (kind === 'reserve') return { kind, reservation: text(v, 'reservation') } as WhatIfBody;
    const main = text(v, 'main');
    const add = text(v, 'add')
      .split(/[\s,;]+/)
      .filter(Boolean);
    return { kind, ...(main ? { main } : {}), add };
  }
  return (
    <article aria-busy={reach.loading ? 'true' : 'false'}>
      <PageHeading text={n.title} />
      {n.closed && <p class="notice warn">{t('notice.closedText')}</p>}
      <dl class="facts">
        <div>
          <dt>{t('notice.buyer')}</dt>
          <dd>{n.buyer.unit}</dd>
        </div>
        <div>
          <dt>{t('notice.value')}</dt>
          <dd>{formatSek(n.estimatedValueSek, lang)}</dd>
        </div>
        <div>
          <dt>{t('notices.deadline')}</dt>
          <dd>{formatDate(n.deadline, lang)}</dd>
        </div>
        <div>
          <dt>{t('notice.cpv')}</dt>
          <dd>
            <ul class="plain compact">
              {[n.cpv.main, ...n.cpv.additional].map((code) => {
                const label = n.cpvLabels?.find((l) => l.code === code)?.label;
                return <li key={code}>{label ? `${pick(label, lang)} (${code})` : code}</li>;
              })}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('notice.regions')}</dt>
          <dd>{placeNames(n.nuts, lang)}</dd>
        </div>
        <div>
          <dt>{t('notice.term')}</dt>
          <dd>{formatMonths(n.durationMonths, lang)}</dd>
        </div>
        <div>
          <dt>{t('notice.reservation')}</dt>
          <dd>
            {reservationKeys(n)
              .map((key) => t(key))
              .join(' · ')}
          </dd>
        </div>
        <div>
          <dt>{t('notice.procedure')}</dt>
          <dd>{t(`procedure.${n.procedure}` as MessageKey)}</dd>
        </div>
      </dl>
      <p>
        <a href={`/procurement/ocds/${encodeURIComponent(n.id)}`}>{t('notice.ocds')}</a>
      </p>

      <section class="panel" aria-labelledby="whatif-heading">
        <h2 id="whatif-heading">{t('whatIf.heading')}</h2>
        <p class="hint">{t('whatIf.intro')}</p>
        <div class="field">
          <label for="whatif-kind">{t('whatIf.kind')}</label>
          <select
            id="whatif-kind"
            value={kind}
            onChange={(e) => {
              setKind((e.currentTarget as HTMLSelectElement).value as typeof kind);
              setWhatIf(undefined);
            }}
          >
            <option value="split-into-lots">{t('whatIf.kind.split-into-lots')}</option>
            <option value="reserve">{t('whatIf.kind.reserve')}</option>
            <option value="set-cpv">{t('whatIf.kind.set-cpv')}</option>
          </select>
        </div>
        <ActionForm
          key={kind}
          scope="whatif"
          title={t(`whatIf.kind.${kind}` as MessageKey)}
          submitLabel={t('whatIf.submit')}
          doneText={null}
          fields={['lotValueSek', 'reservation', 'main', 'add', 'lotId', 'kind']}
          send={async (v, key) => {
            const sent = { params: { ...path.params, header: idempotent(key) }, body: whatIfBody(v) };
            const result: WhatIfResultView = await answer(api.POST('/procurement/notices/{id}/what-if', sent));
            setWhatIf(result);
            return result;
          }}
          onDone={() => undefined}
        >
          {(errors) =>
            kind === 'split-into-lots' ? (
              <TextField
                name="lotValueSek"
                type="number"
                min={10000}
                step={1}
                inputMode="numeric"
                label={t('whatIf.lotValue')}
                hint={t('whatIf.lotValueHint')}
                required
                errors={errors}
              />
            ) : kind === 'reserve' ? (
              <SelectField
                name="reservation"
                label={t('notice.reservation')}
                options={(['res-ws', 'res-pub-ser', 'ideburna'] as const).map((r) => ({ value: r, label: t(`reservation.${r}` as MessageKey) }))}
                errors={errors}
              />
            ) : (
              <>
                <TextField name="main" label={t('whatIf.mainCpv')} hint={t('whatIf.cpvHint')} inputMode="numeric" errors={errors} />
                <TextField name="add" label={t('whatIf.addCpv')} hint={t('whatIf.addCpvHint')} errors={errors} />
              </>
            )
          }
        </ActionForm>
        <div aria-live="polite">{whatIf && <WhatIfView result={whatIf} />}</div>
      </section>

      <NoticeQuestionsSection noticeId={n.id} />
      <section aria-labelledby="reach-heading">
        <h2 id="reach-heading">{t('notice.reachHeading')}</h2>
        <p class="hint">{t('notice.reachIntro')}</p>
        {reach.loading && !reach.data && <Loading label={t('notice.reachLoading')} />}
        {reach.error && <LoadError error={reach.error} onRetry={reach.reload} />}
        {reach.data && <MatchingStatusNote status={reach.data.matching} onRecheck={reach.reload} />}
        {reach.data && <ReachView reach={reach.data} />}
        {reach.data && !n.closed && <TenderSchoolInvite notice={n} reach={reach.data} />}
      </section>
    </article>
  );
}

function ReachView({ reach }: { readonly reach: NoticeReachView }) {
  const { t, lang } = useApp();
  return (
    <>
      <p>{t('notice.reachSummary', { reached: reach.reachedCount, near: reach.nearMissedCount })}</p>
      {reach.lots.map((lot) => (
        <section key={lot.lotId} class="lot" aria-labelledby={`lot-${lot.lotId}`}>
          <h3 id={`lot-${lot.lotId}`}>{lot.lotTitle ? t('notice.lot', { id: lot.lotId, title: lot.lotTitle }) : t('notice.wholeNotice')}</h3>
          <div class="lot-columns">
            <div>
              <h4>{t('notice.reached', { count: lot.reachedTotal })}</h4>
              <ListedOf shown={lot.reached.length} total={lot.reachedTotal} />
              {lot.reached.length === 0 ? (
                <p>{t('notice.noneReached')}</p>
              ) : (
                <ul class="plain compact">
                  {lot.reached.map((r) => (
                    <li key={r.orgId}>
                      {r.name} – {t('match.score', { score: formatPercent(r.score, lang) })}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h4>{t('notice.nearMissed', { count: lot.nearMissedTotal })}</h4>
              <ListedOf shown={lot.nearMissed.length} total={lot.nearMissedTotal} />
              {lot.nearMissed.length === 0 ? (
                <p>{t('notice.noneNear')}</p>
              ) : (
                <ul class="plain compact">
                  {lot.nearMissed.map((r) => (
                    <li key={r.orgId}>
                      {r.name} – {t('match.blockedBy')} {pick(r.blocker.text, lang)}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </section>
      ))}
    </>
  );
}

/** A lot lists only its best-scored bidders when it reaches many: say so, so the count and the list never seem to disagree. */
function ListedOf({ shown, total }: { readonly shown: number; readonly total: number }) {
  const { t } = useApp();
  return shown < total ? <p class="hint">{t('notice.listedOf', { shown, total })}</p> : null;
}

/** Before and after side by side, and who is gained or lost by the change. */
function WhatIfView({ result }: { readonly result: WhatIfResultView }) {
  const { t, lang } = useApp();
  // Names come with the reach entries; an id stands in only if a bidder appears in neither.
  const names = new Map<string, string>();
  for (const reach of [result.before, result.after]) {
    for (const lot of reach.lots) for (const entry of [...lot.reached, ...lot.nearMissed]) if (entry.name) names.set(entry.orgId, entry.name);
  }
  // The API lists at most a hundred of each and counts them all.
  const list = (orgs: readonly string[], total: number) => {
    if (total === 0) return t('whatIf.nobody');
    const named = orgs.map((o) => names.get(o) ?? t('matchCase.unnamed')).join(', ');
    return total > orgs.length ? t('whatIf.andMore', { list: named, count: total - orgs.length }) : named;
  };
  return (
    <div class="whatif-result">
      <table>
        <caption>{t('whatIf.resultCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('whatIf.measure')}</th>
            <th scope="col">{t('whatIf.before')}</th>
            <th scope="col">{t('whatIf.after')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('whatIf.reachedRow')}</th>
            <td>{formatNumber(result.before.reachedCount, lang)}</td>
            <td>{formatNumber(result.after.reachedCount, lang)}</td>
          </tr>
          <tr>
            <th scope="row">{t('whatIf.nearRow')}</th>
            <td>{formatNumber(result.before.nearMissedCount, lang)}</td>
            <td>{formatNumber(result.after.nearMissedCount, lang)}</td>
          </tr>
          <tr>
            <th scope="row">{t('whatIf.lotsRow')}</th>
            <td>{formatNumber(result.before.lots.length, lang)}</td>
            <td>{formatNumber(result.after.lots.length, lang)}</td>
          </tr>
        </tbody>
      </table>
      <dl class="facts">
        <div>
          <dt>{t('whatIf.gained')}</dt>
          <dd>{list(result.gained, result.gainedTotal)}</dd>
        </div>
        <div>
          <dt>{t('whatIf.lost')}</dt>
          <dd>{list(result.lost, result.lostTotal)}</dd>
        </div>
        <div>
          <dt>{t('whatIf.resolved')}</dt>
          <dd>{list(result.nearMissesResolved, result.nearMissesResolvedTotal)}</dd>
        </div>
      </dl>
    </div>
  );
}
