import * as shell from './dictionary/shell.js';
import * as iopCases from './dictionary/iop-cases.js';
import * as iopActions from './dictionary/iop-actions.js';
import * as procurementNotices from './dictionary/procurement-notices.js';
import * as procurementMatches from './dictionary/procurement-matches.js';
import * as publicPages from './dictionary/public-pages.js';
import * as notifications from './dictionary/notifications.js';
import * as procurementRules from './dictionary/procurement-rules.js';
import * as iopRules from './dictionary/iop-rules.js';
import * as matchingStatus from './dictionary/matching-status.js';
import * as plainLanguage from './dictionary/plain-language.js';
import * as registry from './dictionary/registry.js';
import * as wayIn from './dictionary/way-in.js';
import * as whatIfBreakdown from './dictionary/what-if-breakdown.js';
import * as tenderSchool from './dictionary/tender-school.js';
import * as agreementPanel from './dictionary/agreement-panel.js';
import * as pageLoading from './dictionary/page-loading.js';

export const Languages = ['sv', 'en'] as const;
export type Language = (typeof Languages)[number];

/** One area's texts (a file under dictionary/): Swedish, and English with the same keys (the file's own type says so). */
export interface DictionaryModule {
  readonly sv: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}

/** The keys of one or more dictionary modules (a union of modules gives the union of their keys). */
export type KeysOf<M> = M extends { readonly sv: infer Texts } ? keyof Texts & string : never;

/**
 * The texts the first load carries: the frame of every page and what the
 * pages in app.js show. A page loaded on demand brings its own in its chunk
 * (dictionary.ts lists them); a module here must not be needed only by such
 * a page, and no key of theirs may be used in the first load (a test reads
 * the build to check both).
 */
export const coreModules = {
  shell,
  iopCases,
  iopActions,
  procurementNotices,
  procurementMatches,
  publicPages,
  notifications,
  procurementRules,
  iopRules,
  matchingStatus,
  plainLanguage,
  registry,
  wayIn,
  whatIfBreakdown,
  tenderSchool,
  agreementPanel,
  pageLoading,
} as const satisfies Readonly<Record<string, DictionaryModule>>;

export type CoreMessageKey = KeysOf<(typeof coreModules)[keyof typeof coreModules]>;

/** The modules' texts merged into one dictionary per language. */
export function mergeModules<Key extends string>(modules: readonly DictionaryModule[]): Readonly<Record<Language, Readonly<Record<Key, string>>>> {
  const merged = (lang: Language) => Object.assign({}, ...modules.map((m) => m[lang])) as Readonly<Record<Key, string>>;
  return { sv: merged('sv'), en: merged('en') };
}

export const coreDictionaries = mergeModules<CoreMessageKey>(Object.values(coreModules));
