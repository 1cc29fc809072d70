import type { LocalizedText } from '../../../shared/iop/contract.js';
import { dictionaries, type Language, type MessageKey } from './dictionary.js';

export type Params = Readonly<Record<string, string | number>>;

/** The text of a key in a language, with {name} placeholders filled in. */
export function translate(lang: Language, key: MessageKey, params: Params = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The reader's language from a text the API sends in both. */
export function pick(text: LocalizedText | undefined | null, lang: Language): string {
  if (!text) return '';
  return text[lang] || text.sv || text.en;
}

/** Placeholders a text uses, e.g. ["count"] for "{count} cases"; both languages must use the same. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}
