import type { Actor } from '../auth/actor.js';
import { SystemActor } from '../auth/actor.js';
import type { IopConfig } from './config.js';
import type { IopCase, WaitKind, WaitOutput } from './case-model.js';
import { awaitingSignatures, activeParties, emptyCaseRecords, isTerminal, waitKindOf } from './case-model.js';
import { reviewSlots } from './agreement.js';
import { addDays } from './dates.js';
import { renewalIdOf } from './reducer.js';
import type { IopTransition } from './transition.js';
import { enterStage, stageChanged, timelineEntry } from './transition.js';

/**
 * Changes the workflow makes, not people: reminders, escalation marks,
 * opening a review, ending an agreement. Each is a no-op when the case has
 * moved on, because a workflow step may run late or twice.
 */
const unchanged = (state: IopCase): IopTransition => ({ state, timeline: [], effects: [] });

/** The wait is still the case's current one (not answered, not moved on). */
function isCurrentWait(state: IopCase, waitKind: WaitKind): boolean {
  return !isTerminal(state.stage) && waitKindOf(state.stage) === waitKind && state.outcomes[waitKind] === undefined;
}

/** The output a wait gets if the case already moved past it (the callback raced the wait's start). */
export function pendingOutcome(state: IopCase, waitKind: WaitKind): WaitOutput | undefined {
  if (isCurrentWait(state, waitKind)) return undefined;
  return state.outcomes[waitKind] ?? { outcome: isTerminal(state.stage) ? 'withdrawn' : 'superseded' };
}

const WaitLabels = {
  invitations: { sv: 'svara på inbjudan', en: 'answer the invitation' },
  consensus: { sv: 'komma överens om ett utkast och begära beslut', en: 'agree on a draft and ask for a decision' },
  decision: { sv: 'fatta beslut', en: 'make the decision' },
  signatures: { sv: 'underteckna överenskommelsen', en: 'sign the agreement' },
  review: { sv: 'lämna uppföljningsrapport och besluta om fortsättningen', en: 'submit the review report and decide how to go on' },
} as const satisfies Record<WaitKind, { sv: string; en: string }>;

export function markReminderSent(state: IopCase, waitKind: WaitKind, now: Date, config: IopConfig, actor: Actor = SystemActor): IopTransition {
  if (!isCurrentWait(state, waitKind)) return unchanged(state);
  const dueAt = addDays(now, config.reminderGraceDays);
  const next: IopCase = { ...state, deadlines: { ...state.deadlines, [waitKind]: { ...state.deadlines[waitKind], dueAt, remindedAt: now.toISOString() } } };
  const label = WaitLabels[waitKind];
  return {
    state: next,
    timeline: [timelineEntry('reminder-sent', actor, now, {
      sv: `Påminnelse: det är dags att ${label.sv}. Ny sista dag ${dueAt.slice(0, 10)}.`,
      en: `Reminder: it is time to ${label.en}. New due date ${dueAt.slice(0, 10)}.`,
    }, true, { waitKind, dueAt })],
    effects: [],
  };
}

/** A dialogue or signing that got nowhere is marked stalled; it stays open and readable. */
export function markStalled(state: IopCase, waitKind: 'consensus' | 'signatures', now: Date, actor: Actor = SystemActor): IopTransition {
  if (!isCurrentWait(state, waitKind) || state.flags.stalled) return unchanged(state);
  const deadline = state.deadlines[waitKind];
  return {
    state: { ...state, flags: { ...state.flags, stalled: now.toISOString() }, deadlines: { ...state.deadlines, [waitKind]: { ...deadline, dueAt: deadline?.dueAt ?? now.toISOString(), escalatedAt: now.toISOString() } } },
    timeline: [timelineEntry('stalled', actor, now, {
      sv: 'Ärendet har stått still efter sista dagen och är markerat som avstannat. Det finns kvar och kan återupptas när parterna agerar.',
      en: 'The case has not moved past its due date and is marked as stalled. It is kept and resumes when the parties act.',
    }, true, { waitKind })],
    effects: [],
  };
}

