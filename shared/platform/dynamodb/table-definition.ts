/**
 * The single DynamoDB table, described once. The CDK construct and the local
 * runtime (CreateTable on DynamoDB Local) are both built from this object.
 *
 * Items and access patterns (no Scan on any request path). <KIND> is IOP or MATCH:
 *  - a case:                     pk = <KIND>#<id>, sk = CASE (state, version, index)
 *  - its events (timeline):      pk = <KIND>#<id>, sk = EVENT#<version, 10 digits> (timeline and effects, never rewritten)
 *  - its long lists:             pk = <KIND>#<id>, sk = MEETING#<n> / DRAFT#<version> (the case keeps the newest few)
 *  - its memberships:            pk = <KIND>#<id>, sk = PARTY#<orgId>; GSI1 gsi1pk = ORG#<orgId>, gsi1sk = <KIND>#<id>
 *  - cases in a stage, by due:   GSI2 on the case item: gsi2pk = <KIND>#STAGE#<stage>, gsi2sk = <due date or updatedAt>#<id>
 *                                 ("awaiting decision" and the public register)
 *  - its callback and execution: pk = <KIND>#<id>, sk = TASK#<waitKind> (task token) and sk = EXECUTION (current execution)
 *  - notices:                    pk = NOTICE#<id>, sk = NOTICE; GSI2 gsi2pk = NOTICES, gsi2sk = <createdAt>#<id>
 *  - bidder profiles:            pk = BIDDER#<orgId>, sk = PROFILE
 *  - a bidder's matches:         pk = BIDDER#<orgId>#MATCHES, sk = <inverted score>#<noticeId>#<lotId>
 *  - a notice's matches:         GSI1 gsi1pk = NOTICE#<id>#MATCHES, gsi1sk = <lotId>#<inverted score>#<orgId>
 *  - Idempotency-Key answers:    pk = IDEMPOTENCY#<caller>#<method path>#<key>, sk = IDEMPOTENCY, expiresAt (TTL)
 *  - organisations (registry):   pk = ORG#<id>, sk = ORGANISATION; GSI2 gsi2pk = ORGANISATIONS, gsi2sk = <searchable name>#<id>
 *  - the admin audit log:        pk = AUDIT#<public body>, sk = <at>#<id> (newest last)
 *  - intresseanmälningar:        pk = INTEREST#<public body>, sk = <at>#<id>
 *  - local user store (local):   pk = LOCALUSER#<sub>, sk = USER; GSI2 gsi2pk = LOCALUSERS, gsi2sk = <org>#<sub>
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
