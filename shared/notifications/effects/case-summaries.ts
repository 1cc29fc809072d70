import { CaseStore } from '../../platform/dynamodb/case-store.js';
import type { PublicStatus } from '../../platform/timeline/timeline-entry.js';
import type { IopCase } from '../../iop/domain/case-model.js';
import { iopConfigFromEnv } from '../../iop/domain/config.js';
import { statusOf } from '../../iop/domain/status.js';
import { IOP_KIND } from '../../iop/store/iop-store.js';
import type { MatchCase } from '../../procurement/domain/match-case/match-case-model.js';
import { matchCaseStatus } from '../../procurement/domain/match-case/match-case-status.js';
import { MATCH_CASE_KIND } from '../../procurement/effects/run-match-effects.js';
import type { CaseKind } from '../domain/case-notification.js';
import type { TenderSchool } from '../../procurement/domain/tender-school/tender-school.js';
import { tenderSchoolStatus } from '../../procurement/domain/tender-school/tender-school-status.js';
import { TENDER_SCHOOL_KIND } from '../../procurement/store/tender-school-kind.js';

/** What a message says about a case besides the change itself: its title, its public body and where it stands now. */
export interface CaseSummary {
  readonly title: string;
  readonly publicBody?: string;
  readonly status: PublicStatus;
}

export type CaseSummaries = (kind: CaseKind, caseId: string, now: Date) => Promise<CaseSummary | undefined>;

/** Reads the case as it is now (one GetItem) and its reader status, through each context's own status rules. */
export function storedCaseSummaries(): CaseSummaries {
  const iop = new CaseStore<IopCase>(IOP_KIND);
  const match = new CaseStore<MatchCase>(MATCH_CASE_KIND);
  const schools = new CaseStore<TenderSchool>(TENDER_SCHOOL_KIND);
  const config = iopConfigFromEnv();
  return async (kind, caseId, now) => {
    if (kind === 'iop') {
      const stored = await iop.get(caseId);
      return stored && { title: stored.state.title, publicBody: stored.state.publicBody, status: statusOf(stored.state, now, config) };
    }
    if (kind === 'tender-school') {
      const stored = await schools.get(caseId);
      return stored && { title: stored.state.title, publicBody: stored.state.publicBody, status: tenderSchoolStatus(stored.state, now) };
    }
    const stored = await match.get(caseId);
    return stored && { title: stored.state.noticeTitle, publicBody: stored.state.publicBody, status: matchCaseStatus(stored.state, now) };
  };
}
