import type { Language } from '../i18n/dictionary.js';

/**
 * The API's schema messages are written for developers, in English ("Too small:
 * expected string to have >=1 characters"). The common ones are said again
 * here in plain Swedish and English; any other message is shown as it came,
 * because a message in the wrong language beats no message.
 */
type Rule = readonly [RegExp, (m: RegExpMatchArray) => Record<Language, string>];

const Rules: readonly Rule[] = [
  [/^Too small: expected string to have >=1 characters?$/, () => ({ sv: 'Fyll i fältet.', en: 'Fill in this field.' })],
  [/^Invalid input: expected (string|array|object|boolean), received undefined$/, () => ({ sv: 'Fyll i fältet.', en: 'Fill in this field.' })],
  [/^Invalid input: expected number, received \w+$/, () => ({ sv: 'Skriv ett tal med siffror.', en: 'Enter a number in digits.' })],
  [/^Invalid input: expected int, received number$/, () => ({ sv: 'Skriv ett heltal.', en: 'Enter a whole number.' })],
  [/^Too big: expected string to have <=(\d+) characters?$/, (m) => ({ sv: `Högst ${m[1]} tecken.`, en: `At most ${m[1]} characters.` })],
  [/^Too small: expected number to be >(\d+)$/, (m) => ({ sv: `Måste vara större än ${m[1]}.`, en: `Must be more than ${m[1]}.` })],
  [/^Too small: expected number to be >=(\d+)$/, (m) => ({ sv: `Minst ${m[1]}.`, en: `At least ${m[1]}.` })],
  [/^Too big: expected number to be <=(\d+)$/, (m) => ({ sv: `Högst ${m[1]}.`, en: `At most ${m[1]}.` })],
  [/^Too small: expected array to have >=(\d+) items?$/, (m) => ({ sv: `Ange minst ${m[1]}.`, en: `Give at least ${m[1]}.` })],
  [/^Invalid ISO date$/, () => ({ sv: 'Skriv ett datum som ÅÅÅÅ-MM-DD.', en: 'Enter a date as YYYY-MM-DD.' })],
  [/^Invalid ISO datetime$/, () => ({ sv: 'Skriv datum och tid.', en: 'Enter a date and time.' })],
  [/^A CPV code has 8 digits/, () => ({ sv: 'En CPV-kod har 8 siffror (utan kontrollsiffra).', en: 'A CPV code has 8 digits (without the check digit).' })],
  [/^Unknown CPV 2008 code$/, () => ({ sv: 'Koden finns inte i CPV 2008.', en: 'The code is not in CPV 2008.' })],
  [/^Unknown Swedish NUTS 3 code$/, () => ({ sv: 'Okänd svensk NUTS 3-kod, till exempel SE232.', en: 'Unknown Swedish NUTS 3 code, for example SE232.' })],
];

/** Our own plain wording for common messages; else the API's text in the reader's language; else its message. */
export function friendlyMessage(message: string, lang: Language, text?: { readonly sv: string; readonly en: string }): string {
  for (const [pattern, say] of Rules) {
    const match = message.match(pattern);
    if (match) return say(match)[lang];
  }
  return text?.[lang] ?? message;
}
