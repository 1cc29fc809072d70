import { coreDictionaries, type DictionaryModule, type Language } from './core-dictionary.js';
import type { MessageKey } from './dictionary.js';

/**
 * The texts the app has at hand: the core from the start, then those of each
 * page on demand, registered by the page's module as its chunk loads.
 */
const loaded: Record<Language, Partial<Record<MessageKey, string>>> = { sv: { ...coreDictionaries.sv }, en: { ...coreDictionaries.en } };

/**
 * Adds a page's dictionary modules. A page loaded on demand calls this at the
 * top of its module, so the texts are there before `import()` hands the page
 * over, and so before it first renders.
 */
export function registerMessages(...modules: readonly DictionaryModule[]): void {
  for (const module of modules) {
    Object.assign(loaded.sv, module.sv);
    Object.assign(loaded.en, module.en);
  }
}

/** The text of a key, or undefined when its module has not been registered (yet). */
export function loadedMessage(lang: Language, key: MessageKey): string | undefined {
  return loaded[lang][key];
}

/** Every key that has a text now. */
export function loadedKeys(): readonly MessageKey[] {
  return Object.keys(loaded.sv) as MessageKey[];
}
