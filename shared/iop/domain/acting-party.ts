import type { Actor, Role } from '../../platform/auth/actor.js';
import { hasLeft, type IopCase, type IopParty, type PartySide } from './case-model.js';

/**
 * A party acts through the role of its side: the healthcare unit through
 * `healthcare` staff of that unit, an idéburen organisation through `civil`
 * users of that organisation.
 */
export const RoleOfSide = { public: 'healthcare', civil: 'civil' } as const satisfies Record<PartySide, Role>;

/** The party the actor speaks for, if they speak for one (role must match the party's side). */
export function actingParty(state: IopCase, actor: Actor): IopParty | undefined {
  return state.parties.find((p) => p.orgId === actor.org && !hasLeft(p) && RoleOfSide[p.side] === actor.role);
}
