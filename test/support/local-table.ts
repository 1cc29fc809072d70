import { startLocalDynamoDb, type LocalDynamoDb } from '../../shared/local/dynamodb/local-dynamodb.js';

/**
 * An in-memory dynalite with the product's table, and the environment the data
 * layer reads, for tests of code that talks to DynamoDB.
 */
export async function useLocalTable(tableName = `test-${process.pid}`): Promise<LocalDynamoDb> {
  process.env.AWS_REGION ??= 'eu-north-1';
  process.env.AWS_ACCESS_KEY_ID ??= 'local';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
  process.env.TABLE_NAME = tableName;
  process.env.LOG_LEVEL ??= 'silent';
  const db = await startLocalDynamoDb({ tableName });
  process.env.AWS_ENDPOINT_URL_DYNAMODB = db.url;
  return db;
}
