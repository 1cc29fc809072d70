import type { Actor } from '../../platform/auth/actor.js';
import { SystemActor } from '../../platform/auth/actor.js';
import type { IopConfig } from './config.js';
import type { IopCase, WaitKind, WaitOutput } from './case-model.js';
import { isTerminal, openReviews, reviewNamesEn, reviewNamesSv, waitKindOf, withReview } from './case-model.js';
import { addDays, isAfter } from './dates.js';
import type { IopTransition } from './transition.js';
import { timelineEntry } from './transition.js';

/**
 * Changes the workflow makes, not people: reminders, escalation marks,
 * opening a review, ending an agreement. Each is a no-op when the case has
 * moved on, because a workflow step may run late or twice.
 */
export const unchanged = (state: IopCase): IopTransition => ({ state, timeline: [], effects: [] });

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
  // A reminder after a silence never brings the due date forward: the grace is added only past it.
  const grace = addDays(now, config.reminderGraceDays);
  const current = state.deadlines[waitKind]?.dueAt;
  const dueAt = current !== undefined && isAfter(current, grace) ? current : grace;
  const next: IopCase = { ...state, deadlines: { ...state.deadlines, [waitKind]: { ...state.deadlines[waitKind], dueAt, remindedAt: now.toISOString() } } };
  const label = WaitLabels[waitKind];
  return {
    state: next,
    timeline: [
      timelineEntry(
        'reminder-sent',
        actor,
        now,
        {
          sv: `Påminnelse: det är dags att ${label.sv}. Ny sista dag ${dueAt.slice(0, 10)}.`,
          en: `Reminder: it is time to ${label.en}. New due date ${dueAt.slice(0, 10)}.`,
        },
        true,
        { waitKind, dueAt },
      ),
    ],
    effects: [],
  };
}

/** Whether the wait's due date has passed (a wait without one has none to pass). */
function pastDue(state: IopCase, waitKind: WaitKind, now: Date): boolean {
  const dueAt = state.deadlines[waitKind]?.dueAt;
  return dueAt === undefined || !isAfter(dueAt, now);
}

/**
 * A dialogue or signing that got nowhere past its due date is marked stalled;
 * it stays open and readable. Silence before the due date (the workflow's
 * heartbeat) only reminds: it is not a stall.
 */
export function markStalled(state: IopCase, waitKind: 'consensus' | 'signatures', now: Date, actor: Actor = SystemActor): IopTransition {
  if (!isCurrentWait(state, waitKind) || state.flags.stalled || !pastDue(state, waitKind, now)) return unchanged(state);
  const deadline = state.deadlines[waitKind];
  return {
    state: {
      ...state,
      flags: { ...state.flags, stalled: now.toISOString() },
      deadlines: { ...state.deadlines, [waitKind]: { ...deadline, dueAt: deadline?.dueAt ?? now.toISOString(), escalatedAt: now.toISOString() } },
    },
    timeline: [
      timelineEntry(
        'stalled',
        actor,
        now,
        {
          sv: 'Ärendet har stått still efter sista dagen och är markerat som avstannat. Det finns kvar och kan återupptas när parterna agerar.',
          en: 'The case has not moved past its due date and is marked as stalled. It is kept and resumes when the parties act.',
        },
        true,
        { waitKind },
      ),
    ],
    effects: [],
  };
}

/** A decision or review past its due date is marked overdue and escalated. */
export function markOverdue(state: IopCase, waitKind: 'decision' | 'review', now: Date, actor: Actor = SystemActor): IopTransition {
  if (waitKind === 'review') return markReviewsOverdue(state, now, actor);
  if (!isCurrentWait(state, waitKind) || state.flags.overdue || !pastDue(state, waitKind, now)) return unchanged(state);
  const deadline = state.deadlines[waitKind];
  return {
    state: {
      ...state,
      flags: { ...state.flags, overdue: now.toISOString() },
      deadlines: { ...state.deadlines, [waitKind]: { ...deadline, dueAt: deadline?.dueAt ?? now.toISOString(), escalatedAt: now.toISOString() } },
    },
    timeline: [
      timelineEntry(
        'overdue',
        actor,
        now,
        { sv: 'Beslutet är försenat och har eskalerats till ansvarig chef.', en: 'The decision is overdue and has been escalated to the responsible manager.' },
        true,
        { waitKind },
      ),
    ],
    effects: [],
  };
}

