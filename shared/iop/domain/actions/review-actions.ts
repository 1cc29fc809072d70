import type { Actor } from '../../../platform/auth/actor.js';
import { ConflictError, RuleViolationError } from '../../../platform/errors/domain-errors.js';
import type { BilingualText, FieldError } from '../../../platform/errors/domain-errors.js';
import type { TimelineEntry } from '../../../platform/timeline/timeline-entry.js';
import type { IopCase, IopDraft, IopReview, ReviewOutcome, WaitOutput } from '../case-model.js';
import { activeParties, openReviews, reviewNamesEn, reviewNamesSv, withReview } from '../case-model.js';
import type { IopConfig } from '../config.js';
import { addMonths, isAfter } from '../dates.js';
import type { IopEffect } from '../iop-effect.js';
import { notHeardError, reportsMissing, unheardParties } from '../review-hearing.js';
import type { ActionOf } from '../schemas.js';
import type { IopTransition } from '../transition.js';
import { enterStage, stageChanged, timelineEntry } from '../transition.js';
import { complete, heartbeat, mustParty } from './action-helpers.js';

/** Stage 5: the yearly and final reviews: reports, and the public party's decision on each. */
/** Several reviews may be open (a later one fell due first): reports and decisions go to the oldest. */
export function currentReview(state: IopCase) {
  const review = openReviews(state)[0];
  if (!review) throw new ConflictError({ sv: 'Ingen uppföljning pågår.', en: 'No review is open.' }, { stage: state.stage });
  return review;
}

export function submitReviewReport(state: IopCase, action: ActionOf<'submit-review-report'>, actor: Actor, now: Date): IopTransition {
  const party = mustParty(state, actor);
  const review = currentReview(state);
  if (review.reports.some((r) => r.orgId === party.orgId))
    throw new ConflictError(
      { sv: `${party.name} har redan lämnat sin rapport för den här uppföljningen.`, en: `${party.name} has already reported for this review.` },
      { stage: state.stage },
    );
  const { type: _t, expectedVersion: _v, ...report } = action;
  const updated = { ...review, reports: [...review.reports, { ...report, submittedBy: actor.sub, orgId: party.orgId, at: now.toISOString() }] };
  return {
    state: { ...withReview(state, updated), flags: { ...state.flags, overdue: undefined } },
    timeline: [
      timelineEntry(
        'review-report-submitted',
        actor,
        now,
        {
          sv: `${party.name} har lämnat sin uppföljningsrapport (uppföljning ${review.number}).`,
          en: `${party.name} has submitted its review report (review ${review.number}).`,
        },
        true,
        { reviewNumber: review.number, orgId: party.orgId },
      ),
    ],
    effects: heartbeat(state),
  };
}

