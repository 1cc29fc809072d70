import { NutsRegions } from './named-codes.js';
import type { Language } from '../i18n/dictionary.js';

/**
 * Regions by their names: the API and the forms speak of NUTS 3 codes
 * ("SE232"); a reader of Sweden's counties reads "Västra Götalands län".
 */
const byCode = new Map(NutsRegions.map((r) => [r.code, r.label]));

/** The counties a form offers, in the order of the code list (south-east to north), without the "extra-regio" code. */
export const Counties = NutsRegions.filter((r) => r.code !== 'SEZZZ');

/** "Västra Götalands län" for "SE232"; the code itself when it is no Swedish county, so nothing is hidden. */
export function placeName(code: string, lang: Language): string {
  return byCode.get(code)?.[lang] ?? code;
}

/** Several regions as one list: "Hallands län och Västra Götalands län". */
export function placeNames(codes: readonly string[], lang: Language): string {
  const names = codes.map((c) => placeName(c, lang));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${names.at(-1)}`;
}
