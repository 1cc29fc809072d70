import type { Language } from '../i18n/dictionary.js';
import { formatDate, formatDateTime } from './dates.js';
import { placeNames } from './places.js';

/**
 * The API's own sentences (status, timeline, match reasons) name dates as
 * ISO days ("2027-01-01") and regions as NUTS codes ("SE232, SE231"). A page
 * says them the way it says its own: "1 januari 2027", "Västra Götalands län".
 */
const IsoDateTime = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?(?![\w:.+-])/g;
const IsoDate = /(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-]|\d)/g;
const NutsList = /\bSE(?:\d{3}|ZZZ)(?:(?:, | och | and )SE(?:\d{3}|ZZZ))*\b/g;

export function plainApiText(text: string, lang: Language): string {
  return text
    .replace(IsoDateTime, (iso) => formatDateTime(iso, lang))
    .replace(IsoDate, (iso) => formatDate(iso, lang))
    .replace(NutsList, (list) => placeNames(list.split(/, | och | and /), lang));
}
