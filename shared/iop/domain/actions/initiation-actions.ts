import type { Actor } from '../../../platform/auth/actor.js';
import { ConflictError, ExpiredError } from '../../../platform/errors/domain-errors.js';
import type { TimelineEntry } from '../../../platform/timeline/timeline-entry.js';
import type { IopCase, IopParty } from '../case-model.js';
import { activeParties } from '../case-model.js';
import type { IopConfig } from '../config.js';
import type { IopEffect } from '../iop-effect.js';
import type { IopTransition } from '../transition.js';
import { enterStage, stageChanged, timelineEntry } from '../transition.js';
import { complete, mustParty } from './action-helpers.js';
import { precheckOf } from '../initiate.js';

/** Stage 1: the invited parties accept or decline. */
export function answerInvitation(state: IopCase, accept: boolean, reason: string | undefined, actor: Actor, now: Date, config: IopConfig): IopTransition {
  const party = mustParty(state, actor);
  if (party.invitation === 'lapsed') {
    throw new ExpiredError({
      sv: `Inbjudan till ${party.name} gick ut när svarstiden passerade.`,
      en: `The invitation to ${party.name} lapsed when its deadline passed.`,
    });
  }
  if (party.invitation !== 'pending') {
    throw new ConflictError(
      { sv: `${party.name} har ingen öppen inbjudan att svara på.`, en: `${party.name} has no open invitation (it is "${party.invitation}").` },
      { stage: state.stage },
    );
  }
  const answered: IopParty = { ...party, invitation: accept ? 'accepted' : 'declined', answeredAt: now.toISOString() };
  let next: IopCase = { ...state, parties: state.parties.map((p) => (p.orgId === party.orgId ? answered : p)) };
  const timeline: TimelineEntry[] = [
    timelineEntry(
      accept ? 'invitation-accepted' : 'invitation-declined',
      actor,
      now,
      accept
        ? { sv: `${party.name} har tackat ja till att delta.`, en: `${party.name} has accepted the invitation.` }
        : {
            sv: `${party.name} har tackat nej till att delta.${reason ? ` Skäl: ${reason}` : ''}`,
            en: `${party.name} has declined the invitation.${reason ? ` Reason: ${reason}` : ''}`,
          },
      true,
      { orgId: party.orgId },
    ),
  ];
  const effects: IopEffect[] = [];
  const remaining = activeParties(next);
  const caseEnds = !accept && (party.side === 'public' || !remaining.some((p) => p.side === 'civil'));
  if (caseEnds) {
    const done = complete(next, { outcome: 'declined' });
    next = { ...done.state, stage: 'withdrawn', endReason: 'declined' };
    timeline.push(stageChanged(actor, now, state.stage, 'withdrawn'));
    effects.push(done.effect, { type: 'cancel-schedules' });
    return { state: next, timeline, effects };
  }
  if (remaining.every((p) => p.invitation === 'initiator' || p.invitation === 'accepted')) {
    const done = complete(next, { outcome: 'accepted' });
    next = enterStage(done.state, 'dialogue', now, config);
    next = { ...next, precheck: precheckOf(next, config) };
    timeline.push(stageChanged(actor, now, state.stage, 'dialogue'));
    effects.push(done.effect);
    return { state: next, timeline, effects };
  }
  return { state: next, timeline, effects: [{ type: 'heartbeat', waitKind: 'invitations' }] };
}
