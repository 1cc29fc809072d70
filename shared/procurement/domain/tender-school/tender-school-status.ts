import type { PublicStatus } from '../../../platform/timeline/timeline-entry.js';
import { phaseOf, type TenderSchool } from './tender-school.js';
import { whenText, whereText } from './tender-school-texts.js';

/**
 * Where a tender school stands, for its readers and for the messages about
 * it: before it, the invited bidders who have not answered act (by its
 * start); after it, the buyer records who attended.
 */
export function tenderSchoolStatus(school: TenderSchool, now: Date): PublicStatus {
  const when = whenText(school.startsAt);
  const nobody = { orgs: [], roles: [], label: { sv: 'Ingen', en: 'Nobody' } };
  const phase = phaseOf(school, now);
  if (phase === 'cancelled') {
    return {
      headline: { sv: 'Anbudsskolan är inställd', en: 'The tender school is cancelled' },
      next: { sv: `Den blir inte av. Skäl: ${school.cancelled!.reason}`, en: `It will not take place. Reason: ${school.cancelled!.reason}` },
      whoActs: nobody,
      dueAt: null,
    };
  }
  if (phase === 'held') {
    const missing = school.invitations.filter((i) => i.attendance === null).length;
    return missing > 0
      ? {
          headline: { sv: 'Anbudsskolan är genomförd', en: 'The tender school has been held' },
          next: { sv: 'Upphandlaren för in vilka som deltog.', en: 'The buyer records who attended.' },
          whoActs: { orgs: [], roles: ['procurement'], label: { sv: 'Upphandlaren', en: 'The buyer' } },
          dueAt: null,
        }
      : {
          headline: { sv: 'Anbudsskolan är genomförd', en: 'The tender school has been held' },
          next: { sv: 'Närvaron är införd. Inget mer att göra.', en: 'Attendance is recorded. Nothing more to do.' },
          whoActs: nobody,
          dueAt: null,
        };
  }
  const unanswered = school.invitations.filter((i) => i.answer === null).map((i) => i.orgId);
  const where = whereText(school);
  if (unanswered.length === 0) {
    return {
      headline: { sv: 'Inbjudan till anbudsskola', en: 'Invitation to a tender school' },
      next: {
        sv: `Alla inbjudna har svarat. Anbudsskolan hålls ${when.sv}, ${where.sv}.`,
        en: `Everyone invited has answered. It is held on ${when.en}, ${where.en}.`,
      },
      whoActs: nobody,
      dueAt: school.startsAt,
    };
  }
  return {
    headline: { sv: 'Inbjudan till anbudsskola', en: 'Invitation to a tender school' },
    next: {
      sv: `Svara om ni kommer till anbudsskolan ${when.sv}, ${where.sv}.`,
      en: `Say whether you are coming to the tender school on ${when.en}, ${where.en}.`,
    },
    whoActs: { orgs: unanswered, roles: ['civil'], label: { sv: 'De inbjudna anbudsgivarna', en: 'The invited bidders' } },
    dueAt: school.startsAt,
  };
}
