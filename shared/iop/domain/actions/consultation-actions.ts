import type { Actor } from '../../../platform/auth/actor.js';
import { ConflictError, ExpiredError, RuleViolationError } from '../../../platform/errors/domain-errors.js';
import type { FieldError } from '../../../platform/errors/domain-errors.js';
import type { LocalizedText, TimelineEntry } from '../../../platform/timeline/timeline-entry.js';
import { SystemActor } from '../../../platform/auth/actor.js';
import type { IopCase, IopConsultation, ConsultationClosing } from '../case-model.js';
import { dateOnly, isAfter } from '../dates.js';
import type { ActionOf } from '../schemas.js';
import type { IopTransition } from '../transition.js';
import { timelineEntry } from '../transition.js';
import { heartbeat, mustParty } from './action-helpers.js';

/**
 * The consultation round (remiss) of the dialogue: invited organisations
 * answer by a deadline (alone or jointly); the deadline can be extended; when
 * the round closes (its deadline passed, everyone answered, or the unit closed
 * it early to ask for a decision) the case records who answered and who did
 * not, and the unit records how the answers were handled.
 */
const names = (list: readonly string[]) => (list.length === 0 ? '–' : list.join(', '));

/** The organisations that answered (alone or in a joint answer). */
export function answeredOrgIds(c: IopConsultation): Set<string> {
  return new Set(c.responses.flatMap((r) => [r.orgId, ...(r.jointWith ?? [])]));
}

export function consultationOpen(state: IopCase, now: Date): boolean {
  const c = state.consultation;
  if (!c || c.closed) return false;
  const answered = answeredOrgIds(c);
  return c.responders.some((r) => !answered.has(r.orgId)) && isAfter(c.deadline, now);
}

/** The round closes: who answered and who did not, recorded on the case and in the timeline. */
export function closeConsultation(
  state: IopCase,
  how: ConsultationClosing['how'],
  at: string,
  actor: Actor,
  now: Date,
  reason?: string,
): { state: IopCase; entry: TimelineEntry } {
  const c = state.consultation!;
  const answered = answeredOrgIds(c);
  const yes = c.responders.filter((r) => answered.has(r.orgId));
  const no = c.responders.filter((r) => !answered.has(r.orgId));
  const closed: ConsultationClosing = { at, how, answered: yes.map((r) => r.orgId), unanswered: no.map((r) => r.orgId), ...(reason ? { reason } : {}) };
  const why: LocalizedText =
    how === 'early'
      ? { sv: `Remissen stängdes i förtid av vårdenheten. Skäl: ${reason}`, en: `The consultation was closed early by the healthcare unit. Reason: ${reason}` }
      : how === 'all-answered'
        ? { sv: 'Remissen är stängd: alla har svarat.', en: 'The consultation is closed: everyone has answered.' }
        : {
            sv: `Remissen stängdes när svarstiden gick ut ${dateOnly(c.deadline)}.`,
            en: `The consultation closed when its deadline passed on ${dateOnly(c.deadline)}.`,
          };
  const entry = timelineEntry(
    'consultation-closed',
    actor,
    now,
    {
      sv: `${why.sv} Svarade: ${names(yes.map((r) => r.name))}. Svarade inte: ${names(no.map((r) => r.name))}.`,
      en: `${why.en} Answered: ${names(yes.map((r) => r.name))}. Did not answer: ${names(no.map((r) => r.name))}.`,
    },
    true,
    { ...closed },
  );
  return { state: { ...state, consultation: { ...c, closed } }, entry };
}

/**
 * A round whose deadline passed is closed, dated at its deadline: by the
 * round's own execution (iop-consultation) at the deadline, or by whatever
 * change of the case comes first.
 */
export function closeLapsedConsultation(state: IopCase, now: Date): IopTransition {
  const c = state.consultation;
  if (!c || c.closed || isAfter(c.deadline, now)) return { state, timeline: [], effects: [] };
  const done = closeConsultation(state, 'deadline', c.deadline, SystemActor, now);
  return { state: done.state, timeline: [done.entry], effects: [] };
}

