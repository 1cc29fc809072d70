import type { Actor } from '../../../platform/auth/actor.js';
import { ConflictError } from '../../../platform/errors/domain-errors.js';
import type { IopCase, ReviewOutcome, ReviewStance } from '../case-model.js';
import { withReview } from '../case-model.js';
import { PrincipleNames, Principles } from '../principles.js';
import type { ActionOf } from '../schemas.js';
import type { IopTransition } from '../transition.js';
import { timelineEntry } from '../transition.js';
import { heartbeat, mustParty } from './action-helpers.js';
import { currentReview } from './review-actions.js';

/**
 * Hearing the parties at a review: each records its position before the
 * decision, and together they reflect on the six principles.
 */
const PositionNames = {
  continue: { sv: 'fortsätta', en: 'continue' },
  revise: { sv: 'ändra överenskommelsen', en: 'amend the agreement' },
  terminate: { sv: 'säga upp överenskommelsen', en: 'terminate the agreement' },
  renew: { sv: 'förnya samarbetet', en: 'renew the partnership' },
  close: { sv: 'avsluta när avtalstiden går ut', en: 'close at the end of the term' },
} as const satisfies Record<ReviewOutcome, { sv: string; en: string }>;

function positionText(name: string, reviewNumber: number, position: ReviewStance, statement: string) {
  if (position === 'abstain') {
    return {
      sv: `${name} tar inte ställning vid uppföljning ${reviewNumber}: ${statement}`,
      en: `At review ${reviewNumber}, ${name} takes no position: ${statement}`,
    };
  }
  const words = PositionNames[position];
  return {
    sv: `${name} vill vid uppföljning ${reviewNumber} ${words.sv}: ${statement}`,
    en: `At review ${reviewNumber}, ${name} wants to ${words.en}: ${statement}`,
  };
}

export function recordReviewPosition(state: IopCase, action: ActionOf<'record-review-position'>, actor: Actor, now: Date): IopTransition {
  const party = mustParty(state, actor);
  const review = currentReview(state);
  if (review.positions?.some((p) => p.orgId === party.orgId)) {
    const text = {
      sv: `${party.name} har redan angett sin hållning vid den här uppföljningen.`,
      en: `${party.name} has already stated its position at this review.`,
    };
    throw new ConflictError(text.en, { stage: state.stage, text });
  }
  const position = { orgId: party.orgId, position: action.position, statement: action.statement, by: actor.sub, at: now.toISOString() };
  return {
    state: withReview(state, { ...review, positions: [...(review.positions ?? []), position] }),
    timeline: [
      timelineEntry('review-position', actor, now, positionText(party.name, review.number, action.position, action.statement), false, {
        reviewNumber: review.number,
        orgId: party.orgId,
        position: action.position,
      }),
    ],
    effects: heartbeat(state),
  };
}

export function recordReviewReflection(state: IopCase, action: ActionOf<'record-review-reflection'>, actor: Actor, now: Date): IopTransition {
  const party = mustParty(state, actor);
  const review = currentReview(state);
  if (review.reflection) {
    const text = { sv: 'Den gemensamma reflektionen för uppföljningen är redan sparad.', en: 'The joint reflection for this review is already recorded.' };
    throw new ConflictError(text.en, { stage: state.stage, text });
  }
  const lines = (lang: 'sv' | 'en') => Principles.map((p) => `${PrincipleNames[p][lang]}: ${action.principles[p]}`).join(' · ');
  return {
    state: withReview(state, { ...review, reflection: { principles: action.principles, orgId: party.orgId, by: actor.sub, at: now.toISOString() } }),
    timeline: [
      timelineEntry(
        'review-reflection',
        actor,
        now,
        {
          sv: `Parternas gemensamma reflektion över de sex principerna vid uppföljning ${review.number} (sparad av ${party.name}): ${lines('sv')}`,
          en: `The parties' joint reflection on the six principles at review ${review.number} (recorded by ${party.name}): ${lines('en')}`,
        },
        false,
        { reviewNumber: review.number },
      ),
    ],
    effects: heartbeat(state),
  };
}
