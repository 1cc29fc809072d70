import type { LocalizedText } from '../../../shared/iop/contract.js';
import { plainApiText } from '../format/api-text.js';
import { formatNumber } from '../format/numbers.js';
import type { Language } from './core-dictionary.js';
import type { MessageKey } from './dictionary.js';
import { loadedMessage } from './messages.js';

export type Params = Readonly<Record<string, string | number>>;

/**
 * The text of a key in a language, with {name} placeholders filled in. Large
 * numbers are grouped as the language writes them ("12 500" / "12,500"); up
 * to 9 999 they stay as they are, so a year or a four-digit count reads as typed.
 * The key's module must be loaded: the core always is, a page on demand's
 * once its chunk has (messages.ts).
 */
export function translate(lang: Language, key: MessageKey, params: Params = {}): string {
  const say = (value: string | number) => (typeof value === 'number' && Math.abs(value) >= 10_000 ? formatNumber(value, lang) : String(value));
  // A key whose page has not registered its texts shows as itself, never as a blank or a crash (a test keeps the first load to core keys).
  const text = loadedMessage(lang, key) ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? say(params[name]!) : whole));
}

/** The reader's language from a text the API sends in both, with its dates and regions said as the page says them. */
export function pick(text: LocalizedText | undefined | null, lang: Language): string {
  if (!text) return '';
  return plainApiText(text[lang] || text.sv || text.en, lang);
}

/** Placeholders a text uses, e.g. ["count"] for "{count} cases"; both languages must use the same. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}
