import * as z from 'zod';
import { DayField, InstantField, TextField } from '../../platform/http/contract/view-fields.js';
import { LocalizedTextView, StatusView, TimelineEntryView } from '../../platform/timeline/timeline-views.js';
import { CpvLevels } from '../reference-data/cpv.js';
import { Procedures, Reservations } from '../domain/notice.js';
import { BlockerKinds, MatchKinds, ReasonKinds } from '../domain/matching/match-types.js';
import { type MatchActionType, MatchStages } from '../domain/match-case/match-case-model.js';
import { MatchActionTypes } from '../domain/match-case/match-case-actions.js';
import { PageLimit, ReachLimits, WhatIfListLimit } from './limits.js';

/**
 * What the procurement API answers: views for readers, never a stored item.
 * Codes are plain strings here: the code lists judge what comes in, not what goes out.
 */
const Text = TextField;
const Instant = InstantField;
const Day = DayField;
const Sek = z.number().int().describe('Whole kronor');
const Count = z.number().int().min(0);
const Score = z.number().min(0).max(1);
const CpvCode = Text.describe('CPV 2008, 8 digits without the check digit');
const NutsCode = Text.describe('Swedish NUTS 3 code');
const LocalizedText = LocalizedTextView;

const CpvSetView = z.strictObject({ main: CpvCode, additional: z.array(CpvCode) });
const CpvLabelView = z.strictObject({ code: CpvCode, label: LocalizedText });

export const LotView = z
  .strictObject({
    id: Text,
    title: Text,
    description: Text.optional(),
    valueSek: Sek,
    cpv: CpvSetView,
    durationMonths: z.number().int(),
    nuts: z.array(NutsCode).optional().describe("The lot's regions when narrower than the notice's"),
  })
  .meta({ id: 'NoticeLot' });

export const NoticeView = z
  .strictObject({
    id: Text,
    buyer: z.strictObject({ orgId: Text, unit: Text }),
    title: Text,
    description: Text,
    cpv: CpvSetView,
    cpvLabels: z.array(CpvLabelView).optional().describe('The name of each CPV code of the notice and its lots'),
    nuts: z.array(NutsCode),
    estimatedValueSek: Sek,
    durationMonths: z.number().int(),
    procedure: z.enum(Procedures),
    framework: z.boolean(),
    deadline: Instant,
    lots: z.array(LotView).describe('Empty when the notice is bought as a whole'),
    maxLotsBidPerSupplier: z.number().int().optional(),
    maxLotsAwardedPerSupplier: z.number().int().optional(),
    reservation: z.enum(Reservations).describe('LOU 4 kap. 18 § (res-ws), 19 kap. 25 § (res-pub-ser), or none'),
    reservedForIdeburna: z.boolean().describe('LOU 19 kap. 25 a §'),
    socialObjectives: z.array(Text),
    socialClauses: z.array(z.strictObject({ objective: Text.optional(), text: Text })),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: 'Notice' });
export type NoticeView = z.infer<typeof NoticeView>;

export const NoticeListView = z.strictObject({
  items: z.array(NoticeView).describe(`Newest first: at most \`limit\`, fewer when they would pass ${PageLimit.maxBytes / 1_000_000} MB together`),
  more: z.boolean().describe('More notices follow: pass `next` as `after`'),
  next: Text.optional().describe('Where the next page starts (only when `more`)'),
});

const BlockerView = z.strictObject({ kind: z.enum(BlockerKinds), text: LocalizedText }).meta({ id: 'MatchBlocker' });

/** A notice (or one of its lots) × a bidder, with the reasons behind the score and any blocker. */
export const MatchView = z
  .strictObject({
    noticeId: Text,
    lotId: Text.describe('"whole" when the notice has no lots'),
    orgId: Text,
    bidderName: Text,
    kind: z.enum(MatchKinds),
    score: Score,
    reasons: z
      .array(z.strictObject({ kind: z.enum(ReasonKinds), share: Score.describe("This reason's part of the score"), fit: Score, text: LocalizedText }))
      .describe('The shares sum to 1'),
    cpv: z.strictObject({
      noticeCode: CpvCode,
      bidderCode: CpvCode,
      depth: z.number().int().describe('Shared prefix digits: 2 division, 3 group, 4 class, 5 category, 8 the same code'),
      level: z.enum(Object.keys(CpvLevels) as [keyof typeof CpvLevels, ...(keyof typeof CpvLevels)[]]),
      path: z.array(z.strictObject({ code: CpvCode, label: LocalizedText })).describe('The shared part of the hierarchy, division first'),
    }),
    matchedWords: z.array(Text),
    blockers: z.array(BlockerView).describe('Empty for a match; exactly one for a near-miss'),
    title: Text,
    lotTitle: Text.nullable(),
    valueSek: Sek,
    deadline: Instant,
  })
  .meta({ id: 'Match' });
