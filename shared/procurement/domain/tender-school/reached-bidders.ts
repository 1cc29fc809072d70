import type { ReachKind } from './tender-school.js';

/** One stored match of a notice as far as inviting reads it (a ReachEntry of the reach view). */
export interface ReachLine {
  readonly orgId: string;
  readonly bidderName: string;
  readonly kind: ReachKind;
}

/** A bidder a tender school may invite: reached or nearly reached by at least one of its notices. */
export interface ReachedBidder {
  readonly orgId: string;
  readonly name: string;
  /** `match` when any notice or lot matches it; `near-miss` when all only nearly do. */
  readonly reach: ReachKind;
  readonly noticeIds: readonly string[];
}

/**
 * The bidders the reach view shows for the given notices, each once: the
 * ones a tender school may invite. A bidder matched by one lot and nearly
 * matched by another counts as matched.
 */
export function reachedBidders(reach: readonly { readonly noticeId: string; readonly lines: readonly ReachLine[] }[]): Map<string, ReachedBidder> {
  const out = new Map<string, { orgId: string; name: string; reach: ReachKind; noticeIds: string[] }>();
  for (const { noticeId, lines } of reach) {
    for (const line of lines) {
      const known = out.get(line.orgId);
      if (!known) {
        out.set(line.orgId, { orgId: line.orgId, name: line.bidderName, reach: line.kind, noticeIds: [noticeId] });
        continue;
      }
      if (line.kind === 'match') known.reach = 'match';
      if (!known.noticeIds.includes(noticeId)) known.noticeIds.push(noticeId);
    }
  }
  return out;
}
