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

/** What the reach view reads of a match (a what-if computes only this much). */
export type ReachEntry = Pick<Match, 'lotId' | 'orgId' | 'bidderName' | 'kind' | 'score' | 'blockers'>;

export function reachOf(notice: Notice, matches: readonly ReachEntry[]): NoticeReach {
  // One pass to group by lot (a stored partition can hold thousands of matches), then each group in score order.
  const byLot = new Map<string, ReachEntry[]>();
  for (const m of matches) {
    const group = byLot.get(m.lotId);
    if (group) group.push(m);
    else byLot.set(m.lotId, [m]);
  }
  // Only the lot list is needed here: no text is tokenised to read stored matches.
  const lots: LotReach[] = noticeParts(notice).map((t) => {
    const own = (byLot.get(t.lotId) ?? []).sort((a, b) => b.score - a.score || a.orgId.localeCompare(b.orgId));
    const reached: LotReach['reached'][number][] = [];
    const nearMissed: LotReach['nearMissed'][number][] = [];
    for (const m of own) {
      if (m.kind === 'match') reached.push({ orgId: m.orgId, name: m.bidderName, score: m.score });
      else nearMissed.push({ orgId: m.orgId, name: m.bidderName, score: m.score, blocker: m.blockers[0]! });
    }
    return { lotId: t.lotId, lotTitle: t.lotTitle, reached, nearMissed };
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
