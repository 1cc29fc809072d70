import nutsRows from './nuts-se.json' with { type: 'json' };
import objectiveRows from './social-objectives.json' with { type: 'json' };
import type { LocalizedText } from '../../platform/timeline/timeline-entry.js';

/**
 * The two small code lists a reader picks from by name (counties and social
 * objectives), apart from the other lists so the web app can show their names
 * without carrying the rest.
 */
export interface CodelistEntry {
  readonly code: string;
  readonly label: LocalizedText;
}

export const toEntries = (rows: readonly { code: string; sv: string; en: string }[]): readonly CodelistEntry[] =>
  rows.map((r) => ({ code: r.code, label: { sv: r.sv, en: r.en } }));

/** Swedish NUTS 3 regions: the counties (län). */
export const NutsRegions = toEntries(nutsRows);
/** eForms social objectives. */
export const SocialObjectives = toEntries(objectiveRows);
