import type { OverviewFigures } from './views.js';
import type { CsvCell } from './csv.js';
import { toCsv } from './csv.js';

export type OverviewLanguage = 'sv' | 'en';

/**
 * The overview as tables: what the page shows under each chart, what a chart
 * is drawn from, and what the CSV holds, row for row. One function, so the
 * page, the charts and the download cannot disagree.
 */
export interface OverviewTable {
  readonly id: 'stages' | 'areas' | 'contributions' | 'reviews' | 'outcomes' | 'ending' | 'procurement' | 'reviewLines';
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
  /** Drawn as a bar chart: the column with the labels and the columns with the bars (numbers). */
  readonly chart?: { readonly labels: number; readonly series: readonly number[] };
}

const StageNames: Record<string, Record<OverviewLanguage, string>> = {
  initiation: { sv: 'Initiering', en: 'Initiation' },
  dialogue: { sv: 'Dialog', en: 'Dialogue' },
  approval: { sv: 'Beslut', en: 'Approval' },
  agreement: { sv: 'Överenskommelse', en: 'Agreement' },
  review: { sv: 'Uppföljning', en: 'Review' },
  closed: { sv: 'Avslutad', en: 'Closed' },
  rejected: { sv: 'Avslagen', en: 'Rejected' },
  withdrawn: { sv: 'Återkallad', en: 'Withdrawn' },
};

/** The area of an IOP: the type of its public unit in the organisation registry. */
export const AreaNames: Record<string, Record<OverviewLanguage, string>> = {
  narsjukhus: { sv: 'Närsjukhus', en: 'Local hospital' },
  vardcentral: { sv: 'Vårdcentral', en: 'Health centre' },
  sjukhus: { sv: 'Sjukhus', en: 'Hospital' },
  'procurement-unit': { sv: 'Inköp och upphandling', en: 'Procurement' },
  other: { sv: 'Annan verksamhet', en: 'Other services' },
};
export const areaName = (area: string, lang: OverviewLanguage): string => AreaNames[area]?.[lang] ?? area;

const ReviewStateNames = {
  done: { sv: 'Genomförda', en: 'Done' },
  due: { sv: 'Kommande', en: 'Due' },
  overdue: { sv: 'Försenade', en: 'Overdue' },
} as const;

const EndingNames = {
  term: { sv: 'Avtalstiden går ut', en: 'Its term ends' },
  terminate: { sv: 'Uppsagd', en: 'Terminated' },
  close: { sv: 'Avslutas', en: 'Closed' },
  renew: { sv: 'Förnyas', en: 'Renewed' },
} as const;

const day = (instant: string | undefined) => instant?.slice(0, 10);

