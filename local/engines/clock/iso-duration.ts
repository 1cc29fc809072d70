/**
 * ISO-8601 durations ("P1Y", "P30D", "PT2H", "P1Y2M3DT4H5M6.5S", "P2W") applied
 * with calendar math: P1Y from 29 Feb lands on 28 Feb (or 1 Mar in JS terms is
 * avoided by clamping), so "one year later" means the same date next year, as a
 * person reading an agreement's anniversary would expect.
 */
export interface IsoDuration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

const DURATION_PATTERN = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export class InvalidDurationError extends Error {
  constructor(text: string) {
    super(`Not an ISO-8601 duration: "${text}" (expected e.g. P1Y, P30D, PT2H)`);
    this.name = 'InvalidDurationError';
  }
}

export function parseIsoDuration(text: string): IsoDuration {
  const match = DURATION_PATTERN.exec(text.trim().toUpperCase());
  // "P" and "PT" alone match the pattern but say nothing.
  if (!match || text.trim().toUpperCase() === 'P' || text.trim().toUpperCase().endsWith('T')) {
    throw new InvalidDurationError(text);
  }
  const n = (i: number): number => (match[i] === undefined ? 0 : Number(match[i]));
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

/** Adds a duration in UTC calendar terms; month ends clamp (31 Jan + P1M = 28/29 Feb). */
export function addIsoDuration(from: Date, duration: IsoDuration | string): Date {
  const d = typeof duration === 'string' ? parseIsoDuration(duration) : duration;
  const totalMonths = d.years * 12 + d.months;
  const start = new Date(from.getTime());
  const targetMonthIndex = start.getUTCMonth() + totalMonths;
  const targetYear = start.getUTCFullYear() + Math.floor(targetMonthIndex / 12);
  const targetMonth = ((targetMonthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const day = Math.min(start.getUTCDate(), lastDay);
  const shifted = Date.UTC(targetYear, targetMonth, day, start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds(), start.getUTCMilliseconds());
  const extraMs = ((d.weeks * 7 + d.days) * 24 * 3600 + d.hours * 3600 + d.minutes * 60 + d.seconds) * 1000;
  return new Date(shifted + extraMs);
}
