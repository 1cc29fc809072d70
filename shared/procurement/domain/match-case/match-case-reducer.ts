import type { Actor } from '../../../platform/auth/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, RuleViolationError } from '../../../platform/errors/domain-errors.js';
import type { LocalizedText } from '../../../platform/timeline/timeline-entry.js';
import type { Notice } from '../notice.js';
import { closedNoticeRefusal, isNoticeClosed } from '../notice-closed.js';
import { WHOLE_NOTICE_LOT } from '../notice-keys.js';
import type { MatchAction, MatchCase, MatchContext, MatchStage } from './match-case-model.js';
import { contractEndDate, followUpSlots } from './follow-up-schedule.js';
import { appealHoldEnd, standstillEnd, swedishDate } from './standstill.js';
import { contractHold, contractTermViolations } from './contract-rules.js';
import { tenderOpeningViolation } from './tender-opening.js';
import { admit, complete, done, entry, heartbeat, MatchDeadlines, type MatchTransition, moveTo, StageNames, startStage } from './match-transition.js';
import { applySystemMatchAction, isSystemMatchAction } from './system-match-actions.js';

export { contractHold };

/**
 * The match case as a pure reducer: (state, action, actor, now) → next state,
 * the timeline entries it adds and the effects to run after the commit.
 * Wrong stage → 409 naming the stage; wrong party → 403 (both from the table in match-case-actions.ts); broken rule → 422.
 * The parties' actions are here; the workflow's are in system-match-actions.ts.
 */
export type { MatchTransition };
export { MatchDeadlines, StageNames };

export function startMatchCase(
  input: { id: string; reference: string; notice: Notice; lotId: string; bidderOrgId: string },
  actor: Actor,
  now: Date,
): MatchTransition {
  const { notice, lotId } = input;
  if (lotId !== WHOLE_NOTICE_LOT && !notice.lots.some((l) => l.id === lotId))
    throw new NotFoundError({ sv: `Upphandlingen ${notice.id} har inget delområde ${lotId}.`, en: `Notice ${notice.id} has no lot ${lotId}.` });
  if (lotId === WHOLE_NOTICE_LOT && notice.lots.length > 0) {
    throw new RuleViolationError([
      {
        path: 'lotId',
        message: 'This notice is divided into lots: name the lot',
        text: { sv: 'Upphandlingen är indelad i delområden. Välj vilket delområde det gäller.', en: 'This notice is divided into lots: name the lot.' },
      },
    ]);
  }
  if (actor.role === 'civil' && actor.org !== input.bidderOrgId)
    throw new ForbiddenError({
      sv: 'Du får bara gå vidare med matchningar för din egen organisation.',
      en: 'You may only pursue matches for your own organisation.',
    });
  if (actor.role !== 'civil' && actor.role !== 'procurement')
    throw new ForbiddenError({
      sv: 'Bara anbudsgivare och upphandlare kan starta ett matchningsärende.',
      en: 'Only bidders and procurement staff start match cases.',
    });
  if (isNoticeClosed(notice, now)) {
    const refusal = closedNoticeRefusal(notice, 'noticeId', { sv: 'inga nya matchningsärenden kan startas.', en: 'no new match case can be started.' });
    throw new RuleViolationError([refusal], refusal.message, refusal.text);
  }
  const at = now.toISOString();
  const state: MatchCase = {
    id: input.id,
    reference: input.reference,
    noticeId: notice.id,
    lotId,
    noticeTitle: notice.title,
    buyerOrgId: notice.buyer.orgId,
    ...(notice.publicBody === undefined ? {} : { publicBody: notice.publicBody }),
    bidderOrgId: input.bidderOrgId,
    consortiumOrgIds: [],
    initiatedBy: actor.role === 'civil' ? 'bidder' : 'procurement',
    stage: 'initiation',
    directAward: notice.procedure === 'direct-award',
    reservation: notice.reservation,
    reservedForIdeburna: notice.reservedForIdeburna,
    // Stored in UTC like every other instant of the case, whatever offset the notice was written with.
    tenderDeadline: new Date(notice.deadline).toISOString(),
    tenderSchool: null,
    tenderSubmittedAt: null,
    evaluation: null,
    award: null,
    appeal: null,
    contract: null,
    reviews: [],
    needsAttention: null,
    createdAt: at,
    updatedAt: at,
  };
  const text: LocalizedText =
    actor.role === 'civil'
      ? { sv: `${actor.name} vill lämna anbud på "${notice.title}".`, en: `${actor.name} wants to bid for "${notice.title}".` }
      : {
          sv: `${actor.name} bjuder in organisationen att lämna anbud på "${notice.title}".`,
          en: `${actor.name} invites the organisation to bid for "${notice.title}".`,
        };
  return { state, timeline: [entry(actor, at, 'case-started', text, true)], effects: [startStage(state, 'initiation')] };
}

