import type { Match } from './match-types.js';
import type { Blocker } from './match-types.js';
import type { Notice } from '../notice.js';
import { noticeParts } from './evaluate-match.js';

/** The buyer's view: which bidders a notice and each lot reaches, and which it nearly reaches. */
export interface LotReach {
  readonly lotId: string;
  readonly lotTitle: string | null;
  readonly reached: readonly { readonly orgId: string; readonly name: string; readonly score: number }[];
  readonly nearMissed: readonly { readonly orgId: string; readonly name: string; readonly score: number; readonly blocker: Blocker }[];
}

export interface NoticeReach {
  readonly noticeId: string;
  /** Distinct bidders reached by at least one lot. */
  readonly reachedCount: number;
  /** Distinct bidders nearly reached by some lot and reached by none. */
  readonly nearMissedCount: number;
  readonly lots: readonly LotReach[];
}

export function reachOf(notice: Notice, matches: readonly Match[]): NoticeReach {
  // Only the lot list is needed here: no text is tokenised to read stored matches.
  const lots: LotReach[] = noticeParts(notice).map((t) => {
    const own = matches.filter((m) => m.lotId === t.lotId).sort((a, b) => b.score - a.score || a.orgId.localeCompare(b.orgId));
    return {
      lotId: t.lotId,
      lotTitle: t.lotTitle,
      reached: own.filter((m) => m.kind === 'match').map((m) => ({ orgId: m.orgId, name: m.bidderName, score: m.score })),
      nearMissed: own
        .filter((m) => m.kind === 'near-miss')
        .map((m) => ({ orgId: m.orgId, name: m.bidderName, score: m.score, blocker: m.blockers[0]! })),
    };
  });
  const reached = new Set(lots.flatMap((l) => l.reached.map((r) => r.orgId)));
  const near = new Set(lots.flatMap((l) => l.nearMissed.map((r) => r.orgId)).filter((o) => !reached.has(o)));
  return { noticeId: notice.id, reachedCount: reached.size, nearMissedCount: near.size, lots };
}

export function reachedOrgs(reach: NoticeReach): Set<string> {
  return new Set(reach.lots.flatMap((l) => l.reached.map((r) => r.orgId)));
}

export function nearMissedOrgs(reach: NoticeReach): Set<string> {
  const reached = reachedOrgs(reach);
  return new Set(reach.lots.flatMap((l) => l.nearMissed.map((r) => r.orgId)).filter((o) => !reached.has(o)));
}
