import { CaseStages } from '../../platform/timeline/case-stages.js';
import type { LocalizedText } from '../../platform/timeline/timeline-entry.js';
import type { Contribution, IdeburenCriteria, LegalChecklist } from './schemas.js';
import type { PrecheckResult } from './precheck.js';
import type { Principle } from './principles.js';

/**
 * The IOP case as stored (the system of record is the case item in DynamoDB;
 * every execution reads it from there). Internal stages are not what readers
 * see: status.ts turns them into plain language.
 */
export const IopStages = {
  ...CaseStages,
  closed: 'closed',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
} as const;
export type IopStage = (typeof IopStages)[keyof typeof IopStages];
export const TerminalStages: readonly IopStage[] = ['closed', 'rejected', 'withdrawn'];
/** Stages that run as one execution each; their state machine is iop-<stage>. */
export type WorkflowStage = 'initiation' | 'dialogue' | 'approval' | 'agreement' | 'review';

/** The callback each stage's execution waits on; the API completes it. */
export const WaitKinds = {
  initiation: 'invitations',
  dialogue: 'consensus',
  approval: 'decision',
  agreement: 'signatures',
  review: 'review',
} as const satisfies Record<WorkflowStage, string>;
export type WaitKind = (typeof WaitKinds)[WorkflowStage];

export type PartySide = 'public' | 'civil';
/** `withdrawn`: the party took part and left before signing, while the case went on without it. */
export type InvitationState = 'initiator' | 'pending' | 'accepted' | 'declined' | 'lapsed' | 'withdrawn';

export interface IopParty {
  readonly orgId: string;
  readonly name: string;
  readonly side: PartySide;
  readonly criteria?: IdeburenCriteria;
  readonly invitation: InvitationState;
  readonly answeredAt?: string;
  /** When it withdrew from a case that went on without it. */
  readonly leftAt?: string;
}

/** The party declined its invitation or withdrew later: it is no longer in the case. */
export const hasLeft = (p: Pick<IopParty, 'invitation'>): boolean => p.invitation === 'declined' || p.invitation === 'withdrawn';

export interface IopDraft {
  readonly version: number;
  readonly purpose: string;
  readonly targetGroup: string;
  readonly activities: readonly string[];
  readonly contributions: Readonly<Record<string, Contribution>>;
  readonly budgetPerYearSek: number;
  readonly plannedStart: string;
  readonly durationMonths: number;
  readonly governance: string;
  readonly followUp: string;
  readonly noticeMonths: number;
  readonly authoredBy: string;
  readonly at: string;
  readonly summary?: string;
}

