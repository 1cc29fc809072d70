import type { Language } from './preferences.js';

/** The time zone every reader of this product lives in: dates in messages are Swedish calendar days. */
export const ReaderTimeZone = 'Europe/Stockholm';

/** "15 mars 2027" / "15 March 2027", the day as it is in Sweden. */
export function readableDay(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long', timeZone: ReaderTimeZone }).format(new Date(iso));
}

/** "15 mars 2027 kl. 09:30" / "15 March 2027 at 09:30". */
export function readableTime(iso: string, language: Language): string {
  const date = new Date(iso);
  const time = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: ReaderTimeZone }).format(date);
  return language === 'sv' ? `${readableDay(iso, 'sv')} kl. ${time}` : `${readableDay(iso, 'en')} at ${time}`;
}
