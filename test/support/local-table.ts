import { randomUUID } from 'node:crypto';
import { startLocalDynamoDb, type LocalDynamoDb } from '../../local/engines/dynamodb/local-dynamodb.js';
import { fileDynamoDbEndpoint } from './file-dynamodb.js';

/**
 * A table of its own, with the product's definition, in the test file's
 * DynamoDB Local (file-dynamodb.ts), and the environment the data layer reads,
 * for tests of code that talks to DynamoDB.
 */
export async function useLocalTable(tableName = `test-${process.pid}-${randomUUID().slice(0, 8)}`): Promise<LocalDynamoDb> {
  process.env.AWS_REGION ??= 'eu-north-1';
  process.env.AWS_ACCESS_KEY_ID ??= 'local';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
  process.env.TABLE_NAME = tableName;
  process.env.LOG_LEVEL ??= 'silent';
  const db = await startLocalDynamoDb({ tableName, endpoint: await fileDynamoDbEndpoint() });
  process.env.AWS_ENDPOINT_URL_DYNAMODB = db.url;
  return db;
}
