import type { IopConfig } from '../config.js';
import { addMonths } from '../dates.js';
import type { AidPeriod } from './aid-periods.js';
import { sekPerEurOn } from './exchange-rate.js';

/**
 * EU state aid is counted per undertaking over any period of three years
 * (rolling, Regulation 2023/2831 art. 3; SGEI de minimis 2023/2832 art. 2),
 * across every grantor: here every IOP case the organisation is in. The
 * position is that of the three-year window, among those that touch the case
 * being decided, holding the most aid.
 */
export type CeilingLevel = 'ok' | 'approaching' | 'over';

export interface CeilingPosition {
  readonly ceilingEur: number;
  /** The window's total as a share of the ceiling (1 = at the ceiling). */
  readonly share: number;
  readonly level: CeilingLevel;
}

export interface AidLine {
  readonly caseId: string;
  readonly reference: string;
  readonly title: string;
  readonly publicBody?: string;
  readonly sek: number;
  readonly eur: number;
  readonly sekPerEur: number;
  readonly rateYear: number;
  readonly thisCase: boolean;
}

export interface StateAidPosition {
  readonly orgId: string;
  readonly window: { readonly from: string; readonly to: string };
  readonly totalSek: number;
  readonly totalEur: number;
  readonly lines: readonly AidLine[];
  readonly deMinimis: CeilingPosition;
  readonly sgei: CeilingPosition;
  readonly rateSource: string;
}

const ms = (iso: string) => new Date(iso).getTime();
const threeYearsFrom = (from: string) => addMonths(from, 36);

function linesIn(window: { from: string; to: string }, periods: readonly AidPeriod[], thisCaseId: string): AidLine[] {
  const windowMs = ms(window.to) - ms(window.from);
  const yearMs = windowMs / 3;
  return periods.flatMap((p) => {
    const overlap = Math.min(ms(p.to), ms(window.to)) - Math.max(ms(p.from), ms(window.from));
    if (overlap <= 0) return [];
    const sek = (p.sekPerYear * overlap) / yearMs;
    const rate = sekPerEurOn(p.grantedAt);
    return [
      {
        caseId: p.caseId,
        reference: p.reference,
        title: p.title,
        ...(p.publicBody === undefined ? {} : { publicBody: p.publicBody }),
        sek,
        eur: sek / rate.sekPerEur,
        sekPerEur: rate.sekPerEur,
        rateYear: rate.year,
        thisCase: p.caseId === thisCaseId,
      },
    ];
  });
}

function ceiling(totalEur: number, ceilingEur: number, warnShare: number): CeilingPosition {
  const share = totalEur / ceilingEur;
  return { ceilingEur, share, level: share > 1 ? 'over' : share >= warnShare ? 'approaching' : 'ok' };
}

/**
 * The organisation's position: `proposed` is what the case being decided would
 * grant it, `elsewhere` what its other cases granted (the case itself is left
 * out of them, so an amendment is not counted twice).
 */
export function stateAidPosition(proposed: AidPeriod, elsewhere: readonly AidPeriod[], config: IopConfig): StateAidPosition {
  const others = elsewhere.filter((p) => p.orgId === proposed.orgId && p.caseId !== proposed.caseId);
  const all = [proposed, ...others];
  // The total over a window is piecewise linear in its start: its maximum is at a window that starts where a period starts or ends where one ends.
  const starts = new Set<string>([proposed.from]);
  for (const p of all) {
    starts.add(p.from);
    starts.add(addMonths(p.to, -36));
  }
  const touching = [...starts].filter((from) => ms(from) < ms(proposed.to) && ms(threeYearsFrom(from)) > ms(proposed.from)).sort();
  let best: { window: { from: string; to: string }; lines: AidLine[]; eur: number } | undefined;
  for (const from of touching) {
    const window = { from, to: threeYearsFrom(from) };
    const lines = linesIn(window, all, proposed.caseId);
    const eur = lines.reduce((sum, l) => sum + l.eur, 0);
    if (!best || eur > best.eur + 0.005) best = { window, lines, eur };
  }
  const window = best?.window ?? { from: proposed.from, to: threeYearsFrom(proposed.from) };
  const lines = (best?.lines ?? []).map((l) => ({ ...l, sek: Math.round(l.sek), eur: Math.round(l.eur) }));
  const totalEur = Math.round(best?.eur ?? 0);
  return {
    orgId: proposed.orgId,
    window,
    totalSek: lines.reduce((sum, l) => sum + l.sek, 0),
    totalEur,
    lines,
    deMinimis: ceiling(totalEur, config.deMinimisEur, config.stateAidWarnShare),
    sgei: ceiling(totalEur, config.sgeiEur, config.stateAidWarnShare),
    rateSource: sekPerEurOn(proposed.grantedAt).source,
  };
}
