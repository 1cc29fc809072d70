import type { Actor } from '../../../platform/auth/actor.js';
import { ForbiddenError } from '../../../platform/errors/domain-errors.js';
import type { MatchActionType, MatchCase, MatchStage } from './match-case-model.js';
import { tendersMayBeOpened } from './tender-opening.js';

/** Who an action belongs to: the bidder, procurement staff, the workflow (or staff unsticking it), or either party. */
export type MatchActor = 'bidder' | 'procurement' | 'system' | 'either' | 'consortium-invitee';

interface MatchActionRule {
  /** The stages it fits; anything else is a conflict naming the stage. */
  readonly stages: readonly MatchStage[];
  readonly who: MatchActor;
  /**
   * Whether it is worth offering now (the case is not already past it). The
   * reducer still judges every action; this keeps buttons that cannot work off screen.
   */
  readonly offered?: (state: MatchCase, now: Date) => boolean;
}

const LiveStages: readonly MatchStage[] = ['initiation', 'dialogue', 'approval', 'agreement', 'review'];
const invited = (s: MatchCase) => s.initiatedBy === 'procurement';
const currentReview = (s: MatchCase) => s.reviews.at(-1);

/**
 * The match-case actions: which stages each fits and who may take it. The
 * reducer and every match case view's `allowedActions` read this one table.
 */
export const MatchActions = {
  'accept-invitation': { stages: ['initiation'], who: 'bidder', offered: invited },
  'decline-invitation': { stages: ['initiation'], who: 'bidder', offered: invited },
  acknowledge: { stages: ['initiation'], who: 'procurement', offered: (s) => !invited(s) },
  'invite-tender-school': { stages: ['dialogue'], who: 'procurement' },
  'form-consortium': { stages: ['dialogue'], who: 'bidder' },
  'join-consortium': { stages: ['dialogue', 'approval'], who: 'consortium-invitee' },
  'submit-tender': { stages: ['dialogue'], who: 'bidder', offered: (s, now) => now.getTime() <= Date.parse(s.tenderDeadline) },
  'record-evaluation': { stages: ['approval'], who: 'procurement', offered: (s, now) => s.evaluation === null && tendersMayBeOpened(s, now) },
  'decide-award': { stages: ['approval'], who: 'procurement', offered: (s, now) => s.award === null && tendersMayBeOpened(s, now) },
  'file-appeal': {
    stages: ['approval'],
    who: 'procurement',
    offered: (s) => s.award?.outcome === 'awarded' && s.award.standstill !== null && s.appeal === null,
  },
  'record-court-decision': { stages: ['approval'], who: 'procurement', offered: (s) => s.appeal !== null && s.appeal.courtDecidedAt === null },
  'end-standstill': { stages: ['approval'], who: 'system' },
  'conclude-contract': { stages: ['agreement'], who: 'procurement', offered: (s) => s.contract === null },
  'open-review': { stages: ['agreement'], who: 'system' },
  'submit-follow-up': { stages: ['review'], who: 'bidder', offered: (s) => currentReview(s)?.report === null },
  'review-decision': {
    stages: ['review'],
    who: 'procurement',
    offered: (s) => {
      const review = currentReview(s);
      return review !== undefined && review.report !== null && review.decision === null;
    },
  },
  withdraw: { stages: ['initiation', 'dialogue', 'approval'], who: 'either' },
  'mark-needs-attention': { stages: LiveStages, who: 'system' },
} as const satisfies Record<MatchActionType, MatchActionRule>;

export const MatchActionTypes = Object.keys(MatchActions) as MatchActionType[];

const isSystem = (a: Actor) => a.sub === 'system';
/** Procurement staff of the buyer's public body (or the workflow): staff of another body are outsiders here. */
const isProcurement = (a: Actor, s: MatchCase) => isSystem(a) || (a.role === 'procurement' && s.publicBody !== undefined && a.publicBody === s.publicBody);
const isBidder = (a: Actor, s: MatchCase) => a.role === 'civil' && a.org === s.bidderOrgId;

/** A civil organisation the bidder named for its consortium that has not accepted yet. */
export function isConsortiumInvitee(actor: Actor, s: MatchCase): boolean {
  return actor.role === 'civil' && s.consortiumOrgIds.includes(actor.org) && !(s.consortiumAccepted ?? []).includes(actor.org);
}

/** May this actor read the case at all (the bidder, consortium members that accepted, the buyer's procurement staff)? */
export function canSeeMatchCase(actor: Actor, s: MatchCase): boolean {
  return isProcurement(actor, s) || actor.org === s.bidderOrgId || (s.consortiumAccepted ?? []).includes(actor.org);
}

export function fitsStage(type: MatchActionType, stage: MatchStage): boolean {
  return (MatchActions[type].stages as readonly MatchStage[]).includes(stage);
}

/** Whether the actor is the kind of actor the action belongs to, on this case. */
export function isAllowed(type: MatchActionType, state: MatchCase, actor: Actor): boolean {
  switch (MatchActions[type].who) {
    case 'system':
      return isProcurement(actor, state);
    case 'procurement':
      return isProcurement(actor, state);
    case 'bidder':
      return isBidder(actor, state);
    case 'either':
      return isProcurement(actor, state) || isBidder(actor, state);
    case 'consortium-invitee':
      return isConsortiumInvitee(actor, state);
  }
}

const WhoNames: Readonly<Record<MatchActor, { sv: string; en: string }>> = {
  bidder: { sv: 'anbudsgivaren', en: 'the bidder' },
  procurement: { sv: 'upphandlaren', en: 'the procurement' },
  system: { sv: 'arbetsflödet', en: 'the workflow' },
  either: { sv: 'anbudsgivaren eller upphandlaren', en: 'the bidder or procurement staff' },
  'consortium-invitee': { sv: 'en organisation som föreslagits för konsortiet', en: 'an organisation named for the consortium' },
};

export function authorise(type: MatchActionType, state: MatchCase, actor: Actor): void {
  if (isAllowed(type, state, actor)) return;
  const who = WhoNames[MatchActions[type].who];
  throw new ForbiddenError({ sv: `Du får inte ta det här steget. Det gör ${who.sv}.`, en: `Only ${who.en} may ${type}.` });
}

/**
 * The actions the actor may take on the case now, in the table's order. The
 * workflow's own steps are left out: staff may take them to unstick a case, but they are no one's next step.
 */
export function allowedMatchActions(state: MatchCase, actor: Actor, now: Date): MatchActionType[] {
  return MatchActionTypes.filter((type) => {
    const rule: MatchActionRule = MatchActions[type];
    return rule.who !== 'system' && fitsStage(type, state.stage) && isAllowed(type, state, actor) && (rule.offered?.(state, now) ?? true);
  });
}
