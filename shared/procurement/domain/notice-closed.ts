import type { FieldError } from '../../platform/errors/domain-errors.js';
import type { Notice } from './notice.js';
import { swedishDate } from './match-case/standstill.js';

/**
 * A notice is open for tenders until its deadline and closed from then on:
 * nothing new is started on it (no match case, no question), and its matches
 * are no longer something to pursue. Computed from the deadline and the
 * clock, never stored, so it cannot go stale.
 */
export const isNoticeClosed = (notice: Pick<Notice, 'deadline'>, now: Date): boolean => now.getTime() >= Date.parse(notice.deadline);

/** Why a closed notice takes nothing new, in Swedish and English, on the field that names it. */
export function closedNoticeRefusal(notice: Pick<Notice, 'id' | 'title' | 'deadline'>, path: string, what: { sv: string; en: string }): FieldError {
  const day = swedishDate(new Date(notice.deadline));
  return {
    path,
    message: `The tender deadline of "${notice.title}" passed on ${day}: the notice is closed, so ${what.en}`,
    text: {
      sv: `Sista anbudsdag för "${notice.title}" var ${day}. Upphandlingen är stängd, så ${what.sv}`,
      en: `The tender deadline of "${notice.title}" was ${day}. The procurement is closed, so ${what.en}`,
    },
  };
}
