import type { Actor } from '../../../platform/auth/actor.js';
import { RuleViolationError } from '../../../platform/errors/domain-errors.js';
import type { FieldError } from '../../../platform/errors/domain-errors.js';
import type { TimelineEntry } from '../../../platform/timeline/timeline-entry.js';
import { generateAgreement } from '../agreement.js';
import type { IopCase } from '../case-model.js';
import type { IopConfig } from '../config.js';
import { ChecklistItems } from '../checklist-items.js';
import type { ActionOf } from '../schemas.js';
import { type AidPeriod, stateAidGate, stateAidOfCase } from '../state-aid/index.js';
import type { LocalizedText } from '../../../platform/timeline/timeline-entry.js';
import type { IopTransition } from '../transition.js';
import { enterStage, stageChanged, timelineEntry } from '../transition.js';
import { complete } from './action-helpers.js';

/** Stage 3: the decision-maker's legal gate and decision. */
export function decide(
  state: IopCase,
  action: ActionOf<'decide'>,
  actor: Actor,
  now: Date,
  config: IopConfig,
  aidElsewhere: readonly AidPeriod[] = [],
): IopTransition {
  const warnings: LocalizedText[] = [];
  if (action.decision === 'approve') {
    const checklist = action.checklist;
    if (!checklist) {
      const text = { sv: 'Besvara varje punkt i checklistan med en motivering.', en: 'Approval needs every checklist item answered with a motivation' };
      throw new RuleViolationError([{ path: 'checklist', message: text.en, text }], text);
    }
    const unmet = { sv: 'Punkten måste vara uppfylld för att ärendet ska kunna godkännas.', en: 'Must be met to approve' };
    const errors: FieldError[] = ChecklistItems.filter((item) => !checklist[item].met).map((item) => ({
      path: `checklist.${item}.met`,
      message: unmet.en,
      text: unmet,
    }));
    const positions = stateAidOfCase(state, aidElsewhere, now, config);
    const names = new Map(state.parties.map((p) => [p.orgId, p.name]));
    const gate = stateAidGate(positions, checklist.stateAid.basis, (orgId) => names.get(orgId) ?? orgId);
    errors.push(...gate.errors);
    warnings.push(...gate.warnings);
    if (errors.length > 0) {
      throw new RuleViolationError(errors, { sv: 'Ärendet klarar inte den rättsliga prövningen. Se felen vid fälten.', en: 'The legal gate is not passed.' });
    }
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
      { decision: action.decision, diarienummer: action.diarienummer, ...(warnings.length > 0 && { stateAidWarnings: warnings.map((w) => w.en) }) },
    ),
  );
  if (warnings.length > 0) {
    timeline.push(
      timelineEntry(
        'state-aid-warning',
        actor,
        now,
        {
          sv: `Varning: det offentliga stödet närmar sig taket för statligt stöd (${warnings.map((w) => w.sv).join('; ')}).`,
          en: `Warning: the public support is approaching the state-aid ceiling (${warnings.map((w) => w.en).join('; ')}).`,
        },
        true,
      ),
    );
  }
  if (action.decision === 'approve') {
    next = { ...enterStage(next, 'agreement', now, config) };
    // An amendment replaces the signed version: it is kept so its document (and what changed) stays readable.
    const replaced = next.agreement?.version === next.agreementInForce?.version ? next.agreementInForce : undefined;
    next = {
      ...next,
      agreement: generateAgreement(next, decision, now, config),
      ...(replaced && { agreementHistory: [...(next.agreementHistory ?? []), replaced] }),
    };
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
