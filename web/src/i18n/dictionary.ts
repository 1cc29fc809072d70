import { type CoreMessageKey, coreModules, type KeysOf, type Language, mergeModules } from './core-dictionary.js';
import * as overview from './dictionary/overview.js';
import * as registerSearch from './dictionary/register-search.js';
import * as agreementDocument from './dictionary/agreement-document.js';
import * as admin from './dictionary/admin.js';
import * as adminEdit from './dictionary/admin-edit.js';
import * as tenderSchoolPage from './dictionary/tender-school-page.js';

export { Languages, type Language } from './core-dictionary.js';

/**
 * Every text the app shows, in Swedish (the default) and English: one file per
 * area of the app under dictionary/, each with both languages, so a missing
 * translation is a type error there and a failing test, never a blank on
 * screen. Placeholders are {name}; both languages use the same ones.
 *
 * The first load carries only the core (core-dictionary.ts). The texts of the
 * pages loaded on demand travel in those pages' chunks: each page registers
 * its modules (messages.ts) when its chunk loads, before it first renders.
 * The app imports this file for its types only (`import type`); the whole
 * dictionary at run time is for the tests.
 */
export const onDemandModules = { overview, registerSearch, agreementDocument, admin, adminEdit, tenderSchoolPage } as const;

/** A key of any module: `t()` takes them all; at run time the texts of a page on demand exist once its chunk has loaded. */
export type MessageKey = CoreMessageKey | KeysOf<(typeof onDemandModules)[keyof typeof onDemandModules]>;
export type Dictionary = Readonly<Record<MessageKey, string>>;

export const dictionaryModules = { ...coreModules, ...onDemandModules } as const;

export const dictionaries: Readonly<Record<Language, Dictionary>> = mergeModules<MessageKey>(Object.values(dictionaryModules));
