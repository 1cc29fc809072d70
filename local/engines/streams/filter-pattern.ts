/**
 * Lambda event filtering, the part this product uses: a pattern is an object
 * whose leaves are arrays of allowed values (exact match, or `{ prefix }`).
 * A record matches when every leaf of the pattern finds one of its values at
 * the same path. (AWS's full syntax has more operators; add them here when a
 * filter needs one, so that local and AWS keep reading the same pattern.)
 */
export type FilterValue = string | number | boolean | { readonly prefix: string };
export interface FilterPattern {
  readonly [key: string]: readonly FilterValue[] | FilterPattern;
}

export function matchesFilterPattern(pattern: FilterPattern, value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(pattern).every(([key, expected]) => {
    const actual = (value as Record<string, unknown>)[key];
    if (!Array.isArray(expected)) return matchesFilterPattern(expected as FilterPattern, actual);
    return (expected as readonly FilterValue[]).some((allowed) =>
      typeof allowed === 'object' ? typeof actual === 'string' && actual.startsWith(allowed.prefix) : actual === allowed,
    );
  });
}
