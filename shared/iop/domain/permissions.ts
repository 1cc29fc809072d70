import type { Actor } from '../../platform/auth/actor.js';
import { ForbiddenError } from '../../platform/errors/domain-errors.js';
import { isAllowed, withinPublicBody } from './actions.js';
import type { IopCase } from './case-model.js';
import type { InitiateIopCaseInput, IopActionType } from './schemas.js';

/**
 * Who may do what on an IOP case. Which kind of actor an action belongs to is
 * in the action table (actions.ts); this answers for reading and initiating,
 * and turns a refusal into a domain error. The decision-maker (`approver`)
 * decides for the region; `admin` reads for support; `procurement` has no part in IOP cases.
 */
export { RoleOfSide, actingParty } from './acting-party.js';
export { isAllowed, withinPublicBody } from './actions.js';

export function authorise(type: IopActionType, state: IopCase, actor: Actor): void {
  if (!isAllowed(type, state, actor)) {
    throw new ForbiddenError({
      sv: `Du får inte göra det här steget i ärende ${state.reference}.`,
      en: `A ${actor.role} user of ${actor.org} may not "${type}" on case ${state.reference}.`,
    });
  }
}

/**
 * Non-public case data: parties, consultation responders, and within the case's public body its decision-maker
 * (once a decision was asked for) and its administrators.
 */
export function canRead(state: IopCase, actor: Actor): boolean {
  if (actor.role === 'admin') return withinPublicBody(state, actor);
  if (actor.role === 'approver') return withinPublicBody(state, actor) && state.approvalRequestedAt !== undefined;
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
