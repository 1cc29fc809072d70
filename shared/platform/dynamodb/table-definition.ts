/**
 * The single DynamoDB table, described once. The CDK construct and the local
 * runtime (CreateTable on DynamoDB Local) are both built from this object.
 *
 * Access patterns (no Scan on any request path):
 *  - an item by key:             pk = <ENTITY>#<id>, sk = <ENTITY> (e.g. CASE#abc / CASE)
 *  - a case's events (timeline): pk = CASE#<id>, sk begins_with EVENT# (sk = EVENT#<version, 10 digits>)
 *  - cases of an organisation:   GSI1 gsi1pk = ORG#<orgId>, gsi1sk = <kind>#<updatedAt>  (one membership item per party)
 *  - cases in a stage, by due:   GSI2 gsi2pk = <kind>#STAGE#<stage>, gsi2sk = <dueAt or createdAt>#<id>
 *                                 ("awaiting decision" and the public register)
 *  - a bidder's matches:         pk = BIDDER#<orgId>#MATCHES, sk = <inverted score>#<noticeId>#<lotId>
 *  - a notice's matches:         GSI1 gsi1pk = NOTICE#<id>#MATCHES, gsi1sk = <lotId>#<inverted score>#<orgId>
 *  - idempotency records:        pk = IDEMPOTENCY#<sub>#<key>, sk = IDEMPOTENCY, expiresAt (TTL)
 */
export const TableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: 'expiresAt',
  /** The table's stream carries both images of every change. */
  streamViewType: 'NEW_AND_OLD_IMAGES',
  globalSecondaryIndexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
} as const;

export type IndexName = (typeof TableDefinition.globalSecondaryIndexes)[number]['indexName'];

/** The CreateTable input the local runtime sends to DynamoDB Local (on-demand, with its stream, like the CDK table). */
export function createTableInput(tableName: string) {
  const keyNames = [
    TableDefinition.partitionKey,
    TableDefinition.sortKey,
    ...TableDefinition.globalSecondaryIndexes.flatMap((g) => [g.partitionKey, g.sortKey]),
  ];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    StreamSpecification: { StreamEnabled: true, StreamViewType: TableDefinition.streamViewType },
    AttributeDefinitions: keyNames.map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
    KeySchema: [
      { AttributeName: TableDefinition.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: TableDefinition.sortKey, KeyType: 'RANGE' as const },
    ],
    GlobalSecondaryIndexes: TableDefinition.globalSecondaryIndexes.map((g) => ({
      IndexName: g.indexName,
      KeySchema: [
        { AttributeName: g.partitionKey, KeyType: 'HASH' as const },
        { AttributeName: g.sortKey, KeyType: 'RANGE' as const },
      ],
      Projection: { ProjectionType: 'ALL' as const },
    })),
  };
}
