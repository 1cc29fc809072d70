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
import * as admin from './dictionary/admin.js';
import * as wayIn from './dictionary/way-in.js';
import * as tenderSchool from './dictionary/tender-school.js';
import * as adminEdit from './dictionary/admin-edit.js';
import * as pageLoading from './dictionary/page-loading.js';
import * as agreementDocument from './dictionary/agreement-document.js';

/**
 * Every text the app shows, in Swedish (the default) and English: one file per
 * area of the app under dictionary/, each with both languages, so a missing
 * translation is a type error there and a failing test, never a blank on
 * screen. Placeholders are {name}; both languages use the same ones.
 */
const sv = {
  ...shell.sv,
  ...iopCases.sv,
  ...iopActions.sv,
  ...procurementNotices.sv,
  ...procurementMatches.sv,
  ...publicPages.sv,
  ...notifications.sv,
  ...procurementRules.sv,
  ...iopRules.sv,
  ...matchingStatus.sv,
  ...plainLanguage.sv,
  ...registry.sv,
  ...admin.sv,
  ...wayIn.sv,
  ...agreementDocument.sv,
  ...tenderSchool.sv,
  ...adminEdit.sv,
  ...pageLoading.sv,
} as const;

export type MessageKey = keyof typeof sv;
export type Dictionary = Readonly<Record<MessageKey, string>>;

const en: Dictionary = {
  ...shell.en,
  ...iopCases.en,
  ...iopActions.en,
  ...procurementNotices.en,
  ...procurementMatches.en,
  ...publicPages.en,
  ...notifications.en,
  ...procurementRules.en,
  ...iopRules.en,
  ...matchingStatus.en,
  ...plainLanguage.en,
  ...registry.en,
  ...admin.en,
  ...wayIn.en,
  ...agreementDocument.en,
  ...tenderSchool.en,
  ...adminEdit.en,
  ...pageLoading.en,
};

export const Languages = ['sv', 'en'] as const;
export type Language = (typeof Languages)[number];

export const dictionaries: Readonly<Record<Language, Dictionary>> = { sv, en };