/** A decision or review past its due date is marked overdue and escalated. */
export function markOverdue(state: IopCase, waitKind: 'decision' | 'review', now: Date, actor: Actor = SystemActor): IopTransition {
  if (!isCurrentWait(state, waitKind) || state.flags.overdue) return unchanged(state);
  const deadline = state.deadlines[waitKind];
  return {
    state: { ...state, flags: { ...state.flags, overdue: now.toISOString() }, deadlines: { ...state.deadlines, [waitKind]: { ...deadline, dueAt: deadline?.dueAt ?? now.toISOString(), escalatedAt: now.toISOString() } } },
    timeline: [timelineEntry('overdue', actor, now, waitKind === 'decision'
      ? { sv: 'Beslutet är försenat och har eskalerats till ansvarig chef.', en: 'The decision is overdue and has been escalated to the responsible manager.' }
      : { sv: 'Uppföljningen är försenad och har eskalerats.', en: 'The review is overdue and has been escalated.' },
    true, { waitKind })],
    effects: [],
  };
}

/** Unanswered invitations lapse: a late answer is then a 410, and the initiator decides how to go on. */
export function lapseInvitations(state: IopCase, now: Date, actor: Actor = SystemActor): IopTransition {
  if (!isCurrentWait(state, 'invitations')) return unchanged(state);
  const pending = state.parties.filter((p) => p.invitation === 'pending');
  if (pending.length === 0) return unchanged(state);
  return {
    state: {
      ...state,
      parties: state.parties.map((p) => (p.invitation === 'pending' ? { ...p, invitation: 'lapsed' as const } : p)),
      flags: { ...state.flags, invitationsLapsed: now.toISOString(), stalled: now.toISOString() },
    },
    timeline: [timelineEntry('invitations-lapsed', actor, now, {
      sv: `Inbjudan till ${pending.map((p) => p.name).join(', ')} har gått ut utan svar. Ärendet står still tills initiativtagaren drar tillbaka det eller startar ett nytt.`,
      en: `The invitation to ${pending.map((p) => p.name).join(', ')} lapsed without an answer. The case is stalled until the initiator withdraws it or starts a new one.`,
    }, true, { lapsed: pending.map((p) => p.orgId) })],
    effects: [],
  };
}

/** The escalation path of each wait, as the workflow's Escalate* states call it. */
export function escalate(state: IopCase, waitKind: WaitKind, now: Date): IopTransition {
  switch (waitKind) {
    case 'invitations': return lapseInvitations(state, now);
    case 'consensus':
    case 'signatures': return markStalled(state, waitKind, now);
    case 'decision':
    case 'review': return markOverdue(state, waitKind, now);
  }
}

export function markNeedsAttention(state: IopCase, error: string, now: Date, actor: Actor = SystemActor): IopTransition {
  return {
    state: { ...state, flags: { ...state.flags, needsAttention: { at: now.toISOString(), error: error.slice(0, 1000) } } },
    timeline: [timelineEntry('needs-attention', actor, now, {
      sv: 'Ett tekniskt fel stoppade ett steg. Ärendet är markerat för åtgärd och återupptas automatiskt.',
      en: 'A technical fault stopped a step. The case is marked for attention and will be resumed automatically.',
    }, false, { error: error.slice(0, 1000) })],
    effects: [],
  };
}

/** Creates the review schedules once, when the agreement first comes into force. */
export function scheduleReviews(state: IopCase, now: Date, config: IopConfig): IopTransition {
  const inForce = state.agreementInForce;
  if (!inForce || state.reviewsScheduledAt || state.ending || isTerminal(state.stage)) return unchanged(state);
  const slots = reviewSlots(inForce, config);
  return {
    state: { ...state, reviewsScheduledAt: now.toISOString() },
    timeline: [timelineEntry('reviews-scheduled', SystemActor, now, {
      sv: `Uppföljningar är planerade: ${slots.map((s) => `${s.at.slice(0, 10)}${s.final ? ' (slutuppföljning)' : ''}`).join(', ')}.`,
      en: `Reviews are planned: ${slots.map((s) => `${s.at.slice(0, 10)}${s.final ? ' (final review)' : ''}`).join(', ')}.`,
    }, true, { reviews: slots })],
    effects: [{ type: 'schedule-reviews', reviews: slots }],
  };
}

