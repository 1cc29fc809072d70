import type { Actor, Role } from '../../platform/auth/actor.js';
import { ForbiddenError } from '../../platform/errors/domain-errors.js';
import type { IopCase, PartySide } from './case-model.js';
import type { InitiateIopCaseInput, IopActionType } from './schemas.js';

/**
 * Who may do what on an IOP case: the one place that answers it. Handlers and
 * the reducer ask here; nothing else compares roles.
 *
 * A party acts through the role of its side: the healthcare unit through
 * `healthcare` staff of that unit, an idéburen organisation through `civil`
 * users of that organisation. The decision-maker (`approver`) decides for the
 * region; `admin` reads for support; `procurement` has no part in IOP cases.
 */
export const RoleOfSide = { public: 'healthcare', civil: 'civil' } as const satisfies Record<PartySide, Role>;

/** Which kind of actor an action belongs to. */
export const ActionActors = {
  'accept-invitation': 'party',
  'decline-invitation': 'party',
  'record-meeting': 'party',
  'revise-draft': 'party',
  consent: 'party',
  'start-consultation': 'party',
  'respond-consultation': 'responder',
  'request-decision': 'public-party',
  decide: 'approver',
  sign: 'party',
  'submit-review-report': 'civil-party',
  'review-decision': 'public-party',
  withdraw: 'party',
} as const satisfies Record<IopActionType, 'party' | 'public-party' | 'civil-party' | 'approver' | 'responder'>;

/** The party the actor speaks for, if they speak for one (role must match the party's side). */
export function actingParty(state: IopCase, actor: Actor) {
  return state.parties.find((p) => p.orgId === actor.org && p.invitation !== 'declined' && RoleOfSide[p.side] === actor.role);
}

export function isAllowed(type: IopActionType, state: IopCase, actor: Actor): boolean {
  const who = ActionActors[type];
  switch (who) {
    case 'party':
      return actingParty(state, actor) !== undefined;
    case 'public-party':
      return actingParty(state, actor)?.side === 'public';
    case 'civil-party':
      return actingParty(state, actor)?.side === 'civil';
    case 'approver':
      return actor.role === 'approver';
    case 'responder':
      return (actor.role === 'civil' || actor.role === 'healthcare') && (state.consultation?.responders.some((r) => r.orgId === actor.org) ?? false);
  }
}

export function authorise(type: IopActionType, state: IopCase, actor: Actor): void {
  if (!isAllowed(type, state, actor)) {
    throw new ForbiddenError(`A ${actor.role} user of ${actor.org} may not "${type}" on case ${state.reference}.`);
  }
}

/** Non-public case data: parties, consultation responders, the decision-maker once a decision was asked for, admins. */
export function canRead(state: IopCase, actor: Actor): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'approver') return state.approvalRequestedAt !== undefined;
  if (actor.role !== 'healthcare' && actor.role !== 'civil') return false;
  if (state.parties.some((p) => p.orgId === actor.org)) return true;
  return state.consultation?.responders.some((r) => r.orgId === actor.org) ?? false;
}

/** Either side may take the initiative, but only for its own organisation. */
export function canInitiate(input: Pick<InitiateIopCaseInput, 'healthcareUnit' | 'civilParties'>, actor: Actor): boolean {
  if (actor.role === 'healthcare') return input.healthcareUnit.orgId === actor.org;
  if (actor.role === 'civil') return input.civilParties.some((p) => p.orgId === actor.org);
  return false;
}
