import { setTimeout as delay } from 'node:timers/promises';
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { TableDefinition, createTableInput } from '../../../shared/platform/dynamodb/table-definition.js';

/**
 * The product's table in a local engine, created from the same definition the
 * CDK construct uses, with its stream and TTL setting; a table kept on disk
 * from before gets its stream turned on.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<TableDescription> {
  let table = await describeTable(client, tableName);
  if (!table) {
    await client.send(new CreateTableCommand(createTableInput(tableName))).catch((error: unknown) => {
      // Created meanwhile by another process sharing the engine.
      if ((error as Error).name !== 'ResourceInUseException') throw error;
    });
    table = await waitActive(client, tableName);
    // DynamoDB Local accepts the TTL setting but never deletes expired items; the code must not rely on it either.
    await client
      .send(
        new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { Enabled: true, AttributeName: TableDefinition.timeToLiveAttribute } }),
      )
      .catch(() => undefined);
  } else if (!table.StreamSpecification?.StreamEnabled) {
    // A table kept on disk from before the stream was part of the definition.
    await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: createTableInput(tableName).StreamSpecification }));
    table = await waitActive(client, tableName);
  }
  if (!table.LatestStreamArn) throw new Error(`Local table ${tableName} has no stream`);
  return table;
}

async function describeTable(client: DynamoDBClient, tableName: string): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

async function waitActive(client: DynamoDBClient, tableName: string): Promise<TableDescription> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const table = await describeTable(client, tableName);
    if (table?.TableStatus === 'ACTIVE') return table;
    await delay(25);
  }
  throw new Error(`Local table ${tableName} did not become active`);
}
