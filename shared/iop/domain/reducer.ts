import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/auth/actor.js';
import { ConflictError, ExpiredError, ForbiddenError, RuleViolationError, ValidationError } from '../../platform/errors/domain-errors.js';
import type { FieldError } from '../../platform/errors/domain-errors.js';
import type { TimelineEntry } from '../../platform/timeline/timeline-entry.js';
import { generateAgreement, isFullySigned } from './agreement.js';
import type { IopCase, IopDraft, IopParty, IopStage, WaitOutput } from './case-model.js';
import {
  awaitingSignatures,
  activeParties,
  everyPartyConsented,
  emptyCaseRecords,
  executionName,
  isTerminal,
  openReviews,
  reviewNamesEn,
  reviewNamesSv,
  waitKindOf,
  withReview,
} from './case-model.js';
import type { IopConfig } from './config.js';
import { addMonths, isAfter } from './dates.js';
import type { IopEffect } from './iop-effect.js';
import { IopActions } from './actions.js';
import { actingParty, authorise, canInitiate } from './permissions.js';
import { checkDuration, hasFailures, precheck } from './precheck.js';
import type { PrecheckResult } from './precheck.js';
import { ChecklistItems, IopLimits } from './schemas.js';
import type { ActionOf, InitiateIopCaseInput, IopAction, IopActionType } from './schemas.js';
import { stateAidPositions } from './state-aid.js';
import type { IopTransition } from './transition.js';
import { enterStage, stageChanged, timelineEntry } from './transition.js';

/**
 * The IOP process as a pure reducer: no I/O, no clock, no randomness except
 * the id of a new case (injectable). Every rule of the product lives here or in
 * the small modules it calls; handlers only parse, authorise, commit and run
 * the effects returned.
 */

/** The stages in which each action fits; anything else is a 409 naming the stage. */
/** The stages each action fits (from the action table). */
export const ActionStages = Object.fromEntries(Object.entries(IopActions).map(([type, rule]) => [type, rule.stages])) as {
  readonly [T in IopActionType]: (typeof IopActions)[T]['stages'];
};

const DefaultGovernance = 'En gemensam styrgrupp med en företrädare för varje part träffas minst en gång per kvartal.';
const DefaultFollowUp = 'Årlig uppföljning av aktiviteter, räckvidd, resultat mot mål samt använda pengar och insatser.';

export interface NewCaseIds {
  readonly id: string;
  readonly reference: string;
}

