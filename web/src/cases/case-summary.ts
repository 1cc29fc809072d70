import type { IopCaseSummaryView } from '../../../shared/iop/contract.js';
import { compareDates } from '../format/dates.js';

/** What the decision queue orders by: a row of GET /iop/cases, of which only the id and the stage are sure to be read. */
export type DecisionOrderFields = Pick<IopCaseSummaryView, 'id' | 'stage'> &
  Partial<Pick<IopCaseSummaryView, 'reference' | 'status' | 'createdAt' | 'updatedAt' | 'approvalRequestedAt' | 'deadlines'>>;

/** When the decision is due: the approval deadline, else the status's due date. */
export function decisionDueAt(c: DecisionOrderFields): string | undefined {
  return c.deadlines?.decision?.dueAt ?? c.status?.dueAt ?? undefined;
}

/** The decision-maker's queue: oldest request first, so nothing waits longest by accident. */
export function awaitingDecisionOrder<C extends DecisionOrderFields>(cases: readonly C[]): C[] {
  return cases
    .filter((c) => c.stage === 'approval')
    .sort(
      (a, b) =>
        compareDates(a.approvalRequestedAt ?? a.updatedAt ?? a.createdAt, b.approvalRequestedAt ?? b.updatedAt ?? b.createdAt) ||
        compareDates(decisionDueAt(a), decisionDueAt(b)) ||
        (a.reference ?? a.id).localeCompare(b.reference ?? b.id),
    );
}
