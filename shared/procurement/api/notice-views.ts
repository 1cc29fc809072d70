import type { BidderProfileView, MatchView, NoticeReachView, NoticeView, WhatIfResultView } from '../contract/views.js';
import type { BidderProfile } from '../domain/bidder-profile.js';
import type { CpvSet } from '../domain/codes.js';
import type { Blocker, Match } from '../domain/matching/match-types.js';
import type { NoticeReach } from '../domain/matching/reach.js';
import type { WhatIfResult } from '../domain/matching/what-if.js';
import type { Lot, Notice } from '../domain/notice.js';

/**
 * Notices, matches, reach and profiles as their readers see them: every field
 * named, so whatever else a stored item carries stays in the store.
 */
const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as { [P in K]: V }));

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

export function toNoticeView(n: Notice): NoticeView {
  return {
    id: n.id,
    buyer: { orgId: n.buyer.orgId, unit: n.buyer.unit },
    title: n.title,
    description: n.description,
    cpv: cpvSet(n.cpv),
    nuts: [...n.nuts],
    estimatedValueSek: n.estimatedValueSek,
    durationMonths: n.durationMonths,
    procedure: n.procedure,
    framework: n.framework,
    deadline: n.deadline,
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

export function toReachView(r: NoticeReach): NoticeReachView {
  return {
    noticeId: r.noticeId,
    reachedCount: r.reachedCount,
    nearMissedCount: r.nearMissedCount,
    lots: r.lots.map((l) => ({
      lotId: l.lotId,
      lotTitle: l.lotTitle,
      reached: l.reached.map((x) => ({ orgId: x.orgId, name: x.name, score: x.score })),
      nearMissed: l.nearMissed.map((x) => ({ orgId: x.orgId, name: x.name, score: x.score, blocker: blocker(x.blocker) })),
    })),
  };
}

export function toWhatIfView(w: WhatIfResult): WhatIfResultView {
  return {
    change: w.change,
    before: toReachView(w.before),
    after: toReachView(w.after),
    gained: [...w.gained],
    lost: [...w.lost],
    nearMissesResolved: [...w.nearMissesResolved],
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
