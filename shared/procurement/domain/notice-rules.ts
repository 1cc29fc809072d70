import type { FieldError } from '../../platform/errors/domain-errors.js';
import { RuleViolationError } from '../../platform/errors/domain-errors.js';
import { allCpv } from './cpv-set.js';
import type { NoticeInput } from './notice.js';
import { isOnReservedList, isReservableUnder19Kap25, Reserved19Kap25a, type ReservedServiceList } from '../reference-data/reserved-services-cpv.js';
import { ContractLimits, thresholdAt } from '../reference-data/thresholds.js';

/**
 * Business rules a well-formed notice must meet (422 with the field). The
 * schema already turned away unknown codes and negative amounts (400).
 */
export function noticeRuleViolations(notice: NoticeInput, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  if (Date.parse(notice.deadline) <= now.getTime()) {
    errors.push({
      path: 'deadline',
      message: 'The tender deadline has already passed',
      text: { sv: 'Sista anbudsdag har redan passerat. Välj en senare dag.', en: 'The tender deadline has already passed. Choose a later day.' },
    });
  }
  if (notice.lots.length > 0) {
    const sum = notice.lots.reduce((s, l) => s + l.valueSek, 0);
    if (sum !== notice.estimatedValueSek) {
      errors.push({
        path: 'lots',
        message: `Lot values add up to ${sum} SEK, not the estimated value ${notice.estimatedValueSek} SEK`,
        text: {
          sv: `Delområdenas värden blir tillsammans ${sum} kr, inte det uppskattade värdet ${notice.estimatedValueSek} kr.`,
          en: `Lot values add up to ${sum} SEK, not the estimated value ${notice.estimatedValueSek} SEK.`,
        },
      });
    }
    const seen = new Set<string>();
    notice.lots.forEach((lot, i) => {
      if (seen.has(lot.id)) {
        errors.push({
          path: `lots.${i}.id`,
          message: `Lot id ${lot.id} is used twice`,
          text: { sv: `Delområdet ${lot.id} finns två gånger. Ge varje delområde ett eget id.`, en: `Lot id ${lot.id} is used twice.` },
        });
      }
      seen.add(lot.id);
    });
    if (notice.maxLotsBidPerSupplier !== undefined && notice.maxLotsBidPerSupplier > notice.lots.length) {
      errors.push({
        path: 'maxLotsBidPerSupplier',
        message: 'More than the number of lots',
        text: { sv: 'Fler än antalet delområden.', en: 'More than the number of lots.' },
      });
    }
    if (notice.maxLotsAwardedPerSupplier !== undefined && notice.maxLotsAwardedPerSupplier > (notice.maxLotsBidPerSupplier ?? notice.lots.length)) {
      errors.push({
        path: 'maxLotsAwardedPerSupplier',
        message: 'More than the lots a supplier may bid for',
        text: { sv: 'Fler än de delområden en leverantör får lämna anbud på.', en: 'More than the lots a supplier may bid for.' },
      });
    }
  } else if (notice.maxLotsBidPerSupplier !== undefined || notice.maxLotsAwardedPerSupplier !== undefined) {
    errors.push({
      path: 'maxLotsBidPerSupplier',
      message: 'Only a notice with lots can limit lots per supplier',
      text: {
        sv: 'Bara en upphandling med delområden kan begränsa antalet delområden per leverantör.',
        en: 'Only a notice with lots can limit lots per supplier.',
      },
    });
  }
  if (notice.framework && notice.durationMonths > ContractLimits.frameworkMaxMonths) {
    errors.push({
      path: 'durationMonths',
      message: 'A framework agreement may run at most 4 years including options (LOU 7 kap. 2 §)',
      text: {
        sv: 'Ett ramavtal får gälla högst fyra år, förlängningar inräknade (LOU 7 kap. 2 §).',
        en: 'A framework agreement may run at most 4 years including options (LOU 7 kap. 2 §).',
      },
    });
  }
  if (notice.reservation === 'res-pub-ser') {
    errors.push(...reservation19Kap25Violations(notice));
  }
  if (notice.reservedForIdeburna) {
    errors.push(...reservation19Kap25aViolations(notice));
  }
  if (notice.procedure === 'direct-award') {
    const limit = thresholdAt('direct-award-limit', now);
    if (notice.estimatedValueSek > limit.amountSek) {
      errors.push({
        path: 'estimatedValueSek',
        message: `Above the direct award limit of ${limit.amountSek} SEK (${limit.source})`,
        text: {
          sv: `Värdet är över gränsen för direktupphandling, ${limit.amountSek} kr (${limit.source}).`,
          en: `Above the direct award limit of ${limit.amountSek} SEK (${limit.source}).`,
        },
      });
    }
  }
  return errors;
}