/** Each open review past its due date is flagged once (overdueAt) and escalated; it stays open and reportable. */
function markReviewsOverdue(state: IopCase, now: Date, actor: Actor): IopTransition {
  if (!isCurrentWait(state, 'review')) return unchanged(state);
  const late = openReviews(state).filter((r) => r.overdueAt === undefined);
  if (late.length === 0 && state.flags.overdue) return unchanged(state);
  const iso = now.toISOString();
  const deadline = state.deadlines.review;
  const flagged = late.reduce((s, r) => withReview(s, { ...r, overdueAt: iso }), state);
  return {
    state: {
      ...flagged,
      flags: { ...flagged.flags, overdue: iso },
      deadlines: { ...flagged.deadlines, review: { ...deadline, dueAt: deadline?.dueAt ?? iso, escalatedAt: iso } },
    },
    timeline: [
      timelineEntry(
        'overdue',
        actor,
        now,
        late.length > 1
          ? { sv: `${reviewNamesSv(late)} är försenade och har eskalerats.`, en: `${reviewNamesEn(late)} are overdue and have been escalated.` }
          : late.length === 1
            ? { sv: `${reviewNamesSv(late)} är försenad och har eskalerats.`, en: `${reviewNamesEn(late)} is overdue and has been escalated.` }
            : { sv: 'Uppföljningen är försenad och har eskalerats.', en: 'The review is overdue and has been escalated.' },
        true,
        { waitKind: 'review', reviewNumbers: late.map((r) => r.number) },
      ),
    ],
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
    timeline: [
      timelineEntry(
        'invitations-lapsed',
        actor,
        now,
        {
          sv:
            `Inbjudan till ${pending.map((p) => p.name).join(', ')} har gått ut utan svar. ` +
            `Ärendet står still tills initiativtagaren drar tillbaka det eller startar ett nytt.`,
          en:
            `The invitation to ${pending.map((p) => p.name).join(', ')} lapsed without an answer. ` +
            `The case is stalled until the initiator withdraws it or starts a new one.`,
        },
        true,
        { lapsed: pending.map((p) => p.orgId) },
      ),
    ],
    effects: [],
  };
}

/** The escalation path of each wait, as the workflow's Escalate* states call it. */
export function escalate(state: IopCase, waitKind: WaitKind, now: Date): IopTransition {
  switch (waitKind) {
    case 'invitations':
      return lapseInvitations(state, now);
    case 'consensus':
    case 'signatures':
      return markStalled(state, waitKind, now);
    case 'decision':
    case 'review':
      return markOverdue(state, waitKind, now);
  }
}

export function markNeedsAttention(state: IopCase, error: string, now: Date, actor: Actor = SystemActor): IopTransition {
  return {
    state: { ...state, flags: { ...state.flags, needsAttention: { at: now.toISOString(), error: error.slice(0, 1000) } } },
    timeline: [
      timelineEntry(
        'needs-attention',
        actor,
        now,
        {
          sv: 'Ett tekniskt fel stoppade ett steg. Ärendet är markerat för åtgärd och återupptas automatiskt.',
          en: 'A technical fault stopped a step. The case is marked for attention and will be resumed automatically.',
        },
        false,
        { error: error.slice(0, 1000) },
      ),
    ],
    effects: [],
  };
}

export {
  endAgreement,
  isSupersededReview,
  openReview,
  pendingReviewOutcome,
  renewalOf,
  scheduleReviews,
  type OpenedReview,
} from './review-lifecycle.js';
