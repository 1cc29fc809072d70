import { SystemActor } from '../../platform/auth/actor.js';
import type { IopConfig } from './config.js';
import type { IopCase, IopReview, WaitOutput } from './case-model.js';
import {
  awaitingSignatures,
  activeParties,
  emptyCaseRecords,
  isOpenReview,
  isTerminal,
  openReviews,
  reviewNamesEn,
  reviewNamesSv,
  waitKindOf,
  withReview,
} from './case-model.js';
import { reviewSlots } from './agreement.js';
import { addDays, dateOnly, isAfter } from './dates.js';
import type { IopEffect } from './iop-effect.js';
import { renewalIdOf } from './reducer.js';
import type { IopTransition } from './transition.js';
import { enterStage, stageChanged, timelineEntry } from './transition.js';
import { pendingOutcome, unchanged } from './lifecycle.js';

/**
 * The agreement's life after signing, as the workflow drives it: review
 * schedules, opening each review, ending the agreement, and the renewal.
 * Each is a no-op when the case has moved on (a step may run late or twice).
 */
/**
 * Creates the schedules once, when the agreement first comes into force: one
 * per annual review, one for the final review and one for the term end. Each
 * is its own one-time schedule, so nothing a review does (or leaves undone)
 * can keep the next one from opening or the agreement from ending. A case
 * scheduled before the term end had its own schedule gets just that one.
 */
export function scheduleReviews(state: IopCase, now: Date, config: IopConfig): IopTransition {
  const inForce = state.agreementInForce;
  if (!inForce || state.ending || isTerminal(state.stage)) return unchanged(state);
  if (state.reviewsScheduledAt) return withTermEndSchedule(unchanged(state), now);
  const slots = reviewSlots(inForce, config);
  const iso = now.toISOString();
  return {
    state: { ...state, reviewsScheduledAt: iso, termEndScheduledAt: iso },
    timeline: [
      timelineEntry(
        'reviews-scheduled',
        SystemActor,
        now,
        {
          sv:
            `Uppföljningar är planerade: ${slots.map((s) => `${s.at.slice(0, 10)}${s.final ? ' (slutuppföljning)' : ''}`).join(', ')}. ` +
            `Överenskommelsen upphör när avtalstiden går ut ${dateOnly(inForce.termEnd)}.`,
          en:
            `Reviews are planned: ${slots.map((s) => `${s.at.slice(0, 10)}${s.final ? ' (final review)' : ''}`).join(', ')}. ` +
            `The agreement ends when its term runs out on ${dateOnly(inForce.termEnd)}.`,
        },
        true,
        { reviews: slots, termEnd: inForce.termEnd },
      ),
    ],
    effects: [
      { type: 'schedule-reviews', reviews: slots },
      { type: 'schedule-term-end', at: inForce.termEnd },
    ],
  };
}

/** Adds the term-end schedule to a change if the agreement in force lacks it (cases scheduled before it existed). */
function withTermEndSchedule<T extends IopTransition>(t: T, now: Date): T {
  const s = t.state;
  const inForce = s.agreementInForce;
  if (!inForce || s.ending || isTerminal(s.stage) || !s.reviewsScheduledAt || s.termEndScheduledAt) return t;
  return {
    ...t,
    state: { ...s, termEndScheduledAt: now.toISOString() },
    timeline: [
      ...t.timeline,
      timelineEntry(
        'term-end-scheduled',
        SystemActor,
        now,
        {
          sv: `Överenskommelsen upphör när avtalstiden går ut ${dateOnly(inForce.termEnd)}.`,
          en: `The agreement ends when its term runs out on ${dateOnly(inForce.termEnd)}.`,
        },
        false,
        { termEnd: inForce.termEnd },
      ),
    ],
    effects: [...t.effects, { type: 'schedule-term-end', at: inForce.termEnd } satisfies IopEffect],
  };
}

/**
 * A later review is open, so its execution holds the review period: the
 * execution of this earlier review hands over (ends) and the earlier review
 * stays open in the case, handled oldest first.
 */
export function isSupersededReview(state: IopCase, reviewNumber: number | undefined): boolean {
  if (reviewNumber === undefined) return false;
  return state.reviews.some((r) => r.number > reviewNumber && isOpenReview(r));
}

