import type { Actor } from '../../../platform/auth/actor.js';
import { RuleViolationError } from '../../../platform/errors/domain-errors.js';
import type { FieldError } from '../../../platform/errors/domain-errors.js';
import type { TimelineEntry } from '../../../platform/timeline/timeline-entry.js';
import { generateAgreement } from '../agreement.js';
import type { IopCase } from '../case-model.js';
import { activeParties } from '../case-model.js';
import type { IopConfig } from '../config.js';
import { ChecklistItems } from '../checklist-items.js';
import type { ActionOf } from '../schemas.js';
import { stateAidPositions } from '../state-aid.js';
import type { IopTransition } from '../transition.js';
import { enterStage, stageChanged, timelineEntry } from '../transition.js';
import { complete } from './action-helpers.js';

/** Stage 3: the decision-maker's legal gate and decision. */
export function decide(state: IopCase, action: ActionOf<'decide'>, actor: Actor, now: Date, config: IopConfig): IopTransition {
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