export type MatchView = z.infer<typeof MatchView>;

const Reached = z.strictObject({ orgId: Text, name: Text, score: Score });

/** The buyer's view of a notice: which bidders each lot reaches, and which it nearly reaches. */
export const NoticeReachView = z
  .strictObject({
    noticeId: Text,
    reachedCount: Count.describe('Distinct bidders reached by at least one lot'),
    nearMissedCount: Count.describe('Distinct bidders nearly reached by some lot and reached by none'),
    lots: z.array(
      z.strictObject({
        lotId: Text,
        lotTitle: Text.nullable(),
        reached: z.array(Reached).describe('Best score first; the best ones only when `reachedTotal` is more'),
        reachedTotal: Count.describe('Bidders this lot reaches, listed or not'),
        nearMissed: z
          .array(Reached.extend({ blocker: BlockerView }))
          .describe('Best score first, each with the one thing in the way; the best ones only when `nearMissedTotal` is more'),
        nearMissedTotal: Count.describe('Bidders this lot nearly reaches, listed or not'),
      }),
    ),
    truncated: z
      .boolean()
      .describe(
        `Some lot lists fewer bidders than it counts: each lot lists at most ${ReachLimits.perLot} of each kind, ` +
          `and ${ReachLimits.perView} of each kind are shared among the lots (at least ${ReachLimits.minPerLot} each)`,
      ),
  })
  .meta({ id: 'NoticeReach' });
export type NoticeReachView = z.infer<typeof NoticeReachView>;

/** POST /procurement/notices answers the notice with the reach its stored matches give. */
export const CreatedNoticeView = NoticeView.extend({ reach: NoticeReachView });
/** GET /procurement/notices/{id}/matches: the reach, and the stored matches it comes from. */
export const NoticeMatchesView = NoticeReachView.extend({
  matches: z.array(MatchView).describe('Lot by lot, best score first: at most `limit`'),
  matchesTotal: Count.describe('Stored matches and near-misses of the notice, listed or not'),
});

/** The change a what-if tried, as it was read. */
const WhatIfChangeView = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('split-into-lots'), lotValueSek: Sek }),
  z.strictObject({ kind: z.literal('reserve'), reservation: z.enum(['res-ws', 'res-pub-ser', 'ideburna']) }),
  z.strictObject({ kind: z.literal('set-cpv'), main: CpvCode.optional(), add: z.array(CpvCode), lotId: Text.optional() }),
]);

export const WhatIfResultView = z
  .strictObject({
    change: WhatIfChangeView,
    before: NoticeReachView,
    after: NoticeReachView,
    gained: z.array(Text).describe(`Bidders reached after the change but not before (at most ${WhatIfListLimit}, by orgId)`),
    gainedTotal: Count,
    lost: z.array(Text).describe(`Bidders reached before but not after (a reservation can exclude some; at most ${WhatIfListLimit}, by orgId)`),
    lostTotal: Count,
    nearMissesResolved: z.array(Text).describe(`Near-misses before that the change turns into matches (at most ${WhatIfListLimit}, by orgId)`),
    nearMissesResolvedTotal: Count,
    truncated: z.boolean().describe('Some list here (of a lot before or after, or of bidders) is shorter than its total'),
  })
  .meta({ id: 'WhatIfResult' });
export type WhatIfResultView = z.infer<typeof WhatIfResultView>;

export const BidderProfileView = z
  .strictObject({
    orgId: Text,
    name: Text,
    description: Text,
    cpv: z.array(CpvCode),
    regions: z.array(NutsCode),
    capacitySekPerYear: Sek.describe('Largest contract value per year the organisation can carry'),
    staff: z.number().int(),
    disadvantagedShare: z.number().min(0).max(1).describe('Share of employees with disabilities or otherwise disadvantaged (LOU 4 kap. 18 §)'),
    ideburen: z.boolean().describe('Idéburen organisation (LOU 19 kap. 25 a §, Act 2022:900)'),
    consortiumWilling: z.boolean(),
    socialObjectives: z.array(Text),
    updatedAt: Instant,
  })
  .meta({ id: 'BidderProfile' });
export type BidderProfileView = z.infer<typeof BidderProfileView>;

/** PUT /bidders/{orgId} answers the profile with how many matches its recomputation stored. */
export const SavedBidderProfileView = BidderProfileView.extend({ matchCount: Count.describe('Matches (near-misses not counted)') });

export const BidderMatchesView = z.strictObject({
  items: z.array(MatchView).describe('Matches, best first'),
  nearMisses: z.array(MatchView).describe('Near-misses, best first, each with its one blocker'),
});