/** The output the wait of review `reviewNumber`'s execution gets at once, if any (see pendingOutcome). */
export function pendingReviewOutcome(state: IopCase, reviewNumber: number | undefined): WaitOutput | undefined {
  if (!isTerminal(state.stage) && isSupersededReview(state, reviewNumber)) return { outcome: 'superseded' };
  return pendingOutcome(state, 'review');
}

export interface OpenedReview extends IopTransition {
  /** This execution holds the review period now: it waits for the reports and the decision. */
  readonly opened: boolean;
  /** The review is due but the agreement is being amended: the execution checks again later. */
  readonly waiting: boolean;
}

/**
 * A review's schedule fired (or its execution checks again). The review is
 * recorded as opened when it falls due, on time, whatever else is going on;
 * it is never skipped:
 * - an earlier review still open is flagged overdue and escalated, and stays
 *   open and reportable; the reviews are then handled oldest first and the
 *   case stays in the review stage until the last is decided;
 * - while an amendment is under way (dialogue, approval, signing; the agreement
 *   stays in force) the review is recorded as due and its execution checks
 *   again each day; it starts (gets its report due date) when the amendment is
 *   signed or rejected, together with any other review that fell due meanwhile.
 * Only the end of the agreement (closed, or ending by notice with its schedules
 * cancelled) leaves a firing review unrecorded.
 */