/** The name of the execution that closes a round at its deadline: one per round, from the case and when the round started. */
export const consultationExecutionName = (caseId: string, startedAt: string): string => `${caseId}-consultation-${Date.parse(startedAt)}`;

/**
 * The consultation workflow's step at the round's deadline: a round whose
 * deadline passed is closed now (who answered, who did not). It tells the
 * workflow whether the round is still open (its deadline was extended) and
 * until when; a round that closed otherwise, or was replaced by a new round,
 * is done.
 */
export function closeConsultationAtDeadline(state: IopCase, startedAt: string, now: Date): IopTransition & { open: boolean; deadline: string } {
  const c = state.consultation;
  if (!c || c.startedAt !== startedAt) return { state, timeline: [], effects: [], open: false, deadline: now.toISOString() };
  const closed = closeLapsedConsultation(state, now);
  const round = closed.state.consultation!;
  return { ...closed, open: round.closed === undefined, deadline: round.deadline };
}

export function startConsultation(state: IopCase, action: ActionOf<'start-consultation'>, actor: Actor, now: Date): IopTransition {
  mustParty(state, actor);
  if (consultationOpen(state, now)) {
    throw new ConflictError({ sv: 'En remiss pågår redan.', en: 'A consultation round is already open.' }, { stage: state.stage });
  }
  if (!isAfter(action.deadline, now)) throw new RuleViolationError([{ path: 'deadline', message: 'The deadline must be in the future', text: FutureDeadline }]);
  const deadline = new Date(action.deadline).toISOString();
  const next: IopCase = {
    ...state,
    consultation: { question: action.question, deadline, responders: action.responders, responses: [], startedAt: now.toISOString() },
  };
  return {
    state: next,
    timeline: [
      timelineEntry(
        'consultation-started',
        actor,
        now,
        {
          sv: `Remiss skickad till ${action.responders.map((r) => r.name).join(', ')}. Svar senast ${deadline.slice(0, 10)}.`,
          en: `Consultation sent to ${action.responders.map((r) => r.name).join(', ')}. Answers due by ${deadline.slice(0, 10)}.`,
        },
        true,
        { deadline, responders: action.responders.map((r) => r.orgId) },
      ),
    ],
    effects: [
      ...heartbeat(state),
      { type: 'watch-consultation', executionName: consultationExecutionName(state.id, now.toISOString()), startedAt: now.toISOString(), deadline },
    ],
  };
}

const FutureDeadline = { sv: 'Sista svarsdag måste ligga i framtiden.', en: 'The deadline must be in the future.' };

export function respondConsultation(state: IopCase, action: ActionOf<'respond-consultation'>, actor: Actor, now: Date): IopTransition {
  const c = state.consultation;
  if (!c) throw new ConflictError({ sv: 'Det finns ingen remiss att svara på.', en: 'There is no consultation round.' }, { stage: state.stage });
  const answered = answeredOrgIds(c);
  if (answered.has(actor.org)) {
    const name = c.responders.find((r) => r.orgId === actor.org)?.name ?? actor.org;
    throw new ConflictError({ sv: `${name} har redan svarat på remissen.`, en: `${actor.org} has already answered the consultation.` }, { stage: state.stage });
  }
  if (c.closed || !isAfter(c.deadline, now)) {
    const day = (c.closed?.at ?? c.deadline).slice(0, 10);
    throw new ExpiredError({ sv: `Remissen stängdes ${day}. Det går inte att svara längre.`, en: `The consultation closed on ${day}.` });
  }
  const errors: FieldError[] = [];
  const joint = [...new Set(action.jointWith ?? [])].filter((o) => o !== actor.org);
  joint.forEach((orgId, i) => {
    const responder = c.responders.find((r) => r.orgId === orgId);
    if (!responder)
      errors.push({
        path: `jointWith.${i}`,
        message: `${orgId} was not asked to answer this consultation`,
        text: { sv: 'Organisationen är inte inbjuden att svara på remissen.', en: `${orgId} was not asked to answer this consultation.` },
      });
    else if (answered.has(orgId))
      errors.push({
        path: `jointWith.${i}`,
        message: `${responder.name} has already answered`,
        text: { sv: `${responder.name} har redan svarat.`, en: `${responder.name} has already answered.` },
      });
  });
  if (errors.length > 0) throw new RuleViolationError(errors);
  const nameOf = (orgId: string) => c.responders.find((r) => r.orgId === orgId)?.name ?? orgId;
  let next: IopCase = {
    ...state,
    consultation: {
      ...c,
      responses: [...c.responses, { orgId: actor.org, response: action.response, at: now.toISOString(), ...(joint.length > 0 ? { jointWith: joint } : {}) }],
    },
  };
  const who = [actor.org, ...joint].map(nameOf);
  const timeline: TimelineEntry[] = [
    timelineEntry(
      'consultation-answered',
      actor,
      now,
      joint.length > 0
        ? { sv: `${who.join(', ')} har svarat gemensamt på remissen.`, en: `${who.join(', ')} have answered the consultation jointly.` }
        : { sv: `${who[0]} har svarat på remissen.`, en: `${who[0]} has answered the consultation.` },
      false,
      { orgId: actor.org, ...(joint.length > 0 ? { jointWith: joint } : {}) },
    ),
  ];
  if (!consultationOpen(next, now)) {
    const done = closeConsultation(next, 'all-answered', now.toISOString(), actor, now);
    next = done.state;
    timeline.push(done.entry);
  }
  return { state: next, timeline, effects: heartbeat(state) };
}

