import type { StateAidPositionView } from '../../../shared/iop/contract.js';
import { useApp } from '../app-context.js';
import { formatDate, formatPercent, formatSek } from '../format/dates.js';
import type { Language } from '../i18n/dictionary.js';
import type { MessageKey } from '../i18n/dictionary.js';

const formatEur = (value: number, lang: Language) =>
  new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
const formatRate = (value: number, lang: Language) => new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 4 }).format(value);
const LevelClass = { ok: 'outcome-pass', approaching: 'outcome-warn', over: 'outcome-fail' } as const;

/**
 * Each civil party's EU state aid summed over all its cases in the heaviest
 * three years, against both ceilings: what the decision-maker checks the
 * checklist's state-aid item against. The level is said in words, not only by colour.
 */
export function StateAidSummary({ positions }: { readonly positions: readonly StateAidPositionView[] }) {
  const { t, lang } = useApp();
  if (positions.length === 0) return null;
  return (
    <section aria-labelledby="state-aid-heading" class="state-aid">
      <h2 id="state-aid-heading">{t('stateAid.heading')}</h2>
      <p>{t('stateAid.intro')}</p>
      {positions.map((p) => (
        <div key={p.orgId} class="state-aid-org">
          <p>
            <strong>
              {t('stateAid.window', {
                name: p.name,
                sek: formatSek(p.totalSek, lang),
                eur: formatEur(p.totalEur, lang),
                from: formatDate(p.window.from, lang),
                to: formatDate(p.window.to, lang),
              })}
            </strong>
          </p>
          <ul class="plain">
            {(
              [
                ['deMinimis', p.deMinimis],
                ['sgei', p.sgei],
              ] as const
            ).map(([which, c]) => (
              <li key={which}>
                <span class={`badge ${LevelClass[c.level]}`}>{t(`stateAid.level.${c.level}` as MessageKey)}</span>{' '}
                {t(`stateAid.ceiling.${which}` as MessageKey, { ceiling: formatEur(c.ceilingEur, lang) })}:{' '}
                {t('stateAid.share', { share: formatPercent(c.share, lang) })}
              </li>
            ))}
          </ul>
          <ul class="plain state-aid-lines">
            {p.lines.map((l, i) => (
              <li key={`${l.reference ?? 'other'}-${i}`}>
                {l.thisCase ? t('stateAid.line.thisCase') : l.reference ? `${l.title} (${l.reference})` : t('stateAid.line.otherBody')}:{' '}
                {t('stateAid.line.amount', { sek: formatSek(l.sek, lang), eur: formatEur(l.eur, lang), rate: formatRate(l.sekPerEur, lang), year: l.rateYear })}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p class="meta">{t('stateAid.rateSource', { source: positions[0]!.rateSource })}</p>
    </section>
  );
}
