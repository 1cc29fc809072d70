import { CaseStore, type CaseIndex, type StoredCase, type TransactionPut } from '../../platform/dynamodb/index.js';
import type { DynamoTable } from '../../platform/dynamodb/dynamo-table.js';
import { notifyEffectOf } from '../../platform/outbox/notify-effect.js';
import type { TenderSchool } from '../domain/tender-school/tender-school.js';
import type { TenderSchoolChange } from '../domain/tender-school/tender-school-rules.js';
import { TENDER_SCHOOL_KIND } from './tender-school-kind.js';

export { TENDER_SCHOOL_KIND };

/**
 * Tender schools, stored as cases of their own kind (CaseStore): the school
 * item, one event item per change with its timeline and the notification it
 * sends (run from the table's stream), and a membership item for the public
 * body and for each invited bidder, so both can list theirs. A change is one
 * transaction, on condition that the school is still at the version read.
 */
export class TenderSchoolStore {
  readonly cases: CaseStore<TenderSchool>;
  constructor(table?: DynamoTable) {
    this.cases = new CaseStore<TenderSchool>(TENDER_SCHOOL_KIND, [], table);
  }

  get(id: string): Promise<StoredCase<TenderSchool> | undefined> {
    return this.cases.get(id);
  }

  /** Every tender school of a public body (cancelled ones too), earliest first. */
  async listTenderSchools(publicBody: string): Promise<StoredCase<TenderSchool>[]> {
    const all = await this.cases.listForOrg(publicBody);
    return all.filter((c) => c.state.publicBody === publicBody).sort(byStart);
  }

  /** The tender schools a bidder is invited to, earliest first. */
  async listInvitations(orgId: string): Promise<StoredCase<TenderSchool>[]> {
    const all = await this.cases.listForOrg(orgId);
    return all.filter((c) => c.state.invitations.some((i) => i.orgId === orgId)).sort(byStart);
  }

  timelinePage(id: string, page: { after?: number; limit: number }) {
    return this.cases.timelinePage(id, page);
  }

  /** Writes a change (the first when `previous` is undefined) with `also` (the Idempotency-Key's answer) in the same transaction. */
  commit(
    previous: StoredCase<TenderSchool> | undefined,
    change: TenderSchoolChange,
    also: readonly TransactionPut[] = [],
    expectedVersion = previous?.version ?? 0,
  ): Promise<StoredCase<TenderSchool>> {
    const s = change.state;
    const notify = notifyEffectOf({
      source: 'iop-workflows.procurement',
      detailPrefix: 'tender-school',
      caseId: s.id,
      reference: s.reference,
      stage: s.cancelled ? 'cancelled' : 'planned',
      to: [...new Set(change.tell)],
      timeline: change.timeline,
    });
    const options = { effects: notify && change.tell.length > 0 ? [notify] : [], also };
    return previous
      ? this.cases.commit(s.id, expectedVersion, s, change.timeline, tenderSchoolIndex(s), previous.index, options)
      : this.cases.create(s.id, s, change.timeline, tenderSchoolIndex(s), options);
  }
}

const byStart = (a: StoredCase<TenderSchool>, b: StoredCase<TenderSchool>) =>
  a.state.startsAt.localeCompare(b.state.startsAt) || a.state.id.localeCompare(b.state.id);

/** Found by its public body and its invited bidders; by stage (planned or cancelled) in order of its start. */
export function tenderSchoolIndex(s: TenderSchool): CaseIndex {
  return { orgs: [s.publicBody, ...s.invitations.map((i) => i.orgId)], stage: s.cancelled ? 'cancelled' : 'planned', stageSortKey: s.startsAt };
}

/** A public body's tender schools, cancelled ones included (`isHeld` in the domain tells which were held). */
export async function listTenderSchools(publicBody: string, store = new TenderSchoolStore()): Promise<TenderSchool[]> {
  return (await store.listTenderSchools(publicBody)).map((c) => c.state);
}
