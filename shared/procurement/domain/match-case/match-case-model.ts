import * as z from 'zod';
import { CaseStages } from '../../../platform/timeline/case-stages.js';
import type { Notice } from '../notice.js';
import type { PeriodEnd } from './standstill.js';

/** The five stages of every case, and where a match case can end. */
export const MatchStages = {
  ...CaseStages,
  closed: 'closed',
  withdrawn: 'withdrawn',
} as const;
export type MatchStage = (typeof MatchStages)[keyof typeof MatchStages];
export type WorkflowMatchStage = Exclude<MatchStage, 'closed' | 'withdrawn'>;
export const isTerminalStage = (s: MatchStage): boolean => s === 'closed' || s === 'withdrawn';

/** The human steps the match-case state machine waits on (its `waitKind`). */
export const MatchWaitKinds = {
  initiation: 'initiation',
  dialogue: 'dialogue',
  awardDecision: 'award-decision',
  contract: 'contract',
  followUp: 'follow-up',
} as const;
export type MatchWaitKind = (typeof MatchWaitKinds)[keyof typeof MatchWaitKinds];

export interface MatchCase {
  readonly id: string;
  readonly reference: string;
  readonly noticeId: string;
  readonly lotId: string;
  readonly noticeTitle: string;
  readonly buyerOrgId: string;
  /** The buyer's public body: its procurement staff, and nobody else's, act on the case. */
  readonly publicBody?: string;
  readonly bidderOrgId: string;
  /** The organisations the bidder named for a consortium. */
  readonly consortiumOrgIds: readonly string[];
  /** Those of them that accepted: only they read the case (naming an organisation gives it nothing without its consent). */
  readonly consortiumAccepted?: readonly string[];
  readonly initiatedBy: 'bidder' | 'procurement';
  readonly stage: MatchStage;
  readonly directAward: boolean;
  readonly reservation: Notice['reservation'];
  readonly reservedForIdeburna: boolean;
  readonly tenderDeadline: string;
  readonly tenderSchool: { readonly at: string } | null;
  readonly tenderSubmittedAt: string | null;
  readonly evaluation: { readonly at: string; readonly note: string } | null;
  readonly award: {
    readonly decidedAt: string;
    readonly outcome: 'awarded' | 'not-awarded' | 'cancelled';
    readonly sentElectronically: boolean;
    /** null for a direct award: no standstill. */
    readonly standstill: PeriodEnd | null;
  } | null;
  readonly appeal: { readonly filedAt: string; readonly courtDecidedAt: string | null; readonly holdUntil: PeriodEnd | null } | null;
  readonly contract: {
    readonly signedAt: string;
    readonly startDate: string;
    readonly endDate: string;
    readonly termMonths: number;
    readonly framework: boolean;
  } | null;
  readonly reviews: readonly {
    readonly number: number;
    readonly openedAt: string;
    readonly dueAt: string;
    readonly report: { readonly at: string; readonly text: string; readonly commitmentsMet: boolean } | null;
    readonly decision: 'continue' | 'close' | null;
  }[];
  readonly needsAttention: { readonly at: string; readonly reason: string } | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** POST /procurement/matches: a bidder pursues a match, or procurement staff invite a bidder. */
export const StartMatchCaseSchema = z.strictObject({
  noticeId: z.string().min(1).max(100),
  lotId: z.string().min(1).max(20).default('whole'),
  /** The bidder; a civil user may only name their own organisation. */
  orgId: z.string().min(1).max(100),
});
export type StartMatchCase = z.infer<typeof StartMatchCaseSchema>;

const expectedVersion = z.number().int().min(1).optional();
const text = z.string().min(1).max(5000);

/** POST /procurement/matches/{id}/actions. */
export const MatchActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('accept-invitation'), expectedVersion }),
  z.strictObject({ type: z.literal('decline-invitation'), expectedVersion, reason: text.optional() }),
  z.strictObject({ type: z.literal('acknowledge'), expectedVersion }),
  z.strictObject({ type: z.literal('invite-tender-school'), expectedVersion, at: z.iso.datetime({ offset: true }) }),
  z.strictObject({ type: z.literal('form-consortium'), expectedVersion, orgIds: z.array(z.string().min(1).max(100)).min(1).max(10) }),
  z.strictObject({ type: z.literal('join-consortium'), expectedVersion }),
  z.strictObject({ type: z.literal('submit-tender'), expectedVersion }),
  z.strictObject({ type: z.literal('record-evaluation'), expectedVersion, note: text }),
  z.strictObject({
    type: z.literal('decide-award'),
    expectedVersion,
    outcome: z.enum(['awarded', 'not-awarded', 'cancelled']),
    sentElectronically: z.boolean().default(true),
  }),
  z.strictObject({ type: z.literal('file-appeal'), expectedVersion }),
  z.strictObject({ type: z.literal('record-court-decision'), expectedVersion, decidedAt: z.iso.datetime({ offset: true }).optional() }),
  z.strictObject({ type: z.literal('end-standstill'), expectedVersion }),
  z.strictObject({
    type: z.literal('conclude-contract'),
    expectedVersion,
    startDate: z.iso.date(),
    termMonths: z.number().int().min(1).max(120),
    framework: z.boolean().default(false),
  }),
  z.strictObject({ type: z.literal('open-review'), expectedVersion }),
  z.strictObject({ type: z.literal('submit-follow-up'), expectedVersion, text, commitmentsMet: z.boolean() }),
  z.strictObject({ type: z.literal('review-decision'), expectedVersion, decision: z.enum(['continue', 'close']) }),
  z.strictObject({ type: z.literal('withdraw'), expectedVersion, reason: text.optional() }),
  z.strictObject({ type: z.literal('mark-needs-attention'), expectedVersion, reason: z.string().max(2000) }),
]);
export type MatchAction = z.infer<typeof MatchActionSchema>;
export type MatchActionType = MatchAction['type'];

/** What must happen outside the case item once a change is committed. */
export type MatchEffect =
  | { readonly type: 'start-workflow'; readonly workflow: 'match-case'; readonly executionName: string; readonly input: { readonly caseId: string } }
  | { readonly type: 'complete-wait'; readonly waitKind: MatchWaitKind; readonly output: Record<string, unknown> }
  | { readonly type: 'heartbeat'; readonly waitKind: MatchWaitKind }
  | { readonly type: 'schedule-reviews'; readonly at: readonly string[] }
  | { readonly type: 'cancel-schedules' };

/** Facts the reducer needs from outside the case (filled in by the handler). */
export interface MatchContext {
  /** Earlier contracts reserved under 19 kap. 25 § (for the 3-year repeat rule). */
  readonly priorReservedAwards?: readonly { readonly buyerOrgId: string; readonly bidderOrgId: string; readonly awardedAt: string }[];
}
