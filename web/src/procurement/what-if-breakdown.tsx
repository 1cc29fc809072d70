import { useState } from 'preact/hooks';
import type { WhatIfResultView } from '../../../shared/procurement/contract.js';
import { useApp } from '../app-context.js';
import { text, type Values } from '../components/action-form.js';
import { SelectField, TextField } from '../components/form-fields.js';
import { formatNumber, formatSek } from '../format/numbers.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { pick } from '../i18n/translate.js';

type Breakdown = NonNullable<WhatIfResultView['breakdown']>;

/** The form fields that ask for a what-if answer split by county or by the supplier's size. */
export function BreakdownFields({ errors }: { readonly errors: Parameters<typeof TextField>[0]['errors'] }) {
  const { t } = useApp();
  const [by, setBy] = useState('none');
  return (
    // The select's change is caught here, so the band field shows only when it is needed.
    <div onChange={(e) => (e.target as HTMLSelectElement).name === 'breakdownBy' && setBy((e.target as HTMLSelectElement).value)}>
      <SelectField
        name="breakdownBy"
        label={t('whatIfBreakdown.by')}
        options={(['none', 'region', 'lot-size'] as const).map((v) => ({ value: v, label: t(`whatIfBreakdown.by.${v}` as MessageKey) }))}
        errors={errors}
      />
      {by === 'lot-size' && (
        <TextField name="bandsSek" label={t('whatIfBreakdown.bands')} hint={t('whatIfBreakdown.bandsHint')} inputMode="numeric" errors={errors} />
      )}
    </div>
  );
}

/** The `breakdown` of a what-if request from the form (none when not asked for); amounts sent as typed, the API names a wrong one. */
export function breakdownRequest(v: Values): { breakdown?: { by: 'region' } | { by: 'lot-size'; bandsSek: number[] } } {
  const by = text(v, 'breakdownBy');
  if (by === 'region') return { breakdown: { by } };
  if (by !== 'lot-size') return {};
  const bandsSek = text(v, 'bandsSek')
    .split(/[;,]+/)
    .map((s) => s.replace(/\s/g, ''))
    .filter(Boolean)
    .map(Number);
  return { breakdown: { by, bandsSek } };
}

/** Suppliers reached before and after, per county (by name) or per size band. */
export function WhatIfBreakdownTable({ breakdown }: { readonly breakdown: Breakdown }) {
  const { t, lang } = useApp();
  const label = (g: Breakdown['groups'][number]): string => {
    if (breakdown.by === 'region') return g.name ? pick(g.name, lang) : g.key;
    const [from, to] = [formatSek(g.fromSek ?? 0, lang), g.toSek === undefined ? '' : formatSek(g.toSek, lang)];
    if (!g.fromSek) return t('whatIfBreakdown.below', { to });
    return g.toSek === undefined ? t('whatIfBreakdown.above', { from }) : t('whatIfBreakdown.between', { from, to });
  };
  if (breakdown.groups.length === 0) return <p class="hint">{t('whatIfBreakdown.empty')}</p>;
  return (
    <table>
      <caption>{t(`whatIfBreakdown.caption.${breakdown.by}` as MessageKey)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('whatIfBreakdown.group')}</th>
          <th scope="col">{t('whatIf.before')}</th>
          <th scope="col">{t('whatIf.after')}</th>
          <th scope="col">{t('whatIfBreakdown.gained')}</th>
          <th scope="col">{t('whatIfBreakdown.lost')}</th>
        </tr>
      </thead>
      <tbody>
        {breakdown.groups.map((g) => (
          <tr key={g.key}>
            <th scope="row">{label(g)}</th>
            <td>{formatNumber(g.before, lang)}</td>
            <td>{formatNumber(g.after, lang)}</td>
            <td>{formatNumber(g.gained, lang)}</td>
            <td>{formatNumber(g.lost, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
