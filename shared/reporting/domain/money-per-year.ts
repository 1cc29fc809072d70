import type { IopAgreement, PartySide } from '../../iop/domain/case-model.js';

/** One calendar year's contributions of one side, in SEK: money and in-kind (work, premises, volunteers, valued). */
export interface SideContribution {
  readonly moneySek: number;
  readonly inKindSek: number;
}

export interface YearContribution {
  readonly year: number;
  readonly public: SideContribution;
  readonly civil: SideContribution;
}

const DayMs = 86_400_000;
const yearStart = (year: number) => Date.UTC(year, 0, 1);

/**
 * The share of a calendar year an agreement is in force, 0 to 1: its term
 * (from termStart up to termEnd, or up to when it ended early) counted in days.
 * An agreement that starts on 1 July counts half of its yearly contribution that year.
 */
export function shareOfYearInForce(term: { readonly start: string; readonly end: string }, year: number): number {
  const from = Math.max(Date.parse(term.start), yearStart(year));
  const to = Math.min(Date.parse(term.end), yearStart(year + 1));
  if (!(to > from)) return 0;
  return Math.round((to - from) / DayMs) / Math.round((yearStart(year + 1) - yearStart(year)) / DayMs);
}

/** When an agreement stops being in force: its term end, or earlier when it was terminated or closed. */
export function termOf(agreement: Pick<IopAgreement, 'termStart' | 'termEnd'>, endsAt?: string): { start: string; end: string } {
  const end = endsAt !== undefined && Date.parse(endsAt) < Date.parse(agreement.termEnd) ? endsAt : agreement.termEnd;
  return { start: agreement.termStart, end };
}

/**
 * What each side of an agreement contributes in one calendar year: the yearly
 * contributions written in the agreement (money and in-kind per party, the
 * parties' side from the agreement), times the share of the year it is in force,
 * rounded to whole kronor.
 */
export function contributionInYear(
  agreement: Pick<IopAgreement, 'parties' | 'contributions' | 'termStart' | 'termEnd'>,
  year: number,
  endsAt?: string,
): YearContribution {
  const share = shareOfYearInForce(termOf(agreement, endsAt), year);
  const sideOf = new Map<string, PartySide>(agreement.parties.map((p) => [p.orgId, p.side]));
  const sum = { public: { moneySek: 0, inKindSek: 0 }, civil: { moneySek: 0, inKindSek: 0 } };
  for (const [orgId, c] of Object.entries(agreement.contributions)) {
    const side = sideOf.get(orgId);
    if (!side) continue; // a contribution of an organisation that is not a party of the agreement is not money of it
    sum[side].moneySek += c.moneySekPerYear;
    sum[side].inKindSek += c.inKindSekPerYear;
  }
  const scale = (s: SideContribution): SideContribution => ({ moneySek: Math.round(s.moneySek * share), inKindSek: Math.round(s.inKindSek * share) });
  return { year, public: scale(sum.public), civil: scale(sum.civil) };
}

/** The calendar years an agreement is in force at some time, first to last. */
export function yearsInForce(term: { readonly start: string; readonly end: string }): number[] {
  const first = new Date(term.start).getUTCFullYear();
  // The end is exclusive: a term ending 2031-01-01T00:00Z is not in force in 2031.
  const last = new Date(Date.parse(term.end) - 1).getUTCFullYear();
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}