export interface IopMeeting {
  readonly number: number;
  readonly date: string;
  readonly participants: readonly string[];
  readonly notes: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export interface IopConsultation {
  readonly question: string;
  readonly deadline: string;
  readonly responders: readonly { readonly orgId: string; readonly name: string }[];
  /** `jointWith`: other invited organisations that stand behind the same answer. */
  readonly responses: readonly { readonly orgId: string; readonly response: string; readonly at: string; readonly jointWith?: readonly string[] }[];
  readonly startedAt: string;
  readonly extensions?: readonly {
    readonly previousDeadline: string;
    readonly deadline: string;
    readonly reason?: string;
    readonly by: string;
    readonly at: string;
  }[];
  readonly closed?: ConsultationClosing;
  /** How the unit handled the answers, recorded after the round closed. */
  readonly handling?: { readonly text: string; readonly by: string; readonly at: string };
}

/** The round closed: when and how, and who answered and who did not (org ids). */
export interface ConsultationClosing {
  readonly at: string;
  readonly how: 'deadline' | 'all-answered' | 'early';
  readonly reason?: string;
  readonly answered: readonly string[];
  readonly unanswered: readonly string[];
}

export interface IopDecision {
  readonly decision: 'approve' | 'reject' | 'return';
  readonly motivation: string;
  readonly diarienummer: string;
  readonly checklist?: LegalChecklist;
  readonly decidedBy: string;
  readonly at: string;
}

export interface IopAgreement {
  readonly version: number;
  readonly basedOnDraftVersion: number;
  readonly title: string;
  readonly parties: readonly { readonly orgId: string; readonly name: string; readonly side: PartySide }[];
  readonly purpose: string;
  readonly targetGroup: string;
  readonly activities: readonly string[];
  readonly contributions: Readonly<Record<string, Contribution>>;
  readonly budgetPerYearSek: number;
  readonly governance: string;
  readonly followUp: string;
  readonly termStart: string;
  readonly termEnd: string;
  readonly noticeMonths: number;
  readonly amendmentClause: LocalizedText;
  readonly disputeClause: LocalizedText;
  readonly diarienummer: string;
  readonly signatures: Readonly<Record<string, { readonly signedBy: string; readonly at: string }>>;
  readonly activeSince?: string;
}

export type ReviewOutcome = 'continue' | 'revise' | 'terminate' | 'renew' | 'close';
/** What a party may say at a review: the outcome it wants, or that it takes no position (abstain), with its reason. */
export type ReviewStance = ReviewOutcome | 'abstain';
export interface ReviewPosition {
  readonly orgId: string;
  readonly position: ReviewStance;
  readonly statement: string;
  readonly by: string;
  readonly at: string;
}

export interface IopReviewReport {
  readonly activities: string;
  readonly reach: number;
  readonly outcomes: string;
  readonly moneyUsedSek: number;
  readonly inKindUsedSek: number;
  readonly submittedBy: string;
  readonly orgId: string;
  readonly at: string;
}

/**
 * One review period. It opens when its schedule fires (openedAt, always on
 * time) and stays open until the parties decide on it or the agreement ends
 * (closedAt); several may be open at once, and they are handled oldest first.
 */
export interface IopReview {
  readonly number: number;
  readonly final: boolean;
  readonly openedAt: string;
  /** When the organisations' reports are due; absent while the review waits for an amendment to finish. */
  readonly dueAt?: string;
  /** When it was flagged overdue and escalated (its due date passed, or the next review fell due first). */
  readonly overdueAt?: string;
  /** When it stopped being open: decided, or ended with the agreement. */
  readonly closedAt?: string;
  readonly reports: readonly IopReviewReport[];
  /** Each party's position before the decision, and the parties' joint reflection on the six principles. */
  readonly positions?: readonly ReviewPosition[];
  readonly reflection?: { readonly principles: Readonly<Record<Principle, string>>; readonly orgId: string; readonly by: string; readonly at: string };
  readonly decision?: {
    readonly decision: 'continue' | 'revise' | 'terminate' | 'renew' | 'close';
    readonly motivation: string;
    readonly decidedBy: string;
    readonly at: string;
  };
}

export interface Deadline {
  readonly dueAt: string;
  readonly remindedAt?: string;
  readonly escalatedAt?: string;
}

/** The output a stage's callback receives (the workflow's Choice gates read `outcome`). */
export interface WaitOutput {
  readonly outcome: string;
  readonly endsAt?: string;
  readonly [key: string]: unknown;
}

export interface IopCase {
  readonly kind: 'iop';
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly stage: IopStage;
  /** The public body (region or municipality) of the healthcare unit: its approvers decide, its administrators support. */
  readonly publicBody?: string;
  readonly createdAt: string;
  readonly createdBy: { readonly sub: string; readonly org: string };
  readonly updatedAt: string;
  readonly parties: readonly IopParty[];
  readonly precheck: readonly PrecheckResult[];
  readonly draft: IopDraft;
  readonly draftHistory: readonly IopDraft[];
  /** orgId → the draft version it consented to; a new version clears it. */
  readonly consents: Readonly<Record<string, number>>;
  readonly meetings: readonly IopMeeting[];
  readonly consultation?: IopConsultation;
  readonly approvalRequestedAt?: string;
  readonly decisions: readonly IopDecision[];
  /** The latest generated agreement (perhaps an amendment still being signed). */
  readonly agreement?: IopAgreement;
  /** The agreement every party signed, while it is in force. */
  readonly agreementInForce?: IopAgreement;
  /** Signed versions an amendment replaced, oldest first: the documents of earlier versions stay readable. */
  readonly agreementHistory?: readonly IopAgreement[];
  /** True while a revision decided at a review is in dialogue/approval/signing. */
  readonly amending: boolean;
  readonly reviews: readonly IopReview[];
  readonly reviewsScheduledAt?: string;
  /** When the schedule that ends the agreement at its term end was made. */
  readonly termEndScheduledAt?: string;
  /** When a terminated, closed or renewed agreement stops being in force. */
  readonly endsAt?: string;
  readonly ending?: 'terminate' | 'close' | 'renew';
  readonly deadlines: Partial<Record<WaitKind, Deadline>>;
  readonly flags: {
    readonly stalled?: string;
    readonly overdue?: string;
    readonly invitationsLapsed?: string;
    readonly needsAttention?: { readonly at: string; readonly error: string };
  };
  /** How many executions each stage has had; the execution name is <id>-<stage>-<n>. */
  readonly stageRuns: Partial<Record<WorkflowStage, number>>;
  /** The last output given to each stage's callback, so a late-starting wait can answer itself. */
  readonly outcomes: Partial<Record<WaitKind, WaitOutput>>;
  readonly endReason?: string;
  /** Renewal lineage: the case this one renews, and the case that renews it. */
  readonly renews?: string;
  readonly renewedBy?: string;
  readonly generation: number;
}

/** What a case records as it runs, empty: a new case and a renewal both start from nothing of it. */
export type CaseRecords = Pick<
  IopCase,
  'draftHistory' | 'consents' | 'meetings' | 'decisions' | 'amending' | 'reviews' | 'deadlines' | 'flags' | 'stageRuns' | 'outcomes'
>;

/** Fresh objects on each call, so no two cases share a record. */
export function emptyCaseRecords(): CaseRecords {
  return {
    draftHistory: [],
    consents: {},
    meetings: [],
    decisions: [],
    amending: false,
    reviews: [],
    deadlines: {},
    flags: {},
    stageRuns: {},
    outcomes: {},
  };
}

export function isTerminal(stage: IopStage): boolean {
  return TerminalStages.includes(stage);
}

export function waitKindOf(stage: IopStage): WaitKind | undefined {
  return stage in WaitKinds ? WaitKinds[stage as WorkflowStage] : undefined;
}

export function executionName(caseId: string, stage: WorkflowStage, n: number): string {
  return `${caseId}-${stage}-${n}`;
}

export function partyOf(state: IopCase, orgId: string): IopParty | undefined {
  return state.parties.find((p) => p.orgId === orgId && !hasLeft(p));
}

/** Parties still in the case (a counterparty that declined or withdrew has left it). */
export function activeParties(state: IopCase): readonly IopParty[] {
  return state.parties.filter((p) => !hasLeft(p));
}

/** Every party still in the case has consented to the current draft version. */
export function everyPartyConsented(state: IopCase): boolean {
  return activeParties(state).every((p) => state.consents[p.orgId] === state.draft.version);
}

/** A review neither decided nor closed by the end of the agreement. */
export function isOpenReview(review: IopReview): boolean {
  return review.decision === undefined && review.closedAt === undefined;
}

/** The open reviews, oldest first: reports and decisions go to the first. */
export function openReviews(state: Pick<IopCase, 'reviews'>): readonly IopReview[] {
  return state.reviews.filter(isOpenReview).sort((a, b) => a.number - b.number);
}

/** The case with one review replaced (by number). */
export function withReview(state: IopCase, review: IopReview): IopCase {
  return { ...state, reviews: state.reviews.map((r) => (r.number === review.number ? review : r)) };
}

/** "Uppföljning 2", "Slutuppföljningen", "Uppföljning 1 och 2": how texts name reviews. */
function joinSv(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}
function joinEn(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
export function reviewNamesSv(reviews: readonly Pick<IopReview, 'number' | 'final'>[]): string {
  if (reviews.length === 1) return reviews[0]!.final ? 'Slutuppföljningen' : `Uppföljning ${reviews[0]!.number}`;
  return `Uppföljning ${joinSv(reviews.map((r) => (r.final ? `${r.number} (slutuppföljningen)` : String(r.number))))}`;
}
export function reviewNamesEn(reviews: readonly Pick<IopReview, 'number' | 'final'>[]): string {
  if (reviews.length === 1) return reviews[0]!.final ? 'The final review' : `Review ${reviews[0]!.number}`;
  return `Reviews ${joinEn(reviews.map((r) => (r.final ? `${r.number} (the final review)` : String(r.number))))}`;
}

/** The latest agreement still lacks a signature (compared by version: states travel through JSON). */
export function awaitingSignatures(state: IopCase): boolean {
  const a = state.agreement;
  if (!a) return false;
  return a.version !== state.agreementInForce?.version && a.parties.some((p) => a.signatures[p.orgId] === undefined);
}