export function overviewTables(o: OverviewFigures, lang: OverviewLanguage): OverviewTable[] {
  const sv = lang === 'sv';
  const count = sv ? 'Antal' : 'Number';
  const stages = o.iops.byStage.filter((s) => s.count > 0 || ['initiation', 'dialogue', 'approval', 'agreement', 'review'].includes(s.stage));
  return [
    {
      id: 'stages',
      caption: sv
        ? `IOP per steg (${o.iops.total} ärenden startade till och med ${o.year})`
        : `IOPs by stage (${o.iops.total} cases started by the end of ${o.year})`,
      columns: [sv ? 'Steg' : 'Stage', count],
      rows: stages.map((s) => [StageNames[s.stage]?.[lang] ?? s.stage, s.count]),
      chart: { labels: 0, series: [1] },
    },
    {
      id: 'areas',
      caption: sv ? 'IOP per verksamhetsområde' : 'IOPs by area',
      columns: [sv ? 'Område' : 'Area', count],
      rows: o.iops.byArea.map((a) => [areaName(a.area, lang), a.count]),
      chart: { labels: 0, series: [1] },
    },
    {
      id: 'contributions',
      caption: sv ? 'Bidrag per år enligt överenskommelserna, kronor' : 'Contributions per year under the agreements, SEK',
      columns: sv
        ? ['År', 'Offentliga medel', 'Offentligt bidrag i annat än pengar', 'Idéburna: pengar', 'Idéburna: i annat än pengar']
        : ['Year', 'Public money', 'Public in-kind', 'Non-profit: money', 'Non-profit: in-kind'],
      rows: o.contributions.map((c) => [c.year, c.public.moneySek, c.public.inKindSek, c.civil.moneySek, c.civil.inKindSek]),
      chart: { labels: 0, series: [1, 2, 3, 4] },
    },
    {
      id: 'reviews',
      caption: sv ? `Årliga uppföljningar ${o.year}` : `Yearly reviews ${o.year}`,
      columns: [sv ? 'Läge' : 'State', count],
      rows: (['done', 'due', 'overdue'] as const).map((s) => [ReviewStateNames[s][lang], o.reviews[s]]),
      chart: { labels: 0, series: [1] },
    },
    {
      id: 'outcomes',
      caption: sv ? `Rapporterat mot planerat vid uppföljningarna ${o.year}` : `Reported against planned at the reviews of ${o.year}`,
      columns: sv ? ['Mått', 'Rapporterat', 'Planerat'] : ['Measure', 'Reported', 'Planned'],
      rows: [
        [sv ? 'Uppföljningsrapporter' : 'Review reports', o.outcomes.reportsSubmitted, o.outcomes.reportsExpected],
        [sv ? 'Använda pengar, kronor' : 'Money used, SEK', o.outcomes.moneyUsedSek, o.outcomes.moneyPlannedSek],
        [sv ? 'Insats i annat än pengar, kronor' : 'In-kind used, SEK', o.outcomes.inKindUsedSek, o.outcomes.inKindPlannedSek],
        [sv ? 'Personer som nåtts' : 'People reached', o.outcomes.reach, undefined],
      ],
    },
    {
      id: 'reviewLines',
      caption: sv ? `Uppföljningarna ${o.year}, en rad per uppföljning` : `The reviews of ${o.year}, one row each`,
      columns: sv
        ? ['Ärende', 'Överenskommelse', 'Uppföljning', 'Rapporter senast', 'Läge', 'Rapporter in', 'Rapporter väntade']
        : ['Case', 'Agreement', 'Review', 'Reports due', 'State', 'Reports in', 'Reports awaited'],
      rows: o.reviews.lines.map((l) => [
        l.reference,
        l.title,
        l.final ? (sv ? 'Slutuppföljning' : 'Final review') : l.number,
        day(l.dueAt),
        ReviewStateNames[l.state][lang],
        l.reportsSubmitted,
        l.reportsExpected,
      ]),
    },
    {
      id: 'ending',
      caption: sv ? 'Överenskommelser som slutar inom ett år' : 'Agreements ending within a year',
      columns: sv ? ['Ärende', 'Överenskommelse', 'Slutar', 'Varför'] : ['Case', 'Agreement', 'Ends', 'Why'],
      rows: o.endingWithinYear.map((e) => [e.reference, e.title, day(e.endsAt), EndingNames[e.why][lang]]),
    },
    {
      id: 'procurement',
      caption: sv ? `Upphandling ${o.year}` : `Procurement ${o.year}`,
      columns: [sv ? 'Mått' : 'Measure', count],
      rows: [
        [sv ? 'Publicerade upphandlingar' : 'Notices published', o.procurement.notices],
        [sv ? 'Upphandlingar som når små anbudsgivare' : 'Notices reaching small bidders', o.procurement.reachingSmallBidders],
        [sv ? 'Reserverade enligt LOU 19 kap. 25 §' : 'Reserved under LOU 19:25', o.procurement.reserved25],
        [sv ? 'Reserverade för idéburna, LOU 19 kap. 25 a §' : 'Reserved for non-profits, LOU 19:25 a', o.procurement.reserved25a],
        [sv ? 'Anbudsskolor som hållits' : 'Tender schools held', o.procurement.tenderSchoolsHeld],
      ],
      chart: { labels: 0, series: [1] },
    },
  ];
}

/** The overview as one CSV file: each table under its caption, a blank line between tables. */
export function overviewCsv(o: OverviewFigures, lang: OverviewLanguage): string {
  const rows: CsvCell[][] = [];
  const title = lang === 'sv' ? `Årlig uppföljning ${o.year}: ${o.publicBody.name}` : `Yearly follow-up ${o.year}: ${o.publicBody.name}`;
  rows.push([title]);
  for (const table of overviewTables(o, lang)) {
    rows.push([]);
    rows.push([table.caption]);
    rows.push([...table.columns]);
    for (const row of table.rows) rows.push([...row]);
  }
  return toCsv(rows);
}
