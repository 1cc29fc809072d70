import type { BilingualText, FieldError } from '../../platform/errors/domain-errors.js';
import type { IopCase, IopParty, IopReview } from './case-model.js';
import { activeParties } from './case-model.js';

/**
 * A review's decision comes after every party was heard: each party still in
 * the case has recorded its position, or recorded that it takes none. Parties
 * that left the case are not waited for.
 */
export function unheardParties(state: IopCase, review: Pick<IopReview, 'positions'>): readonly IopParty[] {
  const heard = new Set((review.positions ?? []).map((p) => p.orgId));
  return activeParties(state).filter((p) => !heard.has(p.orgId));
}

/** The civil parties still in the case whose review report has not come in. */
export function reportsMissing(state: IopCase, review: Pick<IopReview, 'reports'>): readonly IopParty[] {
  return activeParties(state).filter((p) => p.side === 'civil' && !review.reports.some((r) => r.orgId === p.orgId));
}

const listSv = (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`);
const listEn = (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** The refusal of a decision taken before every party was heard, naming who was not. */
export function notHeardError(unheard: readonly IopParty[]): FieldError {
  const names = unheard.map((p) => p.name);
  const text: BilingualText = {
    sv: `Beslutet kan registreras först när alla parter har angett sin hållning. ${listSv(names)} har inte angett någon hållning än.`,
    en: `The decision can be recorded once every party has stated its position. ${listEn(names)} ${names.length > 1 ? 'have' : 'has'} not stated one yet.`,
  };
  return { path: 'positions', message: text.en, text };
}