export function openReview(state: IopCase, review: { reviewNumber: number; final: boolean }, now: Date, config: IopConfig): OpenedReview {
  const result = (t: IopTransition, opened: boolean, waiting: boolean): OpenedReview => ({ ...withTermEndSchedule(t, now), opened, waiting });
  const inForce = state.agreementInForce;
  if (isTerminal(state.stage) || !inForce || state.ending) return { ...unchanged(state), opened: false, waiting: false };
  const existing = state.reviews.find((r) => r.number === review.reviewNumber);
  if (existing && !isOpenReview(existing)) return result(unchanged(state), false, false);

  const iso = now.toISOString();
  let next: IopCase = state;
  const timeline: IopTransition['timeline'] = [];
  if (!existing) {
    const earlier = openReviews(state);
    const added: IopReview = { number: review.reviewNumber, final: review.final, openedAt: iso, reports: [] };
    next = { ...next, reviews: [...next.reviews, added] };
    if (earlier.length > 0) {
      next = earlier.reduce((s, r) => withReview(s, { ...r, overdueAt: r.overdueAt ?? iso }), next);
      next = { ...next, flags: { ...next.flags, overdue: iso } };
      const plural = earlier.length > 1;
      timeline.push(
        timelineEntry(
          'review-overdue',
          SystemActor,
          now,
          {
            sv:
              `${reviewNamesSv(earlier)} ${plural ? 'är inte klara' : 'är inte klar'} ` +
              `när ${added.final ? 'slutuppföljningen' : `uppföljning ${added.number}`} börjar. ` +
              `${plural ? 'De är försenade och har' : 'Den är försenad och har'} eskalerats, ` +
              `och ${plural ? 'de' : 'den'} kan fortfarande rapporteras och beslutas.`,
            en:
              `${reviewNamesEn(earlier)} ${plural ? 'are' : 'is'} not finished when ${added.final ? 'the final review' : `review ${added.number}`} starts. ` +
              `${plural ? 'They are overdue and have' : 'It is overdue and has'} been escalated, and can still be reported on and decided.`,
          },
          true,
          { reviewNumbers: earlier.map((r) => r.number), nextReview: added.number },
        ),
      );
    }
  }
  // A later review holds the period: this one is recorded and handled, oldest first, by that review's execution.
  if (isSupersededReview(next, review.reviewNumber)) return result({ state: next, timeline, effects: [] }, false, false);

  const free = next.stage === 'agreement' && !next.amending && !awaitingSignatures(next);
  if (next.stage === 'review' || free) {
    if (existing && next.stage === 'review') return result(unchanged(state), true, false);
    // Entering the stage holds every open review (those that waited for an amendment too); a new review joins the held ones.
    const toHold = next.stage === 'review' ? openReviews(next).filter((r) => r.dueAt === undefined) : openReviews(next);
    const entered = enterStage(next, 'review', now, config);
    const dueAt = entered.deadlines.review?.dueAt ?? iso;
    next = toHold.reduce((s, r) => withReview(s, { ...r, dueAt }), entered);
    const overdue = openReviews(next)
      .map((r) => r.overdueAt)
      .filter((at): at is string => at !== undefined)
      .sort()[0];
    if (overdue) next = { ...next, flags: { ...next.flags, overdue } };
    if (state.stage !== 'review') timeline.push(stageChanged(SystemActor, now, state.stage, 'review'));
    for (const r of toHold) {
      if (r.dueAt !== undefined) {
        // Held before, then paused by an amendment decided at an earlier review.
        timeline.push(
          timelineEntry(
            'review-resumed',
            SystemActor,
            now,
            {
              sv: `${reviewNamesSv([r])} fortsätter nu när ändringen av överenskommelsen är klar. Organisationen lämnar rapport senast ${dateOnly(dueAt)}.`,
              en: `${reviewNamesEn([r])} continues now that the amendment of the agreement is finished. The organisation reports by ${dateOnly(dueAt)}.`,
            },
            true,
            { reviewNumber: r.number, final: r.final, openedAt: r.openedAt, dueAt },
          ),
        );
        continue;
      }
      const late =
        dateOnly(r.openedAt) !== dateOnly(iso)
          ? {
              sv: ` Den blev aktuell ${dateOnly(r.openedAt)}, medan överenskommelsen ändrades.`,
              en: ` It fell due on ${dateOnly(r.openedAt)}, while the agreement was being amended.`,
            }
          : { sv: '', en: '' };
      timeline.push(
        timelineEntry(
          'review-opened',
          SystemActor,
          now,
          r.final
            ? {
                sv:
                  `Slutuppföljningen har börjat. Organisationen lämnar rapport senast ${dateOnly(dueAt)}; ` +
                  `sedan beslutar parterna om förnyelse eller avslut.${late.sv}`,
                en: `The final review has started. The organisation reports by ${dateOnly(dueAt)}; then the parties decide to renew or close.${late.en}`,
              }
            : {
                sv: `Årlig uppföljning ${r.number} har börjat. Organisationen lämnar rapport senast ${dateOnly(dueAt)}.${late.sv}`,
                en: `Annual review ${r.number} has started. The organisation reports by ${dateOnly(dueAt)}.${late.en}`,
              },
          true,
          { reviewNumber: r.number, final: r.final, openedAt: r.openedAt, dueAt },
        ),
      );
    }
    return result({ state: next, timeline, effects: [] }, true, false);
  }

  // An amendment is under way: the review is due now and starts when the amendment is done.
  if (!existing) {
    timeline.push(
      timelineEntry(
        'review-due',
        SystemActor,
        now,
        {
          sv:
            `${review.final ? 'Slutuppföljningen' : `Uppföljning ${review.reviewNumber}`} ska göras från och med i dag. ` +
            `Den börjar när ändringen av överenskommelsen är klar; överenskommelsen gäller som förut under tiden.`,
          en:
            `${review.final ? 'The final review' : `Review ${review.reviewNumber}`} is due from today. ` +
            `It starts when the amendment of the agreement is finished; the agreement stays in force as it is meanwhile.`,
        },
        true,
        { reviewNumber: review.reviewNumber, final: review.final },
      ),
    );
  }
  return result({ state: next, timeline, effects: [] }, false, true);
}

/**
 * The agreement ends: at its term end (the term-end schedule, whatever the
 * reviews' state), or when a termination's notice period or a closing or
 * renewing final review runs out. The case closes, open reviews close with it,
 * a stage execution still waiting (an open review, an amendment) is told, and
 * every schedule goes.
 */
