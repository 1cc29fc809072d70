import type { Actor } from '../../../platform/auth/actor.js';
import { ForbiddenError } from '../../../platform/errors/domain-errors.js';
import type { IopCase, WaitOutput } from '../case-model.js';
import { waitKindOf } from '../case-model.js';
import type { IopEffect } from '../iop-effect.js';
import { actingParty } from '../permissions.js';

/** What every action reducer shares: the acting party, the heartbeat of a human step, ending a stage's wait. */
export const mustParty = (state: IopCase, actor: Actor) => {
  const party = actingParty(state, actor);
  if (!party) {
    throw new ForbiddenError({
      sv: `Er organisation är inte part i ärende ${state.reference}.`,
      en: `${actor.org} is not a party to case ${state.reference}.`,
    });
  }
  return party;
};

export const heartbeat = (state: IopCase): IopEffect[] => {
  const waitKind = waitKindOf(state.stage);
  return waitKind ? [{ type: 'heartbeat', waitKind }] : [];
};

/** Ends the current stage's wait with an outcome: stored (a late-starting wait answers itself) and sent. */
export function complete(state: IopCase, output: WaitOutput): { state: IopCase; effect: IopEffect } {
  const waitKind = waitKindOf(state.stage);
  if (!waitKind) throw new Error(`Stage ${state.stage} has no wait`);
  return { state: { ...state, outcomes: { ...state.outcomes, [waitKind]: output } }, effect: { type: 'complete-wait', waitKind, output } };
}
