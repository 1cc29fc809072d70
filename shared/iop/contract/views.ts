import * as z from 'zod';
import { DayField, InstantField, TextField } from '../../platform/http/contract/view-fields.js';
import { ContributionSchema, IdeburenCriteriaSchema, IopActionTypes, LegalChecklistSchema } from '../domain/schemas.js';
import { IopStages } from '../domain/case-model.js';
import { LocalizedTextView, StatusView, TimelineEntryView } from '../../platform/timeline/timeline-views.js';
import { StateAidPositionView } from './state-aid-view.js';
import { ConsultationRecordsView } from './consultation-view.js';

export { LocalizedTextView, StatusView, TimelineEntryView };

/**
 * What the IOP API answers: views for readers, never the stored case. Storage
 * bookkeeping (execution counts, callback outputs, generations) stays inside;
 * every answer here is what a party, a decision-maker or the public may read.
 */
const Text = TextField;
const Instant = InstantField;
const Day = DayField;

export const IopStageView = z.enum(Object.values(IopStages) as [string, ...string[]]).meta({ id: 'IopStage' });
export const IopActionTypeView = z.enum(IopActionTypes as [string, ...string[]]).meta({ id: 'IopActionType' });
const Side = z.enum(['public', 'civil']);

export const PartyView = z
  .strictObject({
    orgId: Text,
    name: Text,
    side: Side,
    criteria: IdeburenCriteriaSchema.optional(),
    invitation: z.enum(['initiator', 'pending', 'accepted', 'declined', 'lapsed', 'withdrawn']),
    answeredAt: Instant.optional(),
    leftAt: Instant.optional(),
  })
  .meta({ id: 'IopParty' });

export const PrecheckResultView = z
  .strictObject({
    check: z.enum(['ideburen', 'co-financing', 'duration', 'purchase-like']),
    outcome: z.enum(['pass', 'warn', 'fail']),
    reason: LocalizedTextView,
    orgId: Text.optional(),
    path: Text.optional(),
  })
  .meta({ id: 'PrecheckResult' });

export const DraftView = z
  .strictObject({
    version: z.number().int(),
    purpose: Text,
    targetGroup: Text,
    activities: z.array(Text),
    contributions: z.record(Text, ContributionSchema),
    budgetPerYearSek: z.number(),
    plannedStart: Day,
    durationMonths: z.number().int(),
    governance: Text,
    followUp: Text,
    noticeMonths: z.number().int(),
    authoredBy: Text,
    at: Instant,
    summary: Text.optional(),
  })
  .meta({ id: 'IopDraft' });

export const MeetingView = z
  .strictObject({ number: z.number().int(), date: Day, participants: z.array(Text), notes: Text, recordedBy: Text, recordedAt: Instant })
  .meta({ id: 'IopMeeting' });

export const ConsultationView = z.strictObject({
  question: Text,
  deadline: Instant,
  responders: z.array(z.strictObject({ orgId: Text, name: Text })),
  responses: z.array(z.strictObject({ orgId: Text, response: Text, at: Instant, jointWith: z.array(Text).optional() })),
  startedAt: Instant,
  ...ConsultationRecordsView,
});

export const DecisionView = z.strictObject({
  decision: z.enum(['approve', 'reject', 'return']),
  motivation: Text,
  diarienummer: Text,
  checklist: LegalChecklistSchema.optional(),
  decidedBy: Text,
  at: Instant,
});

export const AgreementView = z
  .strictObject({
    version: z.number().int(),
    basedOnDraftVersion: z.number().int(),
    title: Text,
    parties: z.array(z.strictObject({ orgId: Text, name: Text, side: Side })),
    purpose: Text,
    targetGroup: Text,
    activities: z.array(Text),
    contributions: z.record(Text, ContributionSchema),
    budgetPerYearSek: z.number(),
    governance: Text,
    followUp: Text,
    termStart: Instant,
    termEnd: Instant,
    noticeMonths: z.number().int(),
    amendmentClause: LocalizedTextView,
    disputeClause: LocalizedTextView,
    diarienummer: Text,
    signatures: z.record(Text, z.strictObject({ signedBy: Text, at: Instant })),
    activeSince: Instant.optional(),
  })
  .meta({ id: 'IopAgreement' });

export const ReviewView = z.strictObject({
  number: z.number().int(),
  final: z.boolean(),
  openedAt: Instant,
  dueAt: Instant.optional(),
  overdueAt: Instant.optional(),
  closedAt: Instant.optional(),
  reports: z.array(
    z.strictObject({
      activities: Text,
      reach: z.number(),
      outcomes: Text,
      moneyUsedSek: z.number(),
      inKindUsedSek: z.number(),
      submittedBy: Text,
      orgId: Text,
      at: Instant,
    }),
  ),
  decision: z
    .strictObject({ decision: z.enum(['continue', 'revise', 'terminate', 'renew', 'close']), motivation: Text, decidedBy: Text, at: Instant })
    .optional(),
});

