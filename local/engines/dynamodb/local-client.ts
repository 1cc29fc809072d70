import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** A client for a DynamoDB Local engine (any credentials do; the engine runs with -sharedDb). */
export function localClient(endpoint: string, extra: { maxAttempts?: number } = {}): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: process.env.AWS_REGION ?? 'eu-north-1', credentials: LOCAL_CREDENTIALS, ...extra });
}
