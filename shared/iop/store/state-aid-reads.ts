import { fromAttributes, queryPages, toAttributes } from '../../platform/dynamodb/dynamo.js';
import { EnvironmentTable, type DynamoTable } from '../../platform/dynamodb/dynamo-table.js';
import { type AidPeriod, type AidSource, aidPeriodsOf } from '../domain/state-aid/index.js';
import { IOP_KIND } from './iop-store.js';
import { batchGetAll } from '../../platform/dynamodb/batch-get.js';

/** The aid an organisation got from its IOP cases, for the approval gate and the case view. */
export interface StateAidReads {
  /** The aid periods of each organisation's cases other than `exceptCaseId`. */
  aidElsewhere(orgIds: readonly string[], exceptCaseId: string): Promise<AidPeriod[]>;
}

/** Only the fields the sum needs: never the texts of another organisation's case. */
const AgreementFields = ['parties', 'contributions', 'termStart', 'termEnd', 'activeSince'] as const;
const CaseFields = ['id', 'reference', 'title', 'stage', 'publicBody', 'endsAt'] as const;
const names: Record<string, string> = Object.fromEntries(
  ['state', 'agreement', 'agreementInForce', ...AgreementFields, ...CaseFields].map((n) => [`#${n}`, n]),
);
const projection = [
  ...CaseFields.map((f) => `#state.#${f}`),
  ...['agreement', 'agreementInForce'].flatMap((a) => AgreementFields.map((f) => `#state.#${a}.#${f}`)),
].join(', ');

/**
 * The organisation's cases come from the membership index that lists "my
 * cases" (GSI1, ORG#<org>), then one batch read of just the fields above.
 */
export function storedStateAid(table: DynamoTable = EnvironmentTable): StateAidReads {
  async function caseIdsOf(orgId: string): Promise<string[]> {
    const ids: string[] = [];
    for await (const page of queryPages(
      () => ({
        TableName: table.name(),
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :kind)',
        ExpressionAttributeValues: toAttributes({ ':pk': `ORG#${orgId}`, ':kind': `${IOP_KIND}#` }),
        ProjectionExpression: 'gsi1sk',
      }),
      table,
    )) {
      for (const raw of page) ids.push(String(fromAttributes<{ gsi1sk: string }>(raw).gsi1sk).slice(IOP_KIND.length + 1));
    }
    return ids;
  }

  async function sources(ids: readonly string[]): Promise<AidSource[]> {
    const keys = ids.map((id) => toAttributes({ pk: `${IOP_KIND}#${id}`, sk: 'CASE' }));
    const { items } = await batchGetAll({ keys, projection, names }, { table });
    return items.map((raw) => fromAttributes<{ state: AidSource }>(raw).state);
  }

  return {
    async aidElsewhere(orgIds, exceptCaseId) {
      const byOrg = await Promise.all(orgIds.map(async (orgId) => ({ orgId, ids: await caseIdsOf(orgId) })));
      const ids = [...new Set(byOrg.flatMap((o) => o.ids))].filter((id) => id !== exceptCaseId);
      const cases = await sources(ids);
      return byOrg.flatMap(({ orgId, ids: mine }) => cases.filter((c) => mine.includes(c.id)).flatMap((c) => aidPeriodsOf(c, orgId)));
    },
  };
}
