import type { PublicStatus } from '../../../shared/platform/timeline/timeline-entry.js';
import { compareDates } from '../format/dates.js';

/** A row of GET /iop/cases (and of the decision queue). */
export interface CaseSummary {
  readonly id: string;
  readonly reference?: string;
  readonly title?: string;
  readonly stage: string;
  readonly status?: PublicStatus;
  readonly version?: number;
  readonly createdAt?: string;
  readonly updatedAt?: string;
  readonly approvalRequestedAt?: string;
  readonly deadlines?: Readonly<Record<string, { readonly dueAt: string } | undefined>>;
}

/** When the decision is due: the approval deadline, else the status's due date. */
export function decisionDueAt(c: CaseSummary): string | undefined {
  return c.deadlines?.decision?.dueAt ?? c.status?.dueAt ?? undefined;
}

/** The decision-maker's queue: oldest request first, so nothing waits longest by accident. */
export function awaitingDecisionOrder(cases: readonly CaseSummary[]): CaseSummary[] {
  return cases
    .filter((c) => c.stage === 'approval')
    .sort(
      (a, b) =>
        compareDates(a.approvalRequestedAt ?? a.updatedAt ?? a.createdAt, b.approvalRequestedAt ?? b.updatedAt ?? b.createdAt) ||
        compareDates(decisionDueAt(a), decisionDueAt(b)) ||
        (a.reference ?? a.id).localeCompare(b.reference ?? b.id),
    );
}