export function applyMatchAction(state: MatchCase, action: MatchAction, actor: Actor, now: Date, context: MatchContext = {}): MatchTransition {
  if (isSystemMatchAction(action)) return applySystemMatchAction(state, action, actor, now);
  const { at, s, log } = admit(state, action.type, actor, now);

  switch (action.type) {
    case 'accept-invitation':
    case 'acknowledge': {
      if ((action.type === 'accept-invitation') !== (state.initiatedBy === 'procurement')) {
        throw new ConflictError(
          action.type === 'acknowledge'
            ? { sv: 'Det är anbudsgivaren som svarar på en inbjudan, inte upphandlaren.', en: 'The bidder answers an invitation, not procurement staff.' }
            : { sv: 'Det finns ingen inbjudan att tacka ja till.', en: 'There is no invitation to accept.' },
          { stage: state.stage },
        );
      }
      return moveTo(
        s,
        'dialogue',
        actor,
        at,
        [log(action.type, { sv: 'Dialogen kan börja.', en: 'The dialogue can begin.' })],
        [complete('initiation', { accepted: true })],
      );
    }
    case 'decline-invitation':
      if (state.initiatedBy !== 'procurement')
        throw new ConflictError({ sv: 'Det finns ingen inbjudan att tacka nej till.', en: 'There is no invitation to decline.' }, { stage: state.stage });
      return moveTo(
        s,
        'withdrawn',
        actor,
        at,
        [log('invitation-declined', { sv: 'Inbjudan avböjdes.', en: 'The invitation was declined.' })],
        [complete('initiation', { accepted: false })],
      );
    case 'invite-tender-school':
      return done(
        { ...s, tenderSchool: { at: action.at } },
        [
          log('tender-school-invited', {
            sv: `Inbjudan till anbudsskola ${action.at.slice(0, 10)}.`,
            en: `Invitation to a tender school on ${action.at.slice(0, 10)}.`,
          }),
        ],
        [heartbeat('dialogue')],
      );
    case 'form-consortium': {
      const orgIds = [...new Set(action.orgIds.filter((o) => o !== state.bidderOrgId))];
      return done(
        { ...s, consortiumOrgIds: orgIds, consortiumAccepted: [] },
        [
          log('consortium-formed', {
            sv: `Konsortium med ${orgIds.join(', ')} föreslaget; var och en läser ärendet när den har tackat ja.`,
            en: `Consortium with ${orgIds.join(', ')} proposed; each reads the case once it has accepted.`,
          }),
        ],
        [heartbeat('dialogue')],
      );
    }
    case 'join-consortium':
      return done(
        { ...s, consortiumAccepted: [...(s.consortiumAccepted ?? []), actor.org] },
        [log('consortium-joined', { sv: `${actor.org} har gått med i konsortiet.`, en: `${actor.org} has joined the consortium.` })],
        [],
      );
    case 'submit-tender':
      if (now.getTime() > Date.parse(state.tenderDeadline)) {
        throw new RuleViolationError([
          {
            path: 'type',
            message: `The tender deadline ${state.tenderDeadline} has passed`,
            text: {
              sv: `Sista anbudsdag (${swedishDate(new Date(state.tenderDeadline))}) har passerat. Anbud kan inte längre lämnas.`,
              en: `The tender deadline (${swedishDate(new Date(state.tenderDeadline))}) has passed. Tenders can no longer be submitted.`,
            },
          },
        ]);
      }
      return moveTo(
        { ...s, tenderSubmittedAt: at },
        'approval',
        actor,
        at,
        [log('tender-submitted', { sv: 'Anbudet har lämnats in.', en: 'The tender has been submitted.' })],
        [complete('dialogue', { submitted: true })],
      );
    case 'record-evaluation': {
      const early = tenderOpeningViolation(state, 'evaluate', now);
      if (early) throw new RuleViolationError([early], early.message, early.text);
      return done(
        { ...s, evaluation: { at, note: action.note } },
        [log('tender-evaluated', { sv: 'Anbuden har utvärderats.', en: 'The tenders have been evaluated.' }, false)],
        [heartbeat('award-decision')],
      );
    }
    case 'decide-award': {
      if (state.award)
        throw new ConflictError({ sv: 'Tilldelningsbeslutet är redan fattat.', en: 'The award decision has already been made.' }, { stage: state.stage });
      const early = action.outcome === 'cancelled' ? undefined : tenderOpeningViolation(state, 'award', now);
      if (early) throw new RuleViolationError([early], early.message, early.text);
      const standstill = action.outcome === 'awarded' && !state.directAward ? standstillEnd(now, action.sentElectronically) : null;
      const award = { decidedAt: at, outcome: action.outcome, sentElectronically: action.sentElectronically, standstill };
      const text: LocalizedText =
        action.outcome === 'awarded'
          ? standstill
            ? {
                sv: `Tilldelningsbeslut: ni tilldelas kontraktet. Avtalsspärr till och med ${standstill.lastDay}.`,
                en: `Award decision: you are awarded the contract. Standstill until ${standstill.lastDay} inclusive.`,
              }
            : {
                sv: 'Tilldelningsbeslut: ni tilldelas kontraktet (direktupphandling, ingen avtalsspärr).',
                en: 'Award decision: you are awarded the contract (direct award, no standstill).',
              }
          : action.outcome === 'not-awarded'
            ? { sv: 'Tilldelningsbeslut: kontraktet gick till en annan leverantör.', en: 'Award decision: the contract went to another supplier.' }
            : { sv: 'Upphandlingen avbröts.', en: 'The procurement was cancelled.' };
      const effects = [complete('award-decision', { outcome: action.outcome })];
      const entries = [log('award-decided', text)];
      return action.outcome === 'awarded' ? done({ ...s, award }, entries, effects) : moveTo({ ...s, award }, 'closed', actor, at, entries, effects);
    }
    case 'file-appeal': {
      const awarded = state.award?.outcome === 'awarded';
      if (!awarded || state.award?.standstill === null)
        throw new ConflictError(
          { sv: 'Här kan bara ett tilldelningsbeslut under avtalsspärr överprövas.', en: 'Only an award under standstill can be appealed here.' },
          { stage: state.stage },
        );
      if (state.appeal) throw new ConflictError({ sv: 'En överprövning är redan registrerad.', en: 'An appeal is already recorded.' }, { stage: state.stage });
      return done(
        { ...s, appeal: { filedAt: at, courtDecidedAt: null, holdUntil: null } },
        [
          log('appeal-filed', {
            sv: 'Upphandlingen har överprövats. Avtal får inte tecknas förrän tio dagar efter att förvaltningsrätten avgjort målet.',
            en: 'The award has been appealed. No contract until ten days after the administrative court decides.',
          }),
        ],
        [],
      );
    }
    case 'record-court-decision': {
      if (!state.appeal || state.appeal.courtDecidedAt)
        throw new ConflictError({ sv: 'Det finns ingen pågående överprövning.', en: 'There is no pending appeal.' }, { stage: state.stage });
      const decidedAt = action.decidedAt ?? at;
      const holdUntil = appealHoldEnd(new Date(decidedAt));
      return done(
        { ...s, appeal: { ...state.appeal, courtDecidedAt: decidedAt, holdUntil } },
        [
          log('court-decided', {
            sv: `Förvaltningsrätten har avgjort målet. Avtal kan tecknas efter ${holdUntil.lastDay}.`,
            en: `The administrative court has decided. The contract can be concluded after ${holdUntil.lastDay}.`,
          }),
        ],
        [],
      );
    }
    case 'conclude-contract': {
      if (state.contract) throw new ConflictError({ sv: 'Avtalet är redan tecknat.', en: 'The contract is already concluded.' }, { stage: state.stage });
      const errors = contractTermViolations(state, action, context, now);
      if (errors.length > 0)
        throw new RuleViolationError(errors, {
          sv: 'Avtalstiden går emot en regel i lagen om offentlig upphandling (LOU). Se felen vid fälten.',
          en: 'The contract term breaks a rule of the Public Procurement Act.',
        });
      const endDate = contractEndDate(action.startDate, action.termMonths);
      const anniversaries = followUpSlots(action).map((slot) => slot.at);
      return done(
        { ...s, contract: { signedAt: at, startDate: action.startDate, endDate, termMonths: action.termMonths, framework: action.framework } },
        [
          log('contract-concluded', {
            sv: `Avtal tecknat ${action.startDate}–${endDate}. Sociala åtaganden följs upp varje år.`,
            en: `Contract concluded ${action.startDate} to ${endDate}. Social commitments are followed up every year.`,
          }),
        ],
        [complete('contract', { signed: true }), { type: 'schedule-reviews', at: anniversaries }],
      );
    }
    case 'submit-follow-up': {
      const current = state.reviews.at(-1)!;
      if (current.report)
        throw new ConflictError({ sv: 'Uppföljningsrapporten är redan inlämnad.', en: 'The follow-up report is already in.' }, { stage: state.stage });
      const reviews = [...state.reviews.slice(0, -1), { ...current, report: { at, text: action.text, commitmentsMet: action.commitmentsMet } }];
      return done(
        { ...s, reviews },
        [log('follow-up-reported', { sv: 'Uppföljningsrapporten har lämnats.', en: 'The follow-up report has been submitted.' })],
        [heartbeat('follow-up')],
      );
    }
    case 'review-decision': {
      const current = state.reviews.at(-1)!;
      if (!current.report)
        throw new RuleViolationError([
          {
            path: 'decision',
            message: 'Wait for the follow-up report first',
            text: { sv: 'Vänta tills uppföljningsrapporten har kommit in.', en: 'Wait for the follow-up report first.' },
          },
        ]);
      const reviews = [...state.reviews.slice(0, -1), { ...current, decision: action.decision }];
      const ended = state.contract !== null && now.toISOString().slice(0, 10) >= state.contract.endDate;
      const next: MatchStage = action.decision === 'close' || ended ? 'closed' : 'agreement';
      return moveTo(
        { ...s, reviews },
        next,
        actor,
        at,
        [
          log(
            'review-decided',
            next === 'closed'
              ? { sv: 'Uppföljningen är klar och ärendet avslutas.', en: 'The follow-up is done and the case is closed.' }
              : { sv: 'Uppföljningen är klar. Avtalet löper vidare.', en: 'The follow-up is done. The contract continues.' },
          ),
        ],
        [complete('follow-up', { decision: action.decision })],
        next === 'agreement' ? 'no-workflow' : 'workflow',
      );
    }
    case 'withdraw':
      return moveTo(
        s,
        'withdrawn',
        actor,
        at,
        [log('withdrawn', { sv: 'Ärendet har återkallats.', en: 'The case has been withdrawn.' })],
        [{ type: 'cancel-schedules' }],
      );
  }
}