export function newCaseIds(now: Date): NewCaseIds {
  const id = `iop-${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  return { id, reference: `IOP-${now.getUTCFullYear()}-${id.slice(4, 10).toUpperCase()}` };
}

export function initiate(input: InitiateIopCaseInput, actor: Actor, now: Date, config: IopConfig, ids: NewCaseIds = newCaseIds(now)): IopTransition {
  if (!canInitiate(input, actor)) {
    throw new ForbiddenError('Only healthcare staff of the unit or a user of one of the idéburna organisations may start this IOP.');
  }
  const seen = new Set<string>([input.healthcareUnit.orgId]);
  const duplicates: FieldError[] = [];
  input.civilParties.forEach((p, i) => {
    if (seen.has(p.orgId)) duplicates.push({ path: `civilParties.${i}.orgId`, message: `Organisation ${p.orgId} is already a party` });
    seen.add(p.orgId);
  });
  if (duplicates.length > 0) throw new ValidationError(duplicates);
  const duration = checkDuration(input.durationMonths, config);
  if (duration.outcome === 'fail') {
    throw new RuleViolationError([{ path: 'durationMonths', message: duration.reason.en }], duration.reason.en);
  }

  const iso = now.toISOString();
  const invitation = (orgId: string): 'initiator' | 'pending' => (orgId === actor.org ? 'initiator' : 'pending');
  const parties: IopParty[] = [
    { orgId: input.healthcareUnit.orgId, name: input.healthcareUnit.name, side: 'public', invitation: invitation(input.healthcareUnit.orgId) },
    ...input.civilParties.map((p) => ({ orgId: p.orgId, name: p.name, side: 'civil' as const, criteria: p.criteria, invitation: invitation(p.orgId) })),
  ];
  const draft: IopDraft = {
    version: 1,
    purpose: input.purpose,
    targetGroup: input.targetGroup,
    activities: input.activities,
    contributions: Object.fromEntries([input.healthcareUnit, ...input.civilParties].map((p) => [p.orgId, p.contribution])),
    budgetPerYearSek: input.budgetPerYearSek,
    plannedStart: input.plannedStart,
    durationMonths: input.durationMonths,
    governance: DefaultGovernance,
    followUp: DefaultFollowUp,
    noticeMonths: config.defaultNoticeMonths,
    authoredBy: actor.sub,
    at: iso,
  };
  const base: IopCase = {
    kind: 'iop',
    id: ids.id,
    reference: ids.reference,
    title: input.title,
    stage: 'initiation',
    createdAt: iso,
    createdBy: { sub: actor.sub, org: actor.org },
    updatedAt: iso,
    parties,
    precheck: [],
    draft,
    ...emptyCaseRecords(),
    generation: 1,
  };
  const entered = enterStage(base, 'initiation', now, config);
  const state: IopCase = { ...entered, precheck: precheckOf(entered, config) };
  const invited = parties.filter((p) => p.invitation === 'pending');
  const timeline: TimelineEntry[] = [
    timelineEntry(
      'case-initiated',
      actor,
      now,
      {
        sv: `${actor.name} startade IOP-ärendet "${input.title}". ${invited.map((p) => p.name).join(', ')} är inbjudna och behöver svara.`,
        en: `${actor.name} started the IOP case "${input.title}". ${invited.map((p) => p.name).join(', ')} are invited and need to answer.`,
      },
      true,
      { invited: invited.map((p) => p.orgId) },
    ),
    precheckEntry(state.precheck, actor, now),
  ];
  const effects: IopEffect[] = [
    {
      type: 'start-workflow',
      workflow: 'iop-initiation',
      executionName: executionName(state.id, 'initiation', 1),
      input: { caseId: state.id },
    },
  ];
  return { state, timeline, effects };
}

/** The pre-check of the current draft and the parties still in the case. */
export function precheckOf(state: IopCase, config: IopConfig): PrecheckResult[] {
  const parties = activeParties(state);
  const publicParty = parties.find((p) => p.side === 'public');
  const zero = { moneySekPerYear: 0, inKindSekPerYear: 0 };
  return precheck(
    {
      publicParty: {
        orgId: publicParty?.orgId ?? '',
        name: publicParty?.name ?? '',
        contribution: (publicParty && state.draft.contributions[publicParty.orgId]) ?? zero,
      },
      civilParties: parties.filter((p) => p.side === 'civil').map((p) => ({ ...p, contribution: state.draft.contributions[p.orgId] ?? zero })),
      durationMonths: state.draft.durationMonths,
      budgetPerYearSek: state.draft.budgetPerYearSek,
    },
    config,
  );
}

function precheckEntry(results: readonly PrecheckResult[], actor: Actor, now: Date): TimelineEntry {
  const failed = results.filter((r) => r.outcome !== 'pass');
  return timelineEntry(
    'precheck',
    actor,
    now,
    failed.length === 0
      ? { sv: 'Förhandskontrollen är godkänd på alla punkter.', en: 'The pre-check passed on every point.' }
      : { sv: `Förhandskontrollen: ${failed.map((r) => r.reason.sv).join(' ')}`, en: `Pre-check: ${failed.map((r) => r.reason.en).join(' ')}` },
    failed.length > 0,
    { results },
  );
}

export function applyAction(state: IopCase, action: IopAction, actor: Actor, now: Date, config: IopConfig): IopTransition {
  authorise(action.type, state, actor);
  const stages: readonly IopStage[] = ActionStages[action.type];
  if (!stages.includes(state.stage)) {
    throw new ConflictError(`"${action.type}" does not fit case ${state.reference} in stage "${state.stage}".`, { stage: state.stage, allowedStages: stages });
  }
  const next = reduce(state, action, actor, now, config);
  return { ...next, state: { ...next.state, updatedAt: now.toISOString() } };
}

function reduce(state: IopCase, action: IopAction, actor: Actor, now: Date, config: IopConfig): IopTransition {
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
    case 'request-decision':
      return requestDecision(state, actor, now, config);
    case 'decide':
      return decide(state, action, actor, now, config);
    case 'sign':
      return sign(state, action, actor, now);
    case 'submit-review-report':
      return submitReviewReport(state, action, actor, now);
    case 'review-decision':
      return reviewDecision(state, action, actor, now, config);
    case 'withdraw':
      return withdraw(state, action, actor, now);
  }
}

const mustParty = (state: IopCase, actor: Actor) => {
  const party = actingParty(state, actor);
  if (!party) throw new ForbiddenError(`${actor.org} is not a party to case ${state.reference}.`);
  return party;
};

const heartbeat = (state: IopCase): IopEffect[] => {
  const waitKind = waitKindOf(state.stage);
  return waitKind ? [{ type: 'heartbeat', waitKind }] : [];
};

/** Ends the current stage's wait with an outcome: stored (a late-starting wait answers itself) and sent. */
function complete(state: IopCase, output: WaitOutput): { state: IopCase; effect: IopEffect } {
  const waitKind = waitKindOf(state.stage);
  if (!waitKind) throw new Error(`Stage ${state.stage} has no wait`);
  return { state: { ...state, outcomes: { ...state.outcomes, [waitKind]: output } }, effect: { type: 'complete-wait', waitKind, output } };
}

function answerInvitation(state: IopCase, accept: boolean, reason: string | undefined, actor: Actor, now: Date, config: IopConfig): IopTransition {
  const party = mustParty(state, actor);
  if (party.invitation === 'lapsed') {
    throw new ExpiredError(`The invitation to ${party.name} lapsed when its deadline passed.`);
  }
  if (party.invitation !== 'pending') {
    throw new ConflictError(`${party.name} has no open invitation (it is "${party.invitation}").`, { stage: state.stage });
  }
  const answered: IopParty = { ...party, invitation: accept ? 'accepted' : 'declined', answeredAt: now.toISOString() };
  let next: IopCase = { ...state, parties: state.parties.map((p) => (p.orgId === party.orgId ? answered : p)) };
  const timeline: TimelineEntry[] = [
    timelineEntry(
      accept ? 'invitation-accepted' : 'invitation-declined',
      actor,
      now,
      accept
        ? { sv: `${party.name} har tackat ja till att delta.`, en: `${party.name} has accepted the invitation.` }
        : {
            sv: `${party.name} har tackat nej till att delta.${reason ? ` Skäl: ${reason}` : ''}`,
            en: `${party.name} has declined the invitation.${reason ? ` Reason: ${reason}` : ''}`,
          },
      true,
      { orgId: party.orgId },
    ),
  ];
  const effects: IopEffect[] = [];
  const remaining = activeParties(next);
  const caseEnds = !accept && (party.side === 'public' || !remaining.some((p) => p.side === 'civil'));
  if (caseEnds) {
    const done = complete(next, { outcome: 'declined' });
    next = { ...done.state, stage: 'withdrawn', endReason: 'declined' };
    timeline.push(stageChanged(actor, now, state.stage, 'withdrawn'));
    effects.push(done.effect, { type: 'cancel-schedules' });
    return { state: next, timeline, effects };
  }
  if (remaining.every((p) => p.invitation === 'initiator' || p.invitation === 'accepted')) {
    const done = complete(next, { outcome: 'accepted' });
    next = enterStage(done.state, 'dialogue', now, config);
    next = { ...next, precheck: precheckOf(next, config) };
    timeline.push(stageChanged(actor, now, state.stage, 'dialogue'));
    effects.push(done.effect);
    return { state: next, timeline, effects };
  }
  return { state: next, timeline, effects: [{ type: 'heartbeat', waitKind: 'invitations' }] };
}

function recordMeeting(state: IopCase, action: ActionOf<'record-meeting'>, actor: Actor, now: Date): IopTransition {
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

function reviseDraft(state: IopCase, action: ActionOf<'revise-draft'>, actor: Actor, now: Date, config: IopConfig): IopTransition {
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
        sv: `Utkast version ${draft.version} finns. Alla parter behöver ta ställning till den nya versionen${voided > 0 ? '; tidigare samtycken gäller inte längre' : ''}.`,
        en: `Draft version ${draft.version} is available. Every party needs to consider the new version${voided > 0 ? '; earlier consents no longer apply' : ''}.`,
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

function consent(state: IopCase, action: ActionOf<'consent'>, actor: Actor, now: Date): IopTransition {
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

export { everyPartyConsented };

function consultationOpen(state: IopCase, now: Date): boolean {
  const c = state.consultation;
  if (!c) return false;
  const pending = c.responders.some((r) => !c.responses.some((x) => x.orgId === r.orgId));
  return pending && isAfter(c.deadline, now);
}

function startConsultation(state: IopCase, action: ActionOf<'start-consultation'>, actor: Actor, now: Date): IopTransition {
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

function respondConsultation(state: IopCase, action: ActionOf<'respond-consultation'>, actor: Actor, now: Date): IopTransition {
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

function requestDecision(state: IopCase, actor: Actor, now: Date, config: IopConfig): IopTransition {
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
          en: `A decision was requested on draft version ${state.draft.version}. The decision-maker is due to decide by ${next.deadlines.decision?.dueAt.slice(0, 10)}.`,
        },
        true,
        { draftVersion: state.draft.version, dueAt: next.deadlines.decision?.dueAt },
      ),
    ],
    effects: [done.effect],
  };
}

function decide(state: IopCase, action: ActionOf<'decide'>, actor: Actor, now: Date, config: IopConfig): IopTransition {
  const warnings: string[] = [];
  if (action.decision === 'approve') {
    const checklist = action.checklist;
    if (!checklist) throw new RuleViolationError([{ path: 'checklist', message: 'Approval needs every checklist item answered with a motivation' }]);
    const errors: FieldError[] = ChecklistItems.filter((item) => !checklist[item].met).map((item) => ({
      path: `checklist.${item}.met`,
      message: 'Must be met to approve',
    }));
    const publicParty = activeParties(state).find((p) => p.side === 'public');
    const positions = stateAidPositions(
      (publicParty && state.draft.contributions[publicParty.orgId]) ?? { moneySekPerYear: 0, inKindSekPerYear: 0 },
      activeParties(state)
        .filter((p) => p.side === 'civil')
        .map((p) => p.orgId),
      state.draft.durationMonths,
      config,
    );
    const basis = checklist.stateAid.basis;
    for (const pos of positions) {
      if (basis === 'de-minimis' && pos.deMinimis === 'over')
        errors.push({
          path: 'checklist.stateAid.basis',
          message: `Public contribution to ${pos.orgId} (EUR ${pos.publicContributionEur3y} over 3 years) exceeds de minimis EUR ${config.deMinimisEur}`,
        });
      if (basis === 'sgei' && pos.sgei === 'over')
        errors.push({
          path: 'checklist.stateAid.basis',
          message: `Public contribution to ${pos.orgId} (EUR ${pos.publicContributionEur3y} over 3 years) exceeds the SGEI ceiling EUR ${config.sgeiEur}`,
        });
      if (basis === 'de-minimis' && pos.deMinimis === 'approaching')
        warnings.push(`${pos.orgId}: EUR ${pos.publicContributionEur3y} of de minimis EUR ${config.deMinimisEur}`);
      if (basis === 'sgei' && pos.sgei === 'approaching') warnings.push(`${pos.orgId}: EUR ${pos.publicContributionEur3y} of SGEI EUR ${config.sgeiEur}`);
    }
    if (errors.length > 0) throw new RuleViolationError(errors, 'The legal gate is not passed.');
  }
  const decision = {
    decision: action.decision,
    motivation: action.motivation,
    diarienummer: action.diarienummer,
    ...(action.checklist && { checklist: action.checklist }),
    decidedBy: actor.sub,
    at: now.toISOString(),
  };
  const done = complete(state, { outcome: action.decision });
  let next: IopCase = { ...done.state, decisions: [...state.decisions, decision], flags: { ...done.state.flags, overdue: undefined } };
  const timeline: TimelineEntry[] = [];
  const words = {
    approve: { sv: 'godkänt', en: 'approved' },
    reject: { sv: 'avslagit', en: 'rejected' },
    return: { sv: 'återfört till dialog', en: 'returned to dialogue' },
  }[action.decision];
  timeline.push(
    timelineEntry(
      'decision-made',
      actor,
      now,
      {
        sv: `Beslutsfattaren har ${words.sv} ärendet (diarienummer ${action.diarienummer}). Motivering: ${action.motivation}`,
        en: `The decision-maker has ${words.en} the case (reference ${action.diarienummer}). Motivation: ${action.motivation}`,
      },
      true,
      { decision: action.decision, diarienummer: action.diarienummer, ...(warnings.length > 0 && { stateAidWarnings: warnings }) },
    ),
  );
  if (warnings.length > 0) {
    timeline.push(
      timelineEntry(
        'state-aid-warning',
        actor,
        now,
        {
          sv: `Varning: det offentliga bidraget närmar sig taket för statligt stöd (${warnings.join('; ')}).`,
          en: `Warning: the public contribution is approaching the state-aid ceiling (${warnings.join('; ')}).`,
        },
        true,
      ),
    );
  }
  if (action.decision === 'approve') {
    next = { ...enterStage(next, 'agreement', now, config) };
    next = { ...next, agreement: generateAgreement(next, decision, now, config) };
    timeline.push(stageChanged(actor, now, state.stage, 'agreement'));
  } else if (action.decision === 'return') {
    next = { ...enterStage(next, 'dialogue', now, config), consents: {} };
    timeline.push(stageChanged(actor, now, state.stage, 'dialogue'));
  } else if (state.amending) {
    // A rejected amendment leaves the agreement in force as it was.
    next = { ...next, stage: 'agreement', amending: false };
    timeline.push(
      timelineEntry(
        'amendment-rejected',
        actor,
        now,
        {
          sv: 'Ändringen avslogs. Den gällande överenskommelsen fortsätter som förut.',
          en: 'The amendment was rejected. The agreement in force continues as before.',
        },
        true,
      ),
    );
  } else {
    next = { ...next, stage: 'rejected', endReason: 'rejected' };
    timeline.push(stageChanged(actor, now, state.stage, 'rejected'));
  }
  return { state: next, timeline, effects: [done.effect] };
}

function sign(state: IopCase, action: ActionOf<'sign'>, actor: Actor, now: Date): IopTransition {
  const party = mustParty(state, actor);
  const agreement = state.agreement;
  if (!agreement || !awaitingSignatures(state)) {
    throw new ConflictError('There is no agreement waiting for signatures.', { stage: state.stage });
  }
  if (action.agreementVersion !== undefined && action.agreementVersion !== agreement.version) {
    throw new RuleViolationError([{ path: 'agreementVersion', message: `The agreement to sign is version ${agreement.version}` }]);
  }
  if (agreement.signatures[party.orgId]) throw new ConflictError(`${party.name} has already signed.`, { stage: state.stage });
  const signed = { ...agreement, signatures: { ...agreement.signatures, [party.orgId]: { signedBy: actor.sub, at: now.toISOString() } } };
  const timeline: TimelineEntry[] = [
    timelineEntry(
      'agreement-signed',
      actor,
      now,
      {
        sv: `${party.name} har undertecknat överenskommelsen.`,
        en: `${party.name} has signed the agreement.`,
      },
      false,
      { orgId: party.orgId, agreementVersion: agreement.version },
    ),
  ];
  if (!isFullySigned(signed)) {
    return { state: { ...state, agreement: signed }, timeline, effects: heartbeat(state) };
  }
  const active = { ...signed, activeSince: now.toISOString() };
  const done = complete({ ...state, agreement: active, agreementInForce: active, amending: false }, { outcome: 'signed' });
  timeline.push(
    timelineEntry(
      'agreement-active',
      actor,
      now,
      {
        sv: `Alla parter har undertecknat. Överenskommelsen gäller ${active.termStart.slice(0, 10)}–${active.termEnd.slice(0, 10)}.`,
        en: `Every party has signed. The agreement runs from ${active.termStart.slice(0, 10)} to ${active.termEnd.slice(0, 10)}.`,
      },
      true,
      { agreementVersion: active.version, termStart: active.termStart, termEnd: active.termEnd },
    ),
  );
  return { state: done.state, timeline, effects: [done.effect] };
}

/** Several reviews may be open (a later one fell due first): reports and decisions go to the oldest. */
function currentReview(state: IopCase) {
  const review = openReviews(state)[0];
  if (!review) throw new ConflictError('No review is open.', { stage: state.stage });
  return review;
}

function submitReviewReport(state: IopCase, action: ActionOf<'submit-review-report'>, actor: Actor, now: Date): IopTransition {
  const party = mustParty(state, actor);
  const review = currentReview(state);
  if (review.reports.some((r) => r.orgId === party.orgId))
    throw new ConflictError(`${party.name} has already reported for this review.`, { stage: state.stage });
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

function reviewDecision(state: IopCase, action: ActionOf<'review-decision'>, actor: Actor, now: Date, config: IopConfig): IopTransition {
  const review = currentReview(state);
  const inForce = state.agreementInForce;
  if (!inForce) throw new ConflictError('There is no agreement in force.', { stage: state.stage });
  const errors: FieldError[] = [];
  const missing = activeParties(state).filter((p) => p.side === 'civil' && !review.reports.some((r) => r.orgId === p.orgId));
  if (missing.length > 0) errors.push({ path: 'reports', message: `Waiting for the review report of ${missing.map((p) => p.name).join(', ')}` });
  const finalOnly = action.decision === 'renew' || action.decision === 'close';
  if (finalOnly && !review.final) errors.push({ path: 'decision', message: `"${action.decision}" is decided at the final review only` });
  if (review.final && (action.decision === 'continue' || action.decision === 'revise'))
    errors.push({ path: 'decision', message: 'At the final review the parties renew, close or terminate' });
  if (errors.length > 0) throw new RuleViolationError(errors);

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
            sv: `Uppföljning ${review.number}: överenskommelsen ska ändras. Den gäller som förut medan parterna för dialog om ändringen.${remaining.length > 0 ? ` ${reviewNamesSv(remaining)} fortsätter när ändringen är klar.` : ''}`,
            en: `Review ${review.number}: the agreement is to be amended. It stays in force while the parties discuss the amendment.${remaining.length > 0 ? ` ${reviewNamesEn(remaining)} ${remaining.length > 1 ? 'continue' : 'continues'} once the amendment is finished.` : ''}`,
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
            sv: `Slutuppföljning: parterna förnyar samarbetet. Ett nytt ärende börjar i dialog; den här överenskommelsen gäller till ${inForce.termEnd.slice(0, 10)}.`,
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

/** Renewals get a predictable id, so a retried renewal task finds the case it already created. */
export function renewalIdOf(state: IopCase): string {
  const root = state.renews ? state.id.replace(/-r\d+$/, '') : state.id;
  return `${root}-r${state.generation + 1}`;
}

function withdraw(state: IopCase, action: ActionOf<'withdraw'>, actor: Actor, now: Date): IopTransition {
  const party = mustParty(state, actor);
  if (state.agreementInForce || state.amending) {
    throw new ConflictError('The agreement is signed; it ends by a review decision to terminate, not by withdrawal.', { stage: state.stage });
  }
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

export { isTerminal };
