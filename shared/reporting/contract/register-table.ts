import { type CsvCell, toCsv } from './csv.js';
import { areaName, type OverviewLanguage } from './overview-tables.js';
import type { RegisterRowViewType } from './views.js';

const FollowUpNames = {
  'not-yet': { sv: 'Ingen uppföljning än', en: 'No review yet' },
  'on-track': { sv: 'Enligt plan', en: 'On track' },
  overdue: { sv: 'Försenad', en: 'Overdue' },
} as const;
export const followUpName = (state: keyof typeof FollowUpNames, lang: OverviewLanguage): string => FollowUpNames[state][lang];

/** The last day in force of a term whose end is exclusive (an instant), as a date. */
export const lastDay = (end: string): string => new Date(Date.parse(end) - 1).toISOString().slice(0, 10);

/** The years some agreement of the list has public money in, first to last: one CSV column each. */
export function registerYears(rows: readonly RegisterRowViewType[]): number[] {
  return [...new Set(rows.flatMap((r) => r.publicMoneyPerYear.map((m) => m.year)))].sort((a, b) => a - b);
}

/**
 * The register as a table: one row per agreement, in the order the page lists
 * them, public money (money and in-kind together) in one column per year.
 */
export function registerTable(rows: readonly RegisterRowViewType[], lang: OverviewLanguage): { columns: string[]; rows: CsvCell[][] } {
  const sv = lang === 'sv';
  const years = registerYears(rows);
  const columns = [
    ...(sv
      ? ['Ärende', 'Överenskommelse', 'Region eller kommun', 'Enhet', 'Område', 'Idéburna organisationer', 'Gäller från', 'Gäller till och med', 'Diarienummer']
      : [
          'Case',
          'Agreement',
          'Region or municipality',
          'Unit',
          'Area',
          'Non-profit organisations',
          'In force from',
          'In force up to and including',
          'Reference number',
        ]),
    sv ? 'Budget per år, kronor' : 'Budget per year, SEK',
    sv ? 'Uppföljning' : 'Follow-up',
    sv ? 'Nästa uppföljning' : 'Next review',
    ...years.map((y) => (sv ? `Offentliga medel ${y}, kronor` : `Public money ${y}, SEK`)),
    sv ? 'Sammanfattning på lätt svenska' : 'Plain-language summary',
  ];
  const body = rows.map((r) => {
    const money = new Map(r.publicMoneyPerYear.map((m) => [m.year, m.moneySek + m.inKindSek]));
    return [
      r.reference,
      r.title,
      r.publicBody.name,
      r.unit.name,
      areaName(r.unit.area, lang),
      r.organisations.map((o) => o.name).join(', '),
      r.termStart.slice(0, 10),
      lastDay(r.endsAt ?? r.termEnd),
      r.diarienummer,
      r.budgetPerYearSek,
      followUpName(r.followUp.state, lang),
      r.followUp.nextDueAt?.slice(0, 10),
      ...years.map((y) => money.get(y)),
      r.summary[lang].join(' '),
    ];
  });
  return { columns, rows: body };
}

export function registerCsv(rows: readonly RegisterRowViewType[], lang: OverviewLanguage): string {
  const table = registerTable(rows, lang);
  return toCsv([table.columns, ...table.rows]);
}
