import type { Actor } from '../../platform/auth/actor.js';
import { actingParty } from './acting-party.js';
import { everyPartyConsented, type IopCase, type IopParty, type IopStage, openReviews } from './case-model.js';
import type { IopActionType } from './schemas.js';
import { hasFailures } from './precheck.js';
import { reportsMissing, unheardParties } from './review-hearing.js';

/** Who an action belongs to. */
export type ActionActor = 'party' | 'public-party' | 'civil-party' | 'approver' | 'responder';

interface ActionRule {
  /** The stages it fits; anything else is a conflict naming the stage. */
  readonly stages: readonly IopStage[];
  readonly who: ActionActor;
  /**
   * Whether it is worth offering now (the case is not already past it). The
   * reducer still judges every action; this keeps buttons that cannot work off screen.
   */
  readonly offered?: (state: IopCase, actor: Actor, party: IopParty | undefined, now: Date) => boolean;
}

const hasResponded = (state: IopCase, actor: Actor): boolean =>
  state.consultation?.responses.some((r) => r.orgId === actor.org || r.jointWith?.includes(actor.org)) ?? false;
/** Open: not closed and its deadline not passed (iop-consultation records the closing at the deadline). */
const roundOpen = (s: IopCase, now: Date): boolean =>
  s.consultation !== undefined && s.consultation.closed === undefined && Date.parse(s.consultation.deadline) > now.getTime();
const roundClosed = (s: IopCase, now: Date): boolean => s.consultation !== undefined && !roundOpen(s, now);
const firstOpenReview = (state: IopCase) => openReviews(state)[0];

/**
 * The IOP actions: which stages each fits and who may take it. The reducer,
 * the permission check and every case view's `allowedActions` read this one table.
 */
export const IopActions = {
  'accept-invitation': { stages: ['initiation'], who: 'party', offered: (_s, _a, party) => party?.invitation === 'pending' },
  'decline-invitation': { stages: ['initiation'], who: 'party', offered: (_s, _a, party) => party?.invitation === 'pending' },
  'record-meeting': { stages: ['dialogue'], who: 'party' },
  'revise-draft': { stages: ['dialogue'], who: 'party' },
  consent: { stages: ['dialogue'], who: 'party', offered: (s, _a, party) => party !== undefined && s.consents[party.orgId] !== s.draft.version },
  'start-consultation': { stages: ['dialogue'], who: 'party', offered: (s, _a, _p, now) => !roundOpen(s, now) },
  'respond-consultation': { stages: ['dialogue'], who: 'responder', offered: (s, a, _p, now) => roundOpen(s, now) && !hasResponded(s, a) },
  'extend-consultation': { stages: ['dialogue'], who: 'party', offered: (s, _a, _p, now) => roundOpen(s, now) },
  'record-consultation-handling': {
    stages: ['dialogue'],
    who: 'public-party',
    offered: (s, _a, _p, now) => roundClosed(s, now) && s.consultation?.handling === undefined,
  },
  // Offered when every party consented and the pre-check passed; with a round still open it closes it early, with a reason.
  'request-decision': { stages: ['dialogue'], who: 'public-party', offered: (s) => everyPartyConsented(s) && !hasFailures(s.precheck) },
  decide: { stages: ['approval'], who: 'approver' },
  sign: { stages: ['agreement'], who: 'party', offered: (s, _a, party) => party !== undefined && s.agreement?.signatures[party.orgId] === undefined },
  'submit-review-report': {
    stages: ['review'],
    who: 'civil-party',
    offered: (s, _a, party) => {
      const open = firstOpenReview(s);
      return open !== undefined && !open.reports.some((r) => r.orgId === party?.orgId);
    },
  },
  'record-review-position': {
    stages: ['review'],
    who: 'party',
    offered: (s, _a, party) => {
      const open = firstOpenReview(s);
      return open !== undefined && !open.positions?.some((p) => p.orgId === party?.orgId);
    },
  },
  'record-review-reflection': {
    stages: ['review'],
    who: 'party',
    offered: (s) => firstOpenReview(s) !== undefined && firstOpenReview(s)?.reflection === undefined,
  },
  // Offered once the reports are in and every party was heard (stated its position or recorded that it takes none).
  'review-decision': {
    stages: ['review'],
    who: 'public-party',
    offered: (s) => {
      const open = firstOpenReview(s);
      return open !== undefined && unheardParties(s, open).length === 0 && reportsMissing(s, open).length === 0;
    },
  },
  withdraw: { stages: ['initiation', 'dialogue', 'approval', 'agreement'], who: 'party', offered: (s) => s.agreementInForce === undefined },
  'give-notice': {
    stages: ['dialogue', 'approval', 'agreement', 'review'],
    who: 'party',
    offered: (s) => s.agreementInForce !== undefined && s.ending === undefined,
  },
} as const satisfies Record<IopActionType, ActionRule>;

export function fitsStage(type: IopActionType, stage: IopStage): boolean {
  return (IopActions[type].stages as readonly IopStage[]).includes(stage);
}

/** Approvers and administrators act only within the public body the case belongs to. */
export function withinPublicBody(state: IopCase, actor: Actor): boolean {
  return state.publicBody !== undefined && actor.publicBody === state.publicBody;
}

/** Whether the actor is the kind of actor the action belongs to, on this case. */
export function isAllowed(type: IopActionType, state: IopCase, actor: Actor): boolean {
  switch (IopActions[type].who) {
    case 'party':
      return actingParty(state, actor) !== undefined;
    case 'public-party':
      return actingParty(state, actor)?.side === 'public';
    case 'civil-party':
      return actingParty(state, actor)?.side === 'civil';
    case 'approver':
      return actor.role === 'approver' && withinPublicBody(state, actor);
    case 'responder':
      return (actor.role === 'civil' || actor.role === 'healthcare') && (state.consultation?.responders.some((r) => r.orgId === actor.org) ?? false);
  }
}

/** The actions the actor may take on the case now, in the table's order. */
/** `now` decides what is still open (a consultation round past its deadline is not). */
export function allowedActions(state: IopCase, actor: Actor, now: Date = new Date()): IopActionType[] {
  const party = actingParty(state, actor);
  return (Object.keys(IopActions) as IopActionType[]).filter((type) => {
    const rule: ActionRule = IopActions[type];
    return fitsStage(type, state.stage) && isAllowed(type, state, actor) && (rule.offered?.(state, actor, party, now) ?? true);
  });
}