export function extendConsultation(state: IopCase, action: ActionOf<'extend-consultation'>, actor: Actor, now: Date): IopTransition {
  mustParty(state, actor);
  const c = state.consultation;
  if (!c || c.closed) {
    const text = { sv: 'Det finns ingen öppen remiss att förlänga.', en: 'There is no open consultation to extend.' };
    throw new ConflictError(text.en, { stage: state.stage, text });
  }
  const deadline = new Date(action.deadline).toISOString();
  if (!isAfter(deadline, c.deadline)) {
    const text = {
      sv: `Den nya sista svarsdagen måste ligga efter den nuvarande, ${dateOnly(c.deadline)}.`,
      en: `The new deadline must be after the current one, ${dateOnly(c.deadline)}.`,
    };
    throw new RuleViolationError([{ path: 'deadline', message: text.en, text }]);
  }
  const extension = { previousDeadline: c.deadline, deadline, by: actor.sub, at: now.toISOString(), ...(action.reason ? { reason: action.reason } : {}) };
  return {
    state: { ...state, consultation: { ...c, deadline, extensions: [...(c.extensions ?? []), extension] } },
    timeline: [
      timelineEntry(
        'consultation-extended',
        actor,
        now,
        {
          sv: `Svarstiden för remissen är förlängd från ${dateOnly(c.deadline)} till ${dateOnly(deadline)}.${action.reason ? ` Skäl: ${action.reason}` : ''}`,
          en: `The consultation deadline is extended from ${dateOnly(c.deadline)} to ${dateOnly(deadline)}.${action.reason ? ` Reason: ${action.reason}` : ''}`,
        },
        true,
        { previousDeadline: c.deadline, deadline },
      ),
    ],
    effects: heartbeat(state),
  };
}

export function recordConsultationHandling(state: IopCase, action: ActionOf<'record-consultation-handling'>, actor: Actor, now: Date): IopTransition {
  const party = mustParty(state, actor);
  const c = state.consultation;
  if (!c?.closed) {
    const text = {
      sv: 'Hur remissvaren har hanterats kan skrivas in först när remissen är stängd.',
      en: 'How the answers were handled can be recorded once the consultation is closed.',
    };
    throw new ConflictError(text.en, { stage: state.stage, text });
  }
  return {
    state: { ...state, consultation: { ...c, handling: { text: action.handling, by: actor.sub, at: now.toISOString() } } },
    timeline: [
      timelineEntry(
        'consultation-handled',
        actor,
        now,
        {
          sv: `${party.name} har redovisat hur remissvaren har hanterats: ${action.handling}`,
          en: `${party.name} has recorded how the consultation answers were handled: ${action.handling}`,
        },
        true,
      ),
    ],
    effects: heartbeat(state),
  };
}