const PeriodEndView = z.strictObject({
  lastDay: Day.describe('The last day of the period (Swedish calendar)'),
  endsAt: Instant.describe('The first instant after it: the contract may be concluded from here'),
});

export const MatchStageView = z.enum(MatchStages).meta({ id: 'MatchStage' });
export const MatchActionTypeView = z.enum(MatchActionTypes as [MatchActionType, ...MatchActionType[]]).meta({ id: 'MatchActionType' });

/** What every reader of one match case sees: the case, its plain-language status, its version and what the caller may do next. */
export const MatchCaseView = z
  .strictObject({
    id: Text,
    reference: Text,
    noticeId: Text,
    lotId: Text.describe('"whole" when the notice has no lots'),
    noticeTitle: Text,
    buyerOrgId: Text,
    buyerName: Text.optional().describe("The buyer's name in the organisation registry"),
    bidderOrgId: Text,
    bidderName: Text.optional().describe("The bidder's name, from its profile or the organisation registry"),
    consortiumOrgIds: z.array(Text).describe('The organisations the bidder named for a consortium'),
    consortiumAccepted: z.array(Text).describe('Those that accepted: only they read the case'),
    initiatedBy: z.enum(['bidder', 'procurement']),
    stage: MatchStageView,
    status: StatusView,
    version: z.number().int().describe('Send it back as expectedVersion with the next action'),
    allowedActions: z
      .array(MatchActionTypeView)
      .describe("The actions the caller may take now (the API still judges each one; the workflow's own steps are not listed)"),
    directAward: z.boolean().describe('A direct award has no standstill'),
    reservation: z.enum(Reservations),
    reservedForIdeburna: z.boolean(),
    tenderDeadline: Instant,
    questions: z.array(
      z.strictObject({
        id: Text.describe('Name it as questionId when answering'),
        askedAt: Instant,
        text: Text,
        dueAt: Instant,
        answer: z.strictObject({ at: Instant, text: Text }).nullable(),
      }),
    ),
    tenderSchool: z.strictObject({ at: Instant }).nullable(),
    tenderSubmittedAt: Instant.nullable(),
    evaluation: z.strictObject({ at: Instant, note: Text }).nullable(),
    award: z
      .strictObject({
        decidedAt: Instant,
        outcome: z.enum(['awarded', 'not-awarded', 'cancelled']),
        sentElectronically: z.boolean(),
        standstill: PeriodEndView.nullable().describe('Avtalsspärr (LOU 20 kap. 1 §); null for a direct award'),
      })
      .nullable(),
    appeal: z
      .strictObject({
        filedAt: Instant,
        courtDecidedAt: Instant.nullable(),
        holdUntil: PeriodEndView.nullable().describe('Ten days after the court decides (LOU 20 kap. 10 §)'),
      })
      .nullable(),
    contract: z.strictObject({ signedAt: Instant, startDate: Day, endDate: Day, termMonths: z.number().int(), framework: z.boolean() }).nullable(),
    reviews: z
      .array(
        z.strictObject({
          number: z.number().int(),
          openedAt: Instant,
          dueAt: Instant,
          report: z.strictObject({ at: Instant, text: Text, commitmentsMet: z.boolean() }).nullable(),
          decision: z.enum(['continue', 'close']).nullable(),
        }),
      )
      .describe('The yearly follow-ups of the social commitments, oldest first'),
    needsAttention: z.strictObject({ at: Instant, reason: Text }).nullable().describe('A workflow step got stuck and staff should look'),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: 'MatchCase' });
export type MatchCaseView = z.infer<typeof MatchCaseView>;

export const MatchCaseListView = z.strictObject({
  items: z.array(MatchCaseView).describe(`Stage by stage: at most \`limit\`, fewer when they would pass ${PageLimit.maxBytes / 1_000_000} MB together`),
  more: z.boolean().describe('More cases than listed: ask for one stage at a time'),
});

export const MatchTimelineEntryView = TimelineEntryView;
export type MatchTimelineEntryView = TimelineEntryView;

export const MatchCaseTimelineView = z.strictObject({
  items: z.array(MatchTimelineEntryView).describe('Oldest first'),
  next: z.number().int().optional().describe('Pass as `after` for the next page; absent on the last page'),
});

/** Validated against the OCDS 1.1.5 release package schema with the lots extension elsewhere (ocds-validator.ts), not repeated here. */
export const OcdsReleasePackageView = z.record(Text, z.unknown()).meta({
  id: 'OcdsReleasePackage',
  description: 'An OCDS 1.1.5 release package (https://standard.open-contracting.org/1.1/en/schema/release_package/) with the lots extension',
});
