import type { IopConfig } from './config.js';
import type { IopAgreement, IopCase, IopDecision } from './case-model.js';
import { activeParties } from './case-model.js';
import { addMonths, isAfter } from './dates.js';
import type { ReviewSlot } from './iop-effect.js';
import { withPrinciples } from './principles.js';

/**
 * The agreement is generated from the draft every party consented to, never
 * typed anew: what was agreed in dialogue is what gets signed.
 */
export function generateAgreement(state: IopCase, decision: IopDecision, now: Date, config: IopConfig): IopAgreement {
  const draft = state.draft;
  const parties = activeParties(state).map((p) => ({ orgId: p.orgId, name: p.name, side: p.side }));
  const inForce = state.agreementInForce;
  // An amendment keeps the term it amends; a new agreement starts at the planned start, or today if that has passed.
  const plannedStart = new Date(`${draft.plannedStart}T00:00:00.000Z`);
  const termStart =
    inForce?.termStart ?? (isAfter(plannedStart, now) ? plannedStart.toISOString() : new Date(`${now.toISOString().slice(0, 10)}T00:00:00.000Z`).toISOString());
  const termEnd = inForce?.termEnd ?? addMonths(termStart, Math.min(draft.durationMonths, config.maxTermMonths));
  const contributions = Object.fromEntries(parties.map((p) => [p.orgId, draft.contributions[p.orgId] ?? { moneySekPerYear: 0, inKindSekPerYear: 0 }]));
  return {
    version: (state.agreement?.version ?? 0) + 1,
    basedOnDraftVersion: draft.version,
    title: state.title,
    parties,
    purpose: draft.purpose,
    targetGroup: draft.targetGroup,
    activities: draft.activities,
    contributions,
    budgetPerYearSek: draft.budgetPerYearSek,
    // The principles guide the work: the agreement's governance text names them whatever the draft says.
    governance: withPrinciples(draft.governance),
    followUp: draft.followUp,
    termStart,
    termEnd,
    noticeMonths: draft.noticeMonths,
    amendmentClause: {
      sv: 'Ändringar och tillägg ska göras skriftligen, efter dialog mellan parterna, och undertecknas av samtliga parter.',
      en: 'Amendments and additions are made in writing, after dialogue between the parties, and signed by every party.',
    },
    disputeClause: {
      sv: 'Tvister löses i första hand genom dialog mellan parterna och i andra hand av allmän domstol.',
      en: 'Disputes are settled first by dialogue between the parties and otherwise by a general court.',
    },
    diarienummer: decision.diarienummer,
    signatures: {},
  };
}

export function isFullySigned(agreement: IopAgreement): boolean {
  return agreement.parties.every((p) => agreement.signatures[p.orgId] !== undefined);
}

/**
 * Annual reviews at each anniversary of the term start, and a final review a
 * configured number of months before the end; an anniversary on or after the
 * final review is covered by it.
 */
export function reviewSlots(agreement: Pick<IopAgreement, 'termStart' | 'termEnd'>, config: IopConfig): ReviewSlot[] {
  const finalAt = addMonths(agreement.termEnd, -config.finalReviewMonthsBeforeEnd);
  const slots: ReviewSlot[] = [];
  for (let year = 1; ; year++) {
    const at = addMonths(agreement.termStart, 12 * year);
    if (!isAfter(finalAt, at)) break;
    slots.push({ reviewNumber: year, at, final: false });
  }
  const finalSafe = isAfter(finalAt, agreement.termStart) ? finalAt : agreement.termStart;
  slots.push({ reviewNumber: slots.length + 1, at: finalSafe, final: true });
  return slots;
}
