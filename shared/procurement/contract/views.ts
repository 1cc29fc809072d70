import {
  array,
  boolean,
  discriminatedUnion,
  enum as zEnum,
  extend,
  int,
  literal,
  maximum,
  minimum,
  nullable,
  number,
  optional,
  record,
  strictObject,
  unknown,
  type infer as Infer,
} from 'zod/mini';
import { described, withMeta } from '../../platform/http/contract/schema-meta.js';
import { DayField, InstantField, TextField } from '../../platform/http/contract/view-fields.js';
import { LocalizedTextView, StatusView, TimelineEntryView } from '../../platform/timeline/timeline-views.js';
import { CpvLevels } from '../reference-data/cpv-levels.js';
import { Procedures, Reservations } from '../domain/notice.js';
import { BlockerKinds, MatchKinds, ReasonKinds } from '../domain/matching/match-types.js';
import { type MatchActionType, MatchStages } from '../domain/match-case/match-case-model.js';
import { MatchActionTypes } from '../domain/match-case/match-case-actions.js';
import { PageLimit, ReachLimits, WhatIfListLimit } from './limits.js';
import { MatchingStatusView } from './matching-status-view.js';
import { WhatIfBreakdownSchema } from '../domain/matching/what-if-breakdown.js';

/**
 * What the procurement API answers: views for readers, never a stored item.
 * Codes are plain strings here: the code lists judge what comes in, not what goes out.
 */
const Text = TextField;
const Instant = InstantField;
const Day = DayField;
const Sek = described(int(), 'Whole kronor');
const Count = int().check(minimum(0));
const Score = number().check(minimum(0), maximum(1));
const CpvCode = described(Text, 'CPV 2008, 8 digits without the check digit');
const NutsCode = described(Text, 'Swedish NUTS 3 code');
const LocalizedText = LocalizedTextView;

const CpvSetView = strictObject({ main: CpvCode, additional: array(CpvCode) });
const CpvLabelView = strictObject({ code: CpvCode, label: LocalizedText });

export const LotView = withMeta(
  strictObject({
    id: Text,
    title: Text,
    description: optional(Text),
    valueSek: Sek,
    cpv: CpvSetView,
    durationMonths: int(),
    nuts: described(optional(array(NutsCode)), "The lot's regions when narrower than the notice's"),
  }),
  { id: 'NoticeLot' },
);

export const NoticeView = withMeta(
  strictObject({
    id: Text,
    buyer: strictObject({ orgId: Text, unit: Text }),
    title: Text,
    description: Text,
    cpv: CpvSetView,
    cpvLabels: described(optional(array(CpvLabelView)), 'The name of each CPV code of the notice and its lots'),
    nuts: array(NutsCode),
    estimatedValueSek: Sek,
    durationMonths: int(),
    procedure: zEnum(Procedures),
    framework: boolean(),
    deadline: Instant,
    closed: described(boolean(), 'The tender deadline has passed: no new match cases or questions'),
    lots: described(array(LotView), 'Empty when the notice is bought as a whole'),
    maxLotsBidPerSupplier: optional(int()),
    maxLotsAwardedPerSupplier: optional(int()),
    reservation: described(zEnum(Reservations), 'LOU 4 kap. 18 § (res-ws), 19 kap. 25 § (res-pub-ser), or none'),
    reservedForIdeburna: described(boolean(), 'LOU 19 kap. 25 a §'),
    socialObjectives: array(Text),
    socialClauses: array(strictObject({ objective: optional(Text), text: Text })),
    createdAt: Instant,
    updatedAt: Instant,
  }),
  { id: 'Notice' },
);
export type NoticeView = Infer<typeof NoticeView>;

export const NoticeListView = strictObject({
  items: described(array(NoticeView), `Newest first: at most \`limit\`, fewer when they would pass ${PageLimit.maxBytes / 1_000_000} MB together`),
  more: described(boolean(), 'More notices follow: pass `next` as `after`'),
  next: described(optional(Text), 'Where the next page starts (only when `more`)'),
});

const BlockerView = withMeta(strictObject({ kind: zEnum(BlockerKinds), text: LocalizedText }), { id: 'MatchBlocker' });

/** A notice (or one of its lots) × a bidder, with the reasons behind the score and any blocker. */
export const MatchView = withMeta(
  strictObject({
    noticeId: Text,
    lotId: described(Text, '"whole" when the notice has no lots'),
    orgId: Text,
    bidderName: Text,
    kind: zEnum(MatchKinds),
    score: Score,
    reasons: described(
      array(strictObject({ kind: zEnum(ReasonKinds), share: described(Score, "This reason's part of the score"), fit: Score, text: LocalizedText })),
      'The shares sum to 1',
    ),
    cpv: strictObject({
      noticeCode: CpvCode,
      bidderCode: CpvCode,
      depth: described(int(), 'Shared prefix digits: 2 division, 3 group, 4 class, 5 category, 8 the same code'),
      level: zEnum(Object.keys(CpvLevels) as [keyof typeof CpvLevels, ...(keyof typeof CpvLevels)[]]),
      path: described(array(strictObject({ code: CpvCode, label: LocalizedText })), 'The shared part of the hierarchy, division first'),
    }),
    matchedWords: array(Text),
    blockers: described(array(BlockerView), 'Empty for a match; exactly one for a near-miss'),
    title: Text,
    lotTitle: nullable(Text),
    valueSek: Sek,
    deadline: Instant,
  }),
  { id: 'Match' },
);
export type MatchView = Infer<typeof MatchView>;

