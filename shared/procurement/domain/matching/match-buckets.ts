/**
 * Where a pair can be anything at all, so that a change is compared with
 * those candidates only. A pair is a match or a near-miss only when
 *  - a CPV code of each shares at least the division (two digits), and
 *  - the bidder serves the place of the work, or a county next to it: one in the
 *    same NUTS 2 area (riksområde, e.g. SE12 Östra Mellansverige). A region far
 *    away is not "nearly" reached; such a pair is dropped like one blocked twice.
 * So notices and profiles are kept in buckets by division × NUTS 2 area, and a
 * pair that can match always shares a bucket.
 */

/** The NUTS 2 area of a NUTS code (SE232 → SE23); a code above that level is its own area. */
export const nutsArea = (code: string): string => (code.length > 4 ? code.slice(0, 4) : code);

/** Whether the bidder serves a county in the same NUTS 2 area as one of the places of the work. */
export function servesNearby(regions: readonly string[], nuts: readonly string[]): boolean {
  for (let i = 0; i < nuts.length; i++) {
    const area = nutsArea(nuts[i]!);
    for (let j = 0; j < regions.length; j++) if (nutsArea(regions[j]!) === area) return true;
  }
  return false;
}

/** A bucket: `<division>#<area>`, e.g. `85#SE23`. */
export const matchBucket = (division: string, area: string): string => `${division}#${area}`;

/** Every bucket of the given CPV codes and places, sorted. */
export function bucketsOf(cpv: readonly string[], places: readonly string[]): string[] {
  const out = new Set<string>();
  const areas = new Set(places.map(nutsArea));
  for (const code of cpv) for (const area of areas) out.add(matchBucket(code.slice(0, 2), area));
  return [...out].sort();
}
