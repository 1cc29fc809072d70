import type { FieldError } from '../../../platform/errors/domain-errors.js';
import type { LocalizedText } from '../../../platform/timeline/timeline-entry.js';
import type { IopCase } from '../case-model.js';
import type { IopConfig } from '../config.js';
import type { LegalChecklist } from '../schemas.js';
import { type AidPeriod, proposedAidPeriods } from './aid-periods.js';
import { type StateAidPosition, stateAidPosition } from './three-year-sum.js';

/** Each civil party's position if the case is approved as drafted; `elsewhere` holds the aid of the parties' other cases. */
export function stateAidOfCase(state: IopCase, elsewhere: readonly AidPeriod[], now: Date, config: IopConfig): StateAidPosition[] {
  return proposedAidPeriods(state, now, config).map((p) => stateAidPosition(p, elsewhere, config));
}

const sek = (n: number) => `${Math.round(n).toLocaleString('sv-SE')} kr`;
const eurSv = (n: number) => `${Math.round(n).toLocaleString('sv-SE')} euro`;
const eurEn = (n: number) => `EUR ${Math.round(n).toLocaleString('en-GB')}`;
const day = (iso: string) => iso.slice(0, 10);

const CeilingNames = {
  'de-minimis': { sv: 'de minimis-taket', en: 'the de minimis ceiling', regulation: '2023/2831' },
  sgei: { sv: 'taket för tjänster av allmänt ekonomiskt intresse (SGEI)', en: 'the SGEI ceiling', regulation: '2023/2832' },
} as const;

/**
 * The legal gate's state-aid check for the basis the decision-maker gave: a
 * refusal for each organisation over the ceiling, a warning for each
 * approaching it, in Swedish and English, naming the organisation and its sum.
 */
export function stateAidGate(
  positions: readonly StateAidPosition[],
  basis: LegalChecklist['stateAid']['basis'],
  nameOf: (orgId: string) => string,
): { errors: FieldError[]; warnings: LocalizedText[] } {
  const errors: FieldError[] = [];
  const warnings: LocalizedText[] = [];
  if (basis === 'no-aid') return { errors, warnings };
  const names = CeilingNames[basis];
  for (const pos of positions) {
    const c = basis === 'de-minimis' ? pos.deMinimis : pos.sgei;
    const cases = pos.lines.length;
    const where = {
      sv: `${cases > 1 ? `i ${cases} ärenden ` : ''}${day(pos.window.from)}–${day(pos.window.to)}`,
      en: `${cases > 1 ? `in ${cases} cases ` : ''}from ${day(pos.window.from)} to ${day(pos.window.to)}`,
    };
    if (c.level === 'over') {
      const text = {
        sv:
          `${nameOf(pos.orgId)} får ${sek(pos.totalSek)} (${eurSv(pos.totalEur)}) i offentligt stöd ${where.sv}. ` +
          `Det är över ${names.sv} på ${eurSv(c.ceilingEur)} under tre år (förordning ${names.regulation}).`,
        en:
          `${nameOf(pos.orgId)} receives SEK ${Math.round(pos.totalSek).toLocaleString('en-GB')} (${eurEn(pos.totalEur)}) of public support ${where.en}. ` +
          `That is over ${names.en} of ${eurEn(c.ceilingEur)} over three years (Regulation ${names.regulation}).`,
      };
      errors.push({ path: 'checklist.stateAid.basis', message: text.en, text });
    } else if (c.level === 'approaching') {
      warnings.push({
        sv: `${nameOf(pos.orgId)}: ${eurSv(pos.totalEur)} av ${names.sv} ${eurSv(c.ceilingEur)} ${where.sv}`,
        en: `${nameOf(pos.orgId)}: ${eurEn(pos.totalEur)} of ${names.en} ${eurEn(c.ceilingEur)} ${where.en}`,
      });
    }
  }
  return { errors, warnings };
}
