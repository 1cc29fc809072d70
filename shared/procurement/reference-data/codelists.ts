import nutsRows from './nuts-se.json' with { type: 'json' };
import reservationRows from './reserved-procurement.json' with { type: 'json' };
import objectiveRows from './social-objectives.json' with { type: 'json' };
import socialServiceRows from './social-service-cpv.json' with { type: 'json' };
import type { LocalizedText } from '../../platform/timeline/timeline-entry.js';

/** eForms codelists and Swedish NUTS 3 regions, as published (see build-reference-data.ts). */
export interface CodelistEntry {
  readonly code: string;
  readonly label: LocalizedText;
}

// Free of side effects, so a bundle leaves out the lists (and their JSON) that nothing in it reads.
const toEntries = /* @__NO_SIDE_EFFECTS__ */ (rows: readonly { code: string; sv: string; en: string }[]): readonly CodelistEntry[] =>
  rows.map((r) => ({ code: r.code, label: { sv: r.sv, en: r.en } }));

export const NutsRegions = toEntries(nutsRows);
export const ReservationCodes = toEntries(reservationRows);
export const SocialObjectives = toEntries(objectiveRows);
/** CPV codes of social and other specific services (the light regime, LOU 19 kap.). */
export const SocialServiceCpv = toEntries(socialServiceRows);

// Made on first use: a bundle that never asks leaves the codes and their labels out.
let nutsCodes: Set<string> | undefined;
let objectiveCodes: Set<string> | undefined;
let socialServiceCodes: Set<string> | undefined;

export function isKnownNuts(code: string): boolean {
  nutsCodes ??= new Set(NutsRegions.map((r) => r.code));
  return nutsCodes.has(code);
}
export function isKnownSocialObjective(code: string): boolean {
  objectiveCodes ??= new Set(SocialObjectives.map((r) => r.code));
  return objectiveCodes.has(code);
}
export function isSocialServiceCpv(code: string): boolean {
  socialServiceCodes ??= new Set(SocialServiceCpv.map((r) => r.code));
  return socialServiceCodes.has(code);
}

export function labelOf(list: readonly CodelistEntry[], code: string): LocalizedText {
  return list.find((e) => e.code === code)?.label ?? { sv: code, en: code };
}
