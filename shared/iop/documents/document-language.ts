/**
 * How the agreement's documents write numbers, dates and lists, in Swedish and
 * English. Written out here rather than with Intl: the same text on every
 * runtime, and only characters the PDF's standard fonts can draw (the Swedish
 * thousands separator is a no-break space, U+00A0).
 */
export const DocumentLanguages = ['sv', 'en'] as const;
export type DocumentLanguage = (typeof DocumentLanguages)[number];

const NoBreakSpace = '\u00a0';

function groupDigits(n: number, separator: string): string {
  const whole = Math.round(Math.abs(n)).toString();
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return n < 0 ? `-${grouped}` : grouped;
}

/** "1 250 000 kr" in Swedish, "SEK 1,250,000" in English. */
export function kronor(n: number, lang: DocumentLanguage): string {
  return lang === 'sv' ? `${groupDigits(n, NoBreakSpace)}${NoBreakSpace}kr` : `SEK${NoBreakSpace}${groupDigits(n, ',')}`;
}

const MonthsSv = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MonthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1 mars 2026" / "1 March 2026", read in UTC like every date of the case. */
export function longDate(at: string, lang: DocumentLanguage): string {
  const d = new Date(at);
  const month = (lang === 'sv' ? MonthsSv : MonthsEn)[d.getUTCMonth()];
  return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
}

/** The agreement's term ends at the start of its end day: its last day is the day before. */
export function lastDayOf(termEnd: string): string {
  return new Date(new Date(termEnd).getTime() - 86_400_000).toISOString();
}

/** "A, B och C" / "A, B and C". */
export function joinList(items: readonly string[], lang: DocumentLanguage): string {
  const and = lang === 'sv' ? 'och' : 'and';
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/** "1 månad" / "3 månader", "1 month" / "3 months". */
export function months(n: number, lang: DocumentLanguage): string {
  if (lang === 'sv') return `${n} ${n === 1 ? 'månad' : 'månader'}`;
  return `${n} ${n === 1 ? 'month' : 'months'}`;
}

/** A sentence ends with one full stop, whatever the text it quotes ends with. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