const Reached = strictObject({ orgId: Text, name: Text, score: Score });

/** The buyer's view of a notice: which bidders each lot reaches, and which it nearly reaches. */
export const NoticeReachView = withMeta(
  strictObject({
    noticeId: Text,
    reachedCount: described(Count, 'Distinct bidders reached by at least one lot'),
    nearMissedCount: described(Count, 'Distinct bidders nearly reached by some lot and reached by none'),
    lots: array(
      strictObject({
        lotId: Text,
        lotTitle: nullable(Text),
        reached: described(array(Reached), 'Best score first; the best ones only when `reachedTotal` is more'),
        reachedTotal: described(Count, 'Bidders this lot reaches, listed or not'),
        nearMissed: described(
          array(extend(Reached, { blocker: BlockerView })),
          'Best score first, each with the one thing in the way; the best ones only when `nearMissedTotal` is more',
        ),
        nearMissedTotal: described(Count, 'Bidders this lot nearly reaches, listed or not'),
      }),
    ),
    truncated: described(
      boolean(),
      `Some lot lists fewer bidders than it counts: each lot lists at most ${ReachLimits.perLot} of each kind, ` +
        `and ${ReachLimits.perView} of each kind are shared among the lots (at least ${ReachLimits.minPerLot} each)`,
    ),
  }),
  { id: 'NoticeReach' },
);
export type NoticeReachView = Infer<typeof NoticeReachView>;

/** POST /procurement/notices answers the stored notice; its matches are being computed (see the reach view). */
export const CreatedNoticeView = extend(NoticeView, { matching: MatchingStatusView });
/** GET /procurement/notices/{id}/matches: the reach, and the stored matches it comes from. */
export const NoticeMatchesView = extend(NoticeReachView, {
  matches: described(array(MatchView), 'Lot by lot, best score first: at most `limit`'),
  matchesTotal: described(Count, 'Stored matches and near-misses of the notice, listed or not'),
  matching: MatchingStatusView,
});
export type NoticeMatchesView = Infer<typeof NoticeMatchesView>;

/** The change a what-if tried, as it was read. */
const WhatIfChangeView = discriminatedUnion('kind', [
  strictObject({ kind: literal('split-into-lots'), lotValueSek: Sek, breakdown: optional(WhatIfBreakdownSchema) }),
  strictObject({ kind: literal('reserve'), reservation: zEnum(['res-ws', 'res-pub-ser', 'ideburna']), breakdown: optional(WhatIfBreakdownSchema) }),
  strictObject({
    kind: literal('set-cpv'),
    main: optional(CpvCode),
    add: array(CpvCode),
    lotId: optional(Text),
    breakdown: optional(WhatIfBreakdownSchema),
  }),
]);

/** Bidders reached before and after, per county served or per band of yearly capacity. */
const WhatIfBreakdownView = withMeta(
  strictObject({
    by: zEnum(['region', 'lot-size']),
    groups: array(
      strictObject({
        key: described(Text, 'NUTS code, or `<from>-<to>` SEK a year'),
        name: optional(LocalizedText),
        fromSek: optional(Sek),
        toSek: optional(Sek),
        before: Count,
        after: Count,
        gained: Count,
        lost: Count,
      }),
    ),
  }),
  { id: 'WhatIfBreakdown' },
);

export const WhatIfResultView = withMeta(
  strictObject({
    change: WhatIfChangeView,
    before: NoticeReachView,
    after: NoticeReachView,
    gained: described(array(Text), `Bidders reached after the change but not before (at most ${WhatIfListLimit}, by orgId)`),
    gainedTotal: Count,
    lost: described(array(Text), `Bidders reached before but not after (a reservation can exclude some; at most ${WhatIfListLimit}, by orgId)`),
    lostTotal: Count,
    nearMissesResolved: described(array(Text), `Near-misses before that the change turns into matches (at most ${WhatIfListLimit}, by orgId)`),
    nearMissesResolvedTotal: Count,
    truncated: described(boolean(), 'Some list here (of a lot before or after, or of bidders) is shorter than its total'),
    breakdown: optional(WhatIfBreakdownView),
  }),
  { id: 'WhatIfResult' },
);
export type WhatIfResultView = Infer<typeof WhatIfResultView>;

export const BidderProfileView = withMeta(
  strictObject({
    orgId: Text,
    name: Text,
    description: Text,
    cpv: array(CpvCode),
    regions: array(NutsCode),
    capacitySekPerYear: described(Sek, 'Largest contract value per year the organisation can carry'),
    staff: int(),
    disadvantagedShare: described(number().check(minimum(0), maximum(1)), 'Share of employees with disabilities or otherwise disadvantaged (LOU 4 kap. 18 §)'),
    ideburen: described(boolean(), 'Idéburen organisation (LOU 19 kap. 25 a §, Act 2022:900)'),
    consortiumWilling: boolean(),
    socialObjectives: array(Text),
    updatedAt: Instant,
  }),
  { id: 'BidderProfile' },
);
export type BidderProfileView = Infer<typeof BidderProfileView>;

