import { CaseStore } from '../../platform/dynamodb/index.js';
import type { CaseIndex, StoredCase, TransactionPut } from '../../platform/dynamodb/index.js';
import type { TimelineEntry } from '../../platform/timeline/timeline-entry.js';
import type { MatchCase, MatchEffect } from '../domain/match-case/match-case-model.js';
import { MATCH_CASE_KIND } from '../store/match-case-kind.js';
import { matchOutboxOf } from './match-outbox.js';

/** Match cases as stored, and how a change to one is committed; its effects go out from the stream (run-match-effects.ts). */
export const matchCases = new CaseStore<MatchCase>(MATCH_CASE_KIND);

export function matchCaseIndex(s: MatchCase): CaseIndex {
  return { orgs: [s.bidderOrgId, s.buyerOrgId, ...s.consortiumOrgIds], stage: s.stage, stageSortKey: `${s.updatedAt}#${s.id}` };
}

/** Commits one match-case change as one transaction, its effects on the event item. */
export async function commitMatchChange(
  previous: StoredCase<MatchCase> | undefined,
  t: { readonly state: MatchCase; readonly timeline: readonly TimelineEntry[]; readonly effects: readonly MatchEffect[] },
  also: readonly TransactionPut[] = [],
  expectedVersion = previous?.version ?? 0,
): Promise<StoredCase<MatchCase>> {
  const options = { effects: matchOutboxOf(t.state, t.effects, t.timeline), also };
  return previous
    ? matchCases.commit(t.state.id, expectedVersion, t.state, t.timeline, matchCaseIndex(t.state), previous.index, options)
    : matchCases.create(t.state.id, t.state, t.timeline, matchCaseIndex(t.state), options);
}
