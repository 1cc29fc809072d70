import { listedPerLot, WhatIfListLimit } from '../contract/limits.js';
import type { BidderProfileView, MatchView, NoticeReachView, NoticeView, WhatIfResultView } from '../contract/views.js';
import type { BidderProfile } from '../domain/bidder-profile.js';
import type { CpvSet } from '../domain/codes.js';
import type { Blocker, Match } from '../domain/matching/match-types.js';
import type { NoticeReach } from '../domain/matching/reach.js';
import type { WhatIfResult } from '../domain/matching/what-if.js';
import type { WhatIfBreakdown } from '../domain/matching/what-if-breakdown.js';
import { NutsRegions } from '../reference-data/codelists.js';
import { optional } from '../../platform/http/contract/optional-field.js';
import type { Lot, Notice } from '../domain/notice.js';
import { cpvEntry } from '../reference-data/cpv.js';
import { isNoticeClosed } from '../domain/notice-closed.js';

/**
 * Notices, matches, reach and profiles as their readers see them: every field
 * named, so whatever else a stored item carries stays in the store.
 */

const cpvSet = (cpv: CpvSet) => ({ main: cpv.main, additional: [...cpv.additional] });
const text = (t: { readonly sv: string; readonly en: string }) => ({ sv: t.sv, en: t.en });
const blocker = (b: Blocker) => ({ kind: b.kind, text: text(b.text) });

function toLotView(lot: Lot): NoticeView['lots'][number] {
  return {
    id: lot.id,
    title: lot.title,
    ...optional('description', lot.description),
    valueSek: lot.valueSek,
    cpv: cpvSet(lot.cpv),
    durationMonths: lot.durationMonths,
    ...optional('nuts', lot.nuts && [...lot.nuts]),
  };
}

/** Each CPV code of the notice and its lots with its name, so a page shows "85312400 Sociala tjänster …", never a bare code. */
function cpvLabels(n: Notice): NonNullable<NoticeView['cpvLabels']> {
  const codes = new Set([n.cpv.main, ...n.cpv.additional, ...n.lots.flatMap((l) => [l.cpv.main, ...l.cpv.additional])]);
  return [...codes].flatMap((code) => {
    const entry = cpvEntry(code);
    return entry ? [{ code, label: { sv: entry.label.sv, en: entry.label.en } }] : [];
  });
}

/** The notice as read at `now`: closed once its tender deadline has passed. */
export function toNoticeView(n: Notice, now: Date): NoticeView {
  return {
    id: n.id,
    buyer: { orgId: n.buyer.orgId, unit: n.buyer.unit },
    title: n.title,
    description: n.description,
    cpv: cpvSet(n.cpv),
    cpvLabels: cpvLabels(n),
    nuts: [...n.nuts],
    estimatedValueSek: n.estimatedValueSek,
    durationMonths: n.durationMonths,
    procedure: n.procedure,
    framework: n.framework,
    deadline: n.deadline,
    closed: isNoticeClosed(n, now),
    lots: n.lots.map(toLotView),
    ...optional('maxLotsBidPerSupplier', n.maxLotsBidPerSupplier),
    ...optional('maxLotsAwardedPerSupplier', n.maxLotsAwardedPerSupplier),
    reservation: n.reservation,
    reservedForIdeburna: n.reservedForIdeburna,
    socialObjectives: [...n.socialObjectives],
    socialClauses: n.socialClauses.map((c) => ({ ...optional('objective', c.objective), text: c.text })),
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
  };
}

export function toMatchView(m: Match): MatchView {
  return {
    noticeId: m.noticeId,
    lotId: m.lotId,
    orgId: m.orgId,
    bidderName: m.bidderName,
    kind: m.kind,
    score: m.score,
    reasons: m.reasons.map((r) => ({ kind: r.kind, share: r.share, fit: r.fit, text: text(r.text) })),
    cpv: {
      noticeCode: m.cpv.noticeCode,
      bidderCode: m.cpv.bidderCode,
      depth: m.cpv.depth,
      level: m.cpv.level,
      path: m.cpv.path.map((p) => ({ code: p.code, label: text(p.label) })),
    },
    matchedWords: [...m.matchedWords],
    blockers: m.blockers.map(blocker),
    title: m.title,
    lotTitle: m.lotTitle,
    valueSek: m.valueSek,
    deadline: m.deadline,
  };
}

/** The reach with each lot's best-scored bidders only (lists are sorted best first), and every one of them counted. */
export function toReachView(r: NoticeReach): NoticeReachView {
  const listed = listedPerLot(r.lots.length);
  const lots = r.lots.map((l) => ({
    lotId: l.lotId,
    lotTitle: l.lotTitle,
    reached: l.reached.slice(0, listed).map((x) => ({ orgId: x.orgId, name: x.name, score: x.score })),
    reachedTotal: l.reached.length,
    nearMissed: l.nearMissed.slice(0, listed).map((x) => ({ orgId: x.orgId, name: x.name, score: x.score, blocker: blocker(x.blocker) })),
    nearMissedTotal: l.nearMissed.length,
  }));
  const truncated = lots.some((l) => l.reached.length < l.reachedTotal || l.nearMissed.length < l.nearMissedTotal);
  return { noticeId: r.noticeId, reachedCount: r.reachedCount, nearMissedCount: r.nearMissedCount, lots, truncated };
}

export function toWhatIfView(w: WhatIfResult): WhatIfResultView {
  const [before, after] = [toReachView(w.before), toReachView(w.after)];
  const [gained, lost, nearMissesResolved] = [
    w.gained.slice(0, WhatIfListLimit),
    w.lost.slice(0, WhatIfListLimit),
    w.nearMissesResolved.slice(0, WhatIfListLimit),
  ];
  const cut = gained.length < w.gained.length || lost.length < w.lost.length || nearMissesResolved.length < w.nearMissesResolved.length;
  return {
    change: w.change,
    before,
    after,
    gained,
    gainedTotal: w.gained.length,
    lost,
    lostTotal: w.lost.length,
    nearMissesResolved,
    nearMissesResolvedTotal: w.nearMissesResolved.length,
    truncated: before.truncated || after.truncated || cut,
    ...(w.breakdown ? { breakdown: toBreakdownView(w.breakdown) } : {}),
  };
}

/** Counties by name beside their code, so a reader sees places. */
function toBreakdownView(b: WhatIfBreakdown): NonNullable<WhatIfResultView['breakdown']> {
  return {
    by: b.by,
    groups: b.groups.map((g) => {
      const county = b.by === 'region' ? NutsRegions.find((r) => r.code === g.key) : undefined;
      return {
        key: g.key,
        ...(county ? { name: text(county.label) } : {}),
        ...optional('fromSek', g.fromSek),
        ...optional('toSek', g.toSek),
        before: g.before,
        after: g.after,
        gained: g.gained,
        lost: g.lost,
      };
    }),
  };
}

export function toProfileView(p: BidderProfile): BidderProfileView {
  return {
    orgId: p.orgId,
    name: p.name,
    description: p.description,
    cpv: [...p.cpv],
    regions: [...p.regions],
    capacitySekPerYear: p.capacitySekPerYear,
    staff: p.staff,
    disadvantagedShare: p.disadvantagedShare,
    ideburen: p.ideburen,
    consortiumWilling: p.consortiumWilling,
    socialObjectives: [...p.socialObjectives],
    updatedAt: p.updatedAt,
  };
}
