import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/auth/actor.js';
import { ForbiddenError, RuleViolationError, ValidationError } from '../../platform/errors/domain-errors.js';
import type { FieldError } from '../../platform/errors/domain-errors.js';
import type { TimelineEntry } from '../../platform/timeline/timeline-entry.js';
import type { IopCase, IopDraft, IopParty } from './case-model.js';
import { activeParties, emptyCaseRecords, executionName } from './case-model.js';
import type { IopConfig } from './config.js';
import type { IopEffect } from './iop-effect.js';
import { canInitiate } from './permissions.js';
import { withPrinciples } from './principles.js';
import { checkDuration, precheck } from './precheck.js';
import type { PrecheckResult } from './precheck.js';
import type { InitiateIopCaseInput } from './schemas.js';
import type { IopTransition } from './transition.js';
import { enterStage, timelineEntry } from './transition.js';

/**
 * A new case: its ids, its first draft from the initiation, and the pre-check
 * that runs at once (and again on every draft version).
 */
export const DefaultGovernance = withPrinciples('En gemensam styrgrupp med en företrädare för varje part träffas minst en gång per kvartal.');
export const DefaultFollowUp = 'Årlig uppföljning av aktiviteter, räckvidd, resultat mot mål samt använda pengar och insatser.';

export interface NewCaseIds {
  readonly id: string;
  readonly reference: string;
}

export function newCaseIds(now: Date): NewCaseIds {
  const id = `iop-${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  return { id, reference: `IOP-${now.getUTCFullYear()}-${id.slice(4, 10).toUpperCase()}` };
}

/**
 * `publicBody` is the healthcare unit's public body, from the organisation registry: the case belongs to it, and
 * only its approvers and administrators act on it (a case without one can be decided by nobody).
 */
export function initiate(
  input: InitiateIopCaseInput,
  actor: Actor,
  now: Date,
  config: IopConfig,
  ids: NewCaseIds = newCaseIds(now),
  publicBody?: string,
): IopTransition {
  if (!canInitiate(input, actor)) {
    throw new ForbiddenError({
      sv: 'Bara personal på vårdenheten eller någon från en av de idéburna organisationerna kan starta den här IOP:n.',
      en: 'Only healthcare staff of the unit or a user of one of the idéburna organisations may start this IOP.',
    });
  }
  const seen = new Set<string>([input.healthcareUnit.orgId]);
  const duplicates: FieldError[] = [];
  input.civilParties.forEach((p, i) => {
    if (seen.has(p.orgId)) {
      const text = { sv: `${p.name} är redan part i ärendet.`, en: `Organisation ${p.orgId} is already a party` };
      duplicates.push({ path: `civilParties.${i}.orgId`, message: text.en, text });
    }
    seen.add(p.orgId);
  });
  if (duplicates.length > 0) throw new ValidationError(duplicates);
  const duration = checkDuration(input.durationMonths, config);
  if (duration.outcome === 'fail') {
    throw new RuleViolationError([{ path: 'durationMonths', message: duration.reason.en, text: duration.reason }], duration.reason);
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
    ...(publicBody === undefined ? {} : { publicBody }),
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

export function precheckEntry(results: readonly PrecheckResult[], actor: Actor, now: Date): TimelineEntry {
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
