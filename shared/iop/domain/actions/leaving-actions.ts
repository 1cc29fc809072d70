import type { Actor } from '../../../platform/auth/actor.js';
import { ConflictError } from '../../../platform/errors/domain-errors.js';
import type { TimelineEntry } from '../../../platform/timeline/timeline-entry.js';
import type { IopCase, IopParty } from '../case-model.js';
import { activeParties, executionName, openReviews, waitKindOf, withReview } from '../case-model.js';
import type { IopConfig } from '../config.js';
import { addMonths, dateOnly, isAfter } from '../dates.js';
import type { IopEffect } from '../iop-effect.js';
import { precheckOf } from '../initiate.js';
import type { ActionOf } from '../schemas.js';
import type { IopTransition } from '../transition.js';
import { enterStage, stageChanged, timelineEntry } from '../transition.js';
import { complete, mustParty } from './action-helpers.js';

/**
 * Leaving a partnership. Before signing any party may withdraw: the case goes
 * on while one healthcare unit and one idéburen organisation remain. After
 * signing the way out is notice: any party may give it, and the agreement
 * ends when its notice period has run (at the latest at its term end).
 */

/** The agreement is signed (perhaps being amended): withdrawal is over, notice is the way out. */
function signedRefusal(state: IopCase, inForce: NonNullable<IopCase['agreementInForce']>): ConflictError {
  const months = inForce.noticeMonths;
  const text = state.ending
    ? {
        sv: `Överenskommelsen är undertecknad och upphör redan ${dateOnly(state.endsAt ?? inForce.termEnd)}. Det går inte att dra sig ur.`,
        en: `The agreement is signed and already ends on ${dateOnly(state.endsAt ?? inForce.termEnd)}. It is too late to withdraw.`,
      }
    : {
        sv: `Överenskommelsen är undertecknad, så det går inte längre att dra sig ur. Varje part kan säga upp den med ${months} månaders uppsägningstid.`,
        en: `The agreement is signed, so withdrawing is no longer possible. Any party may give notice, with ${months} months' notice.`,
      };
  return new ConflictError(text.en, { stage: state.stage, text, ...(state.ending ? {} : { instead: 'give-notice', noticeMonths: months }) });
}

export function withdraw(state: IopCase, action: ActionOf<'withdraw'>, actor: Actor, now: Date, config: IopConfig): IopTransition {
  const party = mustParty(state, actor);
  if (state.agreementInForce) throw signedRefusal(state, state.agreementInForce);
  const remaining = activeParties(state).filter((p) => p.orgId !== party.orgId);
  const caseGoesOn = remaining.some((p) => p.side === 'public') && remaining.some((p) => p.side === 'civil');
  if (caseGoesOn) return leaveCase(state, party, action.reason, actor, now, config);
  const done = complete(state, { outcome: 'withdrawn' });
  return {
    state: { ...done.state, stage: 'withdrawn', endReason: 'withdrawn' },
    timeline: [
      timelineEntry(
        'withdrawn',
        actor,
        now,
        {
          sv: `${party.name} har dragit sig ur. Ärendet är avslutat. Skäl: ${action.reason}`,
          en: `${party.name} has withdrawn. The case is closed. Reason: ${action.reason}`,
        },
        true,
        { orgId: party.orgId },
      ),
      stageChanged(actor, now, state.stage, 'withdrawn'),
    ],
    effects: [done.effect, { type: 'cancel-schedules' }],
  };
}

/**
 * One party leaves and the others go on. Consents lapse (the draft was agreed
 * with the party that left); a decision asked for or an agreement awaiting
 * signatures was about the parties as they were, so the case goes back to dialogue.
 */
function leaveCase(state: IopCase, party: IopParty, reason: string, actor: Actor, now: Date, config: IopConfig): IopTransition {
  const iso = now.toISOString();
  const left: IopCase = {
    ...state,
    parties: state.parties.map((p) => (p.orgId === party.orgId ? { ...p, invitation: 'withdrawn' as const, leftAt: iso } : p)),
    consents: {},
  };
  const timeline: TimelineEntry[] = [
    timelineEntry(
      'party-withdrew',
      actor,
      now,
      {
        sv: `${party.name} har dragit sig ur samarbetet. Skäl: ${reason} Ärendet fortsätter med ${activeParties(left)
          .map((p) => p.name)
          .join(', ')}.`,
        en: `${party.name} has withdrawn from the partnership. Reason: ${reason} The case goes on with ${activeParties(left)
          .map((p) => p.name)
          .join(', ')}.`,
      },
      true,
      { orgId: party.orgId },
    ),
  ];
  const effects: IopEffect[] = [];
  let next: IopCase = left;
  if (state.stage === 'initiation') {
    if (activeParties(left).every((p) => p.invitation === 'initiator' || p.invitation === 'accepted')) {
      const done = complete(left, { outcome: 'accepted' });
      next = enterStage(done.state, 'dialogue', now, config);
      timeline.push(stageChanged(actor, now, state.stage, 'dialogue'));
      effects.push(done.effect);
    } else effects.push({ type: 'heartbeat', waitKind: 'invitations' });
  } else if (state.stage === 'approval' || state.stage === 'agreement') {
    // The running execution ends; the dialogue starts again as its own.
    const done = complete(left, { outcome: 'withdrawn' });
    next = { ...enterStage(done.state, 'dialogue', now, config), agreement: undefined, approvalRequestedAt: state.approvalRequestedAt };
    const n = next.stageRuns.dialogue ?? 1;
    timeline.push(stageChanged(actor, now, state.stage, 'dialogue'));
    effects.push(done.effect, {
      type: 'start-workflow',
      workflow: 'iop-dialogue',
      executionName: executionName(state.id, 'dialogue', n),
      input: { caseId: state.id },
    });
  } else if (waitKindOf(state.stage)) effects.push({ type: 'heartbeat', waitKind: waitKindOf(state.stage)! });
  return { state: { ...next, precheck: precheckOf(next, config) }, timeline, effects };
}

