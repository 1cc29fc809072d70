import type { Actor } from '../../../platform/auth/actor.js';
import { ConflictError, ExpiredError, RuleViolationError } from '../../../platform/errors/domain-errors.js';
import type { FieldError } from '../../../platform/errors/domain-errors.js';
import type { IopCase, IopDraft } from '../case-model.js';
import { activeParties, everyPartyConsented } from '../case-model.js';
import type { IopConfig } from '../config.js';
import { isAfter } from '../dates.js';
import { checkDuration, hasFailures } from '../precheck.js';
import { IopLimits } from '../iop-limits.js';
import type { ActionOf } from '../schemas.js';
import type { IopTransition } from '../transition.js';
import { enterStage, stageChanged, timelineEntry } from '../transition.js';
import { complete, heartbeat, mustParty } from './action-helpers.js';
import { precheckOf, precheckEntry } from '../initiate.js';

/** Stage 2: the equal dialogue: meetings, draft versions, consents, a consultation round, and the request for a decision. */
export function recordMeeting(state: IopCase, action: ActionOf<'record-meeting'>, actor: Actor, now: Date): IopTransition {
  mustParty(state, actor);
  // The case holds only its newest meetings (the rest are items of their own): number from the last.
  const number = (state.meetings.at(-1)?.number ?? 0) + 1;
  if (number > IopLimits.meetingsPerCase) {
    throw new RuleViolationError([{ path: 'meetings', message: `A case holds at most ${IopLimits.meetingsPerCase} meetings.` }]);
  }
  const next: IopCase = {
    ...state,
    meetings: [
      ...state.meetings,
      { number, date: action.date, participants: action.participants, notes: action.notes, recordedBy: actor.sub, recordedAt: now.toISOString() },
    ],
    flags: { ...state.flags, stalled: undefined },
  };
  return {
    state: next,
    timeline: [
      timelineEntry(
        'meeting-recorded',
        actor,
        now,
        {
          sv: `Anteckningar från dialogmöte ${number} (${action.date}) finns nu för alla parter.`,
          en: `Notes from dialogue meeting ${number} (${action.date}) are now available to every party.`,
        },
        true,
        { meeting: number },
      ),
    ],
    effects: heartbeat(state),
  };
}

export function reviseDraft(state: IopCase, action: ActionOf<'revise-draft'>, actor: Actor, now: Date, config: IopConfig): IopTransition {
  mustParty(state, actor);
  const c = action.changes;
  const errors: FieldError[] = [];
  const partyIds = new Set(activeParties(state).map((p) => p.orgId));
  c.contributions?.forEach((entry, i) => {
    if (!partyIds.has(entry.orgId)) errors.push({ path: `changes.contributions.${i}.orgId`, message: `${entry.orgId} is not a party to the case` });
  });
  if (c.durationMonths !== undefined && c.durationMonths > config.maxTermMonths) {
    errors.push({ path: 'changes.durationMonths', message: checkDuration(c.durationMonths, config).reason.en });
  }
  if (state.draft.version >= IopLimits.draftVersionsPerCase) {
    errors.push({ path: 'draft.version', message: `A case holds at most ${IopLimits.draftVersionsPerCase} draft versions.` });
  }
  if (errors.length > 0) throw new RuleViolationError(errors);
  const previous = state.draft;
  const draft: IopDraft = {
    ...previous,
    ...(c.purpose !== undefined && { purpose: c.purpose }),
    ...(c.targetGroup !== undefined && { targetGroup: c.targetGroup }),
    ...(c.activities !== undefined && { activities: c.activities }),
    ...(c.budgetPerYearSek !== undefined && { budgetPerYearSek: c.budgetPerYearSek }),
    ...(c.plannedStart !== undefined && { plannedStart: c.plannedStart }),
    ...(c.durationMonths !== undefined && { durationMonths: c.durationMonths }),
    ...(c.governance !== undefined && { governance: c.governance }),
    ...(c.followUp !== undefined && { followUp: c.followUp }),
    ...(c.noticeMonths !== undefined && { noticeMonths: c.noticeMonths }),
    contributions: { ...previous.contributions, ...Object.fromEntries((c.contributions ?? []).map((e) => [e.orgId, e.contribution])) },
    version: previous.version + 1,
    authoredBy: actor.sub,
    at: now.toISOString(),
    ...(action.summary !== undefined ? { summary: action.summary } : { summary: undefined }),
  };
  const voided = Object.keys(state.consents).length;
  let next: IopCase = { ...state, draft, draftHistory: [...state.draftHistory, previous], consents: {}, flags: { ...state.flags, stalled: undefined } };
  next = { ...next, precheck: precheckOf(next, config) };
  const timeline = [
    timelineEntry(
      'draft-revised',
      actor,
      now,
      {
        sv:
          `Utkast version ${draft.version} finns. ` +
          `Alla parter behöver ta ställning till den nya versionen${voided > 0 ? '; tidigare samtycken gäller inte längre' : ''}.`,
        en:
          `Draft version ${draft.version} is available. ` +
          `Every party needs to consider the new version${voided > 0 ? '; earlier consents no longer apply' : ''}.`,
      },
      true,
      { draftVersion: draft.version, consentsVoided: voided },
    ),
  ];
  if (hasFailures(next.precheck) !== hasFailures(state.precheck) || next.precheck.some((r) => r.outcome === 'warn')) {
    timeline.push(precheckEntry(next.precheck, actor, now));
  }
  return { state: next, timeline, effects: heartbeat(state) };
}