export function reviewDecision(state: IopCase, action: ActionOf<'review-decision'>, actor: Actor, now: Date, config: IopConfig): IopTransition {
  const review = currentReview(state);
  const inForce = state.agreementInForce;
  if (!inForce) throw new ConflictError({ sv: 'Det finns ingen överenskommelse som gäller.', en: 'There is no agreement in force.' }, { stage: state.stage });
  const errors = reviewDecisionErrors(state, review, action.decision);
  if (errors.length > 0) throw new RuleViolationError(errors, bothOf(errors));

  const decided = {
    ...review,
    closedAt: now.toISOString(),
    decision: { decision: action.decision, motivation: action.motivation, decidedBy: actor.sub, at: now.toISOString() },
  };
  const base: IopCase = { ...withReview(state, decided), flags: { ...state.flags, overdue: undefined } };
  // Later reviews still open: after "continue" the case stays in review for them; "revise" holds them until the
  // amendment is done; an ending closes them with the agreement's review period.
  const remaining = openReviews(base);
  const closeRemaining = (s: IopCase): IopCase => remaining.reduce((x, r) => withReview(x, { ...r, closedAt: now.toISOString() }), s);
  const stillOpen =
    remaining.length === 0
      ? { sv: '', en: '' }
      : {
          sv: ` ${reviewNamesSv(remaining)} är fortfarande ${remaining.length > 1 ? 'öppna' : 'öppen'}.`,
          en: ` ${reviewNamesEn(remaining)} ${remaining.length > 1 ? 'are' : 'is'} still open.`,
        };
  const timeline: TimelineEntry[] = [];
  const effects: IopEffect[] = [];
  let next: IopCase;
  let output: WaitOutput;
  switch (action.decision) {
    case 'continue': {
      timeline.push(
        timelineEntry(
          'review-decided',
          actor,
          now,
          {
            sv: `Uppföljning ${review.number}: parterna fortsätter enligt överenskommelsen.${stillOpen.sv}`,
            en: `Review ${review.number}: the parties continue under the agreement.${stillOpen.en}`,
          },
          true,
          { decision: 'continue', reviewNumber: review.number },
        ),
      );
      if (remaining.length > 0) return { state: base, timeline, effects: [{ type: 'heartbeat', waitKind: 'review' }] };
      output = { outcome: 'continue' };
      next = { ...complete(base, output).state, stage: 'agreement' };
      break;
    }
    case 'revise': {
      output = { outcome: 'revise' };
      const draft: IopDraft = { ...state.draft, version: state.draft.version + 1, authoredBy: actor.sub, at: now.toISOString(), summary: action.motivation };
      next = {
        ...enterStage(complete(base, output).state, 'dialogue', now, config),
        amending: true,
        draft,
        draftHistory: [...state.draftHistory, state.draft],
        consents: {},
      };
      timeline.push(
        timelineEntry(
          'review-decided',
          actor,
          now,
          {
            sv:
              `Uppföljning ${review.number}: överenskommelsen ska ändras. ` +
              'Den gäller som förut medan parterna för dialog om ändringen.' +
              (remaining.length > 0 ? ` ${reviewNamesSv(remaining)} fortsätter när ändringen är klar.` : ''),
            en:
              `Review ${review.number}: the agreement is to be amended. ` +
              'It stays in force while the parties discuss the amendment.' +
              (remaining.length > 0 ? ` ${reviewNamesEn(remaining)} ${remaining.length > 1 ? 'continue' : 'continues'} once the amendment is finished.` : ''),
          },
          true,
          { decision: 'revise', reviewNumber: review.number },
        ),
      );
      timeline.push(stageChanged(actor, now, state.stage, 'dialogue'));
      break;
    }
    case 'terminate': {
      const notice = action.noticeMonths ?? inForce.noticeMonths;
      const byNotice = addMonths(now, notice);
      const endsAt = isAfter(byNotice, inForce.termEnd) ? inForce.termEnd : byNotice;
      output = { outcome: 'terminate', endsAt };
      next = { ...complete(closeRemaining(base), output).state, stage: 'agreement', endsAt, ending: 'terminate' };
      timeline.push(
        timelineEntry(
          'review-decided',
          actor,
          now,
          {
            sv: `Uppföljning ${review.number}: överenskommelsen sägs upp med ${notice} månaders uppsägningstid och upphör ${endsAt.slice(0, 10)}.`,
            en: `Review ${review.number}: the agreement is terminated with ${notice} months' notice and ends on ${endsAt.slice(0, 10)}.`,
          },
          true,
          { decision: 'terminate', endsAt },
        ),
      );
      effects.push({ type: 'cancel-schedules' });
      break;
    }
    case 'close': {
      output = { outcome: 'close', endsAt: inForce.termEnd };
      next = { ...complete(closeRemaining(base), output).state, stage: 'agreement', endsAt: inForce.termEnd, ending: 'close' };
      timeline.push(
        timelineEntry(
          'review-decided',
          actor,
          now,
          {
            sv: `Slutuppföljning: överenskommelsen avslutas när den löper ut ${inForce.termEnd.slice(0, 10)}.`,
            en: `Final review: the agreement closes when it ends on ${inForce.termEnd.slice(0, 10)}.`,
          },
          true,
          { decision: 'close' },
        ),
      );
      effects.push({ type: 'cancel-schedules' });
      break;
    }
    case 'renew': {
      const renewalCaseId = renewalIdOf(state);
      output = { outcome: 'renew', endsAt: inForce.termEnd, renewalCaseId };
      next = { ...complete(closeRemaining(base), output).state, stage: 'agreement', endsAt: inForce.termEnd, ending: 'renew', renewedBy: renewalCaseId };
      timeline.push(
        timelineEntry(
          'review-decided',
          actor,
          now,
          {
            sv:
              `Slutuppföljning: parterna förnyar samarbetet. Ett nytt ärende börjar i dialog; ` +
              `den här överenskommelsen gäller till ${inForce.termEnd.slice(0, 10)}.`,
            en: `Final review: the parties renew the partnership. A new case starts in dialogue; this agreement runs until ${inForce.termEnd.slice(0, 10)}.`,
          },
          true,
          { decision: 'renew', renewalCaseId },
        ),
      );
      effects.push({ type: 'cancel-schedules' });
      break;
    }
  }
  const waitEffect: IopEffect = { type: 'complete-wait', waitKind: 'review', output };
  return { state: next, timeline, effects: [waitEffect, ...effects] };
}

/** What still stands in the way of the decision: reports not in, parties not heard, a decision that does not fit the review. */
export function reviewDecisionErrors(state: IopCase, review: IopReview, decision: ReviewOutcome): FieldError[] {
  const errors: FieldError[] = [];
  const missing = reportsMissing(state, review);
  if (missing.length > 0) {
    const names = missing.map((p) => p.name).join(', ');
    const text = { sv: `Uppföljningsrapporten saknas från ${names}.`, en: `Waiting for the review report of ${names}` };
    errors.push({ path: 'reports', message: text.en, text });
  }
  const unheard = unheardParties(state, review);
  if (unheard.length > 0) errors.push(notHeardError(unheard));
  if ((decision === 'renew' || decision === 'close') && !review.final) {
    const text = {
      sv: `Beslutet att ${decision === 'renew' ? 'förnya' : 'avsluta'} fattas bara vid slutuppföljningen.`,
      en: `"${decision}" is decided at the final review only`,
    };
    errors.push({ path: 'decision', message: text.en, text });
  }
  if (review.final && (decision === 'continue' || decision === 'revise')) {
    const text = {
      sv: 'Vid slutuppföljningen förnyar, avslutar eller säger parterna upp överenskommelsen.',
      en: 'At the final review the parties renew, close or terminate',
    };
    errors.push({ path: 'decision', message: text.en, text });
  }
  return errors;
}

/** The refusal's detail: every field error's sentence, in each language. */
const bothOf = (errors: readonly FieldError[]): BilingualText => ({
  sv: errors.map((e) => e.text?.sv ?? e.message).join(' '),
  en: errors.map((e) => (e.text?.en ?? e.message).replace(/([^.])$/, '$1.')).join(' '),
});

/** Renewals get a predictable id, so a retried renewal task finds the case it already created. */
export function renewalIdOf(state: IopCase): string {
  const root = state.renews ? state.id.replace(/-r\d+$/, '') : state.id;
  return `${root}-r${state.generation + 1}`;
}