const DeadlineView = z.strictObject({ dueAt: Instant, remindedAt: Instant.optional(), escalatedAt: Instant.optional() });
const WaitKind = z.enum(['invitations', 'consensus', 'decision', 'signatures', 'review']);

export const FlagsView = z.strictObject({
  stalled: Instant.optional(),
  overdue: Instant.optional(),
  invitationsLapsed: Instant.optional(),
  needsAttention: z.strictObject({ at: Instant, error: Text }).optional(),
});

/** What every reader of one case sees: the case, its plain-language status, its version and what the caller may do next. */
export const IopCaseView = z
  .strictObject({
    id: Text,
    reference: Text,
    title: Text,
    stage: IopStageView,
    publicBody: Text.optional().describe('The region or municipality the case belongs to (that of its healthcare unit)'),
    status: StatusView,
    version: z.number().int().describe('Send it back as expectedVersion with the next action'),
    allowedActions: z.array(IopActionTypeView).describe('The actions the caller may take now (the API still judges each one)'),
    createdAt: Instant,
    updatedAt: Instant,
    parties: z.array(PartyView),
    precheck: z.array(PrecheckResultView),
    draft: DraftView,
    draftHistory: z.array(DraftView).describe('The newest earlier versions; all of them at /drafts'),
    draftHistoryCount: z.number().int(),
    consents: z.record(Text, z.number().int()).describe('orgId → the draft version it consented to'),
    meetings: z.array(MeetingView).describe('The newest meetings; all of them at /meetings'),
    meetingCount: z.number().int(),
    consultation: ConsultationView.optional(),
    approvalRequestedAt: Instant.optional(),
    decisions: z.array(DecisionView),
    agreement: AgreementView.optional().describe('The latest generated agreement (perhaps an amendment still being signed)'),
    agreementInForce: AgreementView.optional(),
    amending: z.boolean(),
    reviews: z.array(ReviewView),
    reviewsScheduledAt: Instant.optional(),
    termEndScheduledAt: Instant.optional(),
    endsAt: Instant.optional(),
    ending: z.enum(['terminate', 'close', 'renew']).optional(),
    endReason: Text.optional(),
    deadlines: z.partialRecord(WaitKind, DeadlineView),
    flags: FlagsView,
    renews: Text.optional(),
    renewedBy: Text.optional(),
    stateAid: z.array(StateAidPositionView).optional().describe("Each civil party's state aid across its cases, while the case is in dialogue or approval"),
  })
  .meta({ id: 'IopCase' });
export type IopCaseView = z.infer<typeof IopCaseView>;

/** One line of a case list. */
export const IopCaseSummaryView = z
  .strictObject({
    id: Text,
    reference: Text,
    title: Text,
    stage: IopStageView,
    status: StatusView,
    version: z.number().int(),
    parties: z.array(z.strictObject({ orgId: Text, name: Text, side: Side, invitation: PartyView.shape.invitation })),
    createdAt: Instant,
    updatedAt: Instant,
    approvalRequestedAt: Instant.optional(),
    deadlines: z.partialRecord(WaitKind, DeadlineView),
    flags: FlagsView,
  })
  .meta({ id: 'IopCaseSummary' });
export type IopCaseSummaryView = z.infer<typeof IopCaseSummaryView>;

export const IopCaseListView = z.strictObject({ items: z.array(IopCaseSummaryView), more: z.boolean() });

const Next = z.number().int().optional().describe('Pass it as `after` for the next page; absent on the last page');
export const TimelinePageView = z.strictObject({ items: z.array(TimelineEntryView), next: Next });
export const MeetingPageView = z.strictObject({ items: z.array(MeetingView), total: z.number().int(), next: Next });
export const DraftPageView = z.strictObject({ items: z.array(DraftView), total: z.number().int(), next: Next });

/** One agreement in force in the public register: organisations and money, no people. */
export const RegisterEntryView = AgreementView.pick({
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
})
  .extend({ reference: Text, endsAt: Instant.optional(), renews: Text.optional() })
  .meta({ id: 'IopRegisterEntry' });
export const PublicRegisterView = z.strictObject({
  agreements: z.array(RegisterEntryView),
  more: z.boolean().describe('True when the register holds more agreements than one answer lists'),
});
export type TimelinePage = z.infer<typeof TimelinePageView>;
export type MeetingPage = z.infer<typeof MeetingPageView>;
export type DraftPage = z.infer<typeof DraftPageView>;
export type RegisterEntry = z.infer<typeof RegisterEntryView>;