/**
 * Notice on a signed agreement, by any party: it ends when the agreement's
 * notice period has run (at the latest at its term end). An open review or
 * an amendment under way ends with it; the agreement stays in force until then.
 */
export function giveNotice(state: IopCase, action: ActionOf<'give-notice'>, actor: Actor, now: Date): IopTransition {
  const party = mustParty(state, actor);
  const inForce = state.agreementInForce;
  if (!inForce) {
    const text = {
      sv: 'Det finns ingen undertecknad överenskommelse att säga upp. Före undertecknandet kan en part dra sig ur i stället.',
      en: 'There is no signed agreement to give notice on. Before signing, a party may withdraw instead.',
    };
    throw new ConflictError(text.en, { stage: state.stage, text, instead: 'withdraw' });
  }
  if (state.ending) {
    const text = {
      sv: `Överenskommelsen upphör redan ${dateOnly(state.endsAt ?? inForce.termEnd)}.`,
      en: `The agreement already ends on ${dateOnly(state.endsAt ?? inForce.termEnd)}.`,
    };
    throw new ConflictError(text.en, { stage: state.stage, text });
  }
  const iso = now.toISOString();
  const byNotice = addMonths(now, inForce.noticeMonths);
  const endsAt = isAfter(byNotice, inForce.termEnd) ? inForce.termEnd : byNotice;
  const output = { outcome: 'terminate', endsAt };
  const waitKind = waitKindOf(state.stage);
  const closed = openReviews(state).reduce((s, r) => withReview(s, { ...r, closedAt: iso }), state);
  let next: IopCase = { ...closed, stage: 'agreement', endsAt, ending: 'terminate', amending: false, agreement: inForce };
  const effects: IopEffect[] = [];
  if (state.stage === 'review') {
    // The review's execution waits out the notice period and ends the agreement.
    next = { ...next, outcomes: { ...next.outcomes, review: output } };
    effects.push({ type: 'complete-wait', waitKind: 'review', output }, { type: 'cancel-schedules' });
  } else {
    // An amendment's execution ends; the one schedule left ends the agreement when the notice has run.
    if (waitKind && state.stage !== 'agreement') {
      const ended = { outcome: 'withdrawn' };
      next = { ...next, outcomes: { ...next.outcomes, [waitKind]: ended } };
      effects.push({ type: 'complete-wait', waitKind, output: ended });
    } else if (waitKind === 'signatures' && state.agreement?.version !== inForce.version) {
      next = { ...next, outcomes: { ...next.outcomes, signatures: { outcome: 'withdrawn' } } };
      effects.push({ type: 'complete-wait', waitKind: 'signatures', output: { outcome: 'withdrawn' } });
    }
    effects.push({ type: 'cancel-schedules' }, { type: 'schedule-term-end', at: endsAt });
  }
  const amendmentDropped = state.amending ? { sv: ' Ändringen som pågick avbryts.', en: ' The amendment under way is dropped.' } : { sv: '', en: '' };
  return {
    state: next,
    timeline: [
      timelineEntry(
        'notice-given',
        actor,
        now,
        {
          sv:
            `${party.name} har sagt upp överenskommelsen med ${inForce.noticeMonths} månaders uppsägningstid. ` +
            `Den gäller till och med ${dateOnly(endsAt)}. Skäl: ${action.reason}${amendmentDropped.sv}`,
          en:
            `${party.name} has given notice on the agreement, with ${inForce.noticeMonths} months' notice. ` +
            `It stays in force until ${dateOnly(endsAt)}. Reason: ${action.reason}${amendmentDropped.en}`,
        },
        true,
        { orgId: party.orgId, endsAt, noticeMonths: inForce.noticeMonths },
      ),
      ...(state.stage === 'agreement' ? [] : [stageChanged(actor, now, state.stage, 'agreement')]),
    ],
    effects,
  };
}
