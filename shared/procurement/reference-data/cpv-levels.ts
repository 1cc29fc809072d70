/**
 * The CPV 2008 hierarchy, read from the digits alone: division = 2, group = 3,
 * class = 4, category = 5; the remaining digits refine further. A closer shared
 * prefix means a closer match. No vocabulary here: the web app and the views
 * import these without the 9,454 labels.
 */
export const CpvLevels = {
  division: 2,
  group: 3,
  class: 4,
  category: 5,
  full: 8,
} as const;
export type CpvLevel = keyof typeof CpvLevels;

export const CpvLevelOrder = Object.entries(CpvLevels) as readonly (readonly [CpvLevel, number])[];

export function cpvDivision(code: string): string {
  return code.slice(0, 2);
}

/** Digits of a and b that agree from the left, rounded down to a hierarchy level (0 if not even the division). */
export function sharedCpvDepth(a: string, b: string): number {
  let common = 0;
  while (common < 8 && a[common] === b[common]) common++;
  let depth = 0;
  for (const [, digits] of CpvLevelOrder) if (digits <= common) depth = digits;
  return depth;
}

export function cpvLevelOfDepth(depth: number): CpvLevel | undefined {
  return CpvLevelOrder.find(([, digits]) => digits === depth)?.[0];
}
