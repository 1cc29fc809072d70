import type { IopCase, IopStage } from '../../iop/domain/case-model.js';
import { IopStages } from '../../iop/domain/case-model.js';
import { iopStore } from '../../iop/store/iop-store.js';
import type { Notice } from '../../procurement/domain/notice.js';
import type { TenderSchool } from '../../procurement/domain/tender-school/tender-school.js';
import { listNotices, storedNoticeReach } from '../../procurement/store/procurement-repository.js';
import { forEachLimited } from '../../platform/dynamodb/batch-writes.js';
import { listTenderSchools } from '../../procurement/store/tender-school-store.js';
import type { Organisation } from '../../platform/organisations/organisation.js';
import { StoredOrganisations } from '../../platform/organisations/organisation-directory.js';

/**
 * What the overview and the register read. Computed on request: a body's
 * cases are read stage by stage from the stage index (each case item holds its
 * state) and filtered by body, its notices from the notice list. At the size of
 * a region (hundreds of cases, a few hundred notices a year) that is a few
 * queries and well under a second (measured in the integration test); a
 * stream-maintained aggregate would pay off only at many thousands of cases.
 */
export interface ReportingReads {
  /** Every IOP case in the given stages, at most `limit` per stage; `more` when a stage held more. */
  cases(stages: readonly IopStage[], limit: number): Promise<{ cases: IopCase[]; more: boolean }>;
  /** The newest notices (at most `limit`), each with the number of small bidders its stored matches reach. */
  noticesOf(publicBody: string, limit: number, since: string): Promise<{ notice: Notice; biddersReached: number }[]>;
  tenderSchoolsOf(publicBody: string): Promise<TenderSchool[]>;
  organisation(id: string): Promise<Organisation | undefined>;
}

export const AllIopStages = Object.values(IopStages) as IopStage[];
/** Notices whose matches are counted at once. */
const ReachReads = 4;

export function storedReportingReads(organisations = new StoredOrganisations()): ReportingReads {
  return {
    async cases(stages, limit) {
      const perStage = await Promise.all(stages.map((s) => iopStore.listByStage(s, limit + 1)));
      return { cases: perStage.flatMap((l) => l.slice(0, limit).map((c) => c.state)), more: perStage.some((l) => l.length > limit) };
    },
    async noticesOf(publicBody, limit, since) {
      const notices = (await listNotices({ limit })).filter((n) => n.publicBody === publicBody && n.createdAt >= since);
      const reached = new Map<string, number>();
      await forEachLimited(notices, ReachReads, async (n) => {
        const entries = await storedNoticeReach(n.id);
        reached.set(n.id, new Set(entries.filter((e) => e.kind === 'match').map((e) => e.orgId)).size);
      });
      return notices.map((notice) => ({ notice, biddersReached: reached.get(notice.id) ?? 0 }));
    },
    tenderSchoolsOf: (publicBody) => listTenderSchools(publicBody),
    organisation: (id) => organisations.get(id),
  };
}
