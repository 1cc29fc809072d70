import type { LocalizedText } from '../../platform/timeline/timeline-entry.js';
import { hasLeft, type IopCase, type IopReview, type ReviewOutcome, type ReviewStance, reviewNamesEn, reviewNamesSv } from '../domain/case-model.js';
import { PrincipleNames, Principles } from '../domain/principles.js';

/** What each outcome of a review means, as a party reads it. */
export const OutcomeTexts: Record<ReviewOutcome, LocalizedText> = {
  continue: { sv: 'Fortsätta som förut', en: 'Continue as before' },
  revise: { sv: 'Ändra överenskommelsen', en: 'Amend the agreement' },
  terminate: { sv: 'Säga upp överenskommelsen', en: 'End the agreement with notice' },
  renew: { sv: 'Förnya överenskommelsen', en: 'Renew the agreement' },
  close: { sv: 'Avsluta när avtalstiden är slut', en: 'Close at the end of the term' },
};

/** A review as its report page shows it: organisations by name, the outcome words in both languages. */
export interface ReviewReport {
  readonly caseId: string;
  readonly reference: string;
  readonly title: string;
  readonly number: number;
  readonly final: boolean;
  readonly name: LocalizedText;
  readonly openedAt: string;
  readonly dueAt?: string;
  readonly closedAt?: string;
  readonly reports: readonly {
    readonly organisation: string;
    readonly at: string;
    readonly activities: string;
    readonly reach: number;
    readonly outcomes: string;
    readonly moneyUsedSek: number;
    readonly inKindUsedSek: number;
  }[];
  readonly awaiting: readonly string[];
  readonly positions: readonly {
    readonly organisation: string;
    readonly position: ReviewStance;
    readonly positionText: LocalizedText;
    readonly statement: string;
    readonly at: string;
  }[];
  readonly reflection?: {
    readonly organisation: string;
    readonly at: string;
    readonly principles: readonly { readonly principle: (typeof Principles)[number]; readonly name: LocalizedText; readonly text: string }[];
  };
  readonly decision?: { readonly decision: ReviewOutcome; readonly decisionText: LocalizedText; readonly motivation: string; readonly at: string };
}

/**
 * The report of one review, readable after it was submitted: every
 * organisation's report, who has yet to report (the civil parties report),
 * each party's position, the reflection on the six principles and the decision.
 */
export function reviewReport(state: Pick<IopCase, 'id' | 'reference' | 'title' | 'parties'>, review: IopReview): ReviewReport {
  const nameOf = (orgId: string) => state.parties.find((p) => p.orgId === orgId)?.name ?? orgId;
  const reported = new Set(review.reports.map((r) => r.orgId));
  const reporters = state.parties.filter((p) => !hasLeft(p) && p.side === 'civil');
  return {
    caseId: state.id,
    reference: state.reference,
    title: state.title,
    number: review.number,
    final: review.final,
    name: { sv: reviewNamesSv([review]), en: reviewNamesEn([review]) },
    openedAt: review.openedAt,
    ...(review.dueAt !== undefined && { dueAt: review.dueAt }),
    ...(review.closedAt !== undefined && { closedAt: review.closedAt }),
    reports: review.reports.map((r) => ({
      organisation: nameOf(r.orgId),
      at: r.at,
      activities: r.activities,
      reach: r.reach,
      outcomes: r.outcomes,
      moneyUsedSek: r.moneyUsedSek,
      inKindUsedSek: r.inKindUsedSek,
    })),
    awaiting: review.decision || review.closedAt ? [] : reporters.filter((p) => !reported.has(p.orgId)).map((p) => p.name),
    positions: (review.positions ?? []).map((p) => ({
      organisation: nameOf(p.orgId),
      position: p.position,
      positionText: p.position === 'abstain' ? { sv: 'Tar inte ställning', en: 'Takes no position' } : OutcomeTexts[p.position],
      statement: p.statement,
      at: p.at,
    })),
    ...(review.reflection && {
      reflection: {
        organisation: nameOf(review.reflection.orgId),
        at: review.reflection.at,
        principles: Principles.map((principle) => ({ principle, name: PrincipleNames[principle], text: review.reflection!.principles[principle] })),
      },
    }),
    ...(review.decision && {
      decision: {
        decision: review.decision.decision,
        decisionText: OutcomeTexts[review.decision.decision],
        motivation: review.decision.motivation,
        at: review.decision.at,
      },
    }),
  };
}
