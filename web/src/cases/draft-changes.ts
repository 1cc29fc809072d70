import type { IopCaseView } from '../../../shared/iop/contract.js';

type IopDraftView = IopCaseView['draft'];

/** The parts of a draft a reader compares between versions, in the order the case page lists them. */
export const DraftFields = [
  'purpose',
  'targetGroup',
  'activities',
  'contributions',
  'budgetPerYearSek',
  'plannedStart',
  'durationMonths',
  'governance',
  'followUp',
  'noticeMonths',
] as const satisfies readonly (keyof IopDraftView)[];
export type DraftField = (typeof DraftFields)[number];

/** Deep equality for the JSON values a draft holds; key order does not matter. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** What changed from one draft version to the next ("what changed" on the case page). */
export function draftChanges(previous: Partial<IopDraftView> | undefined, next: Partial<IopDraftView>): DraftField[] {
  if (!previous) return [];
  return DraftFields.filter((field) => !same(previous[field], next[field]));
}
