import { describe, expect, it } from 'vitest';
import { dictionaries, dictionaryModules, Languages } from '../../../web/src/i18n/dictionary.js';
import * as overview from '../../../web/src/i18n/dictionary/overview.js';
import { registerMessages } from '../../../web/src/i18n/messages.js';
import { pick, placeholdersOf, translate } from '../../../web/src/i18n/translate.js';

describe('the dictionary', () => {
  const sv = dictionaries.sv;
  const en = dictionaries.en;

  it('has the same keys in Swedish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it.each(Languages)('has no empty text in %s', (lang) => {
    const empty = Object.entries(dictionaries[lang]).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages for every key', () => {
    const mismatched = Object.keys(sv).filter((key) => placeholdersOf(sv[key as keyof typeof sv]).join() !== placeholdersOf(en[key as keyof typeof en]).join());
    expect(mismatched).toEqual([]);
  });

  it('defines each key in one module only (a page on demand registering its texts must not replace another’s)', () => {
    const modulesOf = new Map<string, string[]>();
    for (const [name, module] of Object.entries(dictionaryModules))
      for (const key of Object.keys(module.sv)) modulesOf.set(key, [...(modulesOf.get(key) ?? []), name]);
    expect([...modulesOf].filter(([, names]) => names.length > 1)).toEqual([]);
    expect(modulesOf.size).toBe(Object.keys(sv).length);
  });

  it('is really translated: most English texts differ from the Swedish', () => {
    const same = Object.keys(sv).filter((key) => sv[key as keyof typeof sv] === en[key as keyof typeof en]);
    // Proper names and codes may be equal; whole sentences must not be.
    expect(same.filter((key) => sv[key as keyof typeof sv].split(' ').length > 2)).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders in the chosen language', () => {
    expect(translate('sv', 'cases.reference', { reference: 'IOP-1' })).toBe('Ärende IOP-1');
    expect(translate('en', 'cases.reference', { reference: 'IOP-1' })).toBe('Case IOP-1');
  });

  it('leaves an unfilled placeholder visible rather than inventing a value', () => {
    expect(translate('en', 'cases.reference')).toBe('Case {reference}');
  });

  it('has the texts of a page on demand once the page has registered them, and shows the key until then', () => {
    expect(translate('en', 'overview.title', { body: 'Region Norr' })).toBe('overview.title');
    registerMessages(overview);
    expect(translate('en', 'overview.title', { body: 'Region Norr' })).toBe('Yearly follow-up: Region Norr');
    expect(translate('sv', 'overview.title', { body: 'Region Norr' })).toBe('Årlig uppföljning: Region Norr');
  });
});

describe('pick', () => {
  it('takes the reader’s language, falling back to the other one', () => {
    expect(pick({ sv: 'Hej', en: 'Hello' }, 'en')).toBe('Hello');
    expect(pick({ sv: 'Hej', en: '' }, 'en')).toBe('Hej');
    expect(pick(undefined, 'sv')).toBe('');
  });
});
