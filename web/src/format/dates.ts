import type { Language } from '../i18n/dictionary.js';

/** Dates are shown in Swedish time whatever the browser's zone: deadlines are Swedish deadlines. */
export const DisplayTimeZone = 'Europe/Stockholm';

const locales = { sv: 'sv-SE', en: 'en-GB' } as const satisfies Record<Language, string>;

function parse(value: string): Date | undefined {
  // A plain date ("2026-03-01") is a calendar day, not midnight UTC: keep it on that day.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "1 mars 2026" / "1 March 2026"; the input itself when it is no date, so nothing is hidden. */
export function formatDate(value: string | null | undefined, lang: Language): string {
  if (!value) return '';
  const date = parse(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(locales[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: DisplayTimeZone }).format(date);
}

/** "1 mars 2026 14:05" / "1 March 2026, 14:05". */
export function formatDateTime(value: string | null | undefined, lang: Language): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
  const date = parse(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(locales[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: DisplayTimeZone,
  }).format(date);
}

/** The machine-readable value for <time datetime>. */
export function isoOf(value: string): string {
  return parse(value)?.toISOString() ?? value;
}

/**
 * A deadline day means the end of that day in Sweden; the API wants an instant
 * with its offset (+01:00 in winter, +02:00 in summer). Anything else is sent as typed.
 */
export function endOfSwedishDay(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const noonUtc = new Date(`${day}T12:00:00Z`);
  const swedishHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: DisplayTimeZone, hour: '2-digit', hourCycle: 'h23' }).format(noonUtc));
  return `${day}T23:59:00+${String(swedishHour - 12).padStart(2, '0')}:00`;
}

/** Orders ISO dates and date-times; unknown values last. */
export function compareDates(a: string | null | undefined, b: string | null | undefined): number {
  const ta = a ? (parse(a)?.getTime() ?? Infinity) : Infinity;
  const tb = b ? (parse(b)?.getTime() ?? Infinity) : Infinity;
  return ta === tb ? 0 : ta < tb ? -1 : 1;
}

/** A term as its first and last day: "1 januari 2027 – 31 december 2031". `end` is where the term stops (exclusive), as the API gives it. */
export function formatTerm(start: string | null | undefined, end: string | null | undefined, lang: Language): string {
  if (!start || !end) return '';
  return `${formatDate(start, lang)} – ${formatDate(lastDayBefore(end), lang)}`;
}

/**
 * The last day something lasts, from where it stops: a term "to 1 January
 * 2032" lasts through 31 December 2031. An instant stops during its own day
 * unless it is that day's very start; a plain day is the first day after.
 */
export function lastDayBefore(end: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(end)) {
    const d = new Date(`${end}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  }
  const t = Date.parse(end);
  if (!Number.isFinite(t)) return end;
  return new Intl.DateTimeFormat('en-CA', { timeZone: DisplayTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(t - 1));
}

// Numbers have their own module; re-exported here for the pages that read both from one place.
export { formatPercent, formatSek } from './numbers.js';
