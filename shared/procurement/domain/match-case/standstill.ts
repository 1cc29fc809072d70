import { onFirstUse } from '../../../platform/on-first-use.js';
import { swedishHolidays } from '../../reference-data/swedish-holidays.js';

/**
 * Avtalsspärr (LOU 20 kap. 1 §): 10 days after an award decision sent
 * electronically, 15 otherwise; day 0 is the sending day. A last day on a
 * Saturday, Sunday or Swedish public holiday moves to the next weekday (Act
 * 1930:173, which also counts midsommarafton, julafton and nyårsafton, kept by
 * date-holidays as "bank" days). Days are Swedish calendar days. The holidays
 * come from date-holidays through a generated table (build-swedish-holidays.ts).
 */
const ZONE = 'Europe/Stockholm';
// Made on first use, not at load (onFirstUse says why).
const dayFormat = onFirstUse(() => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }));
const hourFormat = onFirstUse(() => new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', hourCycle: 'h23' }));

export const StandstillDays = { electronic: 10, other: 15, afterCourtDecision: 10 } as const;

/** The Swedish calendar date (YYYY-MM-DD) of an instant. */
export function swedishDate(instant: Date): string {
  return dayFormat().format(instant);
}

const addDays = (date: string, n: number): string => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

export function isSwedishNonWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return true;
  const year = Number(date.slice(0, 4));
  const holidays = swedishHolidays();
  if (year < holidays.firstYear || year > holidays.lastYear) {
    throw new RangeError(`Swedish holidays are known for ${holidays.firstYear}-${holidays.lastYear}, not ${year}.`);
  }
  return holidays.set.has(date);
}

export function nextWorkingDayFrom(date: string): string {
  let d = date;
  while (isSwedishNonWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** The instant a Swedish calendar day begins (00:00 Stockholm time). */
export function startOfSwedishDay(date: string): Date {
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(Date.parse(`${date}T00:00:00Z`) - offsetHours * 3_600_000);
    if (swedishDate(candidate) === date && hourFormat().format(candidate) === '00') return candidate;
  }
  throw new Error(`Cannot place ${date} in Stockholm time`);
}

export interface PeriodEnd {
  /** The last day of the period (YYYY-MM-DD, Swedish calendar). */
  readonly lastDay: string;
  /** The first instant after it: the contract may be concluded from here. */
  readonly endsAt: string;
}

function periodEnd(day0: string, days: number): PeriodEnd {
  const lastDay = nextWorkingDayFrom(addDays(day0, days));
  return { lastDay, endsAt: startOfSwedishDay(addDays(lastDay, 1)).toISOString() };
}

export function standstillEnd(sentAt: Date, sentElectronically: boolean): PeriodEnd {
  return periodEnd(swedishDate(sentAt), sentElectronically ? StandstillDays.electronic : StandstillDays.other);
}

/** An appeal holds the contract until 10 days after the administrative court decides (LOU 20 kap. 10 §). */
export function appealHoldEnd(courtDecidedAt: Date): PeriodEnd {
  return periodEnd(swedishDate(courtDecidedAt), StandstillDays.afterCourtDecision);
}
