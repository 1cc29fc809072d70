import type { FieldError } from '../../../platform/errors/domain-errors.js';
import { ContractLimits } from '../../reference-data/thresholds.js';
import type { MatchAction, MatchCase, MatchContext } from './match-case-model.js';

/**
 * When a contract may be concluded, and for how long: the standstill and an
 * appeal hold it; LOU limits framework agreements and 19 kap. 25 § contracts.
 */
/** Is the contract still held by the standstill or an appeal? */
export function contractHold(state: MatchCase, now: Date): { held: boolean; until: string | null } {
  if (!state.award || state.award.outcome !== 'awarded') return { held: true, until: null };
  if (state.appeal) {
    if (!state.appeal.holdUntil) return { held: true, until: null };
    return { held: now.getTime() < Date.parse(state.appeal.holdUntil.endsAt), until: state.appeal.holdUntil.endsAt };
  }
  const end = state.award.standstill?.endsAt ?? null;
  return { held: end !== null && now.getTime() < Date.parse(end), until: end };
}

export function contractTermViolations(
  state: MatchCase,
  action: Extract<MatchAction, { type: 'conclude-contract' }>,
  context: MatchContext,
  now: Date,
): FieldError[] {
  const errors: FieldError[] = [];
  if (action.framework && action.termMonths > ContractLimits.frameworkMaxMonths) {
    errors.push({
      path: 'termMonths',
      message: 'A framework agreement may run at most 4 years including options',
      text: {
        sv: 'Ett ramavtal får gälla högst fyra år, förlängningar inräknade (LOU 7 kap. 2 §).',
        en: 'A framework agreement may run at most 4 years including options (LOU 7 kap. 2 §).',
      },
    });
  }
  if (state.reservation === 'res-pub-ser') {
    if (action.termMonths > ContractLimits.reserved19Kap25MaxMonths) {
      errors.push({
        path: 'termMonths',
        message: 'A contract reserved under LOU 19 kap. 25 § may run at most 3 years',
        text: {
          sv: 'Ett kontrakt som är reserverat enligt LOU 19 kap. 25 § får gälla högst tre år.',
          en: 'A contract reserved under LOU 19 kap. 25 § may run at most 3 years.',
        },
      });
    }
    const since = new Date(now);
    since.setUTCFullYear(since.getUTCFullYear() - ContractLimits.reserved19Kap25RepeatYears);
    const repeat = (context.priorReservedAwards ?? []).find(
      (a) => a.buyerOrgId === state.buyerOrgId && a.bidderOrgId === state.bidderOrgId && Date.parse(a.awardedAt) > since.getTime(),
    );
    if (repeat) {
      errors.push({
        path: 'type',
        message: `The same buyer awarded this organisation a 19 kap. 25 § contract on ${repeat.awardedAt.slice(0, 10)}, less than 3 years ago`,
        text: {
          sv: `Samma upphandlande organisation tilldelade er ett kontrakt enligt 19 kap. 25 § den ${repeat.awardedAt.slice(0, 10)}, för mindre än tre år sedan. Ett nytt sådant kontrakt får inte tilldelas förrän tre år har gått.`,
          en: `The same buyer awarded this organisation a 19 kap. 25 § contract on ${repeat.awardedAt.slice(0, 10)}, less than 3 years ago.`,
        },
      });
    }
  }
  return errors;
}
