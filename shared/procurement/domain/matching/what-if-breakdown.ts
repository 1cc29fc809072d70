import { array, discriminatedUnion, int, type infer as Infer, literal, maxLength, minimum, minLength, strictObject } from 'zod/mini';
import { RuleViolationError } from '../../../platform/errors/domain-errors.js';
import type { MatchableProfile } from './evaluate-match.js';
import type { NoticeReach } from './reach.js';
import { reachedOrgs } from './reach.js';

/**
 * A what-if answer split the way the buyer asks: the bidders reached before
 * and after, counted per county they serve (by region) or per band of the
 * yearly value they can carry (by lot size, in bands the buyer picks), so the
 * buyer sees where and how large the bidders a change gains are.
 */
export const WhatIfBreakdownSchema = discriminatedUnion('by', [
  strictObject({ by: literal('region') }),
  strictObject({
    by: literal('lot-size'),
    /** Band edges in SEK a year, ascending: bands below the first, between each two, and from the last up. */
    bandsSek: array(int().check(minimum(1))).check(minLength(1), maxLength(5)),
  }),
]);
export type WhatIfBreakdownRequest = Infer<typeof WhatIfBreakdownSchema>;

export interface BreakdownGroup {
  /** The county's NUTS code (by region), or the band as `<from>-<to>` in SEK, `<to>` empty for the top band. */
  readonly key: string;
  readonly fromSek?: number;
  readonly toSek?: number;
  readonly before: number;
  readonly after: number;
  readonly gained: number;
  readonly lost: number;
}

export interface WhatIfBreakdown {
  readonly by: WhatIfBreakdownRequest['by'];
  readonly groups: readonly BreakdownGroup[];
}

/** 422 when the band edges are not strictly ascending. */
export function assertBreakdown(request: WhatIfBreakdownRequest): void {
  if (request.by !== 'lot-size') return;
  const edges = request.bandsSek;
  for (let i = 1; i < edges.length; i++) {
    if (edges[i]! <= edges[i - 1]!) {
      throw new RuleViolationError([
        {
          path: `breakdown.bandsSek.${i}`,
          message: 'Each band edge must be larger than the one before it',
          text: { sv: 'Varje gräns måste vara större än den före.', en: 'Each band edge must be larger than the one before it.' },
        },
      ]);
    }
  }
}

/**
 * The breakdown of a what-if over the profiles it was computed from. A bidder
 * serving two counties counts in both; counties with nobody reached before or
 * after are left out, bands are all listed, in order.
 */
export function breakdownOf(request: WhatIfBreakdownRequest, before: NoticeReach, after: NoticeReach, profiles: Iterable<MatchableProfile>): WhatIfBreakdown {
  const [rb, ra] = [reachedOrgs(before), reachedOrgs(after)];
  const counts = new Map<string, { before: number; after: number; gained: number; lost: number }>();
  const add = (key: string, orgId: string) => {
    let c = counts.get(key);
    if (!c) {
      c = { before: 0, after: 0, gained: 0, lost: 0 };
      counts.set(key, c);
    }
    const [b, a] = [rb.has(orgId), ra.has(orgId)];
    if (b) c.before++;
    if (a) c.after++;
    if (a && !b) c.gained++;
    if (b && !a) c.lost++;
  };
  const seen = new Set<string>();
  const bands = request.by === 'lot-size' ? bandsOf(request.bandsSek) : [];
  for (const p of profiles) {
    if (seen.has(p.orgId) || !(rb.has(p.orgId) || ra.has(p.orgId))) continue;
    seen.add(p.orgId);
    if (request.by === 'region') for (const r of new Set(p.regions)) add(r, p.orgId);
    else add(bands.find((b) => p.capacitySekPerYear >= b.fromSek && (b.toSek === undefined || p.capacitySekPerYear < b.toSek))!.key, p.orgId);
  }
  const zero = { before: 0, after: 0, gained: 0, lost: 0 };
  if (request.by === 'region') {
    const groups = [...counts.entries()]
      .map(([key, c]) => ({ key, ...c }))
      .sort((x, y) => y.after - x.after || y.before - x.before || (x.key < y.key ? -1 : 1));
    return { by: 'region', groups };
  }
  return {
    by: 'lot-size',
    groups: bands.map((b) => ({ key: b.key, fromSek: b.fromSek, ...(b.toSek === undefined ? {} : { toSek: b.toSek }), ...(counts.get(b.key) ?? zero) })),
  };
}

function bandsOf(edges: readonly number[]): { key: string; fromSek: number; toSek?: number }[] {
  const bounds = [0, ...edges];
  return bounds.map((from, i) => {
    const to = bounds[i + 1];
    return { key: `${from}-${to ?? ''}`, fromSek: from, ...(to === undefined ? {} : { toSek: to }) };
  });
}
