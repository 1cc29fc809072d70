import type { Actor } from '../../platform/auth/actor.js';
import { ConflictError } from '../../platform/errors/domain-errors.js';
import type { IopCase } from './case-model.js';
import type { IopConfig } from './config.js';
import { IopActions, fitsStage } from './actions.js';
import { authorise } from './permissions.js';
import type { IopAction } from './schemas.js';
import type { IopTransition } from './transition.js';
import type { AidPeriod } from './state-aid/index.js';
import { answerInvitation } from './actions/initiation-actions.js';
import { consent, recordMeeting, requestDecision, reviseDraft } from './actions/dialogue-actions.js';
import {
  closeLapsedConsultation,
  extendConsultation,
  recordConsultationHandling,
  respondConsultation,
  startConsultation,
} from './actions/consultation-actions.js';
import { decide } from './actions/approval-actions.js';
import { sign } from './actions/agreement-actions.js';
import { giveNotice, withdraw } from './actions/leaving-actions.js';
import { reviewDecision, submitReviewReport } from './actions/review-actions.js';
import { recordReviewPosition, recordReviewReflection } from './actions/review-hearing-actions.js';
export { initiate, newCaseIds, precheckOf, type NewCaseIds } from './initiate.js';
export { renewalIdOf } from './actions/review-actions.js';
export { everyPartyConsented } from './case-model.js';

/**
 * The IOP process as a pure reducer: no I/O, no clock, no randomness except
 * the id of a new case (injectable). Every rule of the product lives here or in
 * the small modules it calls; handlers only parse, authorise, commit and run
 * the effects returned.
 */

/**
 * What a rule needs from outside the case, read by the handler before the
 * reducer runs: the aid the civil parties got from their other cases (the
 * approval gate sums state aid per organisation across cases).
 */
export interface ActionFacts {
  readonly aidElsewhere?: readonly AidPeriod[];
}

/** Authorised, then in a stage it fits (from the action table; anything else is a conflict naming the stage), then reduced. */
export function applyAction(state: IopCase, action: IopAction, actor: Actor, now: Date, config: IopConfig, facts: ActionFacts = {}): IopTransition {
  authorise(action.type, state, actor);
  if (!fitsStage(action.type, state.stage)) {
    const allowedStages = IopActions[action.type].stages;
    throw new ConflictError(
      {
        sv: `Det steget passar inte där ärende ${state.reference} är nu. Ladda om sidan och se vad som står i tur.`,
        en: `"${action.type}" does not fit case ${state.reference} in stage "${state.stage}".`,
      },
      { stage: state.stage, allowedStages },
    );
  }
  // A consultation whose deadline passed is closed first, so the action sees (and the timeline records) who answered.
  const lapsed = closeLapsedConsultation(state, now);
  const next = reduce(lapsed.state, action, actor, now, config, facts);
  return { ...next, timeline: [...lapsed.timeline, ...next.timeline], state: { ...next.state, updatedAt: now.toISOString() } };
}

function reduce(state: IopCase, action: IopAction, actor: Actor, now: Date, config: IopConfig, facts: ActionFacts): IopTransition {
  switch (action.type) {
    case 'accept-invitation':
      return answerInvitation(state, true, undefined, actor, now, config);
    case 'decline-invitation':
      return answerInvitation(state, false, action.reason, actor, now, config);
    case 'record-meeting':
      return recordMeeting(state, action, actor, now);
    case 'revise-draft':
      return reviseDraft(state, action, actor, now, config);
    case 'consent':
      return consent(state, action, actor, now);
    case 'start-consultation':
      return startConsultation(state, action, actor, now);
    case 'respond-consultation':
      return respondConsultation(state, action, actor, now);
    case 'extend-consultation':
      return extendConsultation(state, action, actor, now);
    case 'record-consultation-handling':
      return recordConsultationHandling(state, action, actor, now);
    case 'request-decision':
      return requestDecision(state, action, actor, now, config);
    case 'decide':
      return decide(state, action, actor, now, config, facts.aidElsewhere);
    case 'sign':
      return sign(state, action, actor, now);
    case 'submit-review-report':
      return submitReviewReport(state, action, actor, now);
    case 'record-review-position':
      return recordReviewPosition(state, action, actor, now);
    case 'record-review-reflection':
      return recordReviewReflection(state, action, actor, now);
    case 'review-decision':
      return reviewDecision(state, action, actor, now, config);
    case 'withdraw':
      return withdraw(state, action, actor, now, config);
    case 'give-notice':
      return giveNotice(state, action, actor, now);
  }
}