export function consent(state: IopCase, action: ActionOf<'consent'>, actor: Actor, now: Date): IopTransition {
  const party = mustParty(state, actor);
  if (action.draftVersion !== state.draft.version) {
    throw new RuleViolationError([{ path: 'draftVersion', message: `Consent is given to the current draft, version ${state.draft.version}` }]);
  }
  if (state.consents[party.orgId] === state.draft.version) {
    throw new ConflictError(`${party.name} has already consented to version ${state.draft.version}.`, { stage: state.stage });
  }
  const consents = { ...state.consents, [party.orgId]: state.draft.version };
  const next: IopCase = { ...state, consents, flags: { ...state.flags, stalled: undefined } };
  const timeline = [
    timelineEntry(
      'consent-given',
      actor,
      now,
      {
        sv: `${party.name} samtycker till utkast version ${state.draft.version}.`,
        en: `${party.name} consents to draft version ${state.draft.version}.`,
      },
      false,
      { draftVersion: state.draft.version, orgId: party.orgId },
    ),
  ];
  if (everyPartyConsented(next)) {
    timeline.push(
      timelineEntry(
        'consensus-reached',
        actor,
        now,
        {
          sv: `Alla parter samtycker till version ${state.draft.version}. Vårdenheten kan nu begära beslut.`,
          en: `Every party consents to version ${state.draft.version}. The healthcare unit can now ask for a decision.`,
        },
        true,
        { draftVersion: state.draft.version },
      ),
    );
  }
  return { state: next, timeline, effects: heartbeat(state) };
}

export function consultationOpen(state: IopCase, now: Date): boolean {
  const c = state.consultation;
  if (!c) return false;
  const pending = c.responders.some((r) => !c.responses.some((x) => x.orgId === r.orgId));
  return pending && isAfter(c.deadline, now);
}

export function startConsultation(state: IopCase, action: ActionOf<'start-consultation'>, actor: Actor, now: Date): IopTransition {
  mustParty(state, actor);
  if (consultationOpen(state, now)) throw new ConflictError('A consultation round is already open.', { stage: state.stage });
  if (!isAfter(action.deadline, now)) throw new RuleViolationError([{ path: 'deadline', message: 'The deadline must be in the future' }]);
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
    effects: heartbeat(state),
  };
}

export function respondConsultation(state: IopCase, action: ActionOf<'respond-consultation'>, actor: Actor, now: Date): IopTransition {
  const c = state.consultation;
  if (!c) throw new ConflictError('There is no consultation round.', { stage: state.stage });
  if (!isAfter(c.deadline, now)) throw new ExpiredError(`The consultation closed on ${c.deadline.slice(0, 10)}.`);
  if (c.responses.some((r) => r.orgId === actor.org)) throw new ConflictError(`${actor.org} has already answered the consultation.`, { stage: state.stage });
  const responder = c.responders.find((r) => r.orgId === actor.org);
  const next: IopCase = {
    ...state,
    consultation: { ...c, responses: [...c.responses, { orgId: actor.org, response: action.response, at: now.toISOString() }] },
  };
  return {
    state: next,
    timeline: [
      timelineEntry(
        'consultation-answered',
        actor,
        now,
        {
          sv: `${responder?.name ?? actor.org} har svarat på remissen.`,
          en: `${responder?.name ?? actor.org} has answered the consultation.`,
        },
        false,
        { orgId: actor.org },
      ),
    ],
    effects: heartbeat(state),
  };
}

export function requestDecision(state: IopCase, actor: Actor, now: Date, config: IopConfig): IopTransition {
  const errors: FieldError[] = [];
  const missing = activeParties(state).filter((p) => state.consents[p.orgId] !== state.draft.version);
  if (missing.length > 0) {
    errors.push({
      path: 'consents',
      message: `Every party must consent to draft version ${state.draft.version}; missing: ${missing.map((p) => p.name).join(', ')}`,
    });
  }
  for (const r of state.precheck.filter((r) => r.outcome === 'fail')) errors.push({ path: `precheck.${r.path ?? r.check}`, message: r.reason.en });
  if (consultationOpen(state, now)) errors.push({ path: 'consultation', message: 'The consultation round is still open' });
  if (errors.length > 0) throw new RuleViolationError(errors, 'The case cannot leave the dialogue yet.');
  const done = complete(state, { outcome: 'decision-requested' });
  const next = { ...enterStage(done.state, 'approval', now, config), approvalRequestedAt: now.toISOString() };
  return {
    state: next,
    timeline: [
      stageChanged(actor, now, state.stage, 'approval'),
      timelineEntry(
        'decision-requested',
        actor,
        now,
        {
          sv: `Beslut begärt om utkast version ${state.draft.version}. Beslutsfattaren ska besluta senast ${next.deadlines.decision?.dueAt.slice(0, 10)}.`,
          en:
            `A decision was requested on draft version ${state.draft.version}. ` +
            `The decision-maker is due to decide by ${next.deadlines.decision?.dueAt.slice(0, 10)}.`,
        },
        true,
        { draftVersion: state.draft.version, dueAt: next.deadlines.decision?.dueAt },
      ),
    ],
    effects: [done.effect],
  };
}
