import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamoClient } from '../aws-clients.js';
import { EnvNames, requireEnv } from '../env-names.js';

/**
 * The table a store works on and the client that reaches it, passed into every
 * store (as Powertools' persistence layers take theirs). Functions, not values:
 * a Lambda reads its environment on first use, and the local runtime points a
 * restarted process at new endpoints. A test passes its own.
 */
export interface DynamoTable {
  readonly client: () => DynamoDBClient;
  readonly name: () => string;
}

/** The table named by the function's environment, through the process's one client. */
export const EnvironmentTable: DynamoTable = { client: dynamoClient, name: () => requireEnv(EnvNames.tableName) };
