import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../../infra/platform/database.js';
import { TableDefinition } from '../../../shared/platform/dynamodb/table-definition.js';

describe('Database', () => {
  let template: Template;
  beforeAll(() => {
    const stack = new Stack(new App(), 'DatabaseTest');
    new Database(stack, 'Database');
    template = Template.fromStack(stack);
  });

  it('creates exactly one table, kept when the stack is deleted', () => {
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    template.hasResource('AWS::DynamoDB::GlobalTable', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('uses the shared key schema, on-demand billing and the TTL attribute', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: TableDefinition.partitionKey, KeyType: 'HASH' },
        { AttributeName: TableDefinition.sortKey, KeyType: 'RANGE' },
      ],
      TimeToLiveSpecification: { AttributeName: TableDefinition.timeToLiveAttribute, Enabled: true },
    });
  });

  it('encrypts at rest with KMS and has point-in-time recovery', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      Replicas: [
        Match.objectLike({
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
        }),
      ],
    });
  });

  it('has every GSI of the shared definition with its keys', () => {
    const tables = template.findResources('AWS::DynamoDB::GlobalTable');
    const [table] = Object.values(tables) as Array<{ Properties: { GlobalSecondaryIndexes: unknown[] } }>;
    expect(table?.Properties.GlobalSecondaryIndexes).toEqual(
      TableDefinition.globalSecondaryIndexes.map((gsi) => ({
        IndexName: gsi.indexName,
        KeySchema: [
          { AttributeName: gsi.partitionKey, KeyType: 'HASH' },
          { AttributeName: gsi.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
  });
});
