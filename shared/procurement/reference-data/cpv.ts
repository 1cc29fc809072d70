import type { LocalizedText } from '../../platform/timeline/timeline-entry.js';
import { CpvLevelOrder } from './cpv-levels.js';
import { cpvRows } from './cpv-vocabulary.js';

export { CpvLevels, cpvDivision, cpvLevelOfDepth, sharedCpvDepth, type CpvLevel } from './cpv-levels.js';

/**
 * CPV 2008 (9,454 codes, 8 digits without the check digit) with its labels.
 * The vocabulary is read on first use (cpv-vocabulary.ts), not bundled; the
 * hierarchy itself needs no vocabulary (cpv-levels.ts).
 */
export interface CpvEntry {
  readonly code: string;
  readonly label: LocalizedText;
}

let byCode: Map<string, CpvEntry> | undefined;

function entries(): Map<string, CpvEntry> {
  byCode ??= new Map(
    cpvRows().map(([code, sv, en]) => [
      code,
      // 38 codes lack an English label in the source list; the Swedish one stands in.
      { code, label: { sv, en: en || sv } },
    ]),
  );
  return byCode;
}

export function cpvCodeCount(): number {
  return entries().size;
}

export function allCpvCodes(): string[] {
  return [...entries().keys()];
}

export function isKnownCpv(code: string): boolean {
  return entries().has(code);
}

export function cpvEntry(code: string): CpvEntry | undefined {
  return entries().get(code);
}

/**
 * The known codes from the division down to `code`, truncated at `depth` digits:
 * e.g. 85311000 at depth 3 → [85000000, 85300000].
 */
export function cpvPath(code: string, depth = 8): CpvEntry[] {
  const path: CpvEntry[] = [];
  const known = entries();
  for (const [, digits] of CpvLevelOrder) {
    if (digits > depth) break;
    const entry = known.get(code.slice(0, digits).padEnd(8, '0'));
    if (entry && path.at(-1)?.code !== entry.code) path.push(entry);
  }
  return path;
}
