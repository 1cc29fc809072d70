import type { Actor } from '../../../platform/auth/actor.js';
import { ConflictError } from '../../../platform/errors/domain-errors.js';
import { contractHold } from './contract-rules.js';
import { MatchActions } from './match-case-actions.js';
import type { MatchAction, MatchActionType, MatchCase } from './match-case-model.js';
import { admit, DAY, done, MatchDeadlines, type MatchTransition, moveTo } from './match-transition.js';
import { swedishDate } from './standstill.js';

/**
 * The actions the case's workflow takes (staff may take the last to unstick
 * it): apart from the parties' actions in match-case-reducer.ts, so the
 * workflow's function carries only these and not every party's rules.
 */
export type SystemMatchAction = Extract<MatchAction, { type: SystemMatchActionType }>;
/** The action types whose row in the action table (match-case-actions.ts) says the workflow takes them. */
type SystemMatchActionType = { [T in MatchActionType]: (typeof MatchActions)[T]['who'] extends 'system' ? T : never }[MatchActionType];

export const isSystemMatchAction = (action: MatchAction): action is SystemMatchAction => MatchActions[action.type].who === 'system';

export function applySystemMatchAction(state: MatchCase, action: SystemMatchAction, actor: Actor, now: Date): MatchTransition {
  const { at, s, log } = admit(state, action.type, actor, now);
  switch (action.type) {
    case 'end-standstill': {
      const hold = contractHold(state, now);
      if (hold.held)
        throw new ConflictError(
          {
            sv: hold.until
              ? `Avtal får inte tecknas förrän ${swedishDate(new Date(hold.until))}.`
              : 'Avtal får inte tecknas förrän avtalsspärren är slut eller förvaltningsrätten har avgjort målet.',
            en: `The contract is on hold until ${hold.until ?? 'the court decides'}.`,
          },
          { stage: state.stage },
        );
      return moveTo(
        s,
        'agreement',
        actor,
        at,
        [log('standstill-ended', { sv: 'Avtalsspärren är slut. Avtal kan tecknas.', en: 'The standstill is over. The contract can be concluded.' })],
        [],
      );
    }
    case 'open-review': {
      if (!state.contract)
        throw new ConflictError({ sv: 'Det finns inget avtal att följa upp än.', en: 'No contract to follow up yet.' }, { stage: state.stage });
      const dueAt = new Date(now.getTime() + MatchDeadlines.followUpDays * DAY).toISOString();
      const review = { number: state.reviews.length + 1, openedAt: at, dueAt, report: null, decision: null };
      return moveTo(
        { ...s, reviews: [...state.reviews, review] },
        'review',
        actor,
        at,
        [
          log('review-opened', {
            sv: `Årlig uppföljning ${review.number} av de sociala åtagandena: rapportera senast ${dueAt.slice(0, 10)}.`,
            en: `Yearly follow-up ${review.number} of the social commitments: report by ${dueAt.slice(0, 10)}.`,
          }),
        ],
        [],
      );
    }
    case 'mark-needs-attention':
      return done(
        { ...s, needsAttention: { at, reason: action.reason } },
        [log('needs-attention', { sv: 'Ett steg har fastnat och behöver åtgärdas av handläggare.', en: 'A step is stuck and needs attention from staff.' })],
        [],
      );
  }
}
