import { array, boolean, enum as zEnum, extend, int, number, optional, partialRecord, pick, record, strictObject, type infer as Infer } from 'zod/mini';
import { described, withMeta } from '../../platform/http/contract/schema-meta.js';
import { DayField, InstantField, TextField } from '../../platform/http/contract/view-fields.js';
import { ContributionSchema, IdeburenCriteriaSchema, IopActionTypes, LegalChecklistSchema } from '../domain/schemas.js';
import { IopStages } from '../domain/case-model.js';
import { LocalizedTextView, StatusView, TimelineEntryView } from '../../platform/timeline/timeline-views.js';
import { StateAidPositionView } from './state-aid-view.js';
import { ConsultationRecordsView } from './consultation-view.js';
import { ReviewHearingView } from './review-hearing-view.js';

export { LocalizedTextView, StatusView, TimelineEntryView };

/**
 * What the IOP API answers: views for readers, never the stored case. Storage
 * bookkeeping (execution counts, callback outputs, generations) stays inside;
 * every answer here is what a party, a decision-maker or the public may read.
 */
const Text = TextField;
const Instant = InstantField;
const Day = DayField;

export const IopStageView = withMeta(zEnum(Object.values(IopStages) as [string, ...string[]]), { id: 'IopStage' });
export const IopActionTypeView = withMeta(zEnum(IopActionTypes as [string, ...string[]]), { id: 'IopActionType' });
const Side = zEnum(['public', 'civil']);

export const PartyView = withMeta(
  strictObject({
    orgId: Text,
    name: Text,
    side: Side,
    criteria: optional(IdeburenCriteriaSchema),
    invitation: zEnum(['initiator', 'pending', 'accepted', 'declined', 'lapsed', 'withdrawn']),
    answeredAt: optional(Instant),
    leftAt: optional(Instant),
  }),
  { id: 'IopParty' },
);

export const PrecheckResultView = withMeta(
  strictObject({
    check: zEnum(['ideburen', 'co-financing', 'duration', 'purchase-like', 'budget']),
    outcome: zEnum(['pass', 'warn', 'fail']),
    reason: LocalizedTextView,
    orgId: optional(Text),
    path: optional(Text),
  }),
  { id: 'PrecheckResult' },
);

export const DraftView = withMeta(
  strictObject({
    version: int(),
    purpose: Text,
    targetGroup: Text,
    activities: array(Text),
    contributions: record(Text, ContributionSchema),
    budgetPerYearSek: number(),
    plannedStart: Day,
    durationMonths: int(),
    governance: Text,
    followUp: Text,
    noticeMonths: int(),
    authoredBy: Text,
    at: Instant,
    summary: optional(Text),
  }),
  { id: 'IopDraft' },
);

export const MeetingView = withMeta(strictObject({ number: int(), date: Day, participants: array(Text), notes: Text, recordedBy: Text, recordedAt: Instant }), {
  id: 'IopMeeting',
});

export const ConsultationView = strictObject({
  question: Text,
  deadline: Instant,
  responders: array(strictObject({ orgId: Text, name: Text })),
  responses: array(strictObject({ orgId: Text, response: Text, at: Instant, jointWith: optional(array(Text)) })),
  startedAt: Instant,
  ...ConsultationRecordsView,
});

export const DecisionView = strictObject({
  decision: zEnum(['approve', 'reject', 'return']),
  motivation: Text,
  diarienummer: Text,
  checklist: optional(LegalChecklistSchema),
  decidedBy: Text,
  at: Instant,
});

export const AgreementView = withMeta(
  strictObject({
    version: int(),
    basedOnDraftVersion: int(),
    title: Text,
    parties: array(strictObject({ orgId: Text, name: Text, side: Side })),
    purpose: Text,
    targetGroup: Text,
    activities: array(Text),
    contributions: record(Text, ContributionSchema),
    budgetPerYearSek: number(),
    governance: Text,
    followUp: Text,
    termStart: Instant,
    termEnd: Instant,
    noticeMonths: int(),
    amendmentClause: LocalizedTextView,
    disputeClause: LocalizedTextView,
    diarienummer: Text,
    signatures: record(Text, strictObject({ signedBy: Text, at: Instant })),
    activeSince: optional(Instant),
  }),
  { id: 'IopAgreement' },
);

export const ReviewView = strictObject({
  number: int(),
  final: boolean(),
  openedAt: Instant,
  dueAt: optional(Instant),
  overdueAt: optional(Instant),
  closedAt: optional(Instant),
  reports: array(
    strictObject({
      activities: Text,
      reach: number(),
      outcomes: Text,
      moneyUsedSek: number(),
      inKindUsedSek: number(),
      submittedBy: Text,
      orgId: Text,
      at: Instant,
    }),
  ),
  ...ReviewHearingView,
  decision: optional(strictObject({ decision: zEnum(['continue', 'revise', 'terminate', 'renew', 'close']), motivation: Text, decidedBy: Text, at: Instant })),
});

