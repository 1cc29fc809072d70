import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, StreamViewType, TableEncryptionV2, TableV2, type ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TableDefinition } from '../../shared/platform/dynamodb/table-definition.js';

export interface DatabaseProps {
  /** Guards the system of record against an accidental delete (default true). */
  readonly deletionProtection?: boolean;
}

/**
 * The single table, built from the same definition the local runtime uses, so
 * the key names and indexes cannot drift between the two worlds.
 */
export class Database extends Construct {
  readonly table: ITableV2;

  constructor(scope: Construct, id: string, props: DatabaseProps = {}) {
    super(scope, id);
    const key = (name: string) => ({ name, type: AttributeType.STRING });
    this.table = new TableV2(this, 'Table', {
      partitionKey: key(TableDefinition.partitionKey),
      sortKey: key(TableDefinition.sortKey),
      billing: Billing.onDemand(),
      // AWS managed key: encrypted at rest without key grants on every function role.
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TableDefinition.timeToLiveAttribute,
      globalSecondaryIndexes: TableDefinition.globalSecondaryIndexes.map((gsi) => ({
        indexName: gsi.indexName,
        partitionKey: key(gsi.partitionKey),
        sortKey: key(gsi.sortKey),
      })),
      // The stream carries each change's effects to the Effects function (the transactional outbox).
      dynamoStream: StreamViewType[TableDefinition.streamViewType],
      deletionProtection: props.deletionProtection ?? true,
      // DynamoDB is the system of record: a stack delete must never take the data with it.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
