import cpvRows from './cpv-2008.json' with { type: 'json' };
import type { LocalizedText } from '../../platform/timeline/timeline-entry.js';

/**
 * CPV 2008 (9,454 codes, 8 digits without the check digit). The hierarchy is
 * read from the digits: division = 2, group = 3, class = 4, category = 5; the
 * remaining digits refine further. A closer shared prefix means a closer match.
 */
export interface CpvEntry {
  readonly code: string;
  readonly label: LocalizedText;
}

export const CpvLevels = {
  division: 2,
  group: 3,
  class: 4,
  category: 5,
  full: 8,
} as const;
export type CpvLevel = keyof typeof CpvLevels;

const levelOrder = Object.entries(CpvLevels) as readonly (readonly [CpvLevel, number])[];

const entries = new Map<string, CpvEntry>(
  (cpvRows as unknown as readonly (readonly [string, string, string])[]).map(([code, sv, en]) => [
    code,
    // 38 codes lack an English label in the source list; the Swedish one stands in.
    { code, label: { sv, en: en || sv } },
  ]),
);

export const CPV_CODE_COUNT = entries.size;

export function allCpvCodes(): string[] {
  return [...entries.keys()];
}

export function isKnownCpv(code: string): boolean {
  return entries.has(code);
}

export function cpvEntry(code: string): CpvEntry | undefined {
  return entries.get(code);
}

export function cpvDivision(code: string): string {
  return code.slice(0, 2);
}

/** Digits of a and b that agree from the left, rounded down to a hierarchy level (0 if not even the division). */
export function sharedCpvDepth(a: string, b: string): number {
  let common = 0;
  while (common < 8 && a[common] === b[common]) common++;
  let depth = 0;
  for (const [, digits] of levelOrder) if (digits <= common) depth = digits;
  return depth;
}

export function cpvLevelOfDepth(depth: number): CpvLevel | undefined {
  return levelOrder.find(([, digits]) => digits === depth)?.[0];
}

/**
 * The known codes from the division down to `code`, truncated at `depth` digits:
 * e.g. 85311000 at depth 3 → [85000000, 85300000].
 */
export function cpvPath(code: string, depth = 8): CpvEntry[] {
  const path: CpvEntry[] = [];
  for (const [, digits] of levelOrder) {
    if (digits > depth) break;
    const entry = entries.get(code.slice(0, digits).padEnd(8, '0'));
    if (entry && path.at(-1)?.code !== entry.code) path.push(entry);
  }
  return path;
}
