import type { FieldError } from '../../../platform/errors/domain-errors.js';
import type { MatchCase } from './match-case-model.js';
import { swedishDate } from './standstill.js';

/**
 * Tenders stay unopened until the tender deadline (LOU 12 kap.): before it the
 * buyer may neither evaluate them nor decide an award. Cancelling the
 * procurement opens no tender, so it may come at any time.
 */
export const tendersMayBeOpened = (s: Pick<MatchCase, 'tenderDeadline'>, now: Date): boolean => now.getTime() >= Date.parse(s.tenderDeadline);

/** The refusal of an evaluation or award before the deadline, in Swedish and English (none once it has passed). */
export function tenderOpeningViolation(s: Pick<MatchCase, 'tenderDeadline'>, what: 'evaluate' | 'award', now: Date): FieldError | undefined {
  if (tendersMayBeOpened(s, now)) return undefined;
  const day = swedishDate(new Date(s.tenderDeadline));
  const [sv, en] = what === 'award' ? ['Tilldelningsbeslut', 'An award decision'] : ['Utvärdering', 'An evaluation'];
  return {
    path: 'type',
    message: `${en} must wait until the tender deadline ${s.tenderDeadline} has passed: tenders stay unopened until then`,
    text: {
      sv: `${sv} får inte ske före sista anbudsdag (${day}): anbuden öppnas först när anbudstiden har gått ut.`,
      en: `${en} must wait until the tender deadline (${day}) has passed: tenders stay unopened until then.`,
    },
  };
}
