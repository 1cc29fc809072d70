/**
 * How much one answer of the procurement API may list. Lambda answers at most
 * 6 MB and a reader needs far less: every list is cut to these, best or newest
 * first, and says so (`truncated`, `more`) while its totals still count everything.
 */
export const ReachLimits = {
  /** Bidders a lot lists of each kind (reached, nearly reached). */
  perLot: 25,
  /** Of each kind across the lots of one reach view: a notice with many lots lists fewer per lot… */
  perView: 250,
  /** …but never fewer than this. */
  minPerLot: 2,
} as const;

/** Bidders a what-if lists as gained, lost or turned from near-miss into match, each. */
export const WhatIfListLimit = 100;

/** Stored matches GET /procurement/notices/{id}/matches lists: default and most. */
export const NoticeMatchesLimit = { default: 50, max: 200 } as const;

/** A page of notices or match cases: default and most items; the page also ends before it passes maxBytes. */
export const PageLimit = { default: 50, max: 100, maxBytes: 1_000_000 } as const;

/** A page of a match case's timeline (events), as for IOP cases. */
export const TimelinePageLimit = { default: 50, max: 200 } as const;

/** How many bidders of each kind each lot of a reach view with `lots` lots lists. */
export const listedPerLot = (lots: number): number =>
  Math.max(ReachLimits.minPerLot, Math.min(ReachLimits.perLot, Math.floor(ReachLimits.perView / Math.max(1, lots))));
