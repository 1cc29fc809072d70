import reservationRows from './reserved-procurement.json' with { type: 'json' };
import socialServiceRows from './social-service-cpv.json' with { type: 'json' };
import type { LocalizedText } from '../../platform/timeline/timeline-entry.js';
import { type CodelistEntry, NutsRegions, SocialObjectives, toEntries } from './named-codelists.js';

export { NutsRegions, SocialObjectives, type CodelistEntry } from './named-codelists.js';

/** eForms codelists, as published (see build-reference-data.ts); the counties and social objectives are in named-codelists.ts. */
export const ReservationCodes = toEntries(reservationRows);
/** CPV codes of social and other specific services (the light regime, LOU 19 kap.). */
export const SocialServiceCpv = toEntries(socialServiceRows);

const nutsCodes = new Set(NutsRegions.map((r) => r.code));
const objectiveCodes = new Set(SocialObjectives.map((r) => r.code));
const socialServiceCodes = new Set(SocialServiceCpv.map((r) => r.code));

export const isKnownNuts = (code: string): boolean => nutsCodes.has(code);
export const isKnownSocialObjective = (code: string): boolean => objectiveCodes.has(code);
export const isSocialServiceCpv = (code: string): boolean => socialServiceCodes.has(code);

export function labelOf(list: readonly CodelistEntry[], code: string): LocalizedText {
  return list.find((e) => e.code === code)?.label ?? { sv: code, en: code };
}
