import {
  _default,
  array,
  boolean,
  discriminatedUnion,
  enum as zEnum,
  int,
  iso,
  literal,
  maxLength,
  maximum,
  minLength,
  minimum,
  optional,
  strictObject,
  string,
  type infer as Infer,
} from 'zod/mini';
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
export { isTerminalStage } from './terminal-stage.js';

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
export const StartMatchCaseSchema = strictObject({
  noticeId: string().check(minLength(1), maxLength(100)),
  lotId: _default(string().check(minLength(1), maxLength(20)), 'whole'),
  /** The bidder; a civil user may only name their own organisation. */
  orgId: string().check(minLength(1), maxLength(100)),
});
export type StartMatchCase = Infer<typeof StartMatchCaseSchema>;

const expectedVersion = optional(int().check(minimum(1)));
const text = string().check(minLength(1), maxLength(5000));

/** POST /procurement/matches/{id}/actions. */
export const MatchActionSchema = discriminatedUnion('type', [
  strictObject({ type: literal('accept-invitation'), expectedVersion }),
  strictObject({ type: literal('decline-invitation'), expectedVersion, reason: optional(text) }),
  strictObject({ type: literal('acknowledge'), expectedVersion }),
  strictObject({ type: literal('invite-tender-school'), expectedVersion, at: iso.datetime({ offset: true }) }),
  strictObject({
    type: literal('form-consortium'),
    expectedVersion,
    orgIds: array(string().check(minLength(1), maxLength(100))).check(minLength(1), maxLength(10)),
  }),
  strictObject({ type: literal('join-consortium'), expectedVersion }),
  strictObject({ type: literal('submit-tender'), expectedVersion }),
  strictObject({ type: literal('record-evaluation'), expectedVersion, note: text }),
  strictObject({
    type: literal('decide-award'),
    expectedVersion,
    outcome: zEnum(['awarded', 'not-awarded', 'cancelled']),
    sentElectronically: _default(boolean(), true),
  }),
  strictObject({ type: literal('file-appeal'), expectedVersion }),
  strictObject({ type: literal('record-court-decision'), expectedVersion, decidedAt: optional(iso.datetime({ offset: true })) }),
  strictObject({ type: literal('end-standstill'), expectedVersion }),
  strictObject({
    type: literal('conclude-contract'),
    expectedVersion,
    startDate: iso.date(),
    termMonths: int().check(minimum(1), maximum(120)),
    framework: _default(boolean(), false),
  }),
  strictObject({ type: literal('open-review'), expectedVersion }),
  strictObject({ type: literal('submit-follow-up'), expectedVersion, text, commitmentsMet: boolean() }),
  strictObject({ type: literal('review-decision'), expectedVersion, decision: zEnum(['continue', 'close']) }),
  strictObject({ type: literal('withdraw'), expectedVersion, reason: optional(text) }),
  strictObject({ type: literal('mark-needs-attention'), expectedVersion, reason: string().check(maxLength(2000)) }),
]);
export type MatchAction = Infer<typeof MatchActionSchema>;
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
