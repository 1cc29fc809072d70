import type { Actor } from '../../../platform/auth/actor.js';
import { ConflictError, RuleViolationError } from '../../../platform/errors/domain-errors.js';
import type { TimelineEntry } from '../../../platform/timeline/timeline-entry.js';
import type { FieldError } from '../../../platform/errors/domain-errors.js';
import type { IopCase, IopDraft } from '../case-model.js';
import { activeParties, everyPartyConsented } from '../case-model.js';
import type { IopConfig } from '../config.js';
import { checkDuration, hasFailures } from '../precheck.js';
import { IopLimits } from '../iop-limits.js';
import type { ActionOf } from '../schemas.js';
import type { IopTransition } from '../transition.js';
import { enterStage, stageChanged, timelineEntry } from '../transition.js';
import { complete, heartbeat, mustParty } from './action-helpers.js';
import { precheckOf, precheckEntry } from '../initiate.js';
import { closeConsultation, consultationOpen } from './consultation-actions.js';

/** Stage 2: the equal dialogue: meetings, draft versions, consents, a consultation round, and the request for a decision. */
export function recordMeeting(state: IopCase, action: ActionOf<'record-meeting'>, actor: Actor, now: Date): IopTransition {
  mustParty(state, actor);
  // The case holds only its newest meetings (the rest are items of their own): number from the last.
  const number = (state.meetings.at(-1)?.number ?? 0) + 1;
  if (number > IopLimits.meetingsPerCase) {
    const text = { sv: `Ett ärende rymmer högst ${IopLimits.meetingsPerCase} möten.`, en: `A case holds at most ${IopLimits.meetingsPerCase} meetings.` };
    throw new RuleViolationError([{ path: 'meetings', message: text.en, text }], text);
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
    if (!partyIds.has(entry.orgId)) {
      const text = { sv: 'Organisationen är inte part i ärendet.', en: `${entry.orgId} is not a party to the case` };
      errors.push({ path: `changes.contributions.${i}.orgId`, message: text.en, text });
    }
  });
  if (c.durationMonths !== undefined && c.durationMonths > config.maxTermMonths) {
    const { reason } = checkDuration(c.durationMonths, config);
    errors.push({ path: 'changes.durationMonths', message: reason.en, text: reason });
  }
  if (state.draft.version >= IopLimits.draftVersionsPerCase) {
    const text = {
      sv: `Ett ärende rymmer högst ${IopLimits.draftVersionsPerCase} utkastversioner.`,
      en: `A case holds at most ${IopLimits.draftVersionsPerCase} draft versions.`,
    };
    errors.push({ path: 'draft.version', message: text.en, text });
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
    const text = {
      sv: `Samtycke ges till det senaste utkastet, version ${state.draft.version}. Ladda om sidan och försök igen.`,
      en: `Consent is given to the current draft, version ${state.draft.version}`,
    };
    throw new RuleViolationError([{ path: 'draftVersion', message: text.en, text }], text);
  }
  if (state.consents[party.orgId] === state.draft.version) {
    throw new ConflictError(
      {
        sv: `${party.name} har redan samtyckt till version ${state.draft.version}.`,
        en: `${party.name} has already consented to version ${state.draft.version}.`,
      },
      { stage: state.stage },
    );
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

export function requestDecision(state: IopCase, action: ActionOf<'request-decision'>, actor: Actor, now: Date, config: IopConfig): IopTransition {
  const errors = decisionBlockers(state, now, action.closeConsultationReason !== undefined);
  if (errors.length > 0) {
    throw new RuleViolationError(errors, { sv: 'Ärendet kan inte lämna dialogen än. Se felen vid fälten.', en: 'The case cannot leave the dialogue yet.' });
  }
  const early = consultationOpen(state, now) ? closeConsultation(state, 'early', now.toISOString(), actor, now, action.closeConsultationReason) : undefined;
  return decisionRequested(early?.state ?? state, early ? [early.entry] : [], actor, now, config);
}

/**
 * What stands between the dialogue and a decision, each in Swedish and
 * English: a party that has not consented to the current draft, a failed
 * pre-check, an open consultation round (unless the unit closes it early).
 * The action table offers request-decision only when this is empty.
 */
export function decisionBlockers(state: IopCase, now: Date, closesConsultation = false): FieldError[] {
  const errors: FieldError[] = [];
  const v = state.draft.version;
  const missing = activeParties(state).filter((p) => state.consents[p.orgId] !== v);
  if (missing.length > 0) {
    const who = missing.map((p) => p.name).join(', ');
    errors.push({
      path: 'consents',
      message: `Every party must consent to draft version ${v}; missing: ${who}`,
      text: {
        sv: `Alla parter måste samtycka till utkast version ${v}. Samtycke saknas från ${who}.`,
        en: `Every party must consent to draft version ${v}. Missing: ${who}.`,
      },
    });
  }
  for (const r of state.precheck.filter((r) => r.outcome === 'fail'))
    errors.push({ path: `precheck.${r.path ?? r.check}`, message: r.reason.en, text: r.reason });
  if (consultationOpen(state, now) && !closesConsultation) {
    const due = state.consultation!.deadline.slice(0, 10);
    errors.push({
      path: 'consultation',
      message: `The consultation round is still open (answers due ${due}); close it early with a reason (closeConsultationReason) or wait`,
      text: {
        sv: `Remissen är fortfarande öppen (svar senast ${due}). Vänta på svaren, eller stäng remissen i förtid och ange varför.`,
        en: `The consultation is still open (answers due ${due}). Wait for the answers, or close it early and say why.`,
      },
    });
  }
  return errors;
}

function decisionRequested(state: IopCase, before: TimelineEntry[], actor: Actor, now: Date, config: IopConfig): IopTransition {
  const done = complete(state, { outcome: 'decision-requested' });
  const next = { ...enterStage(done.state, 'approval', now, config), approvalRequestedAt: now.toISOString() };
  return {
    state: next,
    timeline: [
      ...before,
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