export function endAgreement(state: IopCase, now: Date, options: { readonly atTermEnd?: boolean } = {}): IopTransition {
  if (isTerminal(state.stage)) return unchanged(state);
  const inForce = state.agreementInForce;
  let endReason: string;
  let endsAt: string;
  if (options.atTermEnd) {
    // The schedule fires at the term end; a run a day or more early (never expected) changes nothing.
    // A notice given outside a review moves the schedule to the day the notice has run.
    const endAt = state.ending === 'terminate' && state.endsAt ? state.endsAt : inForce?.termEnd;
    if (!inForce || !endAt || isAfter(endAt, addDays(now, 1))) return unchanged(state);
    endReason = state.ending ?? 'term-ended';
    endsAt = state.endsAt ?? inForce.termEnd;
  } else {
    if (!state.ending) return unchanged(state);
    endReason = state.ending;
    endsAt = state.endsAt ?? now.toISOString();
  }
  const iso = now.toISOString();
  const unfinished = openReviews(state);
  let next: IopCase = unfinished.reduce((s, r) => withReview(s, { ...r, closedAt: iso }), state);
  const effects: IopEffect[] = [];
  const waitKind = waitKindOf(state.stage);
  const waiting = waitKind !== undefined && (state.stage !== 'agreement' || awaitingSignatures(state));
  if (waitKind && waiting) {
    const output: WaitOutput = { outcome: 'withdrawn' };
    next = { ...next, outcomes: { ...next.outcomes, [waitKind]: output } };
    effects.push({ type: 'complete-wait', waitKind, output });
  }
  next = { ...next, stage: 'closed', endReason, endsAt, agreementInForce: undefined, amending: false };
  effects.push({ type: 'cancel-schedules' });
  const ended =
    endReason === 'term-ended'
      ? {
          sv: `Avtalstiden gick ut ${dateOnly(endsAt)}. Överenskommelsen har upphört att gälla och ärendet är avslutat.`,
          en: `The term ran out on ${dateOnly(endsAt)}. The agreement has ended and the case is closed.`,
        }
      : { sv: 'Överenskommelsen har upphört att gälla och ärendet är avslutat.', en: 'The agreement has ended and the case is closed.' };
  const left =
    unfinished.length === 0
      ? { sv: '', en: '' }
      : unfinished.length === 1
        ? {
            sv: ` ${reviewNamesSv(unfinished)} var inte klar och avslutas med överenskommelsen.`,
            en: ` ${reviewNamesEn(unfinished)} was not finished and closes with the agreement.`,
          }
        : {
            sv: ` ${reviewNamesSv(unfinished)} var inte klara och avslutas med överenskommelsen.`,
            en: ` ${reviewNamesEn(unfinished)} were not finished and close with the agreement.`,
          };
  return {
    state: next,
    timeline: [
      timelineEntry('agreement-ended', SystemActor, now, { sv: `${ended.sv}${left.sv}`, en: `${ended.en}${left.en}` }, true, {
        ending: state.ending,
        endReason,
        endsAt,
        ...(unfinished.length > 0 && { unfinishedReviews: unfinished.map((r) => r.number) }),
      }),
      stageChanged(SystemActor, now, state.stage, 'closed'),
    ],
    effects,
  };
}

/** The renewal: a NEW case linked to this one, starting at dialogue with the agreement as its first draft. */
export function renewalOf(state: IopCase, now: Date, config: IopConfig): IopTransition {
  const inForce = state.agreementInForce ?? state.agreement;
  const id = state.renewedBy ?? renewalIdOf(state);
  const iso = now.toISOString();
  const parties = activeParties(state).map((p) => ({
    orgId: p.orgId,
    name: p.name,
    side: p.side,
    invitation: 'accepted' as const,
    ...(p.criteria && { criteria: p.criteria }),
  }));
  const base: IopCase = {
    kind: 'iop',
    id,
    reference: `${state.reference}-F${state.generation + 1}`,
    title: state.title,
    stage: 'dialogue',
    ...(state.publicBody === undefined ? {} : { publicBody: state.publicBody }),
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
    timeline: [
      timelineEntry(
        'case-renewed',
        SystemActor,
        now,
        {
          sv: `Nytt ärende som förnyar ${state.reference}. Det börjar i dialog med den gällande överenskommelsen som första utkast.`,
          en: `A new case renewing ${state.reference}. It starts in dialogue with the current agreement as its first draft.`,
        },
        true,
        { renews: state.id },
      ),
    ],
    effects: [{ type: 'start-workflow', workflow: 'iop-dialogue', executionName: `${id}-dialogue-1`, input: { caseId: id } }],
  };
}
