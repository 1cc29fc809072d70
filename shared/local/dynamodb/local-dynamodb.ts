import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { createTableInput } from '../../data/table-definition.js';

const require = createRequire(import.meta.url);
// dynalite is CommonJS without types: a function returning an http.Server.
const dynalite = require('dynalite') as (options: Record<string, unknown>) => Server;

export interface LocalDynamoDb {
  readonly url: string;
  /** DynamoDB API calls served so far, by operation (for the requests-per-action benchmark). */
  requestCounts(): Readonly<Record<string, number>>;
  close(): Promise<void>;
}

/**
 * DynamoDB's API over LevelDB (dynalite): on disk under `path` so cases survive
 * a restart, in memory when no path is given (tests). The table is created from
 * the same definition the CDK construct uses.
 */
export async function startLocalDynamoDb(options: { path?: string; tableName: string }): Promise<LocalDynamoDb> {
  if (options.path) mkdirSync(options.path, { recursive: true });
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const counts: Record<string, number> = {};
  server.prependListener('request', (request) => {
    const operation = String(request.headers['x-amz-target'] ?? '').split('.')[1] ?? 'unknown';
    counts[operation] = (counts[operation] ?? 0) + 1;
  });
  const client = new DynamoDBClient({
    endpoint: url,
    region: process.env.AWS_REGION ?? 'eu-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await ensureTable(client, options.tableName);
  client.destroy();
  return {
    url,
    requestCounts: () => ({ ...counts }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as Server & { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  for (let attempt = 0; attempt < 100; attempt++) {
    const out = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (out.Table?.TableStatus === 'ACTIVE') return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`Local table ${tableName} did not become active`);
}
