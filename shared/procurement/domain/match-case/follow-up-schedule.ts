import type { MatchCase } from './match-case-model.js';

/**
 * When the yearly follow-ups of a contract's social commitments fall due: one
 * on each anniversary of the start date within the term (08:00 UTC, a working
 * morning in Sweden). The reducer schedules them from this, the scheduled
 * start and the reconciler count what is due from the same list.
 */
export interface FollowUpSlot {
  /** 1 for the first anniversary. */
  readonly number: number;
  /** ISO instant the follow-up opens. */
  readonly at: string;
}

type Contract = NonNullable<MatchCase['contract']>;

const plusMonths = (date: string, months: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  // 29 February plus a year is 28 February, not 1 March.
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
};

export const contractEndDate = (startDate: string, termMonths: number): string => plusMonths(startDate, termMonths);

export function followUpSlots(contract: Pick<Contract, 'startDate' | 'termMonths'>): FollowUpSlot[] {
  return Array.from({ length: Math.floor(contract.termMonths / 12) }, (_, i) => ({
    number: i + 1,
    at: `${plusMonths(contract.startDate, 12 * (i + 1))}T08:00:00.000Z`,
  }));
}

/** How many follow-ups have fallen due by `now`. */
export function dueFollowUps(contract: Pick<Contract, 'startDate' | 'termMonths'>, now: Date): number {
  return followUpSlots(contract).filter((slot) => Date.parse(slot.at) <= now.getTime()).length;
}

/** The one-time schedule that opens a follow-up (fixed, so creating or deleting it twice is harmless). */
export const followUpScheduleName = (caseId: string, number: number): string => `${caseId}-follow-up-${number}`;