/** Opens a review period when the agreement is in force and nothing else is going on. */
export function openReview(state: IopCase, review: { reviewNumber: number; final: boolean }, now: Date, config: IopConfig): IopTransition & { opened: boolean } {
  const last = state.reviews.at(-1);
  if (state.stage === 'review' && last?.number === review.reviewNumber) return { ...unchanged(state), opened: true };
  const free = state.stage === 'agreement' && state.agreementInForce !== undefined && !state.amending && !state.ending
    && !awaitingSignatures(state);
  if (!free || state.reviews.some((r) => r.number === review.reviewNumber)) {
    return {
      ...unchanged(state),
      timeline: isTerminal(state.stage) ? [] : [timelineEntry('review-skipped', SystemActor, now, {
        sv: `Uppföljning ${review.reviewNumber} hålls inte nu eftersom ärendet är i ett annat steg.`,
        en: `Review ${review.reviewNumber} is not held now because the case is in another step.`,
      }, false, { reviewNumber: review.reviewNumber })],
      opened: false,
    };
  }
  const entered = enterStage(state, 'review', now, config);
  const next: IopCase = { ...entered, reviews: [...state.reviews, { number: review.reviewNumber, final: review.final, openedAt: now.toISOString(), reports: [] }] };
  return {
    state: next,
    timeline: [
      stageChanged(SystemActor, now, state.stage, 'review'),
      timelineEntry('review-opened', SystemActor, now, review.final
        ? { sv: `Slutuppföljningen har börjat. Organisationen lämnar rapport senast ${next.deadlines.review?.dueAt.slice(0, 10)}; sedan beslutar parterna om förnyelse eller avslut.`, en: `The final review has started. The organisation reports by ${next.deadlines.review?.dueAt.slice(0, 10)}; then the parties decide to renew or close.` }
        : { sv: `Årlig uppföljning ${review.reviewNumber} har börjat. Organisationen lämnar rapport senast ${next.deadlines.review?.dueAt.slice(0, 10)}.`, en: `Annual review ${review.reviewNumber} has started. The organisation reports by ${next.deadlines.review?.dueAt.slice(0, 10)}.` },
      true, { reviewNumber: review.reviewNumber, final: review.final, dueAt: next.deadlines.review?.dueAt }),
    ],
    effects: [],
    opened: true,
  };
}

/** The notice period or the term has run out: the case closes and its schedules go. */
export function endAgreement(state: IopCase, now: Date): IopTransition {
  if (isTerminal(state.stage) || !state.ending) return unchanged(state);
  return {
    state: { ...state, stage: 'closed', endReason: state.ending, agreementInForce: undefined },
    timeline: [
      timelineEntry('agreement-ended', SystemActor, now, {
        sv: 'Överenskommelsen har upphört att gälla och ärendet är avslutat.',
        en: 'The agreement has ended and the case is closed.',
      }, true, { ending: state.ending }),
      stageChanged(SystemActor, now, state.stage, 'closed'),
    ],
    effects: [{ type: 'cancel-schedules' }],
  };
}

/** The renewal: a NEW case linked to this one, starting at dialogue with the agreement as its first draft. */
export function renewalOf(state: IopCase, now: Date, config: IopConfig): IopTransition {
  const inForce = state.agreementInForce ?? state.agreement;
  const id = state.renewedBy ?? renewalIdOf(state);
  const iso = now.toISOString();
  const parties = activeParties(state).map((p) => ({ orgId: p.orgId, name: p.name, side: p.side, invitation: 'accepted' as const, ...(p.criteria && { criteria: p.criteria }) }));
  const base: IopCase = {
    kind: 'iop',
    id,
    reference: `${state.reference}-F${state.generation + 1}`,
    title: state.title,
    stage: 'dialogue',
    createdAt: iso,
    createdBy: { sub: SystemActor.sub, org: SystemActor.org },
    updatedAt: iso,
    parties,
    precheck: state.precheck,
    draft: {
      ...state.draft,
      version: 1,
      plannedStart: (inForce?.termEnd ?? iso).slice(0, 10),
      authoredBy: SystemActor.sub,
      at: iso,
      summary: `Förnyelse av ${state.reference} / renewal of ${state.reference}`,
    },
    ...emptyCaseRecords(),
    renews: state.id,
    generation: state.generation + 1,
  };
  const next = enterStage(base, 'dialogue', now, config);
  return {
    state: next,
    timeline: [timelineEntry('case-renewed', SystemActor, now, {
      sv: `Nytt ärende som förnyar ${state.reference}. Det börjar i dialog med den gällande överenskommelsen som första utkast.`,
      en: `A new case renewing ${state.reference}. It starts in dialogue with the current agreement as its first draft.`,
    }, true, { renews: state.id })],
    effects: [{ type: 'start-workflow', workflow: 'iop-dialogue', executionName: `${id}-dialogue-1`, input: { caseId: id } }],
  };
}