const DeadlineView = strictObject({ dueAt: Instant, remindedAt: optional(Instant), escalatedAt: optional(Instant) });
const WaitKind = zEnum(['invitations', 'consensus', 'decision', 'signatures', 'review']);

export const FlagsView = strictObject({
  stalled: optional(Instant),
  overdue: optional(Instant),
  invitationsLapsed: optional(Instant),
  needsAttention: optional(strictObject({ at: Instant, error: Text })),
});

/** What every reader of one case sees: the case, its plain-language status, its version and what the caller may do next. */
export const IopCaseView = withMeta(
  strictObject({
    id: Text,
    reference: Text,
    title: Text,
    stage: IopStageView,
    publicBody: described(optional(Text), 'The region or municipality the case belongs to (that of its healthcare unit)'),
    status: StatusView,
    version: described(int(), 'Send it back as expectedVersion with the next action'),
    allowedActions: described(array(IopActionTypeView), 'The actions the caller may take now (the API still judges each one)'),
    createdAt: Instant,
    updatedAt: Instant,
    parties: array(PartyView),
    precheck: array(PrecheckResultView),
    draft: DraftView,
    draftHistory: described(array(DraftView), 'The newest earlier versions; all of them at /drafts'),
    draftHistoryCount: int(),
    consents: described(record(Text, int()), 'orgId → the draft version it consented to'),
    meetings: described(array(MeetingView), 'The newest meetings; all of them at /meetings'),
    meetingCount: int(),
    consultation: optional(ConsultationView),
    approvalRequestedAt: optional(Instant),
    decisions: array(DecisionView),
    agreement: described(optional(AgreementView), 'The latest generated agreement (perhaps an amendment still being signed)'),
    agreementInForce: optional(AgreementView),
    amending: boolean(),
    reviews: array(ReviewView),
    reviewsScheduledAt: optional(Instant),
    termEndScheduledAt: optional(Instant),
    endsAt: optional(Instant),
    ending: optional(zEnum(['terminate', 'close', 'renew'])),
    endReason: optional(Text),
    deadlines: partialRecord(WaitKind, DeadlineView),
    flags: FlagsView,
    renews: optional(Text),
    renewedBy: optional(Text),
    stateAid: described(optional(array(StateAidPositionView)), "Each civil party's state aid across its cases, while the case is in dialogue or approval"),
  }),
  { id: 'IopCase' },
);
export type IopCaseView = Infer<typeof IopCaseView>;

/** One line of a case list. */
export const IopCaseSummaryView = withMeta(
  strictObject({
    id: Text,
    reference: Text,
    title: Text,
    stage: IopStageView,
    status: StatusView,
    version: int(),
    parties: array(strictObject({ orgId: Text, name: Text, side: Side, invitation: PartyView.shape.invitation })),
    createdAt: Instant,
    updatedAt: Instant,
    approvalRequestedAt: optional(Instant),
    deadlines: partialRecord(WaitKind, DeadlineView),
    flags: FlagsView,
  }),
  { id: 'IopCaseSummary' },
);
export type IopCaseSummaryView = Infer<typeof IopCaseSummaryView>;

export const IopCaseListView = strictObject({ items: array(IopCaseSummaryView), more: boolean() });

const Next = described(optional(int()), 'Pass it as `after` for the next page; absent on the last page');
export const TimelinePageView = strictObject({ items: array(TimelineEntryView), next: Next });
export const MeetingPageView = strictObject({ items: array(MeetingView), total: int(), next: Next });
export const DraftPageView = strictObject({ items: array(DraftView), total: int(), next: Next });

/** One agreement in force in the public register: organisations and money, no people. */
export const RegisterEntryView = withMeta(
  extend(
    pick(AgreementView, {
      title: true,
      parties: true,
      purpose: true,
      targetGroup: true,
      activities: true,
      contributions: true,
      budgetPerYearSek: true,
      termStart: true,
      termEnd: true,
      diarienummer: true,
    }),
    { reference: Text, endsAt: optional(Instant), renews: optional(Text) },
  ),
  { id: 'IopRegisterEntry' },
);
export const PublicRegisterView = strictObject({
  agreements: array(RegisterEntryView),
  more: described(boolean(), 'True when the register holds more agreements than one answer lists'),
});
export type TimelinePage = Infer<typeof TimelinePageView>;
export type MeetingPage = Infer<typeof MeetingPageView>;
export type DraftPage = Infer<typeof DraftPageView>;
export type RegisterEntry = Infer<typeof RegisterEntryView>;