/** PUT /bidders/{orgId} answers the stored profile; its matches are being recomputed (see the matches view). */
export const SavedBidderProfileView = extend(BidderProfileView, { matching: MatchingStatusView });

export const BidderMatchesView = strictObject({
  items: described(array(MatchView), 'Matches, best first'),
  nearMisses: described(array(MatchView), 'Near-misses, best first, each with its one blocker'),
  matching: MatchingStatusView,
});
export type BidderMatchesView = Infer<typeof BidderMatchesView>;

const PeriodEndView = strictObject({
  lastDay: described(Day, 'The last day of the period (Swedish calendar)'),
  endsAt: described(Instant, 'The first instant after it: the contract may be concluded from here'),
});

export const MatchStageView = withMeta(zEnum(MatchStages), { id: 'MatchStage' });
export const MatchActionTypeView = withMeta(zEnum(MatchActionTypes as [MatchActionType, ...MatchActionType[]]), { id: 'MatchActionType' });

/** What every reader of one match case sees: the case, its plain-language status, its version and what the caller may do next. */
export const MatchCaseView = withMeta(
  strictObject({
    id: Text,
    reference: Text,
    noticeId: Text,
    lotId: described(Text, '"whole" when the notice has no lots'),
    noticeTitle: Text,
    buyerOrgId: Text,
    buyerName: described(optional(Text), "The buyer's name in the organisation registry"),
    bidderOrgId: Text,
    bidderName: described(optional(Text), "The bidder's name, from its profile or the organisation registry"),
    consortiumOrgIds: described(array(Text), 'The organisations the bidder named for a consortium'),
    consortiumAccepted: described(array(Text), 'Those that accepted: only they read the case'),
    initiatedBy: zEnum(['bidder', 'procurement']),
    stage: MatchStageView,
    status: StatusView,
    version: described(int(), 'Send it back as expectedVersion with the next action'),
    allowedActions: described(
      array(MatchActionTypeView),
      "The actions the caller may take now (the API still judges each one; the workflow's own steps are not listed)",
    ),
    directAward: described(boolean(), 'A direct award has no standstill'),
    reservation: zEnum(Reservations),
    reservedForIdeburna: boolean(),
    tenderDeadline: Instant,
    tenderSchool: nullable(strictObject({ at: Instant })),
    tenderSubmittedAt: nullable(Instant),
    evaluation: nullable(strictObject({ at: Instant, note: Text })),
    award: nullable(
      strictObject({
        decidedAt: Instant,
        outcome: zEnum(['awarded', 'not-awarded', 'cancelled']),
        sentElectronically: boolean(),
        standstill: described(nullable(PeriodEndView), 'Avtalsspärr (LOU 20 kap. 1 §); null for a direct award'),
      }),
    ),
    appeal: nullable(
      strictObject({
        filedAt: Instant,
        courtDecidedAt: nullable(Instant),
        holdUntil: described(nullable(PeriodEndView), 'Ten days after the court decides (LOU 20 kap. 10 §)'),
      }),
    ),
    contract: nullable(strictObject({ signedAt: Instant, startDate: Day, endDate: Day, termMonths: int(), framework: boolean() })),
    reviews: described(
      array(
        strictObject({
          number: int(),
          openedAt: Instant,
          dueAt: Instant,
          report: nullable(strictObject({ at: Instant, text: Text, commitmentsMet: boolean() })),
          decision: nullable(zEnum(['continue', 'close'])),
        }),
      ),
      'The yearly follow-ups of the social commitments, oldest first',
    ),
    needsAttention: described(nullable(strictObject({ at: Instant, reason: Text })), 'A workflow step got stuck and staff should look'),
    createdAt: Instant,
    updatedAt: Instant,
  }),
  { id: 'MatchCase' },
);
export type MatchCaseView = Infer<typeof MatchCaseView>;

export const MatchCaseListView = strictObject({
  items: described(array(MatchCaseView), `Stage by stage: at most \`limit\`, fewer when they would pass ${PageLimit.maxBytes / 1_000_000} MB together`),
  more: described(boolean(), 'More cases than listed: ask for one stage at a time'),
});

export const MatchTimelineEntryView = TimelineEntryView;
export type MatchTimelineEntryView = TimelineEntryView;

export const MatchCaseTimelineView = strictObject({
  items: described(array(MatchTimelineEntryView), 'Oldest first'),
  next: described(optional(int()), 'Pass as `after` for the next page; absent on the last page'),
});

/** Validated against the OCDS 1.1.5 release package schema with the lots extension elsewhere (ocds-validator.ts), not repeated here. */
export const OcdsReleasePackageView = withMeta(record(Text, unknown()), {
  id: 'OcdsReleasePackage',
  description: 'An OCDS 1.1.5 release package (https://standard.open-contracting.org/1.1/en/schema/release_package/) with the lots extension',
});
