import type { Language } from './preferences.js';

/** The time zone every reader of this product lives in: dates in messages are Swedish calendar days. */
export const ReaderTimeZone = 'Europe/Stockholm';

// Made on first use and kept: building an Intl.DateTimeFormat costs far more
// than formatting with one, and every notification formats a date or two.
const dayFormats = new Map<Language, Intl.DateTimeFormat>();
let clockFormat: Intl.DateTimeFormat | undefined;

/** "15 mars 2027" / "15 March 2027", the day as it is in Sweden. */
export function readableDay(iso: string, language: Language): string {
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long', timeZone: ReaderTimeZone });
    dayFormats.set(language, format);
  }
  return format.format(new Date(iso));
}

/** "15 mars 2027 kl. 09:30" / "15 March 2027 at 09:30". */
export function readableTime(iso: string, language: Language): string {
  const date = new Date(iso);
  clockFormat ??= new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: ReaderTimeZone });
  const time = clockFormat.format(date);
  return language === 'sv' ? `${readableDay(iso, 'sv')} kl. ${time}` : `${readableDay(iso, 'en')} at ${time}`;
}