const Reserved19Kap25Term = {
  sv: 'Ett kontrakt som är reserverat enligt LOU 19 kap. 25 § får gälla högst tre år.',
  en: 'A contract reserved under LOU 19 kap. 25 § may run at most 3 years.',
};

function reservation19Kap25Violations(notice: NoticeInput): FieldError[] {
  const errors: FieldError[] = [];
  const outside = (codes: string[], path: string) =>
    codes.forEach((code, i) => {
      if (!isReservableUnder19Kap25(code)) {
        errors.push({
          path: i === 0 ? `${path}.main` : `${path}.additional.${i - 1}`,
          message: `CPV ${code} may not be reserved under LOU 19 kap. 25 §`,
          text: {
            sv: `CPV ${code} finns inte bland de tjänster som får reserveras enligt LOU 19 kap. 25 §.`,
            en: `CPV ${code} may not be reserved under LOU 19 kap. 25 §.`,
          },
        });
      }
    });
  outside(allCpv(notice.cpv), 'cpv');
  notice.lots.forEach((lot, i) => {
    outside(allCpv(lot.cpv), `lots.${i}.cpv`);
  });
  if (notice.durationMonths > ContractLimits.reserved19Kap25MaxMonths) {
    errors.push({ path: 'durationMonths', message: 'A contract reserved under LOU 19 kap. 25 § may run at most 3 years', text: Reserved19Kap25Term });
  }
  notice.lots.forEach((lot, i) => {
    if (lot.durationMonths > ContractLimits.reserved19Kap25MaxMonths) {
      errors.push({
        path: `lots.${i}.durationMonths`,
        message: 'A contract reserved under LOU 19 kap. 25 § may run at most 3 years',
        text: Reserved19Kap25Term,
      });
    }
  });
  return errors;
}

/**
 * LOU 19 kap. 25 a §: a reservation for idéburna organisationer only for the
 * services on its own list (partly different from 25 §), kept with its source
 * in reserved-services-cpv.json.
 */
export function reservation19Kap25aViolations(notice: NoticeInput, list: ReservedServiceList = Reserved19Kap25a): FieldError[] {
  const errors: FieldError[] = [];
  const outside = (codes: string[], path: string) =>
    codes.forEach((code, i) => {
      if (isOnReservedList(list, code) !== false) return;
      errors.push({
        path: i === 0 ? `${path}.main` : `${path}.additional.${i - 1}`,
        message: `CPV ${code} may not be reserved for idéburna organisationer under LOU 19 kap. 25 a §`,
        text: {
          sv: `CPV ${code} finns inte bland de tjänster som får reserveras för idéburna organisationer (LOU 19 kap. 25 a §).`,
          en: `CPV ${code} is not among the services that may be reserved for idéburna organisationer (LOU 19 kap. 25 a §).`,
        },
      });
    });
  outside(allCpv(notice.cpv), 'cpv');
  notice.lots.forEach((lot, i) => {
    outside(allCpv(lot.cpv), `lots.${i}.cpv`);
  });
  return errors;
}

export function assertNoticeRules(notice: NoticeInput, now: Date): void {
  const errors = noticeRuleViolations(notice, now);
  if (errors.length > 0) {
    throw new RuleViolationError(errors, {
      sv: 'Upphandlingen går emot en regel i lagen om offentlig upphandling (LOU). Se felen vid fälten.',
      en: 'The notice breaks a rule of the Public Procurement Act.',
    });
  }
}
